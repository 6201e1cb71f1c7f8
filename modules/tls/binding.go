// Package tls is the Go half of gojanet's tls module: TLS on Go's
// crypto/tls, reached from JS as internalBinding('tls_wrap').
//
// The path through it. js/_tls_wrap.js makes a TLSSocket (a net.Socket)
// whose handle is a small JS object with the tcp_wrap handle contract
// (readStart/readStop/writeBuffer/writev/shutdown/close, onread,
// req.oncomplete) over two things: the transport it encrypts and one engine
// from this package (new TLSWrap(context, isServer, options)). The engine is
// a crypto/tls Conn over an in-memory net.Conn (adapter), fed one of two ways:
//
//   - On the kernel socket: when the transport is a tcp_wrap handle over a
//     descriptor (a net.Socket's, or a tls.Server's accepted handle with no
//     net.Socket at all), engine.attach(handle) takes it over
//     (modules/net/stream.go): the loop's epoll readiness hands the
//     ciphertext to OnRead, only plaintext reaches the script (onread), and
//     the records crypto/tls writes go to the descriptor in Go (flushOut →
//     Stream.Write; a queued write completes with ondrain). pipeTo forwards
//     one engine's plaintext to another's in Go (socket.pipe(socket)).
//   - Fed by the script, for any other transport (a Duplex, a Go-owned
//     conn): the script passes what the transport read to receive, and the
//     records come back through onciphertext to be written to it.
//
// The handshake runs on a goroutine of its own, because crypto/tls keeps a
// handshake's read errors: its adapter Reads block until the loop feeds
// more bytes, its Writes post the records to the loop. When it finishes,
// the engine switches the adapter to non-blocking and the goroutine ends.
// From then on everything runs on the loop goroutine: Read returns a
// temporary net.Error when no ciphertext is buffered, which crypto/tls
// does not keep (conn.go, readRecordOrCCS: only non-temporary errors are
// sticky), so a later receive() reads on; partial records stay in
// crypto/tls's own buffer. An idle connection therefore has no goroutine;
// a server starts the handshake goroutine only when the first bytes arrive.
//
// Certificates are not checked by crypto/tls (InsecureSkipVerify, and a
// server requesting certificates takes any): the engine verifies the peer's
// chain with crypto/x509 after the handshake and names the failure as
// OpenSSL does (verify.go), and js/_tls_wrap.js decides, as node does,
// whether to reject it (rejectUnauthorized) and checks the host name
// (checkServerIdentity). A server with rejectUnauthorized fails the
// handshake itself, as OpenSSL's verify callback would.
//
// SNICallback and ALPNCallback run in JS while the handshake goroutine
// waits in crypto/tls's GetConfigForClient for the answer.
package tls

import (
	goruntime "runtime"
	"sync/atomic"

	"github.com/dop251/goja"

	netmod "github.com/gojanet/gojanet/modules/net"
	"github.com/gojanet/gojanet/runtime/loop"
)

// binding is the per-runtime state behind internalBinding('tls_wrap').
type binding struct {
	l         *loop.Loop
	vm        *goja.Runtime
	contexts  map[*goja.Object]*secureContext
	engines   map[*goja.Object]*engine
	ctxProto  *goja.Object
	wrapProto *goja.Object
	readBuf   []byte
	nested    int  // calls from JS into an engine in progress (see engine.call)
	onLoop    bool // handshakes run on the loop (see handshakesOnLoop)
	workers   *hsWorkers
}

// handshakeMode is SetHandshakesOnLoop's choice.
var handshakeMode atomic.Int32

// SetHandshakesOnLoop decides where the handshakes of runtimes made from
// now on run: on the loop (mode 1: the handshake goroutine runs only while
// the loop waits for it, as OpenSSL's handshake runs inside node's loop) or
// beside it (mode -1: the loop goes on while another thread computes the
// handshake, and the two hand over through the loop's post queue). Mode 0,
// the default, runs them on the loop in a process with GOMAXPROCS 1, where
// a hand-over is then a goroutine switch on one thread instead of a
// wake-up of another thread and a post back, and beside it with more
// processors, where signatures run in parallel with the script. For tests
// and embedders; safe from any goroutine.
func SetHandshakesOnLoop(mode int) {
	handshakeMode.Store(int32(mode))
}

