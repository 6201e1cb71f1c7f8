package tls

import (
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/dop251/goja"

	netmod "github.com/gojanet/gojanet/modules/net"
)

// maxRecord is the most plaintext one TLS record carries.
const maxRecord = 16 * 1024

// Engine states.
const (
	stIdle      = iota // created; a server waits for the first bytes
	stHandshake        // the handshake goroutine owns the Conn
	stOpen             // handshake done: the loop owns the Conn
	stFailed           // the handshake failed
	stClosed           // destroyed
)

// engine is one TLS connection's state machine (see the package comment).
type engine struct {
	b        *binding
	obj      *goja.Object
	sc       *secureContext
	isServer bool
	conn     *tls.Conn
	ad       *adapter
	state    int
	reading  bool
	readDone bool // close_notify, EOF or a read error was delivered

	servername         string
	alpn               []string
	requestCert        bool
	rejectUnauthorized bool
	wantHello          bool
	keylog             bool
	initialSession     *tls.ClientSessionState
	initialRaw         []byte // the session the script passed, as it passed it

	cs                    tls.ConnectionState
	verifyCode, verifyMsg string
	session               []byte // the last session the client was given
	pendingSession        []byte // given during the handshake (TLS 1.2)

	// done is closed by destroy; a server that asks the script about the
	// ClientHello (wantHello) waits on it with the reply channel. The
	// handshake itself needs no context: destroy closes the adapter, which
	// ends its reads and writes (HandshakeContext would start a watcher
	// goroutine per handshake).
	done    chan struct{}
	hello   chan helloReply
	asked   chan sessionReply // a newSession/resumeSession question waiting for sessionDone
	hsTrust trust             // the CAs and CRLs of the context SNI chose (handshake goroutine only)
	hsRef   bool              // the loop is held while the handshake goroutine computes
	// sessionCallbacks: the server had 'newSession' or 'resumeSession'
	// listeners when the connection started (node's enableSessionCallbacks).
	sessionCallbacks bool
	newSessions      [][2][]byte // TLS 1.3 sessions to tell of once secure
	// tickets: the server's context had enableTicketKeyCallback() when the
	// connection started (ticket.go).
	tickets *ticketCall

	// On the loop (onLoop, see handshakesOnLoop): the handshake goroutine
	// runs only while the loop goroutine waits for it (step), as OpenSSL's
	// handshake runs inside node's loop; a hand-over is then a goroutine
	// switch on the loop's thread, not a wake-up of another thread and a
	// post back. resume lets it go on; it answers on parked (true: it
	// ended, its result in hsResult).
	onLoop   bool
	hsLive   bool // the goroutine has not ended (onLoop)
	resume   chan struct{}
	parked   chan bool
	hsResult hsResult
	worker   *hsWorker // the goroutine running it (onLoop), given back when it ends
	hsSNI    bool
	// The peer's chain as verified inside the handshake (verifyConn), so a
	// client's handshake ends as it sends its Finished, as OpenSSL's does.
	hsVerified    bool
	hsCode, hsMsg string
	hsChain       []*x509.Certificate

	// stream is the kernel socket the engine reads and writes itself
	// (attach; nil: the script feeds ciphertext and writes onciphertext).
	stream    *netmod.Stream
	needDrain bool // the stream queued records: ondrain follows

	adapter adapter // the engine's net.Conn (ad points here)

	// Forwarding (socket.pipe(socket) between TLS sockets, as modules/net
	// forwards plain sockets): the plaintext this engine decrypts is
	// encrypted by fwd and written to its socket without entering JS.
	fwd        *engine
	fwdFrom    []*engine // engines forwarding into this one
	fwdWait    bool      // fwd's socket is backed up: reading waits for its drain
	fwdRead    int64     // plaintext forwarded out of this engine
	fwdWritten int64     // plaintext forwarded into this engine
}

type hsResult struct {
	err       error
	cs        tls.ConnectionState
	code, msg string
}

// errHandshakePanic stands for the result of a handshake goroutine that
// panicked (the loop reports the panic itself).
var errHandshakePanic = errors.New("tls: handshake goroutine panicked")

// sessionReply answers onnewsession (nothing) or onresumesession (the
// session's data, or nil for none); err fails the handshake.
type sessionReply struct {
	data []byte
	err  string
}

type helloReply struct {
	sc      *secureContext
	trust   trust // sc's CAs and CRLs, read on the loop
	alpn    string
	alpnSet bool
	err     string
}

func (b *binding) newEngine(obj *goja.Object, sc *secureContext, isServer bool, opts *goja.Object) *engine {
	e := &engine{b: b, obj: obj, sc: sc, isServer: isServer, reading: true, onLoop: b.onLoop}
	e.ad = &e.adapter
	e.ad.e = e
	e.ad.cond.L = &e.ad.mu
	return e
}

func (b *binding) engineThis(call goja.FunctionCall) *engine {
	if o, ok := call.This.(*goja.Object); ok {
		if e := b.engines[o]; e != nil {
			return e
		}
	}
	panic(b.vm.NewTypeError("Illegal invocation"))
}

