// Package intl is the Go half of the Intl global (js/internal/intl.js and
// js/internal/intl_datetime.js), which goja lacks: reached from JS as
// internalBinding('intl'), and only when a script first touches Intl or a
// locale-sensitive method (the bootstrap installs `Intl` as an accessor that
// loads the JS half, which calls internalBinding('intl'); nothing here runs
// at start-up).
//
// The JS half owns the ECMA-402 parts: option reading and validation with
// V8's messages, the constructors and their resolvedOptions, the number and
// date formatting algorithms. This package answers what needs locale data
// or Unicode tables, all from golang.org/x/text (CLDR) and Go's time zone
// database:
//
//   - locale tags: which locales have data (x/text's CLDR locale set),
//     likely-subtags maximize/minimize (Intl.Locale);
//   - number symbols per locale (decimal and group separators, grouping
//     sizes, percent pattern, digits), found by formatting probe numbers
//     with x/text/number, and currency digits and symbols (x/text/currency);
//   - collation (x/text/collate) behind Intl.Collator and localeCompare;
//   - plural categories (x/text/feature/plural);
//   - display names of languages, regions and scripts (x/text/language/display);
//   - locale-aware case mapping (x/text/cases);
//   - segmentation (segment.go: UAX #29 grapheme clusters over Go's unicode
//     tables, simpler word and sentence rules);
//   - time zones (tz.go: IANA names, case-insensitive lookup, offsets and
//     abbreviations at an instant).
//
// Tables built from x/text are cached per process (they are immutable); the
// Go objects handed to JS (collators) are only touched on the loop goroutine.
package intl

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/dop251/goja"
	"golang.org/x/text/cases"
	"golang.org/x/text/collate"
	"golang.org/x/text/currency"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/number"
	"golang.org/x/text/unicode/norm"

	"github.com/gojanet/gojanet/runtime/loop"
)

// parse parses a tag the JS half has already validated and canonicalised;
// anything x/text refuses is the root locale.
func parse(s string) language.Tag {
	t, err := language.Parse(s)
	if err != nil {
		return language.Und
	}
	return t
}

// available reports whether CLDR (as x/text has it) has a locale exactly
// this tag: the "available locales" of ECMA-402's BestAvailableLocale.
func available(s string) bool {
	t, err := language.Parse(s)
	if err != nil || t == language.Und {
		return false
	}
	if _, exact := language.CompactIndex(t); exact && strings.EqualFold(t.String(), s) {
		return true
	}
	// CLDR keeps some locales under their script (zh-Hant-TW for zh-TW,
	// sr-Cyrl-RS for sr-RS): a language-region tag whose likely script
	// completes it to one of those is available too, as in ICU.
	b, sc, r := t.Raw()
	if sc.String() != "Zzzz" || r.String() == "ZZ" || len(t.Variants()) > 0 {
		return false
	}
	likely, _ := t.Script()
	full, err := language.Compose(b, likely, r)
	if err != nil {
		return false
	}
	_, exact := language.CompactIndex(full)
	return exact && strings.EqualFold(full.String(), b.String()+"-"+likely.String()+"-"+r.String())
}

// maximize adds likely subtags (CLDR's algorithm, as Intl.Locale.prototype.maximize).
func maximize(s string) string {
	t := parse(s)
	b, _ := t.Base()
	sc, _ := t.Script()
	r, _ := t.Region()
	m, err := language.Compose(b, sc, r)
	if err != nil {
		return s
	}
	return m.String()
}

// minimize removes the subtags maximize would add back.
func minimize(s string) string {
	full := maximize(s)
	t := parse(s)
	b, _ := t.Base()
	sc, _ := t.Script()
	r, _ := t.Region()
	for _, trial := range []string{b.String(), b.String() + "-" + r.String(), b.String() + "-" + sc.String()} {
		if maximize(trial) == full {
			return trial
		}
	}
	return full
}

// printer formats x/text values for a locale without x/text/message
// (linking message costs every process ≈ 0.5 MiB of peak RSS at start-up):
// number and currency formatters only need a fmt.State that reports the
// language.
type printer struct{ tag language.Tag }

type probeState struct {
	strings.Builder
	tag language.Tag
}

