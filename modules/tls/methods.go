package tls

import (
	"crypto/tls"
	"strconv"

	"github.com/dop251/goja"

	bufmod "github.com/gojanet/gojanet/modules/buffer"
)

// engineMethods are TLSWrap's methods. The ones that can call back into
// the script (receive, write, ...) count themselves in b.nested, so those
// callbacks run as plain calls whose exceptions reach the caller.
func (b *binding) engineMethods() map[string]func(goja.FunctionCall) goja.Value {
	vm := b.vm
	nested := func(f func(e *engine, call goja.FunctionCall) goja.Value) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			b.nested++
			defer func() { b.nested-- }()
			return f(e, call)
		}
	}
	ok := vm.ToValue(0)
	queued := vm.ToValue(1)
	return map[string]func(goja.FunctionCall) goja.Value{
		// start(flags, servername, ALPNProtocols, session): flags are
		// startRequestCert | startRejectUnauthorized | startWantHello (call
		// onclienthello) | startKeylog (call onkeylog); the others
		// undefined or null when not given. Positional, so a connection
		// makes no options object for it.
		"start": nested(func(e *engine, call goja.FunctionCall) goja.Value {
			given := func(i int) goja.Value {
				v := call.Argument(i)
				if goja.IsUndefined(v) || goja.IsNull(v) {
					return nil
				}
				return v
			}
			e.start(call.Argument(0).ToInteger(), given(1), given(2), given(3))
			return goja.Undefined()
		}),
		"receive": nested(func(e *engine, call goja.FunctionCall) goja.Value {
			e.receive(b.bytesArg(call.Argument(0)))
			return goja.Undefined()
		}),
		// receiveEnd() is the transport's end of stream.
		"receiveEnd": nested(func(e *engine, call goja.FunctionCall) goja.Value {
			return vm.ToValue(e.end())
		}),
		// pipeTo(engine|null) forwards this engine's plaintext to another
		// engine in Go (both open, both on kernel sockets); false if it
		// cannot. forwarded() is [plaintext forwarded out, into].
		"pipeTo": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			o, isObj := call.Argument(0).(*goja.Object)
			if !isObj {
				e.setForward(nil)
				return vm.ToValue(true)
			}
			dst := b.engines[o]
			if dst == nil || e.state != stOpen || dst.state != stOpen || e.stream == nil || dst.stream == nil || e.fwd != nil {
				return vm.ToValue(false)
			}
			e.setForward(dst)
			return vm.ToValue(true)
		},
		// forwarded(0) is the plaintext forwarded out of this engine,
		// forwarded(1) into it (numbers: no array per call).
		"forwarded": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			if call.Argument(0).ToInteger() == 1 {
				return vm.ToValue(e.fwdWritten)
			}
			return vm.ToValue(e.fwdRead)
		},
		// attach(handle) makes the engine read and write a tcp_wrap
		// handle's socket itself (false: not a kernel socket; the script
		// keeps feeding the engine).
		"attach": nested(func(e *engine, call goja.FunctionCall) goja.Value {
			return vm.ToValue(e.attach(call.Argument(0)))
		}),
		"readStart": nested(func(e *engine, call goja.FunctionCall) goja.Value {
			e.reading = true
			if e.state == stOpen && !e.fwdWait {
				if e.stream != nil {
					e.stream.ReadStart()
				}
				e.pump()
			}
			return ok
		}),
		"readStop": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			e.reading = false
			// The handshake reads on; after it, the socket stops too, so
			// backpressure reaches the peer.
			if e.stream != nil && e.state == stOpen {
				e.stream.ReadStop()
			}
			return ok
		},
		// write(chunks) encrypts a Buffer or an array of Buffers; the
		// records go to onciphertext before it returns. 0, or an error
		// object.
		"write": nested(func(e *engine, call goja.FunctionCall) goja.Value {
			var chunks [][]byte
			arg := call.Argument(0)
			if o, isObj := arg.(*goja.Object); isObj && o.ClassName() == "Array" {
				n := int(o.Get("length").ToInteger())
				for i := 0; i < n; i++ {
					p, isBuf := bufmod.Bytes(vm, o.Get(strconv.Itoa(i)))
					if !isBuf {
						panic(vm.NewTypeError("write: chunks must be Buffers"))
					}
					chunks = append(chunks, p)
				}
			} else {
				chunks = [][]byte{b.bytesArg(arg)}
			}
			if err := e.write(chunks); err != nil {
				return b.tlsError(err, e.isServer)
			}
			if e.needDrain {
				return queued // the kernel socket holds records: ondrain follows
			}
			return ok
		}),
		// shutdown() sends close_notify.
		"shutdown": nested(func(e *engine, call goja.FunctionCall) goja.Value {
			if e.state == stOpen {
				_ = e.conn.CloseWrite()
				e.flushOut()
			}
			return ok
		}),
		"destroy": func(call goja.FunctionCall) goja.Value {
			b.engineThis(call).destroy()
			return goja.Undefined()
		},
		// helloDone(context|null, alpn|undefined|null, error|undefined)
		// answers onclienthello.
		"helloDone": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			if e.hello == nil {
				return goja.Undefined()
			}
			var r helloReply
			if o, isObj := call.Argument(0).(*goja.Object); isObj {
				r.sc = b.contexts[o]
				if r.sc != nil {
					r.trust = r.sc.trust()
				}
			}
			switch v := call.Argument(1); {
			case goja.IsUndefined(v):
			case goja.IsNull(v):
				r.alpnSet = true
			default:
				r.alpnSet, r.alpn = true, v.String()
			}
			if v := call.Argument(2); !goja.IsUndefined(v) && !goja.IsNull(v) {
				r.err = v.String()
			}
			e.answerScript(func() {
				e.hello <- r
				e.hello = nil
			})
			return goja.Undefined()
		},
		// sessionDone(data|undefined|null, error|undefined) answers
		// onnewsession and onresumesession; after the engine is gone, or
		// a second time, it does nothing.
		"sessionDone": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			if e.asked == nil || e.state == stClosed {
				return goja.Undefined()
			}
			var r sessionReply
			if v := call.Argument(0); !goja.IsUndefined(v) && !goja.IsNull(v) {
				r.data = append([]byte(nil), b.bytesArg(v)...)
			}
			if v := call.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) {
				r.err = v.String()
			}
			asked := e.asked
			e.asked = nil
			e.answerScript(func() { asked <- r })
			return goja.Undefined()
		},
		"getProtocol": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			if e.state != stOpen {
				return goja.Null()
			}
			return vm.ToValue(versionName(e.cs.Version))
		},
		// getCipher() is [name, standardName, version] or null.
		"getCipher": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			if e.state != stOpen {
				return goja.Null()
			}
			return vm.ToValue([]any{cipherName(e.cs.CipherSuite), tls.CipherSuiteName(e.cs.CipherSuite), versionName(e.cs.Version)})
		},
		"getALPNProtocol": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			if e.state != stOpen || e.cs.NegotiatedProtocol == "" {
				return vm.ToValue(false)
			}
			return vm.ToValue(e.cs.NegotiatedProtocol)
		},
		"getServername": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			if e.isServer {
				if e.state != stOpen || e.cs.ServerName == "" {
					return vm.ToValue(false)
				}
				return vm.ToValue(e.cs.ServerName)
			}
			if e.servername == "" {
				return vm.ToValue(false)
			}
			return vm.ToValue(e.servername)
		},
		// getPeerCertificates() is the peer's chain as DER Buffers.
		"getPeerCertificates": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			out := []any{}
			// A client resuming a TLS 1.2 session sees no certificate, as
			// with OpenSSL.
			if e.state == stOpen && !(e.cs.DidResume && !e.isServer && e.cs.Version < tls.VersionTLS13) {
				certs := e.cs.PeerCertificates
				if len(e.cs.VerifiedChains) > 0 {
					certs = e.cs.VerifiedChains[0]
				}
				for _, c := range certs {
					out = append(out, b.l.NewBuffer(append([]byte(nil), c.Raw...)))
				}
			}
			return vm.ToValue(out)
		},
		// verifyError() is [code, message] or null.
		"verifyError": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			if e.verifyCode == "" {
				return goja.Null()
			}
			return vm.ToValue([]any{e.verifyCode, e.verifyMsg})
		},
		"isSessionReused": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			return vm.ToValue(e.state == stOpen && e.cs.DidResume)
		},
		"getSession": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			s := e.currentSession()
			if s == nil {
				return goja.Undefined()
			}
			return b.l.NewBuffer(append([]byte(nil), s...))
		},
		"getTLSTicket": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			s := e.currentSession()
			if len(s) < 4 {
				return goja.Undefined()
			}
			if cs := decodeSession(s); cs != nil {
				if t, _, err := cs.ResumptionState(); err == nil {
					return b.l.NewBuffer(append([]byte(nil), t...))
				}
			}
			return goja.Undefined()
		},
		// getFinished() is tls-unique (TLS 1.2: the first Finished
		// message), undefined otherwise: crypto/tls exposes no more.
		"getFinished": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			if e.state != stOpen || len(e.cs.TLSUnique) == 0 {
				return goja.Undefined()
			}
			return b.l.NewBuffer(append([]byte(nil), e.cs.TLSUnique...))
		},
		"exportKeyingMaterial": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			n := int(call.Argument(0).ToInteger())
			if e.state != stOpen || n < 0 || n > 1<<20 {
				return goja.Undefined()
			}
			var ctx []byte
			if v := call.Argument(2); !goja.IsUndefined(v) && !goja.IsNull(v) {
				ctx = b.bytesArg(v)
			}
			out, err := e.cs.ExportKeyingMaterial(call.Argument(1).String(), ctx, n)
			if err != nil {
				return goja.Undefined()
			}
			return b.l.NewBuffer(out)
		},
		// getEphemeralKeyInfo() is {type, name, size} (clients), {} (servers).
		"getEphemeralKeyInfo": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			o := vm.NewObject()
			if e.state != stOpen || e.isServer {
				return o
			}
			switch e.cs.CurveID {
			case tls.X25519:
				o.Set("type", "ECDH")
				o.Set("name", "X25519")
				o.Set("size", 253)
			case tls.CurveP256:
				o.Set("type", "ECDH")
				o.Set("name", "prime256v1")
				o.Set("size", 256)
			case tls.CurveP384:
				o.Set("type", "ECDH")
				o.Set("name", "secp384r1")
				o.Set("size", 384)
			case tls.CurveP521:
				o.Set("type", "ECDH")
				o.Set("name", "secp521r1")
				o.Set("size", 521)
			case tls.X25519MLKEM768:
				o.Set("type", "ECDH")
				o.Set("name", "X25519MLKEM768")
				o.Set("size", 253)
			}
			return o
		},
		"getLocalCertificate": func(call goja.FunctionCall) goja.Value {
			e := b.engineThis(call)
			if len(e.sc.certs) == 0 {
				return goja.Null()
			}
			return b.l.NewBuffer(append([]byte(nil), e.sc.certs[0].Certificate[0]...))
		},
	}
}

// currentSession is the session a client holds: the last one the server
// sent, or the one it resumed (renewals are not kept: sessionCache.Put).
func (e *engine) currentSession() []byte {
	if e.session != nil {
		return e.session
	}
	if e.state == stOpen && e.cs.DidResume {
		return e.initialRaw
	}
	return nil
}
