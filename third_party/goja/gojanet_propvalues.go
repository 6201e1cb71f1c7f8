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
// comparisons are a length or pointer check), and moves them into a Go map
// only when an object grows past that.
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
	e []propEntry                // while m == nil
	m map[unistring.String]Value // once the object had more than propValuesLinear properties
	// gen counts changes (set, del, reset): the global object's is what
	// cached global reads check (gojanet_globals.go)
	gen uint64
}

func (p *propValues) find(name unistring.String) int {
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
		v, ok := p.m[name]
		return v, ok
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
	if p.m != nil {
		return p.m[name]
	}
	for i := range p.e {
		if p.e[i].name == name {
			return p.e[i].v
		}
	}
	return nil
}

func (p *propValues) has(name unistring.String) bool {
	_, ok := p.get(name)
	return ok
}

func (p *propValues) set(name unistring.String, v Value) {
	p.gen++
	if p.m != nil {
		p.m[name] = v
		return
	}
	if i := p.find(name); i >= 0 {
		p.e[i].v = v
		return
	}
	if len(p.e) >= propValuesLinear {
		m := make(map[unistring.String]Value, len(p.e)+1)
		for _, e := range p.e {
			m[e.name] = e.v
		}
		m[name] = v
		p.m = m
		p.e = nil
		return
	}
	if p.e == nil {
		// Most objects get a few properties: start with room for four.
		p.e = make([]propEntry, 0, 4)
	}
	p.e = append(p.e, propEntry{name: name, v: v})
}

func (p *propValues) del(name unistring.String) {
	p.gen++
	if p.m != nil {
		delete(p.m, name)
		return
	}
	if i := p.find(name); i >= 0 {
		last := len(p.e) - 1
		p.e[i] = p.e[last]
		p.e[last] = propEntry{}
		p.e = p.e[:last]
	}
}

func (p *propValues) len() int {
	if p.m != nil {
		return len(p.m)
	}
	return len(p.e)
}

// reset empties p, keeping nothing.
func (p *propValues) reset() {
	p.gen++
	p.e = nil
	p.m = nil
}
