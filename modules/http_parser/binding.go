package http_parser

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/modules/buffer"
	"github.com/gojanet/gojanet/modules/net"
	"github.com/gojanet/gojanet/runtime/loop"
)

// Result codes at the head of what execute returns.
const (
	resOK      = 0
	resUpgrade = 1
	resError   = -1
)

// Binding fills internalBinding('http_parser'):
//
//	p = new HTTPParser(kind)       kind: REQUEST or RESPONSE
//	p.initialize(kind, maxHeaderSize, lenient)
//	p.execute(buf[, reqTpl, socket, maxHeaderPairs, resTpl, state]) → [status, nparsed, code, reason, ...events]
//	p.upgradeBody(buf, from, skip) → the same, for an Upgrade request with a body
//	p.finish()     → the same, for the end of the stream
//	p.setSkipBody(b), p.setExpectConnect(b)   (clients, before a response)
//	p.inMessage()  → a message has begun and not completed
//
// (or, for the usual chunk of a keep-alive client, the response made for its
// one request: see results)
// status is 0 (all consumed), 1 (upgrade: bytes past nparsed belong to the
// caller) or -1 (an error: code and reason are llhttp's); on success code is
// instead the parser's phase (0 between messages, 1 in headers, 2 in a body),
// which the server's headersTimeout/requestTimeout need. `has` tells which
// of the headers a server asks about every request are present (hasHost,
// hasExpect bits), so it need not scan rawHeaders. Events are flat:
//
//	1, method, url, major, minor, rawHeaders[], statusCode, statusMessage, upgrade, keepAlive, has
//	   (a request made from reqTpl in statusCode's place, its response in
//	   statusMessage's: requestMaker)
//	2, start, end          a body range of buf
//	3, trailers[] | null   message complete
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	cache := &strCache{m: map[string]goja.Value{}}
	tokens := &Tokens{}
	// The runtime's parsers share one event buffer (results hands every
	// event to JS before the next Execute; one loop goroutine) and one
	// message pool: an idle parser keeps neither.
	messages := &MessagePool{}
	var events []Event
	reqs := &requestMaker{}
	held := &readChecks{}
	// heldOut[0]: 1 when the set executeHeld found also holds incomingOn's
	// checks of the connection (readMemo.conn), else 0 (a Uint8Array JS
	// reads after executeHeld answered)
	heldOut := make([]byte, 8)
	exports.Set("heldOut", vm.NewArrayBuffer(heldOut))
	sc := &scratch{}
	done := func(p *Parser, n, size int, up bool, err *Error, mk *requestMaker) goja.Value {
		r := results(vm, cache, sc, p, n, size, up, err, mk)
		events, p.Events = p.Events[:0], nil
		return r
	}
	proto := vm.NewObject()
	get := func(this goja.Value) *Parser {
		if o, ok := this.(*goja.Object); ok {
			if po, ok := o.Export().(*parserObject); ok { // not on anything else (the prototype itself, say)
				return &po.Parser
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		kind := Request
		if call.Argument(0).ToInteger() == Response {
			kind = Response
		}
		po := &parserObject{Parser{kind: kind, MaxHeaderSize: DefaultMaxHeaderSize, Tokens: tokens, Messages: messages}}
		o := vm.NewDynamicObject(po)
		o.SetPrototype(call.This.Prototype())
		return o
	}).ToObject(vm)
	ctor.Set("prototype", proto)
	proto.Set("constructor", ctor)

	proto.Set("initialize", func(call goja.FunctionCall) goja.Value {
		p := get(call.This)
		kind := Request
		if call.Argument(0).ToInteger() == Response {
			kind = Response
		}
		p.Reset(kind)
		p.MaxHeaderSize = DefaultMaxHeaderSize
		if m := call.Argument(1).ToFloat(); m > 0 && m < 1<<31 {
			p.MaxHeaderSize = int(m)
		}
		p.Lenient = call.Argument(2).ToBoolean()
		return goja.Undefined()
	})
	proto.Set("setSkipBody", func(call goja.FunctionCall) goja.Value {
		get(call.This).SkipBody = call.Argument(0).ToBoolean()
		return goja.Undefined()
	})
	proto.Set("setExpectConnect", func(call goja.FunctionCall) goja.Value {
		get(call.This).ExpectConnect = call.Argument(0).ToBoolean()
		return goja.Undefined()
	})
	proto.Set("execute", func(call goja.FunctionCall) goja.Value {
		p := get(call.This)
		data, ok := readBytes(call.Argument(0))
		if !ok {
			data, ok = buffer.Bytes(vm, call.Argument(0))
		}
		if !ok {
			panic(vm.NewTypeError("The \"data\" argument must be a Buffer"))
		}
		mk := reqs.forCall(p, call)
		if len(call.Arguments) > 6 && call.Arguments[6].ToBoolean() && mk != nil && mk.withRes {
			// (arm: the server's checks passed, templates given: held.go)
			held.arm(vm, call.Arguments[2], call.Arguments[5], mk.maxPairs, reqs.tpl, reqs.res,
				len(call.Arguments) > 7 && call.Arguments[7].ToBoolean())
		}
		p.Events = events[:0]
		n, up, err := p.Execute(data)
		return done(p, n, len(data), up, err, reqs.forRequest(p, mk))
	})
	// executeHeld(buf, socket, state): execute(buf, reqTpl, socket,
	// maxHeaderPairs, resTpl, state) for a server's read whose checks hold
	// as they did (readChecks), or undefined, and nothing parsed, when they
	// may not (js/_http_server.js consumeSocketChunk then checks).
	// (p nil: the parser is the one the checks found in the parser object's
	// `_p` slot, executeHeldOf's)
	executeHeld := func(p *Parser, buf, socket, state goja.Value) goja.Value {
		m, gp := held.find(vm, socket, state)
		if m == nil {
			return goja.Undefined()
		}
		if p == nil {
			if o, ok := gp.(*goja.Object); ok {
				if po, ok := o.Export().(*parserObject); ok {
					p = &po.Parser
				}
			}
			if p == nil {
				return goja.Undefined()
			}
		}
		if m.tpl != reqs.tpl || m.res != reqs.res || p.Kind() != Request { // (arm records non-nil templates only)
			return goja.Undefined()
		}
		data, ok := readBytes(buf)
		if !ok {
			return goja.Undefined()
		}
		if m.conn {
			heldOut[0] = 1
		} else {
			heldOut[0] = 0
		}
		p.Events = events[:0]
		n, up, err := p.Execute(data)
		var mk *requestMaker
		if len(p.Events) != 0 && p.Events[0].Kind == EvHeaders {
			mk = reqs
			mk.socket, mk.maxPairs, mk.withRes, mk.state = socket, m.maxPairs, true, state
		}
		return done(p, n, len(data), up, err, mk)
	}
	proto.Set("executeHeld", func(call goja.FunctionCall) goja.Value {
		return executeHeld(get(call.This), call.Argument(0), call.Argument(1), call.Argument(2))
	})
	// executeHeldOf(parser, buf, socket, state): parser.executeHeld(buf,
	// socket, state) without reading the method from the parser, a Go
	// object whose own properties are asked of Go first (a lookup less per
	// read: js/_http_server.js consumeSocketChunk). parser undefined: the
	// connection's, state.parser._p, as the checks read it (a read less).
	exports.Set("executeHeldOf", func(call goja.FunctionCall) goja.Value {
		var p *Parser
		if a := call.Argument(0); a != goja.Undefined() {
			p = get(a)
		}
		return executeHeld(p, call.Argument(1), call.Argument(2), call.Argument(3))
	})
	// readChecks(list): what executeHeld's checks read (held.go)
	exports.Set("readChecks", func(call goja.FunctionCall) goja.Value {
		held.setList(vm, call.Argument(0))
		return goja.Undefined()
	})
	// upgradeBody(buf, from, skip): the answer for an Upgrade request with a
	// body whose headers ended execute's parse at from (status 1, the
	// headers its last event): skip completes it without one (the upgrade
	// taken); otherwise its body is parsed from buf[from:], and its end ends
	// the parse (status 1 again). The same results as execute, in buf's
	// offsets. (js/_http_common.js upgradeAnswer)
	proto.Set("upgradeBody", func(call goja.FunctionCall) goja.Value {
		p := get(call.This)
		p.Events = events[:0]
		from := int(call.Argument(1).ToInteger())
		// from is an offset in data, skipped or not
		data, ok := readBytes(call.Argument(0))
		if !ok {
			data, ok = buffer.Bytes(vm, call.Argument(0))
		}
		if !ok || from < 0 || from > len(data) {
			panic(vm.NewTypeError("The \"data\" argument must be a Buffer"))
		}
		if call.Argument(2).ToBoolean() {
			p.UpgradeBody(true)
			return done(p, from, from, true, nil, nil)
		}
		p.UpgradeBody(false)
		n, up, err := p.ExecuteFrom(data, from)
		return done(p, n, len(data), up, err, nil)
	})
	proto.Set("finish", func(call goja.FunctionCall) goja.Value {
		p := get(call.This)
		p.Events = events[:0]
		return done(p, 0, 0, false, p.Finish(), nil)
	})
	// inMessage(): a message has begun and not completed (the server's
	// headersTimeout counts from its first byte, however slowly the rest comes).
	proto.Set("inMessage", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(get(call.This).InMessage())
	})
	exports.Set("HTTPParser", ctor)
	exports.Set("REQUEST", Request)
	exports.Set("RESPONSE", Response)
	methods := make([]any, len(Methods))
	for i, m := range Methods {
		methods[i] = m
	}
	exports.Set("methods", vm.NewArray(methods...))
	hb := &headerBuilder{vm: vm, keys: map[string]headerKey{}}
	exports.Set("headersObject", hb.build)
	bindHead(vm, exports)
	// requestTemplate(tpl, kHeadersCount): the server's request template
	// (js/_http_incoming.js requestTemplate), whose copies execute() makes
	// when asked (requestMaker).
	exports.Set("requestTemplate", func(call goja.FunctionCall) goja.Value {
		reqs.set(vm, call.Argument(0), call.Argument(1))
		return goja.Undefined()
	})
	// responseTemplate(tpl, kSocketState): the server's response template
	// (js/_http_server.js responseTemplate), likewise; its copies get
	// execute()'s sixth argument, the connection's state, under the key.
	exports.Set("responseTemplate", func(call goja.FunctionCall) goja.Value {
		reqs.setResponse(vm, call.Argument(0), call.Argument(1))
		return goja.Undefined()
	})
}

