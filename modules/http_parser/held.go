package http_parser

import (
	"reflect"
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
	keys [nKeys]goja.Value
	set  bool
	memo [4]readMemo
	next int
	last int // the set that held last (tried first)
	// arms that recorded nothing at failEpoch: past maxArmFails JS stops
	// paying for arm on every read (a layout that never holds, e.g. an own
	// accessor on the server) until the epoch moves
	fails     int
	failEpoch int64
}

const maxArmFails = 16

// the objects a read reaches: the first two are executeHeld's arguments
const (
	oState  = iota // the connection's state (ConnState)
	oSocket        // the socket
	oParser        // state.parser
	oServer        // state.server
	oRS            // socket._readableState
	oWS            // socket._writableState
	oEvents        // socket._events
	oOpts          // server[kResOptions]
	nObj
)

// the keys read (the symbols are registered by JS: readChecks(...))
const (
	kParser = iota
	kServer
	kReadableState
	kWritableState
	kEvents
	kResOptions
	kSocket
	kOnIncoming
	kAsync
	kExecute
	kExecuteChunk
	kJoinDuplicateHeaders
	kMaxHeaderPairs
	kIncomingMessage
	kServerResponse
	kRejectNonStandard
	kDestroyed
	kFlowing
	kLength
	kHighWaterMark
	kData
	kReadable
	kPlain
	kTimeout
	kUniqueHeaders
	kMaxRequests
	kSetTimeout
	kOn
	kMaxListeners
	kPiped
	kClose
	kNewListener
	kPaused
	kInReq
	kOutgoingData
	kNeedDrain
	nKeys
)

var keyNames = [nKeys]string{"parser", "server", "_readableState", "_writableState", "_events", "", "socket", "onIncoming",
	"_async", "execute", "_execute", "joinDuplicateHeaders", "maxHeaderPairs", "", "", "rejectNonStandardBodyWrites",
	"destroyed", "flowing", "length", "highWaterMark", "data", "readable", "plain",
	"timeout", "", "maxRequestsPerSocket", "setTimeout", "on", "_maxListeners", "piped", "close", "newListener",
	"_paused", "inReq", "outgoingData", "needDrain"}

// loads: from's own property key holds the object `to` (in this order)
var loads = [...]struct{ from, to, key int }{
	{oState, oParser, kParser}, {oState, oServer, kServer},
	{oSocket, oRS, kReadableState}, {oSocket, oWS, kWritableState}, {oSocket, oEvents, kEvents},
	{oServer, oOpts, kResOptions},
}

// checks: obj's property key is as it was (own: the same value in the same
// slot; inherited: the layout says it is not own, the watched chain gives it)
var checks = [...]struct{ obj, key int }{
	{oParser, kSocket}, // (the read's socket: see holds)
	{oParser, kOnIncoming}, {oParser, kAsync}, {oParser, kExecute}, {oParser, kExecuteChunk},
	{oParser, kJoinDuplicateHeaders}, {oParser, kMaxHeaderPairs},
	{oServer, kIncomingMessage}, {oServer, kJoinDuplicateHeaders}, {oServer, kServerResponse}, {oServer, kRejectNonStandard},
	{oRS, kDestroyed}, {oRS, kFlowing}, {oRS, kLength}, {oRS, kHighWaterMark},
	{oWS, kHighWaterMark},
	{oEvents, kData}, {oEvents, kReadable},
	{oOpts, kPlain}, {oOpts, kHighWaterMark}, {oOpts, kRejectNonStandard},
	// (what the request's handling reads of the connection before the
	// handler runs, js/_http_server.js incomingOn: its verdict, conn, is
	// kept with the set)
	{oServer, kTimeout}, {oServer, kUniqueHeaders}, {oServer, kMaxRequests},
	{oSocket, kSetTimeout}, {oSocket, kOn}, {oSocket, kMaxListeners}, {oState, kPiped},
	{oEvents, kClose}, {oEvents, kNewListener},
	{oSocket, kPaused}, {oState, kInReq}, {oState, kOutgoingData}, {oWS, kNeedDrain},
}

const cParserSocket = 0

type readMemo struct {
	ok       bool
	epoch    int64
	shapes   [nObj]goja.ShapeRef
	loadAt   [len(loads)]int
	socketAt int // the parser's socket's slot
	// the own values compared, in checks' order (inherited names have none)
	n        int
	own      [len(checks)]heldValue
	maxPairs int
	tpl, res *goja.Object // the templates they were made with
	// incomingOn's checks of the connection held too (JS's verdict when
	// the set was recorded: executeHeld hands it back in heldOut)
	conn bool
}

