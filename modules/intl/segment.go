package intl

// Segmentation for Intl.Segmenter. Graphemes follow UAX #29's extended
// grapheme cluster rules (GB3-GB13 over Go's unicode tables; the
// Extended_Pictographic property is approximated by the emoji blocks).
// Words are split as UAX #29 does for the common cases (letters, digits and
// the joiners inside them form one word; each other character that is not a
// space is its own segment; runs of spaces are one segment); sentences end
// after ., ! or ? (and closing punctuation and spaces that follow) before a
// space and an uppercase letter or digit, or after a line break.
// Boundaries are returned as UTF-16 offsets, as JS indexes strings.

import (
	"unicode"
)

type gcb int

const (
	gcbOther gcb = iota
	gcbCR
	gcbLF
	gcbControl
	gcbExtend
	gcbZWJ
	gcbRI
	gcbPrepend
	gcbSpacingMark
	gcbL
	gcbV
	gcbT
	gcbLV
	gcbLVT
)

func graphemeProp(r rune) gcb {
	switch {
	case r == '\r':
		return gcbCR
	case r == '\n':
		return gcbLF
	case r == 0x200d:
		return gcbZWJ
	case r == 0x200c:
		return gcbExtend
	case r >= 0x1f1e6 && r <= 0x1f1ff:
		return gcbRI
	case r >= 0x1100 && r <= 0x115f, r >= 0xa960 && r <= 0xa97c:
		return gcbL
	case r >= 0x1160 && r <= 0x11a7, r >= 0xd7b0 && r <= 0xd7c6:
		return gcbV
	case r >= 0x11a8 && r <= 0x11ff, r >= 0xd7cb && r <= 0xd7fb:
		return gcbT
	case r >= 0xac00 && r <= 0xd7a3:
		if (r-0xac00)%28 == 0 {
			return gcbLV
		}
		return gcbLVT
	case r >= 0x1f3fb && r <= 0x1f3ff, r >= 0xe0020 && r <= 0xe007f, r == 0xff9e, r == 0xff9f:
		return gcbExtend
	case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r):
		return gcbExtend
	case r == 0x0600, r == 0x0601, r == 0x0602, r == 0x0603, r == 0x0604, r == 0x0605, r == 0x06dd, r == 0x070f, r == 0x0890, r == 0x0891, r == 0x08e2, r == 0x110bd, r == 0x110cd:
		return gcbPrepend
	case unicode.Is(unicode.Mc, r):
		return gcbSpacingMark
	case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Zl, r), unicode.Is(unicode.Zp, r),
		unicode.Is(unicode.Cf, r) && r != 0x200d && r != 0x200c:
		return gcbControl
	}
	return gcbOther
}

// pictographic approximates Extended_Pictographic.
func pictographic(r rune) bool {
	switch {
	case r == 0xa9, r == 0xae, r == 0x203c, r == 0x2049, r == 0x2122, r == 0x2139,
		r >= 0x2194 && r <= 0x2199, r == 0x21a9, r == 0x21aa, r == 0x231a, r == 0x231b,
		r == 0x2328, r == 0x23cf, r >= 0x23e9 && r <= 0x23f3, r >= 0x23f8 && r <= 0x23fa,
		r == 0x24c2, r == 0x25aa, r == 0x25ab, r == 0x25b6, r == 0x25c0, r >= 0x25fb && r <= 0x25fe,
		r >= 0x2600 && r <= 0x27bf, r == 0x2934, r == 0x2935, r >= 0x2b05 && r <= 0x2b07,
		r == 0x2b1b, r == 0x2b1c, r == 0x2b50, r == 0x2b55, r == 0x3030, r == 0x303d, r == 0x3297, r == 0x3299,
		r >= 0x1f000 && r <= 0x1f0ff, r >= 0x1f10d && r <= 0x1f10f, r == 0x1f12f,
		r >= 0x1f16c && r <= 0x1f171, r == 0x1f17e, r == 0x1f17f, r == 0x1f18e,
		r >= 0x1f191 && r <= 0x1f19a, r >= 0x1f1ad && r <= 0x1f1e5, r >= 0x1f201 && r <= 0x1f20f,
		r == 0x1f21a, r == 0x1f22f, r >= 0x1f232 && r <= 0x1f23a, r >= 0x1f23c && r <= 0x1f23f,
		r >= 0x1f249 && r <= 0x1f3fa, r >= 0x1f400 && r <= 0x1f53d, r >= 0x1f546 && r <= 0x1f64f,
		r >= 0x1f680 && r <= 0x1f6ff, r >= 0x1f774 && r <= 0x1f77f, r >= 0x1f7d5 && r <= 0x1f7ff,
		r >= 0x1f80c && r <= 0x1f80f, r >= 0x1f848 && r <= 0x1f84f, r >= 0x1f85a && r <= 0x1f85f,
		r >= 0x1f888 && r <= 0x1f88f, r >= 0x1f8ae && r <= 0x1f8ff, r >= 0x1f90c && r <= 0x1f93a,
		r >= 0x1f93c && r <= 0x1f945, r >= 0x1f947 && r <= 0x1faff, r >= 0x1fc00 && r <= 0x1fffd:
		return true
	}
	return false
}

