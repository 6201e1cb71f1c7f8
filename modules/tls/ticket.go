package tls

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/tls"
	"errors"
	"math"

	"github.com/dop251/goja"

	bufmod "github.com/gojanet/gojanet/modules/buffer"
)

// Session tickets in OpenSSL's layout, as node's servers issue them: a
// 16-byte key name, a 16-byte IV, the session state under AES-128-CBC
// (PKCS#7 padding), then HMAC-SHA256 over all of that. The keys are
// node's: the 48 bytes of ticketKeys (name, HMAC key, AES key; node's
// TicketCompatibilityCallback), or what the script's ticket-key callback
// answers (context.enableTicketKeyCallback(), node's TicketKeyCallback).
// The state inside is crypto/tls's own (SessionState.Bytes), so only
// gojanet reads it; the keys and the layout are node's, so a callback
// given ticketKeys' parts opens a ticket ticketKeys sealed.

const (
	ticketPart = 16 // key name, IV and AES key lengths
	ticketMAC  = sha256.Size
)

// ticketKey seals or opens tickets.
type ticketKey struct {
	name     [ticketPart]byte
	hmac     []byte
	aes      []byte // ticketPart bytes: AES-128
	cbcBlock cipher.Block
}

func newTicketKey(name, hmacKey, aesKey []byte) (*ticketKey, error) {
	if len(name) != ticketPart || len(aesKey) != ticketPart {
		return nil, errors.New("tls: a ticket key name and AES key are 16 bytes")
	}
	block, err := aes.NewCipher(aesKey)
	if err != nil {
		return nil, err
	}
	k := &ticketKey{hmac: append([]byte(nil), hmacKey...), aes: append([]byte(nil), aesKey...), cbcBlock: block}
	copy(k.name[:], name)
	return k, nil
}

// staticTicketKey is node's ticketKeys: name, HMAC key, AES key.
func staticTicketKey(keys *[48]byte) *ticketKey {
	k, _ := newTicketKey(keys[:16], keys[16:32], keys[32:])
	return k
}

// seal encrypts a session state under k with the IV given.
func (k *ticketKey) seal(iv []byte, state []byte) []byte {
	pad := aes.BlockSize - len(state)%aes.BlockSize
	n := len(state) + pad
	out := make([]byte, 2*ticketPart+n, 2*ticketPart+n+ticketMAC)
	copy(out, k.name[:])
	copy(out[ticketPart:], iv)
	body := out[2*ticketPart:]
	copy(body, state)
	for i := len(state); i < n; i++ {
		body[i] = byte(pad)
	}
	cipher.NewCBCEncrypter(k.cbcBlock, iv).CryptBlocks(body, body)
	mac := hmac.New(sha256.New, k.hmac)
	mac.Write(out)
	return mac.Sum(out)
}

// open checks a ticket's HMAC and decrypts it; false for a ticket k did not
// seal (OpenSSL then makes a full handshake).
func (k *ticketKey) open(ticket []byte) ([]byte, bool) {
	n := len(ticket) - 2*ticketPart - ticketMAC
	if n <= 0 || n%aes.BlockSize != 0 {
		return nil, false
	}
	body, tag := ticket[:len(ticket)-ticketMAC], ticket[len(ticket)-ticketMAC:]
	mac := hmac.New(sha256.New, k.hmac)
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), tag) {
		return nil, false
	}
	plain := make([]byte, n)
	cipher.NewCBCDecrypter(k.cbcBlock, body[ticketPart:2*ticketPart]).CryptBlocks(plain, body[2*ticketPart:])
	pad := int(plain[n-1])
	if pad == 0 || pad > aes.BlockSize {
		return nil, false
	}
	for _, c := range plain[n-pad:] {
		if int(c) != pad {
			return nil, false
		}
	}
	return plain[:n-pad], true
}

// sealState seals a crypto/tls session under k with a random IV.
func (k *ticketKey) sealState(ss *tls.SessionState) ([]byte, error) {
	state, err := ss.Bytes()
	if err != nil {
		return nil, err
	}
	var iv [ticketPart]byte
	if _, err := rand.Read(iv[:]); err != nil {
		return nil, err
	}
	return k.seal(iv[:], state), nil
}

