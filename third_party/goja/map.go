package goja

import (
	"hash/maphash"
)

type mapEntry struct {
	key, value Value

	iterPrev, iterNext *mapEntry
	hNext              *mapEntry
}

// gojanet: a map of up to smallOrderedMap entries has no hashTable and is
// searched along its iteration list. Objects keep their symbol-keyed
// properties in an orderedMap, and node's sockets and streams carry a few
// symbols each: the Go map made that ≈ 0.5 KB per object (≈ 14% of an idle
// connection's heap). Map and Set objects of a few entries gain the same.
// The list, and so iteration and deletion semantics, are unchanged.
const smallOrderedMap = 8

type orderedMap struct {
	hash                *maphash.Hash
	hashTable           map[uint64]*mapEntry // nil while size <= smallOrderedMap
	iterFirst, iterLast *mapEntry
	size                int
	// gojanet: an entry allocated with the map (newSymbolMap), taken by
	// the first addition
	spare *mapEntry
}

// newSymbolMap is newOrderedMap(nil) for an object's symbol-keyed
// properties, with its first entry in the same allocation (most objects
// that have any have one or two: node's kState, an arguments object's
// Symbol.iterator).
func newSymbolMap() *orderedMap {
	a := &struct {
		m orderedMap
		e mapEntry
	}{}
	a.m.spare = &a.e
	return &a.m
}

type orderedMapIter struct {
	m   *orderedMap
	cur *mapEntry
}

func (m *orderedMap) lookup(key Value) (h uint64, entry, hPrev *mapEntry) {
	if key == _negativeZero {
		key = intToValue(0)
	}
	if s, ok := key.(asciiString); ok && (m.hashTable == nil || m.hash != nil) {
		return m.lookupASCII(s, key)
	}
	if m.hashTable == nil {
		// gojanet: a symbol (an object's symbol-keyed properties) is the same
		// as a key only when it is that symbol: compared without the SameAs
		// interface call per entry
		if s, ok := key.(*Symbol); ok {
			for entry = m.iterFirst; entry != nil; entry = entry.iterNext {
				if es, ok := entry.key.(*Symbol); ok && es == s {
					return
				}
			}
			return
		}
		for entry = m.iterFirst; entry != nil && !entry.key.SameAs(key); entry = entry.iterNext {
		}
		return
	}
	h = key.hash(m.hash)
	for entry = m.hashTable[h]; entry != nil && !entry.key.SameAs(key); hPrev, entry = entry, entry.hNext {
	}
	return
}

func (m *orderedMap) set(key, value Value) {
	h, entry, hPrev := m.lookup(key)
	if entry != nil {
		entry.value = value
	} else {
		if key == _negativeZero {
			key = intToValue(0)
		}
		if entry = m.spare; entry != nil {
			m.spare = nil
			entry.key, entry.value = key, value
		} else {
			entry = &mapEntry{key: key, value: value}
		}
		if m.hashTable == nil && m.size >= smallOrderedMap {
			m.buildHashTable()
			h, _, hPrev = m.lookup(key)
		}
		if m.hashTable == nil {
			// a small map: the iteration list is all there is
		} else if hPrev == nil {
			m.hashTable[h] = entry
		} else {
			hPrev.hNext = entry
		}
		if m.iterLast != nil {
			entry.iterPrev = m.iterLast
			m.iterLast.iterNext = entry
		} else {
			m.iterFirst = entry
		}
		m.iterLast = entry
		m.size++
	}
}

// lookupASCII is lookup of an ASCII string (gojanet): entries that are ASCII
// strings are compared as Go strings, without SameAs's interface call, and
// the hash is asciiString.hash's in one call (maphash.String is documented
// to equal SetSeed, WriteString, Sum64).
func (m *orderedMap) lookupASCII(s asciiString, key Value) (h uint64, entry, hPrev *mapEntry) {
	if m.hashTable == nil {
		for entry = m.iterFirst; entry != nil; entry = entry.iterNext {
			if es, ok := entry.key.(asciiString); ok {
				if es == s {
					return
				}
			} else if entry.key.SameAs(key) {
				return
			}
		}
		return
	}
	h = maphash.String(m.hash.Seed(), string(s))
	for entry = m.hashTable[h]; entry != nil; hPrev, entry = entry, entry.hNext {
		if es, ok := entry.key.(asciiString); ok {
			if es == s {
				return
			}
		} else if entry.key.SameAs(key) {
			return
		}
	}
	return
}

func (m *orderedMap) get(key Value) Value {
	_, entry, _ := m.lookup(key)
	if entry != nil {
		return entry.value
	}

	return nil
}

func (m *orderedMap) remove(key Value) bool {
	h, entry, hPrev := m.lookup(key)
	if entry != nil {
		entry.key = nil
		entry.value = nil

		// remove from the doubly-linked list
		if entry.iterPrev != nil {
			entry.iterPrev.iterNext = entry.iterNext
		} else {
			m.iterFirst = entry.iterNext
		}
		if entry.iterNext != nil {
			entry.iterNext.iterPrev = entry.iterPrev
		} else {
			m.iterLast = entry.iterPrev
		}

		// remove from the hashTable
		if m.hashTable == nil {
			// a small map has none
		} else if hPrev == nil {
			if entry.hNext == nil {
				delete(m.hashTable, h)
			} else {
				m.hashTable[h] = entry.hNext
			}
		} else {
			hPrev.hNext = entry.hNext
		}

		m.size--
		return true
	}

	return false
}

// buildHashTable indexes a small map's entries once it grows past
// smallOrderedMap (gojanet).
func (m *orderedMap) buildHashTable() {
	m.hashTable = make(map[uint64]*mapEntry, m.size+1)
	for e := m.iterFirst; e != nil; e = e.iterNext {
		h := e.key.hash(m.hash)
		e.hNext = m.hashTable[h]
		m.hashTable[h] = e
	}
}

func (m *orderedMap) has(key Value) bool {
	_, entry, _ := m.lookup(key)
	return entry != nil
}

func (iter *orderedMapIter) next() *mapEntry {
	if iter.m == nil {
		// closed iterator
		return nil
	}

	cur := iter.cur
	// if the current item was deleted, track back to find the latest that wasn't
	for cur != nil && cur.key == nil {
		cur = cur.iterPrev
	}

	if cur != nil {
		cur = cur.iterNext
	} else {
		cur = iter.m.iterFirst
	}

	if cur == nil {
		iter.close()
	} else {
		iter.cur = cur
	}

	return cur
}

func (iter *orderedMapIter) close() {
	iter.m = nil
	iter.cur = nil
}

func newOrderedMap(h *maphash.Hash) *orderedMap {
	return &orderedMap{
		hash: h, // gojanet: no hashTable until it grows past smallOrderedMap
	}
}

func (m *orderedMap) newIter() *orderedMapIter {
	iter := &orderedMapIter{
		m: m,
	}
	return iter
}

func (m *orderedMap) clear() {
	for item := m.iterFirst; item != nil; item = item.iterNext {
		item.key = nil
		item.value = nil
		if item.iterPrev != nil {
			item.iterPrev.iterNext = nil
		}
	}
	m.iterFirst = nil
	m.iterLast = nil
	m.hashTable = nil // gojanet: small again
	m.size = 0
}