func (s *probeState) Width() (int, bool)     { return 0, false }
func (s *probeState) Precision() (int, bool) { return 0, false }
func (s *probeState) Flag(int) bool          { return false }
func (s *probeState) Language() language.Tag { return s.tag }

// Sprint formats a number.Formatter or a fmt.Formatter (currency symbols).
func (p printer) Sprint(v any) string {
	st := &probeState{tag: p.tag}
	switch f := v.(type) {
	case number.Formatter:
		f.Format(st, 'v')
	case fmt.Formatter:
		f.Format(st, 'v')
	}
	return st.String()
}

// symbols are a locale's number symbols, found by formatting probes.
type symbols struct {
	Decimal   string `json:"decimal"`
	Group     string `json:"group"`
	Minus     string `json:"minus"`
	Primary   int    `json:"primary"`
	Secondary int    `json:"secondary"`
	MinGroup  int    `json:"minGroup"`
	PctPrefix string `json:"pctPrefix"`
	PctSuffix string `json:"pctSuffix"`
	Digits    string `json:"digits"` // the locale's ten digits, "" for 0-9
}

var symbolCache sync.Map // tag string → *symbols

func numberSymbols(s string) *symbols {
	if v, ok := symbolCache.Load(s); ok {
		return v.(*symbols)
	}
	p := printer{parse(s)}
	sy := &symbols{Decimal: ".", Group: ",", Minus: "-", Primary: 3, Secondary: 3, MinGroup: 1, PctSuffix: "%"}
	digits := []rune(p.Sprint(number.Decimal(1234567890, number.NoSeparator())))
	if len(digits) == 10 && digits[9] != '0' {
		var b strings.Builder
		b.WriteRune(digits[9])
		for _, d := range digits[:9] {
			b.WriteRune(d)
		}
		sy.Digits = b.String()
	}
	zero := '0'
	if sy.Digits != "" {
		zero = []rune(sy.Digits)[0]
	}
	isDigit := func(r rune) bool { return r >= zero && r <= zero+9 }
	// -12345678.5: minus, groups, decimal separator.
	probe := []rune(p.Sprint(number.Decimal(-12345678.5)))
	var runs []int // lengths of digit runs
	var seps []string
	i := 0
	lead := ""
	for i < len(probe) && !isDigit(probe[i]) {
		lead += string(probe[i])
		i++
	}
	if m := strings.Trim(lead, "\u200e\u200f\u061c"); m != "" {
		sy.Minus = lead
	}
	for i < len(probe) {
		j := i
		for j < len(probe) && isDigit(probe[j]) {
			j++
		}
		runs = append(runs, j-i)
		k := j
		for k < len(probe) && !isDigit(probe[k]) {
			k++
		}
		if k > j {
			seps = append(seps, string(probe[j:k]))
		}
		i = k
	}
	if len(seps) >= 2 && len(runs) >= 3 {
		sy.Decimal = seps[len(seps)-1]
		sy.Group = seps[0]
		sy.Primary = runs[len(runs)-2]
		sy.Secondary = runs[len(runs)-3]
		if len(runs) == 3 { // 12345678 with one separator would be odd; keep primary
			sy.Secondary = sy.Primary
		}
	}
	// Minimum grouping digits: is 1234 grouped?
	if !strings.ContainsAny(p.Sprint(number.Decimal(1234)), sy.Group) && sy.Group != "" {
		sy.MinGroup = 2
	}
	pct := p.Sprint(number.Percent(0.25))
	ds := "25"
	if sy.Digits != "" {
		r := []rune(sy.Digits)
		ds = string(r[2]) + string(r[5])
	}
	if k := strings.Index(pct, ds); k >= 0 {
		sy.PctPrefix = pct[:k]
		sy.PctSuffix = pct[k+len(ds):]
	}
	symbolCache.Store(s, sy)
	return sy
}

// currencyInfo gives a currency's minor digits and its symbols in a locale.
func currencyInfo(code, loc string) map[string]any {
	out := map[string]any{"digits": 2, "symbol": code, "narrow": code}
	u, err := currency.ParseISO(code)
	if err != nil {
		return out
	}
	scale, _ := currency.Standard.Rounding(u)
	out["digits"] = scale
	p := printer{parse(loc)}
	out["symbol"] = strings.TrimSpace(p.Sprint(currency.Symbol(u)))
	out["narrow"] = strings.TrimSpace(p.Sprint(currency.NarrowSymbol(u)))
	return out
}