// ForceClose is the runtime's shutdown path.
func (e *engine) ForceClose() { e.destroy() }

func (e *engine) destroy() {
	if e.state == stClosed {
		return
	}
	e.idle()
	e.state = stClosed
	if e.stream != nil {
		e.stream.ReadStop()
	}
	e.setForward(nil)
	for len(e.fwdFrom) > 0 {
		e.fwdFrom[0].setForward(nil)
	}
	if e.done != nil {
		close(e.done)
	}
	e.ad.close()
	e.step() // a parked handshake goroutine (onLoop) meets the close and ends
	e.b.l.Untrack(e)
	delete(e.b.engines, e.obj)
}

// call runs one of the script's callbacks on the engine object: directly
// when the script called into the engine (its exceptions go back to that
// caller), else as a top-level callback of the loop. It gives the
// callback's result (nil when none was called).
func (e *engine) call(name string, args ...goja.Value) goja.Value {
	fn := e.obj.Get(name)
	if fn == nil || goja.IsUndefined(fn) {
		return nil
	}
	if e.b.nested > 0 {
		f, ok := goja.AssertFunction(fn)
		if !ok {
			return nil
		}
		v, err := f(e.obj, args...)
		if err != nil {
			panic(err)
		}
		return v
	}
	return e.b.l.Call(fn, e.obj, args...)
}

// read hands a plaintext chunk to the script. A consumer that stops in it
// (answers 2: an https connection's parser after a body piece, where node
// runs ticks and microtasks) has the rest from onreadrest in a callback of
// its own, after Call drained what the first one queued, until it answers
// something else (as modules/net's callChunks for a socket's reads).
func (e *engine) read(chunk goja.Value) {
	v := e.call("onread", chunk)
	for netmod.WantsRest(v) && !e.b.l.Stopped {
		v = e.call("onreadrest")
	}
}

// config builds the connection's tls.Config from its context and options.
func (e *engine) config(sc *secureContext) *tls.Config {
	cfg := sc.config()
	if sc.goConfig != nil && e.isServer {
		// The embedder's config decides about certificates and clients.
		if len(e.alpn) > 0 && len(cfg.NextProtos) == 0 {
			cfg.NextProtos = e.alpn
		}
	} else {
		if len(e.alpn) > 0 {
			cfg.NextProtos = e.alpn
		}
		if e.isServer {
			sc.serverVersions(cfg)
			switch {
			case e.requestCert && e.rejectUnauthorized:
				// OpenSSL's SSL_VERIFY_FAIL_IF_NO_PEER_CERT: a client without a
				// certificate fails the handshake. One that does not verify
				// does not (node's verify callback accepts everything): the
				// socket is destroyed once secure (onServerSocketSecure) and
				// the server reports 'tlsClientError' ECONNRESET.
				cfg.ClientAuth = tls.RequireAnyClientCert
			case e.requestCert:
				cfg.ClientAuth = tls.RequestClientCert
			default:
				cfg.ClientAuth = tls.NoClientCert
			}
		} else {
			cfg.InsecureSkipVerify = true // verified after the handshake (verify.go)
			if net.ParseIP(e.servername) == nil {
				cfg.ServerName = e.servername
			}
			cfg.ClientSessionCache = &sessionCache{e: e, initial: e.initialSession}
		}
	}
	if e.keylog {
		cfg.KeyLogWriter = keylogWriter{e}
	}
	if e.isServer && e.sc.goConfig == nil && sc.goConfig == nil {
		e.ticketHooks(cfg, sc)
	}
	if e.sessionCallbacks {
		e.sessionHooks(cfg, sc)
	}
	if cfg.VerifyConnection == nil {
		cfg.VerifyConnection = e.verifyConn
	}
	return cfg
}

// verifyConn checks the peer's chain during the handshake (on its
// goroutine) and keeps the result for handshakeDone; it never fails the
// handshake (js/_tls_wrap.js decides, as node does).
func (e *engine) verifyConn(cs tls.ConnectionState) error {
	t := e.sc.trust()
	if e.hsSNI {
		t = e.hsTrust
	}
	e.hsCode, e.hsMsg, e.hsChain = verifyPeer(cs, t, e.isServer, e.requestCert)
	e.hsVerified = true
	return nil
}

// verifyPeer is the verification node reports for a connection's peer.
func verifyPeer(cs tls.ConnectionState, t trust, isServer, requestCert bool) (code, msg string, chain []*x509.Certificate) {
	switch {
	case len(cs.PeerCertificates) > 0 && (!isServer || requestCert):
		return verifyChainFull(cs.PeerCertificates, t)
	case !isServer, requestCert:
		return "UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate", nil
	}
	return "", "", nil
}

// start's flags.
const (
	startRequestCert        = 1
	startRejectUnauthorized = 2
	startWantHello          = 4  // call onclienthello (SNICallback, ALPNCallback)
	startKeylog             = 8  // call onkeylog
	startSessionCallbacks   = 16 // call onnewsession/onresumesession
)