// parserObject is what `new HTTPParser()` makes: the parser is the object
// (a goja dynamic object with no properties of its own), one allocation
// where an object holding a wrapped *Parser was three.
type parserObject struct{ Parser }

func (*parserObject) Get(string) goja.Value       { return nil }
func (*parserObject) Set(string, goja.Value) bool { return false }
func (*parserObject) Has(string) bool             { return false }
func (*parserObject) Delete(string) bool          { return true }
func (*parserObject) Keys() []string              { return nil }

// strCache holds the goja strings of short values the parser hands JS
// again and again (methods, header names, most header values of a given
// client): a hit saves converting and boxing one. It is the runtime's
// (goja values are), bounded, and emptied when full.
// last holds the values of the last message by their place in it (method,
// URL, then each header's name and value): the parser's tokens come from
// its token table, so a repeated one is usually the very same string, which
// compares at once (no hashing).
type strCache struct {
	m    map[string]goja.Value
	last [18]struct {
		s string
		v goja.Value
	}
}

const (
	strCacheMax    = 512
	strCacheMaxLen = 64
)

func (c *strCache) value(vm *goja.Runtime, s string) goja.Value {
	if len(s) > strCacheMaxLen {
		return vm.ToValue(s)
	}
	if v, ok := c.m[s]; ok {
		return v
	}
	if len(c.m) >= strCacheMax {
		clear(c.m)
	}
	v := vm.ToValue(s)
	c.m[s] = v
	return v
}