// collator wraps x/text collators for one Intl.Collator's options.
// x/text has no case level and no alternate-shifted ignoring of
// punctuation, so sensitivity "case" compares the base letters, then the
// strings without their accents; ignorePunctuation drops punctuation and
// spaces (ICU's variable characters) before comparing; caseFirst "upper"
// flips the result for strings that differ only in case.
type collator struct {
	c           *collate.Collator
	base        *collate.Collator // for "case": primary level only
	caseless    *collate.Collator // for caseFirst "upper": the same without case
	caseOnly    bool
	upperHigh   bool
	ignorePunct bool
}

func newCollator(loc string, sensitivity string, numeric bool, caseFirst string, ignorePunct bool) *collator {
	t := parse(loc)
	var opts []collate.Option
	if numeric {
		opts = append(opts, collate.Numeric)
	}
	c := &collator{ignorePunct: ignorePunct}
	switch sensitivity {
	case "base":
		c.c = collate.New(t, append(opts, collate.IgnoreCase, collate.IgnoreDiacritics)...)
	case "accent":
		c.c = collate.New(t, append(opts, collate.IgnoreCase)...)
	case "case":
		c.caseOnly = true
		c.base = collate.New(t, append(opts, collate.IgnoreCase, collate.IgnoreDiacritics)...)
		c.c = collate.New(t, opts...)
	default:
		c.c = collate.New(t, opts...)
	}
	if caseFirst == "upper" && sensitivity != "base" && sensitivity != "accent" {
		c.upperHigh = true
		c.caseless = collate.New(t, append(opts, collate.IgnoreCase)...)
	}
	return c
}

func stripVariable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func stripAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (c *collator) compare(a, b string) int {
	if c.ignorePunct {
		a, b = stripVariable(a), stripVariable(b)
	}
	if c.caseOnly {
		if r := c.base.CompareString(a, b); r != 0 {
			return r
		}
		a, b = stripAccents(a), stripAccents(b)
	}
	r := c.c.CompareString(a, b)
	if c.upperHigh && r != 0 && c.caseless.CompareString(a, b) == 0 {
		return -r // differ only in case: uppercase sorts first
	}
	return r
}

var pluralForms = []string{"other", "zero", "one", "two", "few", "many"}

// pluralCategory is the CLDR plural category of a number given as its
// ECMA-402 operands: i integer digits, v visible fraction digits, w without
// trailing zeros, f and t the fraction digits with and without trailing zeros.
func pluralCategory(loc string, ordinal bool, i, v, w, f, t int) string {
	if i < 0 || v < 0 || w < 0 || f < 0 || t < 0 || v > w+1000 {
		return "other" // not operands of a number
	}
	r := plural.Cardinal
	if ordinal {
		r = plural.Ordinal
	}
	form := r.MatchPlural(parse(loc), i, v, w, f, t)
	if int(form) < len(pluralForms) {
		return pluralForms[form]
	}
	return "other"
}

// pluralCategories lists the categories a locale uses, in V8's order
// (ICU's: alphabetical, "other" last).
func pluralCategories(loc string, ordinal bool) []string {
	seen := map[string]bool{}
	for n := 0; n <= 1000; n++ {
		seen[pluralCategory(loc, ordinal, n, 0, 0, 0, 0)] = true
	}
	for n := 0; n <= 200; n++ {
		for _, v := range [][4]int{{1, 1, n % 10, n % 10}, {2, 2, n % 100, n % 100}, {1, 0, 0, 0}} {
			seen[pluralCategory(loc, ordinal, n, v[0], v[1], v[2], v[3])] = true
		}
	}
	out := []string{}
	for _, c := range []string{"few", "many", "one", "two", "zero"} {
		if seen[c] {
			out = append(out, c)
		}
	}
	return append(out, "other")
}

// lookupName finds code in a sorted table of names.
func lookupName(table [][2]string, code string) string {
	i := sort.Search(len(table), func(i int) bool { return table[i][0] >= code })
	if i < len(table) && table[i][0] == code {
		return table[i][1]
	}
	return ""
}

