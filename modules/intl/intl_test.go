package intl

import (
	"reflect"
	"testing"
)

func TestSegmentGraphemes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []int
	}{
		{"", []int{0}},
		{"abc", []int{0, 1, 2, 3}},
		{"e\u0301x", []int{0, 2, 3}},            // combining mark joins its base
		{"\r\n\n", []int{0, 2, 3}},              // CR LF is one cluster
		{"👨\u200d👩\u200d👧!", []int{0, 8, 9}},    // ZWJ sequence (surrogate pairs count 2)
		{"🇩🇪🇫🇷🇮", []int{0, 4, 8, 10}},           // regional indicators pair up
		{"\u1100\u1161\u11a8가", []int{0, 3, 4}}, // Hangul L V T, then LV
		{"👍🏽a", []int{0, 4, 5}},                 // emoji modifier extends
	} {
		got, _ := segment(c.in, "grapheme")
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("graphemes(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestSegmentWords(t *testing.T) {
	got, like := segment("It's 3.14, ok", "word")
	want := []int{0, 4, 5, 9, 10, 11, 13}
	wantLike := []bool{true, false, true, false, false, true}
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(like, wantLike) {
		t.Errorf("words = %v %v, want %v %v", got, like, want, wantLike)
	}
}

func TestZones(t *testing.T) {
	for in, want := range map[string]string{
		"america/new_york": "America/New_York", "US/Eastern": "America/New_York", "Etc/UTC": "UTC",
		"gmt": "UTC", "Asia/Kolkata": "Asia/Calcutta", "Foo/Bar": "", "": "", "Local": "", "+01:00": "",
	} {
		if got := canonicalZone(in); got != want {
			t.Errorf("canonicalZone(%q) = %q, want %q", in, got, want)
		}
	}
	if off, abbr := zoneOffset("America/New_York", 1709647629045); off != -300 || abbr != "EST" {
		t.Errorf("New York in March 2024 = %d %s", off, abbr)
	}
	if off, _ := zoneOffset("Asia/Kolkata", -1); off != 330 {
		t.Errorf("Kolkata = %d", off)
	}
}

func TestNumberSymbols(t *testing.T) {
	de := numberSymbols("de")
	if de.Decimal != "," || de.Group != "." || de.Primary != 3 {
		t.Errorf("de = %+v", de)
	}
	in := numberSymbols("en-IN")
	if in.Primary != 3 || in.Secondary != 2 {
		t.Errorf("en-IN grouping = %+v", in)
	}
	if sy := numberSymbols("not a tag"); sy.Decimal != "." {
		t.Errorf("root = %+v", sy)
	}
}

func TestCollator(t *testing.T) {
	c := newCollator("en", "base", false, "false", false)
	if c.compare("a", "Á") != 0 || c.compare("a", "b") >= 0 {
		t.Error("base sensitivity")
	}
	c = newCollator("en", "case", false, "false", false)
	if c.compare("a", "á") != 0 || c.compare("a", "A") == 0 {
		t.Error("case sensitivity")
	}
	c = newCollator("en", "variant", true, "upper", true)
	if c.compare("item2", "item10") >= 0 || c.compare("A", "a") >= 0 || c.compare("co-op", "coop") != 0 {
		t.Error("numeric, caseFirst upper, ignorePunctuation")
	}
}

func TestLocales(t *testing.T) {
	if !available("en-US") || !available("de") || available("en-XX") || available("zz") {
		t.Error("available")
	}
	if got := maximize("zh-TW"); got != "zh-Hant-TW" {
		t.Errorf("maximize(zh-TW) = %s", got)
	}
	if got := minimize("en-Latn-US"); got != "en" {
		t.Errorf("minimize(en-Latn-US) = %s", got)
	}
	if got := pluralCategory("en", true, 22, 0, 0, 0, 0); got != "two" {
		t.Errorf("ordinal 22 = %s", got)
	}
	if got := displayName("language", "de-AT"); got != "Austrian German" {
		t.Errorf("de-AT = %s", got)
	}
	if got := displayName("language", "fr-BE"); got != "French (Belgium)" {
		t.Errorf("fr-BE = %s", got)
	}
}
