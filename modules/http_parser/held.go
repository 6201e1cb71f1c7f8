package http_parser

import (
	"reflect"
	"strconv"
	"unsafe"

	"github.com/dop251/goja"
)

// readChecks answers, for the usual read of a server connection, the checks
// js/_http_server.js consumeSocketChunk makes before it parses a read with
// the request and response templates (the socket flowing with nothing
// buffered and http's 'data' listener alone, the parser's execute and
// options, the server's message classes and options, the marks), without
// the interpreter: each held set (readMemo) is what those checks read the
// last times they passed, by the objects' layouts (goja ShapeOf) and slots.
// While the objects a read reaches from its connection state and socket
// have those layouts and those values in those slots, and the watch epoch
// (the templates' and prototypes' checks, reqChecks and resChecks, and the
// prototypes the inherited names come from) has not moved, the checks hold
// again: executeHeld parses the read as execute would with the templates.
// Otherwise it parses nothing (undefined) and JS checks, then calls
// execute with `arm`, which records what it found.
//
// Only layouts and values shared by connections are kept (the parser's
// socket is compared with the read's): a set serves every connection whose
// objects look the same, including a new connection's first request, and
// holds no connection's objects.
type readChecks struct {
	loads  []heldLoad // (into a new object)
	sames  []heldLoad // (into the state or the socket)
	checks []heldCheck
	set    bool
	memo   [4]readMemo
	next   int
	last   int // the set that held last (tried first)
	// arms that recorded nothing at failEpoch: past maxArmFails JS stops
	// paying for arm on every read (a layout that never holds, e.g. an own
	// accessor on the server) until the epoch moves
	fails     int
	failEpoch int64
	// the object the list loads as "parser" (the connection's HTTPParser,
	// -1: none), whose `_p` slot find reports: the Go parser, taken from
	// the slots the checks read anyway (consumeSocketChunk's `parser._p`
	// read, a lookup goja's inline cache misses, less a read)
	parserObj int
}

const maxArmFails = 16

// The reads the checks make come from JS, one list beside the checks
// (js/_http_server.js readChecks([...]); TestHeldReadsList compares it with
// the reads of consumeSocketChunk and connChecks): a load [to, from, key]
// takes the object `to` from from's own property key, beginning with
// executeHeld's state and socket (a load into one of those two is that
// object: the parser's socket is the read's); a check [obj, key] is obj's
// property key as it was (own: the same value in the same slot; inherited:
// the layout says it is not own, the watched chain gives it).
const (
	oState  = iota // the connection's state (ConnState)
	oSocket        // the socket
	nRoots

	maxObjs   = 8 // (as many as the list has: a longer list is refused at start-up)
	maxChecks = 40
)

type heldLoad struct {
	from, to int
	key      goja.Value
}

type heldCheck struct {
	obj int
	key goja.Value
}

type readMemo struct {
	ok     bool
	epoch  int64
	shapes [maxObjs]goja.ShapeRef
	loadAt [maxObjs]int // (the slot each object is loaded from)
	sameAt [nRoots]int  // (sames')
	// the own values compared, in checks' order (inherited names have none)
	n        int
	own      [maxChecks]heldValue
	maxPairs int
	tpl, res *goja.Object // the templates they were made with
	// incomingOn's checks of the connection held too (JS's verdict when
	// the set was recorded: executeHeld hands it back in heldOut)
	conn bool
	// the parser object's `_p` slot in its shape (-1: not an own data
	// property of it: holds gives nil for it)
	pAt int
}

type heldValue struct {
	obj, at int
	v       goja.Value
}

// setList builds the loads and checks from JS's list (see heldLoad).
func (c *readChecks) setList(vm *goja.Runtime, list goja.Value) {
	bad := func(i int, why string) {
		panic(vm.NewTypeError("readChecks: entry %d: %s", i, why))
	}
	arr, ok := list.(*goja.Object)
	if !ok || c.set { // (once: the sets recorded follow the list)
		panic(vm.NewTypeError("readChecks: a list of loads and checks, once"))
	}
	get := func(o *goja.Object, i int) goja.Value {
		if v := o.Get(strconv.Itoa(i)); v != nil {
			return v
		}
		return goja.Undefined()
	}
	length := func(o *goja.Object) int {
		if v := o.Get("length"); v != nil {
			return int(v.ToInteger())
		}
		return 0
	}
	names := map[string]int{"state": oState, "socket": oSocket}
	var loads, sames []heldLoad
	var checks []heldCheck
	n := length(arr)
	for i := 0; i < n; i++ {
		e, ok := get(arr, i).(*goja.Object)
		if !ok {
			bad(i, "not an array")
		}
		var parts [3]goja.Value
		m := length(e)
		if m < 2 || m > 3 {
			bad(i, "[to, from, key] or [obj, key]")
		}
		for j := range m {
			parts[j] = get(e, j)
		}
		key := parts[m-1]
		if _, ok := key.(*goja.Symbol); !ok && !goja.IsString(key) {
			bad(i, "a key is a string or a symbol")
		}
		from, ok := names[parts[m-2].String()]
		if !ok {
			bad(i, "no object "+parts[m-2].String()+" loaded before")
		}
		if m == 2 {
			checks = append(checks, heldCheck{from, key})
			continue
		}
		to, ok := names[parts[0].String()]
		switch {
		case ok && to >= nRoots:
			bad(i, parts[0].String()+" loaded twice")
		case ok:
			sames = append(sames, heldLoad{from, to, key})
		default:
			to = len(names)
			names[parts[0].String()] = to
			loads = append(loads, heldLoad{from, to, key})
		}
	}
	if len(names) > maxObjs || len(sames) > nRoots || len(checks) > maxChecks {
		panic(vm.NewTypeError("readChecks: more objects or checks than held.go holds"))
	}
	c.loads, c.sames, c.checks, c.set = loads, sames, checks, true
	c.parserObj = -1
	if i, ok := names["parser"]; ok {
		c.parserObj = i
	}
}

