package http2

import (
	"github.com/dop251/goja"
	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"

	"github.com/gojanet/gojanet/modules/buffer"
	"github.com/gojanet/gojanet/runtime/loop"
)

// Binding fills internalBinding('http2'):
//
//	s = new Http2Session(isServer)
//	s.receive(buf) → events          s.events() → events    s.output() → Buffer | undefined
//	s.settings([id, value, ...])     s.request(fields, sensitive, end[, weight, parent, exclusive]) → id | error
//	s.headers(id, fields, sensitive, end, trailers) → 0 | error
//	s.push(parent, fields, sensitive) → id | error
//	s.data(id, buf, end) → true (all written) | false (EvSent later) | error
//	s.rst(id, code)  s.ping(buf8)  s.goaway(code, lastID, buf)  s.consume(id, n)
//	s.priority(id, parent, weight, exclusive)  s.setLocalWindowSize(n)
//	s.raw(type, flags, id, buf)  s.state() s.streamState(id) s.localSettings() s.remoteSettings()
//	s.queued(id)  s.dead()
//
// fields is a flat [name, value, ...] array of strings; events are flat as
// described at the Ev* constants, with fields as such arrays and payloads
// as Buffers.
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	proto := vm.NewObject()
	const key = "__gojanetHttp2"
	get := func(this goja.Value) *Session {
		if o, ok := this.(*goja.Object); ok {
			if v := o.Get(key); v != nil {
				if s, ok := v.Export().(*Session); ok {
					return s
				}
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		call.This.DefineDataProperty(key, vm.ToValue(New(call.Argument(0).ToBoolean())), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		return nil
	}).ToObject(vm)
	ctor.Set("prototype", proto)
	proto.Set("constructor", ctor)

	u32 := func(v goja.Value) uint32 {
		f := v.ToFloat()
		if f != f || f < 0 || f > 0xffffffff {
			return 0
		}
		return uint32(f)
	}
	bytesArg := func(v goja.Value) []byte {
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		p, ok := buffer.Bytes(vm, v)
		if !ok {
			panic(vm.NewTypeError("The \"data\" argument must be a Buffer"))
		}
		return p
	}
	strs := func(v goja.Value) []string {
		o, ok := v.(*goja.Object)
		if !ok {
			return nil
		}
		n := length(o)
		out := make([]string, n)
		for i := range out {
			if e := o.Get(itoa(i)); e != nil {
				out[i] = latin1(e.String())
			}
		}
		return out
	}
	toFields := func(flat, sens goja.Value) []hpack.HeaderField {
		m := map[string]bool{}
		for _, n := range strs(sens) {
			m[n] = true
		}
		return Fields(strs(flat), m)
	}
	settingsObj := func(st Settings) goja.Value {
		o := vm.NewObject()
		o.Set("headerTableSize", st.HeaderTableSize)
		o.Set("enablePush", st.EnablePush == 1)
		o.Set("initialWindowSize", st.InitialWindowSize)
		o.Set("maxFrameSize", st.MaxFrameSize)
		o.Set("maxConcurrentStreams", st.MaxConcurrentStreams)
		o.Set("maxHeaderListSize", st.MaxHeaderListSize)
		o.Set("maxHeaderSize", st.MaxHeaderListSize)
		o.Set("enableConnectProtocol", st.EnableConnectProtocol == 1)
		return o
	}
	events := func(ev []any) goja.Value {
		if len(ev) == 0 {
			return goja.Undefined()
		}
		out := make([]any, len(ev))
		for i, e := range ev {
			switch e := e.(type) {
			case []byte:
				out[i] = l.NewBuffer(e)
			case Settings:
				out[i] = settingsObj(e)
			case []string:
				if e == nil {
					out[i] = nil
					continue
				}
				a := make([]any, len(e))
				for j, s := range e {
					a[j] = fromLatin1(s)
				}
				out[i] = vm.NewArray(a...)
			default:
				out[i] = e
			}
		}
		return vm.NewArray(out...)
	}

	proto.Set("receive", func(call goja.FunctionCall) goja.Value {
		s := get(call.This)
		return events(s.Receive(bytesArg(call.Argument(0))))
	})
	proto.Set("events", func(call goja.FunctionCall) goja.Value {
		return events(get(call.This).TakeEvents())
	})
	// output(split): the bytes to write, or with split an array of the
	// pieces node writes one by one to a JavaScript stream (SplitOutput)
	proto.Set("output", func(call goja.FunctionCall) goja.Value {
		p := get(call.This).Output()
		if p == nil {
			return goja.Undefined()
		}
		if !call.Argument(0).ToBoolean() {
			return l.NewBuffer(p)
		}
		parts := SplitOutput(p)
		a := make([]any, len(parts))
		for i, part := range parts {
			a[i] = l.NewBuffer(part[:len(part):len(part)])
		}
		return vm.NewArray(a...)
	})
	proto.Set("setPadding", func(call goja.FunctionCall) goja.Value {
		get(call.This).Padding = int(u32(call.Argument(0)))
		return goja.Undefined()
	})
	proto.Set("settings", func(call goja.FunctionCall) goja.Value {
		s := get(call.This)
		flat, _ := call.Argument(0).(*goja.Object)
		n := length(flat)
		var set []http2.Setting
		at := func(i int) goja.Value {
			if v := flat.Get(itoa(i)); v != nil {
				return v
			}
			return goja.Undefined()
		}
		for i := 0; i+1 < n && i < 64; i += 2 {
			set = append(set, http2.Setting{ID: http2.SettingID(u32(at(i))), Val: u32(at(i + 1))})
		}
		s.Settings(set)
		return goja.Undefined()
	})
	proto.Set("request", func(call goja.FunctionCall) goja.Value {
		s := get(call.This)
		return vm.ToValue(s.RequestPriority(toFields(call.Argument(0), call.Argument(1)), call.Argument(2).ToBoolean(),
			int(call.Argument(3).ToInteger()), u32(call.Argument(4)), call.Argument(5).ToBoolean()))
	})
	proto.Set("headers", func(call goja.FunctionCall) goja.Value {
		s := get(call.This)
		return vm.ToValue(s.Headers(u32(call.Argument(0)), toFields(call.Argument(1), call.Argument(2)), call.Argument(3).ToBoolean(), call.Argument(4).ToBoolean()))
	})
	proto.Set("push", func(call goja.FunctionCall) goja.Value {
		s := get(call.This)
		return vm.ToValue(s.Push(u32(call.Argument(0)), toFields(call.Argument(1), call.Argument(2))))
	})
	proto.Set("data", func(call goja.FunctionCall) goja.Value {
		s := get(call.This)
		p := bytesArg(call.Argument(1))
		// the script may reuse its buffer once the write completes; keep a
		// copy only when it waits in the queue
		done, err := s.Data(u32(call.Argument(0)), p, call.Argument(2).ToBoolean())
		if err != 0 {
			return vm.ToValue(err)
		}
		if !done {
			s.ownQueued(u32(call.Argument(0)))
		}
		return vm.ToValue(done)
	})
	proto.Set("endLast", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(get(call.This).EndLast(u32(call.Argument(0))))
	})
	proto.Set("rst", func(call goja.FunctionCall) goja.Value {
		get(call.This).Reset(u32(call.Argument(0)), u32(call.Argument(1)))
		return goja.Undefined()
	})
	proto.Set("ping", func(call goja.FunctionCall) goja.Value {
		var p [8]byte
		copy(p[:], bytesArg(call.Argument(0)))
		get(call.This).Ping(p)
		return goja.Undefined()
	})
	proto.Set("goaway", func(call goja.FunctionCall) goja.Value {
		last := int64(-1)
		if v := call.Argument(1); !goja.IsUndefined(v) {
			last = int64(u32(v))
		}
		get(call.This).Goaway(u32(call.Argument(0)), last, append([]byte(nil), bytesArg(call.Argument(2))...))
		return goja.Undefined()
	})
	proto.Set("consume", func(call goja.FunctionCall) goja.Value {
		get(call.This).Consume(u32(call.Argument(0)), int64(u32(call.Argument(1))))
		return goja.Undefined()
	})
	proto.Set("priority", func(call goja.FunctionCall) goja.Value {
		get(call.This).Priority(u32(call.Argument(0)), u32(call.Argument(1)), int(call.Argument(2).ToInteger()), call.Argument(3).ToBoolean())
		return goja.Undefined()
	})
	proto.Set("setLocalWindowSize", func(call goja.FunctionCall) goja.Value {
		get(call.This).SetLocalWindowSize(int64(u32(call.Argument(0))))
		return goja.Undefined()
	})
	proto.Set("raw", func(call goja.FunctionCall) goja.Value {
		get(call.This).Raw(uint8(u32(call.Argument(0))), uint8(u32(call.Argument(1))), u32(call.Argument(2)), append([]byte(nil), bytesArg(call.Argument(3))...))
		return goja.Undefined()
	})
	proto.Set("queued", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(get(call.This).QueuedBytes(u32(call.Argument(0))))
	})
	// frames() → [received, sent] (performance entries)
	proto.Set("frames", func(call goja.FunctionCall) goja.Value {
		s := get(call.This)
		return vm.NewArray(s.FramesReceived, s.FramesSent)
	})
	proto.Set("dead", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(get(call.This).Dead())
	})
	proto.Set("state", func(call goja.FunctionCall) goja.Value {
		i := get(call.This).State()
		o := vm.NewObject()
		o.Set("effectiveLocalWindowSize", i.EffectiveLocalWindowSize)
		o.Set("effectiveRecvDataLength", i.EffectiveRecvDataLength)
		o.Set("nextStreamID", i.NextStreamID)
		o.Set("localWindowSize", i.LocalWindowSize)
		o.Set("lastProcStreamID", i.LastProcStreamID)
		o.Set("remoteWindowSize", i.RemoteWindowSize)
		o.Set("outboundQueueSize", i.OutboundQueueSize)
		o.Set("deflateDynamicTableSize", i.DeflateDynamicTableSize)
		o.Set("inflateDynamicTableSize", i.InflateDynamicTableSize)
		return o
	})
	proto.Set("streamState", func(call goja.FunctionCall) goja.Value {
		i, ok := get(call.This).Stream(u32(call.Argument(0)))
		if !ok {
			return goja.Undefined()
		}
		o := vm.NewObject()
		o.Set("state", i.State)
		o.Set("weight", i.Weight)
		o.Set("sumDependencyWeight", i.SumDependencyWeight)
		o.Set("localClose", b2i(i.LocalClose))
		o.Set("remoteClose", b2i(i.RemoteClose))
		o.Set("localWindowSize", i.LocalWindow)
		return o
	})
	proto.Set("localSettings", func(call goja.FunctionCall) goja.Value {
		return settingsObj(get(call.This).Local)
	})
	proto.Set("remoteSettings", func(call goja.FunctionCall) goja.Value {
		return settingsObj(get(call.This).Remote)
	})
	proto.Set("setMaxHeaderListSize", func(call goja.FunctionCall) goja.Value {
		// setMaxHeaderListSize(n, advertised): the limit we enforce from
		// the start (node applies its own maxHeaderListSize before the
		// peer acknowledges it); only one the script set is advertised, and
		// shown in localSettings
		s := get(call.This)
		s.SetListLimit(u32(call.Argument(0)), call.Argument(1).ToBoolean())
		return goja.Undefined()
	})
	proto.Set("setNextStreamID", func(call goja.FunctionCall) goja.Value {
		get(call.This).SetNextStreamID(u32(call.Argument(0)))
		return goja.Undefined()
	})
	proto.Set("setLimits", func(call goja.FunctionCall) goja.Value {
		// maxSettings, maxHeaderListPairs, maxSessionInvalidFrames,
		// maxReservedRemoteStreams (node's options)
		s := get(call.This)
		s.MaxSettings = int(u32(call.Argument(0)))
		s.MaxHeaderPairs = int(u32(call.Argument(1)))
		if v := call.Argument(2); !goja.IsUndefined(v) {
			s.MaxInvalidFrames = int(u32(v))
		}
		if v := call.Argument(3); !goja.IsUndefined(v) {
			s.MaxReservedRemote = int(u32(v))
		}
		return goja.Undefined()
	})
	// setMaxSessionMemory(mb): node's maxSessionMemory, in its megabytes
	// (10^6 bytes).
	proto.Set("setMaxSessionMemory", func(call goja.FunctionCall) goja.Value {
		get(call.This).MaxMemory = int(u32(call.Argument(0))) * 1000000
		return goja.Undefined()
	})
	exports.Set("Http2Session", ctor)
}

// length reads an array-like's length, 0 for anything else or absurd.
func length(o *goja.Object) int {
	if o == nil {
		return 0
	}
	v := o.Get("length")
	if v == nil {
		return 0
	}
	n := v.ToInteger()
	if n < 0 || n > 1<<20 {
		return 0
	}
	return int(n)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}

// latin1 turns a script's string into header bytes as node does: one byte
// per UTF-16 code unit, its low 8 bits (so U+0D0A becomes "\n", which the
// peer then refuses, rather than three UTF-8 bytes).
func latin1(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xffff {
			r -= 0x10000
			b = append(b, byte(0xd800+(r>>10)), byte(0xdc00+(r&0x3ff)))
			continue
		}
		b = append(b, byte(r))
	}
	return string(b)
}

// fromLatin1 is the reverse for received headers: each byte one character.
func fromLatin1(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			r := make([]rune, len(s))
			for j := 0; j < len(s); j++ {
				r[j] = rune(s[j])
			}
			return string(r)
		}
	}
	return s
}