// valueAt is value(s) for the message's value number i (see last).
func (c *strCache) valueAt(vm *goja.Runtime, i int, s string) goja.Value {
	if i >= len(c.last) {
		return c.value(vm, s)
	}
	e := &c.last[i]
	if e.v != nil && e.s == s {
		return e.v
	}
	v := c.value(vm, s)
	e.s, e.v = s, v
	return v
}

// strings2 gives ss as a JS array; at: the place of its first value in its
// message (valueAt), or -1 for none
// scratch: the buffers results builds its arrays' values in, reused (the
// arrays are copies: NewArrayCopy makes each one allocation).
type scratch struct {
	out, strs []goja.Value
}

// (dropped after a large message: not kept at its size)
const scratchKeep = 256

// arrayOf is vals as a JS array (a copy); vals, cleared, goes back to *keep.
func arrayOf(vm *goja.Runtime, vals []goja.Value, keep *[]goja.Value) goja.Value {
	a := vm.NewArrayCopy(vals)
	clear(vals)
	if cap(vals) > scratchKeep {
		vals = nil
	}
	*keep = vals[:0]
	return a
}

func strings2(vm *goja.Runtime, c *strCache, sc *scratch, ss []string, at int) goja.Value {
	vals := sc.strs[:0]
	for i, s := range ss {
		if at < 0 {
			vals = append(vals, c.value(vm, s))
		} else {
			vals = append(vals, c.valueAt(vm, at+i, s))
		}
	}
	return arrayOf(vm, vals, &sc.strs)
}