// find returns the held set whose checks hold for this read, or nil, and
// the value in the parser object's `_p` slot (nil: none).
func (c *readChecks) find(vm *goja.Runtime, socket, state goja.Value) (*readMemo, goja.Value) {
	st, ok := state.(*goja.Object)
	if !ok {
		return nil, nil
	}
	sk, ok := socket.(*goja.Object)
	if !ok {
		return nil, nil
	}
	epoch := vm.WatchEpoch()
	if m := &c.memo[c.last]; m.ok && m.epoch == epoch {
		if gp, ok := c.holds(m, st, sk); ok {
			return m, gp
		}
	}
	for i := range c.memo {
		if m := &c.memo[i]; i != c.last && m.ok && m.epoch == epoch {
			if gp, ok := c.holds(m, st, sk); ok {
				c.last = i
				return m, gp
			}
		}
	}
	return nil, nil
}

// same is a == b for a value of a comparable type (arm keeps no other):
// the same interface words first, the same value otherwise (two boxes of
// one number).
func same(a, b goja.Value) bool {
	type iface struct{ t, d unsafe.Pointer }
	x, y := (*iface)(unsafe.Pointer(&a)), (*iface)(unsafe.Pointer(&b))
	if x.t != y.t {
		return false
	}
	return x.d == y.d || a == b
}

// holds reports whether m's checks hold for state and socket, with the
// parser object's `_p` slot value when they do (nil: none).
func (c *readChecks) holds(m *readMemo, state, socket *goja.Object) (goja.Value, bool) {
	var slots [maxObjs][]goja.Value
	if slots[oState] = state.SlotsIf(m.shapes[oState]); slots[oState] == nil {
		return nil, false
	}
	if slots[oSocket] = socket.SlotsIf(m.shapes[oSocket]); slots[oSocket] == nil {
		return nil, false
	}
	for _, l := range c.loads {
		o, ok := slots[l.from][m.loadAt[l.to]].(*goja.Object)
		if !ok {
			return nil, false
		}
		if slots[l.to] = o.SlotsIf(m.shapes[l.to]); slots[l.to] == nil {
			return nil, false
		}
	}
	for j, l := range c.sames { // (the parser's socket: the read's)
		root := socket
		if l.to == oState {
			root = state
		}
		if o, ok := slots[l.from][m.sameAt[j]].(*goja.Object); !ok || o != root {
			return nil, false
		}
	}
	for _, h := range m.own[:m.n] {
		if !same(slots[h.obj][h.at], h.v) {
			return nil, false
		}
	}
	if m.pAt >= 0 {
		return slots[c.parserObj][m.pAt], true
	}
	return nil, true
}

// arm records what the checks read for this read, which they passed (JS
// calls execute with its templates and `arm` right after them).
// conn: incomingOn's checks of the connection passed too.
func (c *readChecks) arm(vm *goja.Runtime, socket, state goja.Value, maxPairs int, tpl, res *goja.Object, conn bool) {
	if !c.set || tpl == nil || res == nil {
		return
	}
	var objs [maxObjs]*goja.Object
	var ok bool
	if objs[oState], ok = state.(*goja.Object); !ok {
		return
	}
	if objs[oSocket], ok = socket.(*goja.Object); !ok {
		return
	}
	epoch := vm.WatchEpoch()
	if c.failEpoch != epoch {
		c.failEpoch, c.fails = epoch, 0
	}
	if c.fails >= maxArmFails {
		return
	}
	c.fails++ // (undone below when the set is recorded)
	m := readMemo{epoch: epoch, maxPairs: maxPairs, tpl: tpl, res: res, conn: conn, pAt: -1}
	shape := func(i int) bool {
		m.shapes[i] = objs[i].ShapeOf()
		return m.shapes[i].Valid()
	}
	if !shape(oState) || !shape(oSocket) {
		return
	}
	// (a load's object, and a same's, is its from's own data property)
	load := func(l heldLoad, at *int) *goja.Object {
		if *at = objs[l.from].OwnSlot(l.key); *at < 0 {
			return nil
		}
		o, _ := objs[l.from].SlotsIf(m.shapes[l.from])[*at].(*goja.Object)
		return o
	}
	for _, l := range c.loads {
		if objs[l.to] = load(l, &m.loadAt[l.to]); objs[l.to] == nil || !shape(l.to) {
			return
		}
	}
	for j, l := range c.sames {
		if o := load(l, &m.sameAt[j]); o == nil || o != objs[l.to] {
			return
		}
	}
	for _, ch := range c.checks {
		o := objs[ch.obj]
		at := o.OwnSlot(ch.key)
		switch {
		case at == -2:
			return
		case at == -1:
			if !vm.InheritsPlain(o, ch.key) {
				return
			}
		default:
			v := o.SlotsIf(m.shapes[ch.obj])[at]
			if t := reflect.TypeOf(v); t == nil || !t.Comparable() {
				return // (compared with == in holds)
			}
			m.own[m.n] = heldValue{ch.obj, at, v}
			m.n++
		}
	}
	if c.parserObj >= 0 {
		if at := objs[c.parserObj].OwnSlot(vm.ToValue("_p")); at >= 0 {
			m.pAt = at
		}
	}
	if vm.WatchEpoch() != epoch {
		return // (watching the chains changed nothing, but to be sure)
	}
	m.ok = true
	c.fails--
	c.memo[c.next] = m
	c.last = c.next
	c.next = (c.next + 1) % len(c.memo)
}
