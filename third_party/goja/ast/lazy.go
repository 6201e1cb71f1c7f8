package ast

import (
	"bytes"
	"encoding/binary"
	"math"
	"slices"
	"sort"
	"unsafe"

	"github.com/dop251/goja/unistring"
)

// gojanet: lazily parsed function bodies.
//
// A SkipTable lists, for one source, the function bodies a parser may skip:
// by the offset of a body's '{', where the body ends and what the compiler
// needs to know about the body before it is parsed (the names it reads from
// outside and whether an arrow uses the enclosing `this`). goja's
// BuildSkipTable makes one from a full parse; a parse given the table
// (parser.WithSkipTable) steps over each listed body without scanning its
// tokens and leaves a LazyBody in its place, which the compiler parses
// (parser.ParseLazyBody) when it compiles the body.
type SkipTable struct {
	Entries map[int]*SkipEntry // by the offset of the body's '{' (a table being built)

	// A decoded table (DecodeSkipTable): the entries in offset order, the
	// offsets apart. gojanet (gcperf2): a decoded table lives as long as a
	// body it lists is not compiled, which in a serving process is for
	// good; a map of the builtins' ≈ 2,000 entries was 60 KB more to mark.
	starts []int32
	sorted []SkipEntry
}

// Lookup returns the entry of the body whose '{' is at offset, or nil.
func (t *SkipTable) Lookup(offset int) *SkipEntry {
	if t.Entries != nil {
		return t.Entries[offset]
	}
	if offset < 0 || offset > math.MaxInt32 {
		return nil
	}
	if i, ok := slices.BinarySearch(t.starts, int32(offset)); ok {
		return &t.sorted[i]
	}
	return nil
}

// Len returns the number of entries.
func (t *SkipTable) Len() int {
	if t.Entries == nil {
		return len(t.sorted)
	}
	return len(t.Entries)
}

// each calls f with every entry in offset order.
func (t *SkipTable) each(f func(start int, e *SkipEntry)) {
	if t.Entries == nil {
		for i, s := range t.starts {
			f(int(s), &t.sorted[i])
		}
		return
	}
	starts := make([]int, 0, len(t.Entries))
	for s := range t.Entries {
		starts = append(starts, s)
	}
	sort.Ints(starts)
	for _, s := range starts {
		f(s, t.Entries[s])
	}
}

// SkipEntry is one skippable body.
type SkipEntry struct {
	End       int // the offset just after the body's '}'
	Free      []unistring.String
	OuterThis bool
}

// LazyBody stands for a skipped body in its BlockStatement.
type LazyBody struct {
	*SkipEntry
	Start int // the offset of '{'
	// how parseFunctionBlock was called for it
	Async, AllowAwait, AllowYield bool
	Table                         *SkipTable // for the functions inside it
}

const skipTableMagic = "gojanet skip table 1\n"

// AppendBinary appends t's encoding to b: each distinct name once, then the
// entries in offset order.
func (t *SkipTable) AppendBinary(b []byte) []byte {
	b = append(b, skipTableMagic...)
	var starts []int
	var entries []*SkipEntry
	t.each(func(s int, e *SkipEntry) {
		starts = append(starts, s)
		entries = append(entries, e)
	})
	ids := map[unistring.String]int{}
	var names []unistring.String
	for _, e := range entries {
		for _, n := range e.Free {
			if _, ok := ids[n]; !ok {
				ids[n] = len(names)
				names = append(names, n)
			}
		}
	}
	b = binary.AppendUvarint(b, uint64(len(names)))
	for _, n := range names {
		b = binary.AppendUvarint(b, uint64(len(n)))
		b = append(b, n...)
	}
	b = binary.AppendUvarint(b, uint64(len(starts)))
	prev := 0
	for i, s := range starts {
		e := entries[i]
		b = binary.AppendUvarint(b, uint64(s-prev))
		b = binary.AppendUvarint(b, uint64(e.End-s))
		flags := uint64(len(e.Free)) << 1
		if e.OuterThis {
			flags |= 1
		}
		b = binary.AppendUvarint(b, flags)
		for _, n := range e.Free {
			b = binary.AppendUvarint(b, uint64(ids[n]))
		}
		prev = s
	}
	return b
}