func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// graphemeBreaks returns the rune indexes at which clusters start (after 0).
func graphemeBreak(rs []rune, i int, riCount int, emojiZWJ bool) bool {
	a, b := graphemeProp(rs[i-1]), graphemeProp(rs[i])
	switch {
	case a == gcbCR && b == gcbLF:
		return false
	case a == gcbCR || a == gcbLF || a == gcbControl:
		return true
	case b == gcbCR || b == gcbLF || b == gcbControl:
		return true
	case a == gcbL && (b == gcbL || b == gcbV || b == gcbLV || b == gcbLVT):
		return false
	case (a == gcbLV || a == gcbV) && (b == gcbV || b == gcbT):
		return false
	case (a == gcbLVT || a == gcbT) && b == gcbT:
		return false
	case b == gcbExtend || b == gcbZWJ || b == gcbSpacingMark:
		return false
	case a == gcbPrepend:
		return false
	case a == gcbZWJ && emojiZWJ && pictographic(rs[i]):
		return false
	case a == gcbRI && b == gcbRI:
		return riCount%2 == 0
	}
	return true
}

type wordClass int

const (
	wOther wordClass = iota
	wLetter
	wNumeric
	wSpace
	wMidLetter
	wMidNum
	wMidNumLet
	wExtend
	wNewline
	wIdeo
	wKatakana
)

func wordProp(r rune) wordClass {
	switch {
	case r == '\r' || r == '\n' || r == 0x0b || r == 0x0c || r == 0x85 || r == 0x2028 || r == 0x2029:
		return wNewline
	case r == ' ' || r == '\t' || unicode.Is(unicode.Zs, r):
		return wSpace
	case r == '\'' || r == '.' || r == 0x2019 || r == 0x2018 || r == 0xfe52 || r == 0xff07 || r == 0xff0e:
		return wMidNumLet
	case r == ':' || r == 0xb7 || r == 0x387 || r == 0x5f4 || r == 0x2027 || r == 0xfe13 || r == 0xfe55 || r == 0xff1a:
		return wMidLetter
	case r == ',' || r == ';' || r == 0x37e || r == 0x589 || r == 0x60c || r == 0x60d || r == 0x66c || r == 0x7f8 || r == 0x2044 || r == 0xfe10 || r == 0xfe14 || r == 0xfe50 || r == 0xfe54 || r == 0xff0c || r == 0xff1b:
		return wMidNum
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Mc, r) || r == 0x200d || r == 0x200c:
		return wExtend
	case unicode.IsDigit(r) || unicode.Is(unicode.Nd, r):
		return wNumeric
	case unicode.Is(unicode.Katakana, r) || r == 0x30fc:
		return wKatakana // WB13: Katakana runs are one word
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar):
		return wIdeo
	case unicode.IsLetter(r) || r == '_' || unicode.Is(unicode.Pc, r):
		return wLetter
	}
	return wOther
}