// start creates the Conn; a client's handshake begins at once, a server's
// when the first bytes arrive. servername, alpn and session are nil when
// the script passed none.
func (e *engine) start(flags int64, servername, alpn, session goja.Value) {
	if e.conn != nil || e.state != stIdle {
		return
	}
	if servername != nil {
		e.servername = servername.String()
	}
	if o, ok := alpn.(*goja.Object); ok && o.ClassName() == "Array" {
		n := int(o.Get("length").ToInteger())
		for i := 0; i < n && i < 256; i++ {
			e.alpn = append(e.alpn, o.Get(strconv.Itoa(i)).String())
		}
	}
	e.requestCert = flags&startRequestCert != 0
	e.rejectUnauthorized = flags&startRejectUnauthorized != 0
	e.wantHello = flags&startWantHello != 0
	e.keylog = flags&startKeylog != 0
	e.sessionCallbacks = e.isServer && flags&startSessionCallbacks != 0
	if e.isServer && e.sc.ticketCallback && e.sc.goConfig == nil {
		e.tickets = &ticketCall{e: e}
	}
	if session != nil && !e.isServer {
		raw := append([]byte(nil), e.b.bytesArg(session)...)
		if e.initialSession = decodeSession(raw); e.initialSession != nil {
			e.initialRaw = raw
		}
	}
	if e.isServer {
		var cfg *tls.Config
		if e.wantHello || e.sessionCallbacks || e.tickets != nil {
			cfg = e.config(e.sc)
			if e.wantHello {
				cfg.GetConfigForClient = e.clientHello
			}
			e.done = make(chan struct{})
		} else {
			cfg = e.sharedServerConfig()
		}
		e.conn = tls.Server(e.ad, cfg)
		if len(e.ad.in) > 0 {
			e.handshake()
		}
		return
	}
	e.conn = tls.Client(e.ad, e.config(e.sc))
	e.handshake()
}

// sharedServerConfig is the config of a server connection that needs
// nothing of its own: when it neither verifies a client nor logs keys nor
// has protocols of its own, every such connection of the context shares
// one config (made once, see secureContext.serverConfig) instead of
// cloning the base config and binding a verification callback per
// handshake. Otherwise it is config's.
func (e *engine) sharedServerConfig() *tls.Config {
	if e.requestCert || e.keylog || len(e.alpn) > 0 {
		return e.config(e.sc)
	}
	return e.sc.serverConfig()
}

// handshake runs crypto/tls's handshake on a goroutine; the adapter blocks
// it until the loop feeds bytes. On the loop (onLoop), it runs only inside
// step.
func (e *engine) handshake() {
	e.state = stHandshake
	if e.stream != nil {
		e.stream.ReadStart() // the handshake reads whether or not the script does
	}
	onLoop := e.onLoop
	if onLoop {
		e.resume = make(chan struct{})
		e.parked = make(chan bool, 1)
		e.hsLive = true
	} else {
		e.busy()
	}
	e.ad.setBlocking(true)
	conn := e.conn
	isServer := e.isServer
	requestCert := e.requestCert
	t := e.sc.trust()
	l := e.b.l
	run := l.Go
	if onLoop {
		run = func(fn func()) { e.worker = e.b.workers.run(fn) }
	}
	run(func() {
		r := hsResult{err: errHandshakePanic}
		if onLoop {
			<-e.resume
			defer func() {
				e.hsResult = r
				e.parked <- true
			}()
		}
		err := conn.Handshake()
		if e.hsSNI {
			t = e.hsTrust
		}
		var cs tls.ConnectionState
		var code, msg string
		if err == nil {
			cs = conn.ConnectionState()
			var chain []*x509.Certificate
			if e.hsVerified {
				code, msg, chain = e.hsCode, e.hsMsg, e.hsChain
			} else {
				code, msg, chain = verifyPeer(cs, t, isServer, requestCert)
			}
			if chain != nil {
				cs.VerifiedChains = [][]*x509.Certificate{chain}
			}
		}
		if onLoop {
			r = hsResult{err, cs, code, msg}
			return
		}
		l.Post(func() { e.handshakeDone(err, cs, code, msg) })
	})
	e.step()
}