// Bits of headerBits: which header names occur in a message's raw pairs
// (any case).
const (
	hasHost   = 1
	hasExpect = 2
)

func headerBits(raw []string) int {
	bits := 0
	for i := 0; i < len(raw); i += 2 {
		switch n := raw[i]; len(n) {
		case 4:
			if strings.EqualFold(n, "host") {
				bits |= hasHost
			}
		case 6:
			if strings.EqualFold(n, "expect") {
				bits |= hasExpect
			}
		}
	}
	return bits
}

// requestMaker makes a server's IncomingMessage in Go: execute(buf, tpl,
// socket, maxHeaderPairs), given the request template JS registered
// (requestTemplate) after checking what replay checks before it copies the
// template (js/_http_server.js consumeSocketChunk), copies it for the
// chunk's first event when that is a request's headers and stores what
// replay would store (socket, client, versions, url, raw headers, their
// count, method) in the copy's slots: a native call and eight property
// stores less per request. The copy takes the place of the status code in
// the headers event. Only the first event: JS code may run in replay after
// it (a 'request' handler), which could change what the checks found.
//
// With the response template too (responseTemplate; execute's fifth
// argument, after js/_http_server.js newResponse's checks), it also makes
// the request's ServerResponse, its req set, for a request newResponse
// would copy the template for (not HEAD, HTTP/1.1 or later, no upgrade):
// it takes the place of the status message.
type requestMaker struct {
	tpl     *goja.Object
	slots   [rqSlots]int
	res     *goja.Object // the response template
	reqAt   int          // its req's slot
	stateAt int          // its connection state's slot
	// this execute()'s socket, maxHeaderPairs, response template and state
	socket   goja.Value
	maxPairs int
	withRes  bool
	state    goja.Value
}

// the template's fields requestMaker fills, in this order
const (
	rqSocket = iota
	rqClient
	rqMajor
	rqMinor
	rqVersion
	rqURL
	rqRawHeaders
	rqHeadersCount // (a symbol key)
	rqMethod
	rqSlots
)

var rqNames = [...]string{"socket", "client", "httpVersionMajor", "httpVersionMinor", "httpVersion", "url", "rawHeaders", "", "method"}