// segment returns the segment start offsets (UTF-16, first 0, and the
// string's length last) and, for words, whether each segment is word-like.
func segment(s string, granularity string) ([]int, []bool) {
	rs := []rune(s)
	offs := make([]int, len(rs)+1)
	for i, r := range rs {
		offs[i+1] = offs[i] + utf16Len(r)
	}
	// Graphemes first: words and sentences never split a cluster.
	var starts []int // rune indexes of cluster starts
	ri := 0
	emojiZWJ := false
	for i := range rs {
		if i == 0 {
			starts = append(starts, 0)
		} else if graphemeBreak(rs, i, ri, emojiZWJ) {
			starts = append(starts, i)
		}
		// State for GB11 and GB12/13 at the next position.
		if graphemeProp(rs[i]) == gcbRI {
			ri++
		} else {
			ri = 0
		}
		// GB11: ExtPict Extend* ZWJ × ExtPict; emojiZWJ holds while the
		// run since the last pictograph is Extend* (then one ZWJ).
		switch p := graphemeProp(rs[i]); {
		case pictographic(rs[i]):
			emojiZWJ = true
		case p == gcbExtend && emojiZWJ && (i == 0 || graphemeProp(rs[i-1]) != gcbZWJ):
		case p == gcbZWJ && emojiZWJ && (i == 0 || graphemeProp(rs[i-1]) != gcbZWJ):
		default:
			emojiZWJ = false
		}
	}
	out := []int{}
	var wl []bool
	switch granularity {
	case "word":
		k := 0
		for k < len(starts) {
			first := rs[starts[k]]
			c := wordProp(first)
			j := k + 1
			like := false
			switch c {
			case wLetter, wNumeric:
				like = true
				for j < len(starts) {
					nc := wordProp(rs[starts[j]])
					if nc == wLetter || nc == wNumeric || nc == wExtend {
						j++
						continue
					}
					// letter (.' :) letter, digit (.,;') digit
					if j+1 < len(starts) {
						next := wordProp(rs[starts[j+1]])
						prev := wordProp(rs[starts[j-1]])
						if (nc == wMidLetter || nc == wMidNumLet) && prev == wLetter && next == wLetter {
							j += 2
							continue
						}
						if (nc == wMidNum || nc == wMidNumLet) && prev == wNumeric && next == wNumeric {
							j += 2
							continue
						}
					}
					break
				}
			case wSpace:
				for j < len(starts) && wordProp(rs[starts[j]]) == wSpace {
					j++
				}
			case wIdeo:
				like = true
			case wKatakana:
				like = true
				for j < len(starts) && (wordProp(rs[starts[j]]) == wKatakana || wordProp(rs[starts[j]]) == wExtend) {
					j++
				}
			}
			out = append(out, offs[starts[k]])
			wl = append(wl, like)
			k = j
		}
	case "sentence":
		out = append(out, 0)
		k := 0
		for k < len(starts) {
			r := rs[starts[k]]
			k++
			if r == '\n' || r == '\r' || r == 0x2029 || r == 0x2028 || r == 0x85 {
				if r == '\r' && k < len(starts) && rs[starts[k]] == '\n' {
					k++
				}
				if k < len(starts) {
					out = append(out, offs[starts[k]])
				}
				continue
			}
			if r != '.' && r != '!' && r != '?' && r != 0x3002 && r != 0xff01 && r != 0xff1f {
				continue
			}
			for k < len(starts) && (rs[starts[k]] == '.' || rs[starts[k]] == '!' || rs[starts[k]] == '?') {
				k++
			}
			for k < len(starts) && unicode.In(rs[starts[k]], unicode.Pe, unicode.Pf) || k < len(starts) && (rs[starts[k]] == '"' || rs[starts[k]] == '\'') {
				k++
			}
			sp := k
			for k < len(starts) && (wordProp(rs[starts[k]]) == wSpace || wordProp(rs[starts[k]]) == wNewline) {
				k++
			}
			if k >= len(starts) {
				break
			}
			if r == '.' && sp == k {
				continue // "3.5", "a.b": not a sentence end
			}
			if r == '.' && unicode.IsLower(rs[starts[k]]) {
				continue
			}
			out = append(out, offs[starts[k]])
		}
		out = append(out, offs[len(rs)])
		return dedupe(out), nil
	default:
		for _, st := range starts {
			out = append(out, offs[st])
		}
	}
	out = append(out, offs[len(rs)])
	return out, wl
}

func dedupe(a []int) []int {
	out := a[:0]
	for i, v := range a {
		if i == 0 || v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}