// step lets a handshake on the loop (onLoop) go on until it waits for the
// peer or the script again, or ends; then writes what it wrote and, if it
// ended, finishes it. Loop goroutine only; nothing when no handshake
// goroutine is live.
func (e *engine) step() {
	if !e.hsLive {
		return
	}
	e.resume <- struct{}{}
	ended := <-e.parked
	if ended {
		e.hsLive = false
		if w := e.worker; w != nil {
			e.worker = nil
			e.b.workers.put(w)
		}
	}
	if e.state == stClosed {
		return
	}
	if !ended {
		// The records it wrote go out now: in Go to a kernel socket, and to
		// the script's transport as a callback of its own, as the handshake
		// goroutine's posted flush did.
		if e.stream != nil {
			e.flushOut()
		} else {
			e.b.l.Post(func() {
				if e.state == stHandshake {
					e.flushOut()
				}
			})
		}
		return
	}
	r := e.hsResult
	// A server's handshake on a kernel socket ends here, in the poller's
	// callback, as a posted result would in the next one. Otherwise it is
	// posted as before: what the handshake posted (key-log lines, a TLS 1.2
	// client's session) comes first, and a script's call (receive, start,
	// helloDone) does not see the handshake's callbacks inside it.
	if e.isServer && e.stream != nil && !e.keylog && e.b.nested == 0 {
		e.handshakeDone(r.err, r.cs, r.code, r.msg)
		return
	}
	e.b.l.Post(func() { e.handshakeDone(r.err, r.cs, r.code, r.msg) })
}

func (e *engine) handshakeDone(err error, cs tls.ConnectionState, code, msg string) {
	e.idle()
	if e.state == stClosed {
		return
	}
	e.ad.setBlocking(false)
	e.flushOut()
	if e.state == stClosed {
		return
	}
	if err != nil {
		e.state = stFailed
		e.call("onhandshake", e.b.tlsError(err, e.isServer))
		return
	}
	e.state = stOpen
	e.cs = cs
	e.verifyCode, e.verifyMsg = code, msg
	if p := e.pendingSession; p != nil {
		e.pendingSession = nil
		if cs.DidResume {
			e.session = nil // a renewal: see sessionCache.Put
		} else {
			e.call("onsession", e.b.l.NewBuffer(append([]byte(nil), p...)))
		}
	}
	e.call("onhandshake", goja.Null())
	for len(e.newSessions) > 0 && e.state == stOpen {
		n := e.newSessions[0]
		e.newSessions = e.newSessions[1:]
		e.call("onnewsession", e.b.l.NewBuffer(n[0]), e.b.l.NewBuffer(n[1]), e.b.vm.ToValue(false))
	}
	if e.stream != nil && e.state == stOpen && !e.reading {
		e.stream.ReadStop()
	}
	e.pump()
}

// clientHello asks the script (SNICallback, ALPNCallback) which context
// and protocol to use; it runs on the handshake goroutine and waits.
func (e *engine) clientHello(h *tls.ClientHelloInfo) (*tls.Config, error) {
	reply := make(chan helloReply, 1)
	name := h.ServerName
	protos := append([]string(nil), h.SupportedProtos...)
	l := e.b.l
	l.Post(func() {
		if e.state == stClosed {
			return
		}
		e.hello = reply
		p := make([]any, len(protos))
		for i, s := range protos {
			p[i] = s
		}
		e.call("onclienthello", e.b.vm.ToValue(name), e.b.vm.ToValue(p))
	})
	r, err := waitScript(e, reply)
	if err != nil {
		return nil, err
	}
	if r.err != "" {
		return nil, errors.New(r.err)
	}
	sc := e.sc
	if r.sc != nil {
		sc = r.sc
		e.hsSNI, e.hsTrust = true, r.trust
	}
	cfg := e.config(sc)
	if r.sc != nil && sc.goConfig == nil && len(sc.certs) == 0 {
		// An SNI context without a certificate: node's switch to it calls
		// SSL_use_certificate(NULL), which fails ("passed a null
		// parameter") with a handshake_failure alert. crypto/tls would send
		// unrecognized_name for a config without certificates; a
		// certificate whose key is no signer fails where OpenSSL does, with
		// handshake_failure (it is never sent), and tlsError names it.
		cfg.Certificates = nil
		cfg.GetCertificate = func(*tls.ClientHelloInfo) (*tls.Certificate, error) { return &nullCertificate, nil }
	}
	if r.alpnSet {
		if r.alpn == "" {
			cfg.NextProtos = []string{"\x00no-overlap"} // crypto/tls then sends no_application_protocol
		} else {
			cfg.NextProtos = []string{r.alpn}
		}
	}
	return cfg, nil
}

// waitScript waits on the handshake goroutine for the script's answer to a
// question posted to it (clientHello, the session callbacks): onLoop, parked
// until the answer's step; else idle while the loop runs. A destroyed
// engine ends the wait with net.ErrClosed.
func waitScript[T any](e *engine, reply chan T) (T, error) {
	var zero T
	if e.onLoop {
		for {
			e.parked <- false
			<-e.resume
			select {
			case r := <-reply:
				return r, nil
			case <-e.done:
				return zero, net.ErrClosed
			default:
			}
		}
	}
	e.ad.mu.Lock()
	e.ad.waiting = true
	e.ad.gen++
	e.postIdle(e.ad.gen)
	e.ad.mu.Unlock()
	select {
	case r := <-reply:
		return r, nil
	case <-e.done:
		return zero, net.ErrClosed
	}
}

