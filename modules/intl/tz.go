package intl

// Time zones for Intl.DateTimeFormat: IANA names from the system's zoneinfo
// (Go's time.LoadLocation reads the same files), matched without regard to
// case as V8 does, with CLDR's canonical spelling where it differs from
// tzdata's for the legacy aliases scripts meet (US/Eastern → America/New_York,
// Etc/UTC, GMT, Zulu → UTC).

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

const zoneDir = "/usr/share/zoneinfo"

var zones struct {
	once  sync.Once
	lower map[string]string // lower-cased name → name
	links map[string]string // tzdata link → target (tzdata.zi)
	keep  map[string]bool   // links CLDR keeps as canonical IDs
	list  []string          // canonical names, sorted
}

func loadZones() {
	zones.once.Do(func() {
		zones.lower = map[string]string{}
		zones.links = map[string]string{}
		_ = filepath.WalkDir(zoneDir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			rel, _ := filepath.Rel(zoneDir, p)
			if d.IsDir() {
				if rel == "posix" || rel == "right" {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.ContainsAny(rel[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || strings.HasSuffix(rel, ".tab") {
				return nil
			}
			zones.lower[strings.ToLower(rel)] = rel
			return nil
		})
		if b, err := os.ReadFile(filepath.Join(zoneDir, "tzdata.zi")); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				f := strings.Fields(line)
				if len(f) == 3 && f[0] == "L" {
					zones.links[f[2]] = f[1]
				}
			}
		}
		seen := map[string]bool{}
		keep := map[string]bool{}
		zones.keep = keep
		for _, old := range cldrNames {
			keep[old] = true
		}
		// A link that zone.tab lists is its own country's zone, which CLDR
		// keeps as a canonical ID (Europe/Bratislava, not Europe/Prague).
		if b, err := os.ReadFile(filepath.Join(zoneDir, "zone.tab")); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if f := strings.Fields(line); len(f) >= 3 && !strings.HasPrefix(f[0], "#") {
					keep[f[2]] = true
				}
			}
		}
		for _, n := range zones.lower {
			if _, link := zones.links[n]; link && !keep[n] {
				continue // an alias: its target is listed
			}
			c := canonical(n)
			if strings.Contains(c, "/") && !strings.HasPrefix(c, "Etc/") && !seen[c] {
				seen[c] = true
				zones.list = append(zones.list, c)
			}
		}
		sort.Strings(zones.list)
	})
}

// canonical maps a zone name to the one V8 reports.
func canonical(n string) string {
	switch n {
	case "UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/GMT", "GMT", "Etc/Universal", "Universal",
		"Etc/Zulu", "Zulu", "Etc/Greenwich", "Greenwich", "GMT0", "Etc/GMT0", "GMT+0", "GMT-0",
		"Etc/GMT+0", "Etc/GMT-0":
		return "UTC"
	}
	if c, ok := cldrAliases[n]; ok {
		return c
	}
	// A tzdata link is an alias of its target unless CLDR keeps it (a
	// country's own zone in zone.tab, or a renamed zone's old name).
	if t, ok := zones.links[n]; ok && !zones.keep[n] {
		return canonical(t)
	}
	if old, ok := cldrNames[n]; ok {
		return old
	}
	return n
}

// cldrNames are zones tzdata renamed whose old name CLDR (and so V8) keeps
// as the canonical one.
var cldrNames = map[string]string{
	"Asia/Kolkata": "Asia/Calcutta", "Asia/Kathmandu": "Asia/Katmandu", "Asia/Ho_Chi_Minh": "Asia/Saigon",
	"Asia/Yangon": "Asia/Rangoon", "Europe/Kyiv": "Europe/Kiev", "Atlantic/Faroe": "Atlantic/Faeroe",
	"America/Nuuk": "America/Godthab", "Pacific/Chuuk": "Pacific/Truk", "Pacific/Pohnpei": "Pacific/Ponape",
	"Africa/Asmara": "Africa/Asmera", "America/Atikokan": "America/Coral_Harbour",
	"America/Indiana/Indianapolis": "America/Indianapolis", "America/Kentucky/Louisville": "America/Louisville",
	"America/Argentina/Buenos_Aires": "America/Buenos_Aires", "America/Argentina/Catamarca": "America/Catamarca",
	"America/Argentina/Cordoba": "America/Cordoba", "America/Argentina/Jujuy": "America/Jujuy",
	"America/Argentina/Mendoza": "America/Mendoza", "Pacific/Kanton": "Pacific/Enderbury",
}