// openState opens a ticket k sealed; nil (a full handshake) for any other.
func (k *ticketKey) openState(ticket []byte) *tls.SessionState {
	state, ok := k.open(ticket)
	if !ok {
		return nil
	}
	ss, err := tls.ParseSessionState(state)
	if err != nil {
		return nil
	}
	return ss
}

// staticTicketHooks seal and open a context's tickets with its ticketKeys,
// as node's TicketCompatibilityCallback: a ticket under another key name
// is not resumed.
func staticTicketHooks(c *tls.Config, k *ticketKey) {
	c.WrapSession = func(_ tls.ConnectionState, ss *tls.SessionState) ([]byte, error) {
		return k.sealState(ss)
	}
	c.UnwrapSession = func(ticket []byte, _ tls.ConnectionState) (*tls.SessionState, error) {
		if len(ticket) < 2*ticketPart || subtle.ConstantTimeCompare(ticket[:ticketPart], k.name[:]) != 1 {
			return nil, nil
		}
		return k.openState(ticket), nil
	}
}

// The ticket-key callback's answers (node's kTicketKey* results).
const (
	ticketUnknown = 0 // decrypting: not our ticket, a full handshake
	ticketOK      = 1
	ticketRenew   = 2 // decrypting: resume, and issue a new ticket
)

// errTicketCallback fails the handshake as OpenSSL's internal error does
// (tlsError names it ERR_SSL_INTERNAL_ERROR).
var errTicketCallback = errors.New("tls: internal error")

// ticketCall is one server connection's tickets through the script's
// onticketkeycallback(name, iv, enc) on its SecureContext. OpenSSL calls it
// from the server's own context (session_ctx), whatever SNI chose.
type ticketCall struct {
	e *engine
	// The key that opened the ticket the client resumed with, and whether
	// the callback asked for a new one: crypto/tls issues a ticket on every
	// resumption where OpenSSL issues one only on renewal, so without
	// renewal the new one is sealed under the same key without asking.
	resumed *ticketKey
	renew   bool
}

func (t *ticketCall) wrap(cs tls.ConnectionState, ss *tls.SessionState) ([]byte, error) {
	if cs.DidResume && t.resumed != nil && !t.renew {
		return t.resumed.sealState(ss)
	}
	var zero [ticketPart]byte
	a, err := t.e.askTicketKey(zero[:], zero[:], true)
	if err != nil {
		return nil, err
	}
	if a.status == ticketUnknown {
		// OpenSSL issues no ticket (TLS 1.3) or an empty one (TLS 1.2);
		// crypto/tls always sends one, so it is one no key opens.
		k, err := newTicketKey(randomBytes(ticketPart), randomBytes(ticketPart), randomBytes(ticketPart))
		if err != nil {
			return nil, err
		}
		return k.sealState(ss)
	}
	state, err := ss.Bytes()
	if err != nil {
		return nil, err
	}
	return a.key.seal(a.iv, state), nil
}

func (t *ticketCall) unwrap(ticket []byte, cs tls.ConnectionState) (*tls.SessionState, error) {
	if len(ticket) < 2*ticketPart {
		return nil, nil // OpenSSL asks the callback about no shorter ticket
	}
	a, err := t.e.askTicketKey(ticket[:ticketPart], ticket[ticketPart:2*ticketPart], false)
	if err == errTicketCallback {
		t.e.internalErrorAlert(cs.Version)
	}
	if err != nil {
		return nil, err
	}
	if a.status == ticketUnknown {
		return nil, nil
	}
	ss := a.key.openState(ticket)
	if ss != nil {
		t.resumed, t.renew = a.key, a.status == ticketRenew
	}
	return ss, nil
}

// internalErrorAlert sends the fatal internal_error alert OpenSSL sends when
// the callback fails while the server reads the ClientHello: crypto/tls
// sends none for a hook's error, and records are not yet encrypted then.
func (e *engine) internalErrorAlert(version uint16) {
	version = min(version, tls.VersionTLS12) // TLS 1.3's records say 1.2
	_, _ = e.ad.Write([]byte{21, byte(version >> 8), byte(version), 0, 2, 2, 80})
}