// answerScript hands the script's answer to the waiting handshake goroutine
// (send puts it on the reply channel) and lets it go on.
func (e *engine) answerScript(send func()) {
	if e.onLoop {
		send()
		e.b.nested++ // the script's call: what the step ends is posted
		defer func() { e.b.nested-- }()
		e.step()
		return
	}
	e.busy()
	e.ad.mu.Lock()
	e.ad.waiting = false
	e.ad.mu.Unlock()
	send()
}

// ticketHooks: OpenSSL seals and opens a server's tickets with the keys of
// the context the server was made with (its session_ctx), whatever context
// SNI switched to, and through the script's callback when it enabled one.
func (e *engine) ticketHooks(cfg *tls.Config, sc *secureContext) {
	switch {
	case e.tickets != nil:
		cfg.WrapSession, cfg.UnwrapSession = e.tickets.wrap, e.tickets.unwrap
	case sc != e.sc:
		base := e.sc.config()
		cfg.WrapSession, cfg.UnwrapSession = base.WrapSession, base.UnwrapSession
	}
}

// sessionHooks are node's session callbacks on crypto/tls: each ticket the
// server issues is a new session ('newSession', the handshake waiting for
// its callback as node's does). Tickets stay crypto/tls's own, stateless,
// unless SSL_OP_NO_TICKET asked for OpenSSL's session-ID cache: then the
// ticket is the session's id, and a client resuming with it is looked up
// through 'resumeSession' (crypto/tls has no session IDs of its own).
func (e *engine) sessionHooks(cfg *tls.Config, sc *secureContext) {
	byID := sc.options&sslOpNoTicket != 0
	if byID {
		cfg.SessionTicketsDisabled = false
	}
	var resumedID []byte    // the id a client resumed with (byID)
	seal := cfg.WrapSession // the context's tickets (ticketHooks)
	if seal == nil {
		seal = cfg.EncryptTicket // an embedder's config
	}
	cfg.WrapSession = func(cs tls.ConnectionState, ss *tls.SessionState) ([]byte, error) {
		if cs.DidResume {
			// A resumed session is not a new one (OpenSSL issues no
			// ticket then): the client keeps the id it came with.
			if byID && resumedID != nil {
				return resumedID, nil
			}
			return seal(cs, ss)
		}
		if !byID && cs.Version != tls.VersionTLS13 {
			return seal(cs, ss) // OpenSSL caches no TLS 1.2 session a ticket carries
		}
		data, err := ss.Bytes()
		if err != nil {
			return nil, err
		}
		id := make([]byte, 32)
		if _, err := rand.Read(id); err != nil {
			return nil, err
		}
		if !byID {
			// A TLS 1.3 ticket: node tells of it once the handshake is
			// done, without waiting for the callback.
			e.b.l.Post(func() { e.tellNewSession(id, data) })
			return seal(cs, ss)
		}
		if _, err := e.askScript("onnewsession", id, data); err != nil {
			return nil, err
		}
		return id, nil
	}
	if byID {
		cfg.UnwrapSession = func(identity []byte, _ tls.ConnectionState) (*tls.SessionState, error) {
			if len(identity) == 0 {
				return nil, nil // a client without a session to offer
			}
			data, err := e.askScript("onresumesession", identity, nil)
			if err != nil || data == nil {
				return nil, err
			}
			ss, err := tls.ParseSessionState(data)
			if err != nil {
				return nil, nil // not a session: a full handshake
			}
			resumedID = append([]byte(nil), identity...)
			return ss, nil
		}
	}
}

// tellNewSession emits a TLS 1.3 ticket's session after 'secure'.
func (e *engine) tellNewSession(id, data []byte) {
	switch e.state {
	case stClosed, stFailed:
	case stOpen:
		e.call("onnewsession", e.b.l.NewBuffer(id), e.b.l.NewBuffer(data), e.b.vm.ToValue(false))
	default:
		e.newSessions = append(e.newSessions, [2][]byte{id, data})
	}
}

// askScript calls the script's name(id[, data]) and waits for sessionDone.
func (e *engine) askScript(name string, id, data []byte) ([]byte, error) {
	reply := make(chan sessionReply, 1)
	id = append([]byte(nil), id...)
	e.b.l.Post(func() {
		if e.state == stClosed {
			return
		}
		e.asked = reply
		args := []goja.Value{e.b.l.NewBuffer(id)}
		if data != nil {
			args = append(args, e.b.l.NewBuffer(data), e.b.vm.ToValue(true))
		}
		e.call(name, args...)
	})
	r, err := waitScript(e, reply)
	if err != nil {
		return nil, err
	}
	if r.err != "" {
		return nil, errors.New(r.err)
	}
	return r.data, nil
}

// nullCertificate stands for "no certificate" after an SNI switch (see
// clientHello): its key type names the failure in crypto/tls's error.
var nullCertificate = tls.Certificate{Certificate: [][]byte{nil}, PrivateKey: nullCertificateKey{}}

type nullCertificateKey struct{}