// canonicalZone returns the canonical name of a zone, or "" if there is none.
func canonicalZone(name string) string {
	loadZones()
	n, ok := zones.lower[strings.ToLower(name)]
	if !ok {
		if strings.EqualFold(name, "utc") || strings.EqualFold(name, "gmt") {
			return "UTC"
		}
		// Go's own lookup only where there is no zoneinfo directory to list
		// (it also takes paths like "posix/Europe/Paris", which are no IDs).
		if len(zones.lower) > 0 || name == "" || name == "Local" {
			return ""
		}
		if _, err := time.LoadLocation(name); err != nil {
			return ""
		}
		n = name
	}
	return canonical(n)
}

func zoneNames() []string {
	loadZones()
	return zones.list
}

// defaultZone is the host's zone as ICU finds it: $TZ, else /etc/localtime.
func defaultZone(tz string) string {
	tz = strings.TrimPrefix(tz, ":")
	if tz != "" {
		if c := canonicalZone(tz); c != "" {
			return c
		}
		return "UTC"
	}
	if p, err := os.Readlink("/etc/localtime"); err == nil {
		if i := strings.Index(p, "zoneinfo/"); i >= 0 {
			if c := canonicalZone(p[i+len("zoneinfo/"):]); c != "" {
				return c
			}
		}
	}
	return "UTC"
}

var locCache sync.Map

// zoneOffset is the zone's offset from UTC in minutes at an instant (ms
// since the epoch) and its abbreviation there.
func zoneOffset(name string, ms float64) (int, string) {
	var loc *time.Location
	if v, ok := locCache.Load(name); ok {
		loc = v.(*time.Location)
	} else {
		l, err := time.LoadLocation(name)
		if err != nil {
			if l, err = time.LoadLocation("Etc/" + name); err != nil {
				return 0, "UTC"
			}
		}
		loc = l
		locCache.Store(name, loc)
	}
	sec := int64(ms / 1000)
	if float64(sec)*1000 > ms {
		sec--
	}
	abbr, off := time.Unix(sec, 0).In(loc).Zone()
	return off / 60, abbr
}

// cldrAliases are aliases CLDR resolves differently from tzdata's links
// (CLDR's bcp47/timezone.xml: POSIX-style zones to a city, links whose
// tzdata target moved to another country's zone).
var cldrAliases = map[string]string{
	"Africa/Timbuktu": "Africa/Bamako", "America/Virgin": "America/St_Thomas", "Antarctica/South_Pole": "Antarctica/McMurdo",
	"Atlantic/Jan_Mayen": "Arctic/Longyearbyen", "CET": "Europe/Brussels", "CST6CDT": "America/Chicago", "EET": "Europe/Athens",
	"EST": "America/Panama", "EST5EDT": "America/New_York", "HST": "Pacific/Honolulu", "Iceland": "Atlantic/Reykjavik",
	"MET": "Europe/Brussels", "MST": "America/Phoenix", "MST7MDT": "America/Denver", "PST8PDT": "America/Los_Angeles",
	"Pacific/Yap": "Pacific/Truk", "WET": "Europe/Lisbon",
}

// ZoneLocation is the zone a value of $TZ names, as ICU reads it (an empty
// value: /etc/localtime), UTC for a name it does not know: what a runtime's
// local dates follow once a script assigns process.env.TZ.
func ZoneLocation(tz string) *time.Location {
	name := defaultZone(tz)
	if v, ok := locCache.Load(name); ok {
		return v.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return time.UTC
	}
	locCache.Store(name, loc)
	return loc
}
