package runtime

import "strings"

// The names gojanet's converted code uses (the module wrapper's
// __gojanet_import, __gojanet_tla, __gojanet_exports, ...) must not be the
// source's: node has none, so a script's `typeof __gojanet_import` is
// 'undefined' there, and a module's own variable of that name must not
// replace the wrapper's. A source that mentions the prefix is converted with
// each of its occurrences standing in as another prefix of the same width
// (columns stay where they were), and the result names gojanet's own with a
// third prefix the source does not contain either, which a comment at the
// end records (namesMark) for compileWrapped and compileEvalScript. Only
// code that carries the comment gets the wrapper with gojanet's parameters:
// plain CommonJS that mentions the names gets node's five.
const (
	ownPrefix = "__gojanet_"
	namesMark = "\n//@gojanet-names "
)

// ownPrefixes returns the stand-in for the source's own occurrences of
// ownPrefix ("" when it has none) and the prefix gojanet's names get.
func ownPrefixes(src string) (stand, own string) {
	if !strings.Contains(src, ownPrefix) {
		return "", ownPrefix
	}
	const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for i := 0; i < len(letters)*len(letters); i++ {
		p := "__gojan" + letters[i/len(letters):i/len(letters)+1] + letters[i%len(letters):i%len(letters)+1] + "_"
		if strings.Contains(src, p) {
			continue
		}
		if stand == "" {
			stand = p
		} else {
			return stand, p
		}
	}
	return "", ownPrefix // (a source holding all 676: it keeps sharing the names)
}

// standIn replaces the source's occurrences of ownPrefix with stand.
func standIn(src, stand string) string {
	if stand == "" {
		return src
	}
	return strings.ReplaceAll(src, ownPrefix, stand)
}

// ownNames gives converted code's names of gojanet's the prefix own and
// the source's back their own, and marks the code as using them; code
// without any keeps node's wrapper.
func ownNames(code, stand, own string) string {
	if !strings.Contains(code, ownPrefix) {
		code = standBack(code, stand)
		if strings.Contains(code, namesMark) {
			// the source's own text (a comment esbuild kept): a last mark
			// naming no prefix stops namesOf trusting it
			code = withLink(code, namesMark+"-")
		}
		return code
	}
	if stand != "" {
		code = strings.NewReplacer(ownPrefix, own, stand, ownPrefix).Replace(code)
	}
	return withLink(code, namesMark+own)
}

// standBack puts the source's own text back where no names of gojanet's
// were made (an error's line, code that needed none).
func standBack(s, stand string) string {
	if stand == "" {
		return s
	}
	return strings.ReplaceAll(s, stand, ownPrefix)
}

// namesOf returns the prefix of gojanet's names in converted code, and
// false for code that has none (plain CommonJS, whatever it mentions).
func namesOf(code string) (string, bool) {
	i := strings.LastIndex(code, namesMark)
	if i < 0 || len(code)-i-len(namesMark) < len(ownPrefix) {
		return "", false
	}
	p := code[i+len(namesMark) : i+len(namesMark)+len(ownPrefix)]
	if !strings.HasPrefix(p, "__gojan") || p[len(p)-1] != '_' {
		return "", false
	}
	return p, true
}

// withOwnNames renames a wrapper head's or a helper's names to prefix own.
func withOwnNames(s, own string) string {
	if own == ownPrefix {
		return s
	}
	return strings.ReplaceAll(s, ownPrefix, own)
}