// receive takes ciphertext the transport read.
func (e *engine) receive(p []byte) {
	if e.state == stClosed || e.state == stFailed {
		return
	}
	if e.state != stOpen {
		// The handshake goroutine reads later: keep a copy.
		e.ad.feed(append([]byte(nil), p...))
		if e.state == stHandshake {
			if e.onLoop {
				e.step()
			} else {
				e.busy()
			}
		}
		if e.state == stIdle && e.conn != nil && e.isServer {
			e.handshake()
		}
		return
	}
	// Open: crypto/tls takes the bytes into its own buffer during pump, so
	// the script's chunk is used in place; what a paused socket leaves
	// unread is copied before returning.
	e.ad.feed(p[:len(p):len(p)]) // capped: appending must never write past the chunk
	e.pump()
	e.ad.unalias(p)
}

// pump decrypts what is buffered and hands the plaintext to the script.
func (e *engine) pump() {
	buf := e.b.readBuf
	for e.state == stOpen && e.reading && !e.readDone {
		// Gather full records (crypto/tls returns one per Read) into one
		// chunk: one call into the script per batch of a bulk transfer. A
		// shorter record ends the chunk: node hands each record's plaintext
		// on by itself, and a message that ends there (a proxy's CONNECT
		// head before the tunnelled ClientHello) must reach the script alone.
		n := 0
		var err error
		for n < len(buf)-maxRecord && err == nil {
			var m int
			m, err = e.conn.Read(buf[n:])
			n += m
			if m > 0 && m < maxRecord {
				break
			}
		}
		if n > 0 && !e.forward(buf[:n]) {
			chunk := append([]byte(nil), buf[:n]...)
			e.read(e.b.l.NewBuffer(chunk))
		}
		if e.fwdWait && (err == nil || isWouldBlock(err)) {
			break // an end or error goes on: it follows the queued bytes
		}
		if err != nil {
			if isWouldBlock(err) {
				break
			}
			e.readDone = true
			e.flushOut()
			if err == io.EOF {
				e.call("onend")
			} else {
				e.call("onerror", e.b.tlsError(err, e.isServer))
			}
			return
		}
	}
	e.flushOut() // post-handshake replies (KeyUpdate)
}

// forward encrypts p for the engine this one forwards to and writes it to
// that engine's socket; false when p must go to the script instead
// (forwarding is off, or the destination can no longer take it).
func (e *engine) forward(p []byte) bool {
	dst := e.fwd
	if dst == nil {
		return false
	}
	if dst.state != stOpen || dst.stream == nil || dst.stream.Closed() {
		e.setForward(nil)
		return false
	}
	if _, err := dst.conn.Write(p); err != nil {
		e.setForward(nil)
		return false // the script's own write meets the error and reports it
	}
	e.fwdRead += int64(len(p))
	dst.fwdWritten += int64(len(p))
	dst.flushOut()
	if dst.needDrain && e.stream != nil {
		e.fwdWait = true
		e.stream.ReadStop()
	}
	return true
}

// setForward turns forwarding to dst on (dst != nil) or off.
func (e *engine) setForward(dst *engine) {
	if old := e.fwd; old != nil {
		for i, s := range old.fwdFrom {
			if s == e {
				old.fwdFrom = append(old.fwdFrom[:i], old.fwdFrom[i+1:]...)
				break
			}
		}
	}
	e.fwd = dst
	if dst != nil {
		dst.fwdFrom = append(dst.fwdFrom, e)
		return
	}
	e.resumeForward()
}

// resumeForward reads on after the destination drained (or forwarding
// stopped).
func (e *engine) resumeForward() {
	if !e.fwdWait {
		return
	}
	e.fwdWait = false
	if e.state == stOpen && e.reading && e.stream != nil {
		e.stream.ReadStart()
		e.pump()
	}
}

// flushOut writes the records crypto/tls wrote to the kernel socket, or
// hands them to the script.
func (e *engine) flushOut() {
	out := e.ad.takeOut()
	if len(out) == 0 || e.state == stClosed {
		return
	}
	if e.stream != nil {
		queued, code := e.stream.Write(out)
		switch {
		case code != 0:
			e.streamError(code)
		case queued:
			e.needDrain = true // the stream keeps out
		default:
			e.ad.recycle(out) // the kernel took it all: reuse the buffer
		}
		return
	}
	e.call("onciphertext", e.b.l.NewBuffer(out))
}

// ---- the kernel socket (netmod.Consumer) ----

// attach makes the engine read and write the socket behind handle itself.
func (e *engine) attach(handle goja.Value) bool {
	if e.stream != nil || e.state == stClosed {
		return false
	}
	s := netmod.StreamOf(handle)
	if s == nil {
		return false
	}
	e.stream = s
	s.Attach(e)
	if e.state == stHandshake || (e.state == stIdle && e.isServer) || (e.state == stOpen && e.reading) {
		s.ReadStart()
	}
	return true
}

func (e *engine) OnRead(p []byte) { e.receive(p) }

func (e *engine) OnReadEnd(code int) {
	if e.state == stClosed {
		return
	}
	if code != uvEOF {
		e.call("onstreamerror", e.b.vm.ToValue(code), e.b.vm.ToValue("read"))
		return
	}
	if !e.end() && e.state != stClosed {
		e.call("onstreamend")
	}
}