type heldValue struct {
	obj, at int
	v       goja.Value
}

// setKeys takes the symbols JS registers (readChecks(kIncomingMessage,
// kServerResponse, kResOptions, kUniqueHeaders)).
func (c *readChecks) setKeys(vm *goja.Runtime, im, sr, ro, uh goja.Value) {
	for i, n := range keyNames {
		if n != "" {
			c.keys[i] = vm.ToValue(n)
		}
	}
	c.keys[kIncomingMessage], c.keys[kServerResponse], c.keys[kResOptions], c.keys[kUniqueHeaders] = im, sr, ro, uh
	_, ok1 := im.(*goja.Symbol)
	_, ok2 := sr.(*goja.Symbol)
	_, ok3 := ro.(*goja.Symbol)
	_, ok4 := uh.(*goja.Symbol)
	c.set = ok1 && ok2 && ok3 && ok4
}

// find returns the held set whose checks hold for this read, or nil.
func (c *readChecks) find(vm *goja.Runtime, socket, state goja.Value) *readMemo {
	st, ok := state.(*goja.Object)
	if !ok {
		return nil
	}
	sk, ok := socket.(*goja.Object)
	if !ok {
		return nil
	}
	epoch := vm.WatchEpoch()
	if m := &c.memo[c.last]; m.ok && m.epoch == epoch && m.holds(st, sk) {
		return m
	}
	for i := range c.memo {
		if m := &c.memo[i]; i != c.last && m.ok && m.epoch == epoch && m.holds(st, sk) {
			c.last = i
			return m
		}
	}
	return nil
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

func (m *readMemo) holds(state, socket *goja.Object) bool {
	var slots [nObj][]goja.Value
	if slots[oState] = state.SlotsIf(m.shapes[oState]); slots[oState] == nil {
		return false
	}
	if slots[oSocket] = socket.SlotsIf(m.shapes[oSocket]); slots[oSocket] == nil {
		return false
	}
	for j, l := range loads {
		o, ok := slots[l.from][m.loadAt[j]].(*goja.Object)
		if !ok {
			return false
		}
		if slots[l.to] = o.SlotsIf(m.shapes[l.to]); slots[l.to] == nil {
			return false
		}
	}
	if p, ok := slots[oParser][m.socketAt].(*goja.Object); !ok || p != socket {
		return false
	}
	for _, h := range m.own[:m.n] {
		if !same(slots[h.obj][h.at], h.v) {
			return false
		}
	}
	return true
}

// arm records what the checks read for this read, which they passed (JS
// calls execute with its templates and `arm` right after them).
// conn: incomingOn's checks of the connection passed too.
func (c *readChecks) arm(vm *goja.Runtime, socket, state goja.Value, maxPairs int, tpl, res *goja.Object, conn bool) {
	if !c.set || tpl == nil || res == nil {
		return
	}
	var objs [nObj]*goja.Object
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
	m := readMemo{epoch: epoch, maxPairs: maxPairs, tpl: tpl, res: res, conn: conn}
	shape := func(i int) bool {
		m.shapes[i] = objs[i].ShapeOf()
		return m.shapes[i].Valid()
	}
	if !shape(oState) || !shape(oSocket) {
		return
	}
	for j, l := range loads {
		at := objs[l.from].OwnSlot(c.keys[l.key])
		if at < 0 {
			return
		}
		if objs[l.to], ok = objs[l.from].SlotsIf(m.shapes[l.from])[at].(*goja.Object); !ok || !shape(l.to) {
			return
		}
		m.loadAt[j] = at
	}
	for j, ch := range checks {
		o, key := objs[ch.obj], c.keys[ch.key]
		at := o.OwnSlot(key)
		switch {
		case at == -2:
			return
		case at == -1:
			if j == cParserSocket || !vm.InheritsPlain(o, key) {
				return
			}
		case j == cParserSocket:
			m.socketAt = at
		default:
			v := o.SlotsIf(m.shapes[ch.obj])[at]
			if t := reflect.TypeOf(v); t == nil || !t.Comparable() {
				return // (compared with == in holds)
			}
			m.own[m.n] = heldValue{ch.obj, at, v}
			m.n++
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
