package runtime

import "regexp"

// syntaxPattern is a regular expression over a whole source file that
// stays fast on large files. Go's regexp jumps between occurrences of a
// literal prefix with a vectorised index, but only when the pattern starts
// with one: an alternation, or a leading \b or (?m)^, makes it step its NFA
// over every byte, a few MB/s. The loader asks three such questions of every
// file it loads (esmSyntax, asyncIterSyntax, classFieldSyntax), and for an
// application with megabytes of node_modules that was a sixth of its
// start-up. So each alternative is a regexp of its own that starts with a
// literal, and what the original pattern required before that literal (a
// word boundary, a line start with only blanks between) is checked by
// hand at each match. syntaxscan_test.go holds each pattern to the single
// regexp it replaces.
type syntaxPattern []syntaxAlternative

type syntaxAlternative struct {
	re     *regexp.Regexp
	before func(s string, i int) bool // nil: anything may precede
}

// MatchString reports whether the pattern matches anywhere in s.
func (p syntaxPattern) MatchString(s string) bool {
	for _, a := range p {
		for pos := 0; pos <= len(s); {
			loc := a.re.FindStringIndex(s[pos:])
			if loc == nil {
				break
			}
			at := pos + loc[0]
			if a.before == nil || a.before(s, at) {
				return true
			}
			pos = at + 1
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// wordStart is \b before a word character: s[i-1] is no word character.
func wordStart(s string, i int) bool { return i == 0 || !isWordByte(s[i-1]) }

// afterLineStartSpace is (?m)^\s* before i: only \s back to a line start.
func afterLineStartSpace(s string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch s[j] {
		case '\n':
			return true
		case ' ', '\t', '\f', '\r':
		default:
			return false
		}
	}
	return true
}

// afterLineStartBlank is (?m)^[ \t]* before i.
func afterLineStartBlank(s string, i int) bool {
	j := i - 1
	for j >= 0 && (s[j] == ' ' || s[j] == '\t') {
		j--
	}
	return j < 0 || s[j] == '\n'
}