func (m *requestMaker) set(vm *goja.Runtime, tpl, countKey goja.Value) {
	m.tpl = nil
	o, ok := tpl.(*goja.Object)
	if !ok {
		return
	}
	for i, name := range rqNames {
		key := countKey
		if i != rqHeadersCount {
			key = vm.ToValue(name)
		}
		if m.slots[i] = o.DataSlot(key); m.slots[i] < 0 {
			return
		}
	}
	m.tpl = o
}

func (m *requestMaker) setResponse(vm *goja.Runtime, tpl, stateKey goja.Value) {
	m.res = nil
	if o, ok := tpl.(*goja.Object); ok {
		m.reqAt, m.stateAt = o.DataSlot(vm.ToValue("req")), o.DataSlot(stateKey)
		if m.reqAt >= 0 && m.stateAt >= 0 {
			m.res = o
		}
	}
}

// forCall: m when this execute() asks for copies of the templates (set
// from its arguments), else nil
func (m *requestMaker) forCall(p *Parser, call goja.FunctionCall) *requestMaker {
	if m.tpl == nil || len(call.Arguments) < 4 || p.Kind() != Request {
		return nil
	}
	if o, ok := call.Arguments[1].(*goja.Object); !ok || o != m.tpl {
		return nil
	}
	m.socket, m.maxPairs = call.Arguments[2], int(call.Arguments[3].ToInteger())
	o, ok := call.Argument(4).(*goja.Object)
	m.withRes = ok && o == m.res
	m.state = call.Argument(5)
	return m
}

// forRequest: mk (forCall's) when the chunk's first event is a request's
// headers, else nil (and mk keeps nothing of the call)
func (m *requestMaker) forRequest(p *Parser, mk *requestMaker) *requestMaker {
	if mk == nil {
		return nil
	}
	if len(p.Events) == 0 || p.Events[0].Kind != EvHeaders {
		mk.socket, mk.state = nil, nil
		return nil
	}
	return mk
}

// response returns the copy of the response template for request req
// (message msg), or nil.
func (m *requestMaker) response(vm *goja.Runtime, msg *Message, req *goja.Object) *goja.Object {
	if !m.withRes || msg.Method == "HEAD" || msg.Major < 1 || msg.Minor < 1 || msg.Upgrade {
		return nil
	}
	state := m.state
	m.state = nil // (kept no longer than the call)
	o := vm.CloneObject(m.res, true)
	if o == nil || !o.SetDataSlot(m.reqAt, req) || !o.SetDataSlot(m.stateAt, state) {
		return nil
	}
	return o
}

// make returns the copy for message msg (method, url and raw headers as
// JS gets them in the event) and the Host/Expect bits (-1 when
// maxHeaderPairs cut the lines), or nil.
func (m *requestMaker) make(vm *goja.Runtime, msg *Message, method, url, headers goja.Value, bits int) (*goja.Object, int) {
	socket := m.socket
	m.socket = nil // (kept no longer than the call)
	o := vm.CloneObject(m.tpl, true)
	if o == nil {
		return nil, bits
	}
	set := func(i int, v goja.Value) bool { return o.SetDataSlot(m.slots[i], v) }
	ok := set(rqSocket, socket) && set(rqClient, socket) && set(rqMethod, method)
	if msg.Major != 1 || msg.Minor != 1 {
		ok = ok && set(rqMajor, vm.IntValue(int64(msg.Major))) && set(rqMinor, vm.IntValue(int64(msg.Minor))) &&
			set(rqVersion, vm.ToValue(strconv.Itoa(msg.Major)+"."+strconv.Itoa(msg.Minor)))
	}
	if msg.URL != "" {
		ok = ok && set(rqURL, url)
	}
	if n := len(msg.Headers); n != 0 {
		if m.maxPairs > 0 && m.maxPairs < n {
			n, bits = m.maxPairs, -1
		}
		ok = ok && set(rqRawHeaders, headers) && set(rqHeadersCount, vm.IntValue(int64(n)))
	}
	if !ok {
		return nil, bits
	}
	return o, bits
}

