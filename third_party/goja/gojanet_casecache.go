package goja

// gojanet: toLowerCase and toUpperCase of short ASCII strings remember
// their last results. Express lower-cases the same header names
// ('Content-Type', 'ETag', 'GET') on every request; each call made a new
// string and boxed it (≈ 900 machine instructions, 2-3 allocations). A
// string's case mapping depends on its contents only, so a remembered
// result is the same value a new one would be.

// caseCacheMax is the longest string remembered: header names and
// methods, not bodies.
const caseCacheMax = 32

type caseCacheEntry struct {
	in  asciiString
	out Value
}

// caseCache is direct-mapped on the string's length and end bytes.
type caseCache [16]caseCacheEntry

func (c *caseCache) get(s asciiString, convert func(asciiString) String) Value {
	if len(s) > caseCacheMax {
		return convert(s)
	}
	e := &c[(len(s)*7+int(s[0])+int(s[len(s)-1]))&15]
	if e.out != nil && e.in == s {
		return e.out
	}
	out := convert(s)
	e.in, e.out = s, out
	return out
}

// caseCaches returns the runtime's caches, made at the first use.
func (r *Runtime) caseCaches() *[2]caseCache {
	if r.caseCache == nil {
		r.caseCache = new([2]caseCache)
	}
	return r.caseCache
}

func asciiToLower(s asciiString) String { return s.toLower() }
func asciiToUpper(s asciiString) String { return s.toUpper() }
