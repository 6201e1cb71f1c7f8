package goja

// gojanet: an ordinary object's string-keyed property values.
//
// Upstream keeps them in a Go map per object (baseObject.values). A Go map
// costs a header and at least one 8-slot group (~340 bytes) as soon as an
// object has one property, ~1 KB at 9-14, and every lookup hashes the name.
// Most objects gojanet's workloads make (stream states, sockets, http
// messages, option bags, listener records) have a handful of properties, so
// propValues keeps up to propValuesLinear of them in a slice of name/value
// pairs, found by a linear scan (names compare by length first, and a name
// compiled into a program is usually the very same string, so most
// comparisons are a length or pointer check), and indexes them with a Go map
// (name to index in the slice) only when an object grows past that.
//
// Order does not matter here: baseObject.propNames keeps the property order
// (insertion, integer keys first when enumerated), as upstream. A value may be
// nil and present (object_template's "white hole"), as with the map.

import "github.com/dop251/goja/unistring"

// propValuesLinear is the most properties kept in the slice; measured on
// gojanet's http and net benchmarks (a scan of 16 short names costs about what
// hashing one does).
const propValuesLinear = 16

type propEntry struct {
	name unistring.String
	v    Value
}

type propValues struct {
	e []propEntry
	// m: once the object had more than propValuesLinear properties, each
	// name's index in e (the entries stay in e: an index stays valid until
	// a delete moves the last entry into its place, so inline caches keep
	// a template holder's slot and check its name: gojanet_ic.go)
	m map[unistring.String]int32
	// gen counts changes (set, del, reset): the global object's is what
	// cached global reads check (gojanet_globals.go)
	gen uint64

	// gojanet (gcperf3): the names in order (upstream's
	// baseObject.propNames, now a dictionary's only: a shape has its own)
	// and ensurePropOrder's state (int32: a property count never comes
	// near 2^31)
	propNames                       []unistring.String
	lastSortedPropLen, idxPropCount int32
}

func (p *propValues) find(name unistring.String) int {
	if p.m != nil {
		if i, ok := p.m[name]; ok {
			return int(i)
		}
		return -1
	}
	for i := range p.e {
		if p.e[i].name == name {
			return i
		}
	}
	return -1
}

// get returns the value and whether the property exists (as `v, ok := m[name]`).
func (p *propValues) get(name unistring.String) (Value, bool) {
	if p.m != nil {
		if i, ok := p.m[name]; ok {
			return p.e[i].v, true
		}
		return nil, false
	}
	for i := range p.e {
		if p.e[i].name == name {
			return p.e[i].v, true
		}
	}
	return nil, false
}

// lookup returns the value, nil when absent (as `m[name]`).
func (p *propValues) lookup(name unistring.String) Value {
	v, _ := p.get(name)
	return v
}

func (p *propValues) has(name unistring.String) bool {
	_, ok := p.get(name)
	return ok
}

func (p *propValues) set(name unistring.String, v Value) {
	p.gen++
	if i := p.find(name); i >= 0 {
		p.e[i].v = v
		return
	}
	if p.m == nil && len(p.e) >= propValuesLinear {
		m := make(map[unistring.String]int32, 2*len(p.e))
		for i, e := range p.e {
			m[e.name] = int32(i)
		}
		p.m = m
	}
	if p.m != nil {
		p.m[name] = int32(len(p.e))
	} else if p.e == nil {
		// Most objects get a few properties: start with room for four.
		p.e = make([]propEntry, 0, 4)
	}
	p.e = append(p.e, propEntry{name: name, v: v})
}

func (p *propValues) del(name unistring.String) {
	p.gen++
	i := p.find(name)
	if i < 0 {
		return
	}
	last := len(p.e) - 1
	p.e[i] = p.e[last]
	p.e[last] = propEntry{}
	p.e = p.e[:last]
	if p.m != nil {
		delete(p.m, name)
		if i < last {
			p.m[p.e[i].name] = int32(i)
		}
	}
}

func (p *propValues) len() int {
	return len(p.e)
}

// reset empties p, keeping nothing.
func (p *propValues) reset() {
	p.gen++
	p.e = nil
	p.m = nil
}
