package runtime

import (
	"regexp"
	"slices"
	"strings"
)

// esbuild names the helpers it injects (__toESM, __copyProps, ...) after
// its runtime, and renames them (__toESM2) when the source mentions one of
// those names anywhere (even free, as in `typeof __toESM`, which Define
// does not hide from its renamer). The conversion's rewrites (esmInterop,
// cjsDefaultImport, importRequire, esmOutput) read esbuild's helpers by
// their usual names, so such a source broke its own import().
//
// So transformKind converts the source with each helper name it mentions
// standing in as another name of the same width (columns stay where they
// were) that the source does not contain (helperNames' stand), which
// leaves esbuild's helpers their usual names for the rewrites. Then the
// helpers the source mentions get a third name (away), out of the way of
// the source's own, and the source's names come back: its free
// `__toESM` is undefined as in node, and its own declaration of one is its
// own. lexicalHelpers hides the other helpers of an eval script, which
// are global bindings (hideHelpers).

// esbuildHelpers are the names of esbuild's runtime helpers (v0.28).
var esbuildHelpers = strings.Fields(`__accessCheck __async __asyncGenerator __await __callDispose
	__commonJS __commonJSMin __copyProps __create __decorateClass __decorateElement __decorateParam
	__decoratorContext __decoratorMetadata __decoratorStart __decoratorStrings __defNormalProp
	__defProp __defProps __earlyAccess __esm __esmMin __expectFn __export __forAwait __freeze
	__getOwnPropDesc __getOwnPropDescs __getOwnPropNames __getOwnPropSymbols __getProtoOf __glob
	__hasOwnProp __init __knownSymbol __name __objRest __pow __privateAdd __privateGet __privateIn
	__privateMethod __privateSet __privateWrapper __propIsEnum __publicField __reExport
	__reflectGet __reflectSet __require __restKey __runInitializers __spreadProps __spreadValues
	__superGet __superSet __superWrapper __template __toBinary __toBinaryNode __toCommonJS __toESM
	__typeError __using __yieldStar`)

// helperWord finds identifiers that may be esbuild helper names.
var helperWord = regexp.MustCompile(`__[A-Za-z][A-Za-z0-9]*`)

// helperNames maps each esbuild helper name src mentions to a stand-in
// for the source's occurrences and to another for esbuild's (away), both
// "$" + a letter src has no "$" before + two letters + "$" padding; nil
// when src mentions none.
func helperNames(src string) (stand, away map[string]string) {
	if !strings.Contains(src, "__") {
		return nil, nil
	}
	var found []int
	seen := map[string]bool{}
	for _, w := range helperWord.FindAllString(src, -1) {
		if seen[w] {
			continue
		}
		seen[w] = true
		if i := slices.Index(esbuildHelpers, w); i >= 0 {
			found = append(found, i)
		}
	}
	if len(found) == 0 {
		return nil, nil
	}
	prefixes := absentPrefixes(src, 2)
	if prefixes == nil {
		return nil, nil // (a source with 50 of the 51 prefixes: esbuild renames its helpers)
	}
	stand = make(map[string]string, len(found))
	away = make(map[string]string, len(found))
	for _, i := range found {
		stand[esbuildHelpers[i]] = helperStandIn(prefixes[0], i)
		away[esbuildHelpers[i]] = helperStandIn(prefixes[1], i)
	}
	return stand, away
}

const prefixLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// absentPrefixes returns n prefixes ("$" and a letter) s does not contain,
// none freeNames' ($G).
func absentPrefixes(s string, n int) []string {
	var ps []string
	for _, p := range prefixLetters {
		if p == 'G' {
			continue
		}
		if prefix := "$" + string(p); !strings.Contains(s, prefix) {
			if ps = append(ps, prefix); len(ps) == n {
				return ps
			}
		}
	}
	return nil
}

// helperStandIn is the name for helper i under prefix, as wide as its own.
func helperStandIn(prefix string, i int) string {
	name := esbuildHelpers[i]
	return prefix + prefixLetters[i/26:i/26+1] + prefixLetters[i%26:i%26+1] + strings.Repeat("$", len(name)-4)
}

// helpersAway renames esbuild's helpers in converted code (where the
// source's mentions are stand-ins) to away's names.
func helpersAway(code string, away map[string]string) string {
	return helpersIn(code, away)
}

// hideHelpers renames the helpers an eval script's head declares (names
// its source does not mention: those are already away) to names the code
// does not contain, so that they are no global names a script could see.
func hideHelpers(code string, declared []string) string {
	prefixes := absentPrefixes(code, 1)
	if prefixes == nil || len(declared) == 0 {
		return code
	}
	names := make(map[string]string, len(declared))
	for _, d := range declared {
		if i := slices.Index(esbuildHelpers, d); i >= 0 {
			names[d] = helperStandIn(prefixes[0], i)
		}
	}
	return helpersIn(code, names)
}

// helpersIn replaces src's helper names (whole words) with their stand-ins.
func helpersIn(src string, names map[string]string) string {
	if len(names) == 0 {
		return src
	}
	return helperWord.ReplaceAllStringFunc(src, func(w string) string {
		if s, ok := names[w]; ok {
			return s
		}
		return w
	})
}

// helpersBack gives s's stand-ins (helperNames) their names back.
func helpersBack(s string, names map[string]string) string {
	if len(names) == 0 {
		return s
	}
	pairs := make([]string, 0, 2*len(names))
	for name, stand := range names {
		pairs = append(pairs, stand, name)
	}
	return strings.NewReplacer(pairs...).Replace(s)
}