// DecodeSkipTable decodes AppendBinary's encoding; nil if b is not one.
func DecodeSkipTable(b []byte) *SkipTable {
	return DecodeSkipTableIn(b, nil)
}

// DecodeSkipTableIn is DecodeSkipTable with the entries, their name lists
// and the names in memory from mem (8-byte aligned, zeroed, never freed
// nor moved, outside Go's heap; nil: from the heap). gojanet (gcperf4): a
// decoded table lives as long as the process in a server, and every lazy
// stub points at its entry: pointers outside the heap are ones a
// collection skips at once instead of marking (≈ 8,000 in the hello server).
func DecodeSkipTableIn(b []byte, mem func(n int) []byte) *SkipTable {
	if !bytes.HasPrefix(b, []byte(skipTableMagic)) {
		return nil
	}
	b = b[len(skipTableMagic):]
	bad := false
	next := func() int {
		v, n := binary.Uvarint(b)
		if n <= 0 || v > 1<<31 {
			bad = true
			b = nil
			return 0
		}
		b = b[n:]
		return int(v)
	}
	nn := next()
	if bad || nn > len(b) {
		return nil
	}
	// the names point into one string holding them all (and no more: a
	// first pass finds where they end)
	names := make([]unistring.String, nn)
	at := b
	for i := 0; i < nn; i++ {
		l := next()
		if bad || l > len(b) {
			return nil
		}
		b = b[l:]
	}
	var all string
	if m := offHeap(mem, len(at)-len(b)); m != nil {
		copy(m, at)
		all = unsafe.String(unsafe.SliceData(m), len(m))
	} else {
		all = string(at[:len(at)-len(b)])
		mem = nil // (entries outside the heap may not point at names in it)
	}
	b = at
	for i := range names {
		l := next()
		off := len(at) - len(b)
		names[i] = unistring.String(all[off : off+l])
		b = b[l:]
	}
	ne := next()
	if bad || ne > len(b) {
		return nil
	}
	// the entries' names are slices of one array, as long as the number of
	// varints left (one last byte each) less the entries' three
	nfree := -3 * ne
	for _, c := range b {
		if c < 0x80 {
			nfree++
		}
	}
	if nfree < 0 {
		return nil
	}
	// that array first: entries outside the heap may not point at it in
	// the heap (once mem has none left, the rest come from the heap)
	free, off := offHeapSlice[unistring.String](mem, nfree)
	if !off {
		mem = nil
	}
	free = free[:0]
	// the entries too (with mem): each lazy stub points at its own
	entries, off := offHeapSlice[SkipEntry](mem, ne)
	if !off {
		mem = nil
	}
	starts, _ := offHeapSlice[int32](mem, ne)
	t := &SkipTable{starts: starts, sorted: entries}
	start := 0
	for i := range entries {
		e := &entries[i]
		start += next()
		e.End = start + next()
		flags := next()
		e.OuterThis = flags&1 != 0
		if nf := flags >> 1; nf > 0 {
			for j := 0; j < nf; j++ {
				id := next()
				if bad || id >= len(names) {
					return nil
				}
				free = append(free, names[id])
			}
			e.Free = free[len(free)-nf : len(free) : len(free)]
		}
		if bad || e.End <= start || start > math.MaxInt32 {
			return nil
		}
		t.starts[i] = int32(start)
	}
	if len(b) != 0 {
		return nil
	}
	return t
}

// offHeap returns n bytes from mem, nil without mem, for n == 0 or when mem
// has none.
func offHeap(mem func(n int) []byte, n int) []byte {
	if mem == nil || n == 0 {
		return nil
	}
	return mem(n)
}

// offHeapSlice makes n Ts in memory from mem (from the heap without it, or
// when mem has none left), and says whether none are in the heap. A T
// there may only point outside the heap too: the collector does not see it.
func offHeapSlice[T any](mem func(n int) []byte, n int) ([]T, bool) {
	if n == 0 {
		return nil, true
	}
	var z T
	if m := offHeap(mem, n*int(unsafe.Sizeof(z))); m != nil {
		return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(m))), n), true
	}
	return make([]T, n), false
}