func (e *engine) OnDrain() {
	if e.needDrain && e.state != stClosed {
		e.needDrain = false
		e.call("ondrain")
	}
	for i := 0; i < len(e.fwdFrom) && !e.needDrain; i++ {
		e.fwdFrom[i].resumeForward()
	}
}

func (e *engine) OnWriteError(code int) { e.streamError(code) }

// streamError reports a failed write of records; as libuv reports write
// errors, never from inside the script's own call.
func (e *engine) streamError(code int) {
	if e.b.nested > 0 {
		e.b.l.Defer(func() { e.streamError(code) })
		return
	}
	if e.state != stClosed {
		e.call("onstreamerror", e.b.vm.ToValue(code), e.b.vm.ToValue("write"))
	}
}

// end is the transport's end of stream; false when the engine will not
// report it (no handshake began, or it is over): the script ends the socket.
func (e *engine) end() bool {
	if e.state == stClosed || e.state == stFailed {
		return false
	}
	e.ad.setEOF()
	switch e.state {
	case stHandshake:
		if e.onLoop {
			e.step()
		} else {
			e.busy()
		}
	case stOpen:
		e.pump()
	case stIdle:
		return false
	}
	return true
}

const uvEOF = -4095

func (e *engine) write(chunks [][]byte) error {
	if e.state != stOpen {
		return net.ErrClosed
	}
	for _, c := range chunks {
		if len(c) == 0 {
			continue
		}
		if _, err := e.conn.Write(c); err != nil {
			e.flushOut()
			return err
		}
	}
	e.flushOut()
	return nil
}

// ---- the in-memory transport ----

// adapter is the net.Conn crypto/tls reads from and writes to.
type adapter struct {
	e        *engine
	mu       sync.Mutex
	cond     sync.Cond
	in       []byte // ciphertext fed by the loop, not yet read
	out      []byte // records written, not yet handed to the script
	eof      bool
	closed   bool
	blocking bool // the handshake goroutine reads: wait for bytes
	posted   bool // a flush of out is queued on the loop
	waiting  bool // the handshake goroutine waits (for bytes or the script's answer)
	gen      int  // counts waits, so a stale idle notice is ignored
}

// errWouldBlock is Read's answer when nothing is buffered after the
// handshake: temporary, so crypto/tls does not keep it.
type wouldBlock struct{}

func (wouldBlock) Error() string   { return "tls: no buffered ciphertext" }
func (wouldBlock) Timeout() bool   { return true }
func (wouldBlock) Temporary() bool { return true }

func isWouldBlock(err error) bool {
	var wb wouldBlock
	return errors.As(err, &wb)
}

func (a *adapter) Read(p []byte) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for a.blocking && len(a.in) == 0 && !a.eof && !a.closed {
		if a.e.onLoop {
			// Back to the loop until it has more (see engine.step).
			a.mu.Unlock()
			a.e.parked <- false
			<-a.e.resume
			a.mu.Lock()
			continue
		}
		// Waiting for the peer keeps nothing alive (as an idle socket);
		// the loop takes a ref again when it hands over bytes.
		a.waiting = true
		a.gen++
		a.e.postIdle(a.gen)
		a.cond.Wait()
	}
	a.waiting = false
	if len(a.in) > 0 {
		n := copy(p, a.in)
		a.in = a.in[n:]
		if len(a.in) == 0 {
			a.in = nil
		}
		return n, nil
	}
	switch {
	case a.closed:
		return 0, net.ErrClosed
	case a.eof:
		return 0, io.EOF
	}
	return 0, wouldBlock{}
}

func (a *adapter) Write(p []byte) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return 0, net.ErrClosed
	}
	a.out = append(a.out, p...)
	if a.blocking && !a.posted && !a.e.onLoop { // on the loop, step flushes
		a.posted = true
		e := a.e
		e.b.l.Post(func() {
			a.mu.Lock()
			a.posted = false
			a.mu.Unlock()
			if e.state == stHandshake {
				e.flushOut()
			}
		})
	}
	return len(p), nil
}

func (a *adapter) feed(p []byte) {
	a.mu.Lock()
	if a.in == nil {
		a.in = p
	} else {
		a.in = append(a.in, p...)
	}
	a.cond.Broadcast()
	a.mu.Unlock()
}

// unalias copies what is left of p in the input buffer, so the caller's
// memory is not kept.
func (a *adapter) unalias(p []byte) {
	a.mu.Lock()
	if len(a.in) > 0 && len(p) > 0 && &a.in[len(a.in)-1] == &p[len(p)-1] {
		a.in = append([]byte(nil), a.in...)
	}
	a.mu.Unlock()
}

func (a *adapter) setEOF() {
	a.mu.Lock()
	a.eof = true
	a.cond.Broadcast()
	a.mu.Unlock()
}