// displayName is the English name of a language, region or script ("" when
// CLDR has none): names_table.go, generated from x/text/language/display.
// A language tag with a region or script CLDR does not name as a whole is
// "Language (Region)", as ICU composes it.
func displayName(typ, code string) string {
	switch typ {
	case "language":
		if n := lookupName(languageNames[:], code); n != "" {
			return n
		}
		t, err := language.Parse(code)
		if err != nil {
			return ""
		}
		b, sc, r := t.Raw()
		name := lookupName(languageNames[:], b.String())
		if name == "" {
			return ""
		}
		var extra []string
		if sc.String() != "Zzzz" {
			if n := lookupName(languageNames[:], b.String()+"-"+sc.String()); n != "" && r.String() == "ZZ" {
				name = n
			} else if sc.String() == "Hans" || sc.String() == "Hant" {
				extra = append(extra, map[string]string{"Hans": "Simplified", "Hant": "Traditional"}[sc.String()])
			} else if n := lookupName(scriptNames[:], sc.String()); n != "" {
				extra = append(extra, n)
			}
		}
		if r.String() != "ZZ" {
			if n := lookupName(regionNames[:], r.String()); n != "" {
				extra = append(extra, n)
			}
		}
		if len(extra) > 0 {
			name += " (" + strings.Join(extra, ", ") + ")"
		}
		return name
	case "region":
		return lookupName(regionNames[:], code)
	case "script":
		return lookupName(scriptNames[:], code)
	}
	return ""
}

// caseMap is String.prototype.toLocaleUpperCase/LowerCase for a locale.
func caseMap(loc, s string, upper bool) string {
	t := parse(loc)
	if upper {
		return cases.Upper(t).String(s)
	}
	return cases.Lower(t).String(s)
}

// Binding fills internalBinding('intl').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	exports.Set("available", available)
	exports.Set("maximize", maximize)
	exports.Set("minimize", minimize)
	exports.Set("numberSymbols", func(loc string) goja.Value {
		sy := numberSymbols(loc)
		o := vm.NewObject()
		o.Set("decimal", sy.Decimal)
		o.Set("group", sy.Group)
		o.Set("minus", sy.Minus)
		o.Set("primary", sy.Primary)
		o.Set("secondary", sy.Secondary)
		o.Set("minGroup", sy.MinGroup)
		o.Set("pctPrefix", sy.PctPrefix)
		o.Set("pctSuffix", sy.PctSuffix)
		o.Set("digits", sy.Digits)
		return o
	})
	exports.Set("currencyInfo", func(code, loc string) goja.Value { return vm.ToValue(currencyInfo(code, loc)) })
	exports.Set("newCollator", newCollator)
	// The hot entry points take a FunctionCall: goja's reflection wrapper
	// for typed Go functions costs more than the work itself.
	exports.Set("compare", func(call goja.FunctionCall) goja.Value {
		c, ok := call.Argument(0).Export().(*collator)
		if !ok {
			panic(vm.NewTypeError("invalid collator"))
		}
		return vm.ToValue(c.compare(call.Argument(1).String(), call.Argument(2).String()))
	})
	exports.Set("pluralCategory", pluralCategory)
	exports.Set("pluralCategories", pluralCategories)
	exports.Set("displayName", displayName)
	exports.Set("caseMap", caseMap)
	exports.Set("segment", func(s, granularity string) goja.Value {
		b, wl := segment(s, granularity)
		o := vm.NewObject()
		o.Set("breaks", b)
		o.Set("wordLike", wl)
		return o
	})
	exports.Set("currencies", currencies)
	exports.Set("dateData", dateData)
	exports.Set("timeZone", canonicalZone)
	exports.Set("timeZones", zoneNames)
	exports.Set("defaultTimeZone", defaultZone)
	exports.Set("zoneOffset", func(call goja.FunctionCall) goja.Value {
		off, abbr := zoneOffset(call.Argument(0).String(), call.Argument(1).ToFloat())
		return vm.NewArray(off, abbr)
	})
}

// currencies lists the ISO 4217 codes in current use somewhere (Intl.supportedValuesOf('currency')).
func currencies() []string {
	seen := map[string]bool{}
	var out []string
	for it := currency.Query(); it.Next(); {
		c := it.Unit().String()
		if !seen[c] && it.IsTender() {
			seen[c] = true
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}