func handshakesOnLoop() bool {
	switch m := handshakeMode.Load(); {
	case m > 0:
		return true
	case m < 0:
		return false
	}
	return goruntime.GOMAXPROCS(0) == 1
}

// Binding fills internalBinding('tls_wrap').
func Binding(l *loop.Loop, exports *goja.Object) {
	vm := l.VM
	b := &binding{l: l, vm: vm, contexts: map[*goja.Object]*secureContext{},
		engines: map[*goja.Object]*engine{}, readBuf: make([]byte, 64*1024+maxRecord), onLoop: handshakesOnLoop()}
	if b.onLoop {
		b.workers = &hsWorkers{l: l}
		l.Track(b.workers)
	}

	b.ctxProto = vm.NewObject()
	for name, fn := range b.contextMethods() {
		b.ctxProto.Set(name, fn)
	}
	ctxCtor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		sc := newSecureContext()
		sc.obj = call.This
		b.contexts[call.This] = sc
		return nil
	}).ToObject(vm)
	ctxCtor.Set("prototype", b.ctxProto)
	b.ctxProto.Set("constructor", ctxCtor)
	exports.Set("SecureContext", ctxCtor)

	b.wrapProto = vm.NewObject()
	for name, fn := range b.engineMethods() {
		b.wrapProto.Set(name, fn)
	}
	wrapCtor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		ctxObj, _ := call.Argument(0).(*goja.Object)
		sc := b.contexts[ctxObj]
		if sc == nil {
			panic(vm.NewTypeError("TLSWrap: the first argument must be a SecureContext"))
		}
		var opts *goja.Object
		if o, ok := call.Argument(2).(*goja.Object); ok {
			opts = o
		}
		e := b.newEngine(call.This, sc, call.Argument(1).ToBoolean(), opts)
		b.engines[call.This] = e
		l.Track(e)
		return nil
	}).ToObject(vm)
	wrapCtor.Set("prototype", b.wrapProto)
	b.wrapProto.Set("constructor", wrapCtor)
	exports.Set("TLSWrap", wrapCtor)

	exports.Set("getCiphers", func() []string { return cipherList() })
	// canAttach(handle): a TLSWrap can take the handle's socket over.
	// (A FunctionCall signature: it runs per accepted connection, and a
	// typed Go func is called through reflect.)
	exports.Set("canAttach", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(netmod.StreamOf(call.Argument(0)) != nil)
	})
	exports.Set("rootCertificates", func() []string { return rootCertificates() })
	// useExtraCACerts(file) adds NODE_EXTRA_CA_CERTS to the default roots;
	// "" or OpenSSL's error string for the warning node prints.
	exports.Set("useExtraCACerts", func(file string) string { return useExtraCACerts(file) })
	// goConfig(name) makes a SecureContext from a *tls.Config the embedder
	// registered (Runtime.TLSConfig); null if there is none by that name.
	exports.Set("goConfig", func(name string) goja.Value {
		cfg, ok := l.Net.TLSConfig(name)
		if !ok {
			return goja.Null()
		}
		obj := vm.NewObject()
		obj.SetPrototype(b.ctxProto)
		sc := newSecureContext()
		sc.goConfig = cfg
		sc.obj = obj
		b.contexts[obj] = sc
		return obj
	})
}

// throw raises a node-style Error with a code (and OpenSSL's library and
// reason when given).
func (b *binding) throw(code, msg, library, reason string) {
	panic(b.errorObject(code, msg, library, reason))
}

// throwPlain raises an Error with OpenSSL's reason as its message and
// nothing else, as node's PFX loading does.
func (b *binding) throwPlain(msg string) {
	ctor := b.vm.Get("Error").ToObject(b.vm)
	o, err := b.vm.New(ctor, b.vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	panic(o)
}

func (b *binding) errorObject(code, msg, library, reason string) *goja.Object {
	ctor := b.vm.Get("Error").ToObject(b.vm)
	o, err := b.vm.New(ctor, b.vm.ToValue(msg))
	if err != nil {
		o = b.vm.NewObject()
		o.Set("message", msg)
	}
	o.Set("code", code)
	if library != "" {
		o.Set("library", library)
	}
	if reason != "" {
		o.Set("reason", reason)
	}
	return o
}