func randomBytes(n int) []byte {
	p := make([]byte, n)
	_, _ = rand.Read(p)
	return p
}

// ticketAnswer is what the script's callback answered.
type ticketAnswer struct {
	status int
	key    *ticketKey
	iv     []byte // encrypting
	err    error
}

// askTicketKey calls the context's onticketkeycallback on the loop and
// waits for its answer (handshake goroutine).
func (e *engine) askTicketKey(name, iv []byte, enc bool) (ticketAnswer, error) {
	reply := make(chan ticketAnswer, 1)
	name, iv = append([]byte(nil), name...), append([]byte(nil), iv...)
	e.b.l.Post(func() {
		if e.state == stClosed {
			return
		}
		a := e.b.callTicketKey(e.sc, name, iv, enc)
		e.answerScript(func() { reply <- a })
	})
	a, err := waitScript(e, reply)
	if err == nil {
		err = a.err
	}
	return a, err
}

// callTicketKey runs onticketkeycallback(name, iv, enc) with the context as
// this and reads its answer as node does: [status, hmacKey, aesKey] and,
// encrypting, the new ticket's [.., name, iv]. Anything else (a thrown
// error, reported as uncaught; not an array; a negative status; a part of
// the wrong length) fails the handshake.
func (b *binding) callTicketKey(sc *secureContext, name, iv []byte, enc bool) ticketAnswer {
	fail := ticketAnswer{err: errTicketCallback}
	fn := sc.obj.Get("onticketkeycallback")
	if _, ok := goja.AssertFunction(fn); !ok {
		return fail
	}
	v := b.l.Call(fn, sc.obj, b.l.NewBuffer(name), b.l.NewBuffer(iv), b.vm.ToValue(enc))
	// Reading the answer runs script code too (an index getter, a Proxy):
	// what it throws is uncaught, as the callback's own throw, and the
	// handshake fails (it hung with the exception unwinding past it).
	var answer ticketAnswer
	if ex := b.vm.Try(func() { answer = b.readTicketAnswer(v, name, enc) }); ex != nil {
		b.l.OnError(ex)
		return fail
	}
	return answer
}

// readTicketAnswer reads onticketkeycallback's answer (callTicketKey).
func (b *binding) readTicketAnswer(v goja.Value, name []byte, enc bool) ticketAnswer {
	fail := ticketAnswer{err: errTicketCallback}
	arr, ok := v.(*goja.Object)
	if !ok || arr.ClassName() != "Array" {
		return fail
	}
	st := arr.Get("0")
	if st == nil || !isInt32(st) || st.ToInteger() < 0 {
		return fail
	}
	hmacKey, ok1 := b.viewBytes(arr.Get("1"))
	aesKey, ok2 := b.viewBytes(arr.Get("2"))
	if !ok1 || !ok2 || len(aesKey) != ticketPart {
		return fail
	}
	keyName := name
	var newIV []byte
	if enc {
		n, ok3 := b.viewBytes(arr.Get("3"))
		i, ok4 := b.viewBytes(arr.Get("4"))
		if !ok3 || !ok4 || len(n) != ticketPart || len(i) != ticketPart {
			return fail
		}
		keyName, newIV = n, append([]byte(nil), i...)
	}
	k, err := newTicketKey(keyName, hmacKey, aesKey)
	if err != nil {
		return fail
	}
	return ticketAnswer{status: int(st.ToInteger()), key: k, iv: newIV}
}

// isInt32 is V8's IsInt32: a number that is an integer in int32's range.
func isInt32(v goja.Value) bool {
	f, ok := v.Export().(float64)
	if !ok {
		i, isInt := v.Export().(int64)
		return isInt && i == int64(int32(i))
	}
	return f == float64(int32(f)) && !(f == 0 && math.Signbit(f)) // (V8's IsInt32 is false for -0)
}

// viewBytes is an ArrayBufferView's bytes (node reads the keys with
// Buffer::Length and ArrayBufferViewContents).
func (b *binding) viewBytes(v goja.Value) ([]byte, bool) {
	if v == nil {
		return nil, false
	}
	return bufmod.Bytes(b.vm, v)
}
