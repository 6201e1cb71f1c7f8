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

// caseCache is two-way set-associative on a hash of the string's length and
// three of its bytes (gojanet, expressperf3: direct-mapped on length and end
// bytes, 'GET' and 'UTF-8' shared an entry and each evicted the other on
// every Express request). A miss replaces the set's older entry.
type caseCache [caseCacheSets][2]caseCacheEntry

const caseCacheSets = 32

func (c *caseCache) get(s asciiString, convert func(asciiString) String) Value {
	n := len(s)
	if n > caseCacheMax || n == 0 {
		return convert(s)
	}
	set := &c[(n*31+int(s[0])*7+int(s[n>>1])*3+int(s[n-1]))%caseCacheSets]
	if e := &set[0]; e.out != nil && e.in == s {
		return e.out
	}
	if e := &set[1]; e.out != nil && e.in == s {
		return e.out
	}
	out := convert(s)
	set[1] = set[0]
	set[0] = caseCacheEntry{in: s, out: out}
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
