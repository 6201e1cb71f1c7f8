package intl

import (
	"compress/flate"
	"io"
	"strings"
	"sync"
)

// Calendar data for Intl.DateTimeFormat in locales other than English
// (x/text has none): dates_table.go, generated from node's own ICU by
// gen/dates.mjs, holds it per locale, compressed; js/internal/intl_datetime.js
// asks for a locale's once and parses it.

var dateDataCache sync.Map // locale → JSON string ("" when none)

// dateData returns the calendar data of locale, or of its language, as
// JSON; "" when there is none (English and locales without data use the
// English patterns built in JS).
func dateData(locale string) string {
	if v, ok := dateDataCache.Load(locale); ok {
		return v.(string)
	}
	key := locale
	if _, ok := dateLocales[key]; !ok {
		key, _, _ = strings.Cut(locale, "-")
	}
	out := ""
	if packed, ok := dateLocales[key]; ok {
		b, err := io.ReadAll(flate.NewReader(strings.NewReader(packed)))
		if err == nil {
			out = string(b)
		}
	}
	dateDataCache.Store(locale, out)
	return out
}