func (a *adapter) close() {
	a.mu.Lock()
	a.closed = true
	a.in, a.out = nil, nil
	a.cond.Broadcast()
	a.mu.Unlock()
}

func (a *adapter) setBlocking(v bool) {
	a.mu.Lock()
	a.blocking = v
	a.cond.Broadcast()
	a.mu.Unlock()
}

// recycle gives back an outbound buffer the kernel took whole, so the next
// records are written into it rather than into a new one (loop goroutine,
// after the handshake: nothing else writes meanwhile).
func (a *adapter) recycle(p []byte) {
	a.mu.Lock()
	if a.out == nil && cap(p) <= 256*1024 && !a.blocking {
		a.out = p[:0]
	}
	a.mu.Unlock()
}

func (a *adapter) takeOut() []byte {
	a.mu.Lock()
	if len(a.out) == 0 {
		a.mu.Unlock()
		return nil // an empty recycled buffer stays
	}
	out := a.out
	a.out = nil
	a.mu.Unlock()
	return out
}

func (a *adapter) Close() error                     { return nil }
func (a *adapter) LocalAddr() net.Addr              { return memAddr{} }
func (a *adapter) RemoteAddr() net.Addr             { return memAddr{} }
func (a *adapter) SetDeadline(time.Time) error      { return nil }
func (a *adapter) SetReadDeadline(time.Time) error  { return nil }
func (a *adapter) SetWriteDeadline(time.Time) error { return nil }

type memAddr struct{}

func (memAddr) Network() string { return "tls" }
func (memAddr) String() string  { return "tls" }

// ---- sessions and key logs ----

// sessionCache offers a client the session the script passed (options.
// session) and hands every new one to the script ('session').
type sessionCache struct {
	e       *engine
	initial *tls.ClientSessionState
}

func (c *sessionCache) Get(string) (*tls.ClientSessionState, bool) {
	return c.initial, c.initial != nil
}

func (c *sessionCache) Put(_ string, cs *tls.ClientSessionState) {
	if cs == nil {
		return
	}
	data := encodeSession(cs)
	if data == nil {
		return
	}
	e := c.e
	e.b.l.Post(func() {
		if e.state == stClosed {
			return
		}
		if e.state == stOpen && e.cs.DidResume {
			// crypto/tls servers send a new ticket on every resumption;
			// OpenSSL's only when their ticket-key callback asks to renew.
			// The client keeps the session it resumed, as node's does
			// against node's server: getSession() is that session and no
			// 'session' is emitted.
			return
		}
		e.session = data
		if e.state == stHandshake {
			e.pendingSession = data // TLS 1.2: known to be new once the handshake ends
			return
		}
		e.call("onsession", e.b.l.NewBuffer(append([]byte(nil), data...)))
	})
}

// A session, as the script holds it: ticket length (4 bytes), ticket,
// crypto/tls's serialized session state.
func encodeSession(cs *tls.ClientSessionState) []byte {
	ticket, st, err := cs.ResumptionState()
	if err != nil || st == nil {
		return nil
	}
	state, err := st.Bytes()
	if err != nil {
		return nil
	}
	out := binary.BigEndian.AppendUint32(nil, uint32(len(ticket)))
	out = append(out, ticket...)
	return append(out, state...)
}

func decodeSession(p []byte) *tls.ClientSessionState {
	if len(p) < 4 {
		return nil
	}
	n := binary.BigEndian.Uint32(p)
	if uint64(n) > uint64(len(p)-4) {
		return nil
	}
	ticket := p[4 : 4+n]
	st, err := tls.ParseSessionState(p[4+n:])
	if err != nil {
		return nil
	}
	cs, err := tls.NewResumptionState(append([]byte(nil), ticket...), st)
	if err != nil {
		return nil
	}
	return cs
}

type keylogWriter struct{ e *engine }

func (w keylogWriter) Write(p []byte) (int, error) {
	line := append([]byte(nil), p...)
	e := w.e
	e.b.l.Post(func() {
		if e.state != stClosed {
			e.call("onkeylog", e.b.l.NewBuffer(line))
		}
	})
	return len(p), nil
}

func parseCerts(raw [][]byte) ([]*x509.Certificate, error) {
	out := make([]*x509.Certificate, 0, len(raw))
	for _, r := range raw {
		c, err := x509.ParseCertificate(r)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// busy holds the loop while the handshake goroutine has work (bytes to
// read, a signature to make); idle lets go. Loop goroutine only.
func (e *engine) busy() {
	if !e.hsRef {
		e.hsRef = true
		e.b.l.Ref()
	}
}

func (e *engine) idle() {
	if e.hsRef {
		e.hsRef = false
		e.b.l.Unref()
	}
}

// postIdle tells the loop the handshake goroutine waits (wait number gen);
// called with a.mu held. Ignored if the goroutine was woken since.
func (e *engine) postIdle(gen int) {
	a := e.ad
	e.b.l.Post(func() {
		a.mu.Lock()
		still := a.waiting && a.gen == gen
		a.mu.Unlock()
		if still {
			e.idle()
		}
	})
}