// results: what execute() returns for n bytes parsed of size. The usual
// chunk of a keep-alive client, one whole request without a body, upgrade
// or Expect, with a Host header and keep-alive, made with its response
// (requestMaker), all of the chunk parsed and nothing of a next message
// begun, gives that response alone, its req the request: no array, and
// nothing for JS to read out of one (js/_http_server.js consumeSocketChunk).
func results(vm *goja.Runtime, c *strCache, sc *scratch, p *Parser, n, size int, up bool, err *Error, mk *requestMaker) goja.Value {
	num := func(i int) goja.Value { return vm.IntValue(int64(i)) }
	one := mk != nil && err == nil && !up && n == size && len(p.Events) == 2 && p.Events[1].Kind == EvComplete &&
		p.Events[1].Trailers == nil && p.Phase() == 0
	var out []goja.Value
	start := func() {
		out = append(sc.out[:0], nil, nil, nil, nil)
		// on success the third slot says where the parser is: 0 between
		// messages, 1 in a start line or headers, 2 in a body or trailers
		out[0], out[1], out[2], out[3] = num(resOK), num(n), num(p.Phase()), goja.Null()
		if up {
			out[0] = num(resUpgrade)
		}
		if err != nil {
			out[0], out[1], out[2], out[3] = num(resError), num(err.Pos), vm.ToValue(err.Code), vm.ToValue(err.Reason)
		}
	}
	if !one {
		start()
	}
	var fast goja.Value
events:
	for i, e := range p.Events {
		if out == nil && i > 0 {
			start()
		}
		switch e.Kind {
		case EvHeaders:
			m := e.Msg
			method, url := goja.Null(), goja.Null()
			if p.Kind() == Request {
				method, url = c.valueAt(vm, 0, m.Method), c.valueAt(vm, 1, m.URL)
			}
			headers := strings2(vm, c, sc, m.Headers, 2)
			status, reason, bits := goja.Value(nil), goja.Value(nil), headerBits(m.Headers)
			if i == 0 && mk != nil {
				// (the request itself where a request's status code goes,
				// its response where the status message goes)
				if o, b := mk.make(vm, m, method, url, headers, bits); o != nil {
					status, bits = o, b
					if r := mk.response(vm, m, o); r != nil {
						reason = r
						if one && b == hasHost && m.KeepAlive && !m.Upgrade {
							fast = r
							break events
						}
					}
				}
			}
			if status == nil {
				status = num(m.Status)
			}
			if reason == nil {
				reason = c.value(vm, m.Reason)
			}
			if out == nil {
				start()
			}
			out = append(out, num(EvHeaders), method, url, num(m.Major), num(m.Minor), headers,
				status, reason, vm.ToValue(m.Upgrade), vm.ToValue(m.KeepAlive), num(bits))
		case EvBody:
			if e.End > e.Start {
				out = append(out, num(EvBody), num(e.Start), num(e.End))
			}
		case EvComplete:
			tr := goja.Null()
			if e.Trailers != nil {
				tr = strings2(vm, c, sc, e.Trailers, -1)
			}
			out = append(out, num(EvComplete), tr)
		}
	}
	if mk != nil {
		mk.socket, mk.state = nil, nil // (kept no longer than the call)
	}
	p.ReleaseMessages()
	p.Events = p.Events[:0]
	for i := range p.Events[:cap(p.Events)] {
		p.Events[:cap(p.Events)][i] = Event{} // drop references to messages
	}
	if fast != nil {
		return fast
	}
	return arrayOf(vm, out, &sc.out)
}

// readBytes is the bytes of a Buffer or typed array view, or of a socket
// handle handing its read over (net's consumeChunks): where the read put
// them, no Buffer made.
func readBytes(v goja.Value) ([]byte, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	if data, ok := o.ViewBytes(); ok {
		return data, true
	}
	return net.HeldBytes(o)
}
