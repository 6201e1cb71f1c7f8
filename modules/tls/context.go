package tls

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"golang.org/x/crypto/pkcs12"

	"github.com/gojanet/gojanet/internal/libcrypto"

	bufmod "github.com/gojanet/gojanet/modules/buffer"
	cryptomod "github.com/gojanet/gojanet/modules/crypto"
)

// secureContext is node's SecureContext: certificates and keys, trusted
// CAs, protocol versions, ciphers and session ticket keys. Each connection
// clones its base config (config()).
type secureContext struct {
	certs      []tls.Certificate
	roots      *x509.CertPool         // nil: the system's (node's default CA list)
	caCerts    []*x509.Certificate    // the ca option's certificates, for completing chains (autoChain)
	crls       []*x509.RevocationList // the crl option's; a new slice on each add (handshakes hold the old)
	minVersion uint16
	maxVersion uint16
	suites     []uint16 // nil: Go's defaults
	secLevel   int      // OpenSSL's security level (@SECLEVEL=n); above 0, no TLS 1.0/1.1
	curves     []tls.CurveID
	ticketKeys [48]byte     // node's layout: key name, HMAC key, AES key (ticket.go); under mu
	options    int64        // OpenSSL's SSL_OP_* bits (setOptions)
	goConfig   *tls.Config  // handed by the embedder (Runtime.TLSConfig)
	obj        *goja.Object // the script's SecureContext (onticketkeycallback's this)
	// ticketCallback: enableTicketKeyCallback() was called; a server's
	// tickets are sealed with the keys onticketkeycallback gives.
	ticketCallback bool

	mu     sync.Mutex
	base   *tls.Config // built on first use, dropped when the context changes
	server *tls.Config // shared by plain server connections (serverConfig); as base
}

// opensslGroups is OpenSSL 3.0's default group list ('auto', node's
// DEFAULT_ECDH_CURVE) among those Go has: X25519, then P-256, P-521, P-384
// (no X448). Go's own default would add the X25519MLKEM768 hybrid, which
// node 20 does not offer; a gojanet peer then agrees on what node would.
var opensslGroups = []tls.CurveID{tls.X25519, tls.CurveP256, tls.CurveP521, tls.CurveP384}

func newSecureContext() *secureContext {
	sc := &secureContext{minVersion: tls.VersionTLS12, maxVersion: tls.VersionTLS13, curves: opensslGroups, secLevel: 1}
	_, _ = rand.Read(sc.ticketKeys[:])
	return sc
}

// config returns a fresh clone of the context's base config. Safe from the
// handshake goroutine (SNI contexts are looked up there).
func (sc *secureContext) config() *tls.Config {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if sc.base == nil {
		if sc.goConfig != nil {
			sc.base = sc.goConfig.Clone()
		} else {
			c := &tls.Config{
				Certificates:     sc.autoChain(),
				MinVersion:       sc.minVersion,
				MaxVersion:       sc.maxVersion,
				CipherSuites:     sc.suites,
				CurvePreferences: sc.curves,
			}
			staticTicketHooks(c, staticTicketKey(&sc.ticketKeys))
			sc.applyOptions(c)
			sc.base = c
		}
	}
	return sc.base.Clone()
}

// OpenSSL's option bits that crypto/tls can honour.
const (
	sslOpNoTicket = 0x00004000
	sslOpNoTLSv1  = 0x04000000
	sslOpNoTLSv12 = 0x08000000
	sslOpNoTLSv11 = 0x10000000
	sslOpNoTLSv13 = 0x20000000
)

// applyOptions applies secureOptions: SSL_OP_NO_TICKET turns session
// tickets off; SSL_OP_NO_TLSv1* remove versions. crypto/tls takes one
// range, so as OpenSSL does with a hole (ssl_get_min_max_version), the
// range is the enabled versions from the lowest one up to the first
// disabled one above it. With every version off, min > max, which fails
// handshakes as OpenSSL's "no protocols available" does. Other bits
// (SSL_OP_CIPHER_SERVER_PREFERENCE: Go's servers always prefer their own
// order; SSL_OP_ALL's workarounds) have no switch in crypto/tls.
func (sc *secureContext) applyOptions(c *tls.Config) {
	if sc.options&sslOpNoTicket != 0 {
		c.SessionTicketsDisabled = true
	}
	off := map[uint16]bool{
		tls.VersionTLS10: sc.options&sslOpNoTLSv1 != 0,
		tls.VersionTLS11: sc.options&sslOpNoTLSv11 != 0,
		tls.VersionTLS12: sc.options&sslOpNoTLSv12 != 0,
		tls.VersionTLS13: sc.options&sslOpNoTLSv13 != 0,
	}
	lo := c.MinVersion
	for lo <= c.MaxVersion && off[lo] {
		lo++
	}
	hi := lo
	for hi < c.MaxVersion && !off[hi+1] {
		hi++
	}
	if lo > c.MaxVersion {
		c.MinVersion, c.MaxVersion = tls.VersionTLS13, tls.VersionTLS12
		return
	}
	c.MinVersion, c.MaxVersion = lo, hi
}

// autoChain is the certificates as OpenSSL sends them: a certificate given
// without its chain (one PEM block) is sent with the chain OpenSSL builds
// from the context's store (the ca option), as far as it gets and root
// included (ssl_add_cert_chain: no SSL_MODE_NO_AUTO_CHAIN, no extra
// certs). A peer then sees, and can verify, what it sees under node.
func (sc *secureContext) autoChain() []tls.Certificate {
	if len(sc.caCerts) == 0 {
		return sc.certs
	}
	out := make([]tls.Certificate, len(sc.certs))
	for i, c := range sc.certs {
		out[i] = c
		if len(c.Certificate) != 1 || c.Leaf == nil {
			continue
		}
		chain := append([][]byte(nil), c.Certificate...)
		cur := c.Leaf
		for len(chain) < 10 && !selfSigned(cur) {
			var next *x509.Certificate
			for _, ca := range sc.caCerts {
				if bytes.Equal(ca.RawSubject, cur.RawIssuer) &&
					ca.CheckSignature(cur.SignatureAlgorithm, cur.RawTBSCertificate, cur.Signature) == nil {
					next = ca
					break
				}
			}
			if next == nil || bytes.Equal(next.Raw, cur.Raw) {
				break
			}
			chain = append(chain, next.Raw)
			cur = next
		}
		out[i].Certificate = chain
	}
	return out
}

// serverVersions narrows a server's config to what OpenSSL 3.0 would
// negotiate: at security level 1 and above a server cannot sign a TLS 1.0
// or 1.1 handshake (SHA-1 and MD5 are below level 1), so it refuses those
// versions unless the ciphers say @SECLEVEL=0. A client still offers them.
func (sc *secureContext) serverVersions(c *tls.Config) {
	if sc.goConfig == nil && sc.secLevel > 0 && c.MinVersion < tls.VersionTLS12 {
		c.MinVersion = tls.VersionTLS12
	}
}

// trust is what the context verifies peers with; called on the loop.
func (sc *secureContext) trust() trust {
	return trust{roots: sc.roots, crls: sc.crls}
}

func (sc *secureContext) changed() {
	sc.mu.Lock()
	sc.base = nil
	sc.server = nil
	sc.mu.Unlock()
}

// serverConfig is the config every server connection of the context
// shares when it has nothing of its own (engine.sharedServerConfig: no
// client certificate requested, no key log, no protocols, no SNI or ALPN
// callback): what engine.config would make for it, made once. crypto/tls
// only reads a config, so one serves concurrent handshakes; a connection
// keeps the one it started with when the context changes, as a clone did.
func (sc *secureContext) serverConfig() *tls.Config {
	sc.mu.Lock()
	c := sc.server
	sc.mu.Unlock()
	if c != nil {
		return c
	}
	c = sc.config()
	if sc.goConfig == nil {
		sc.serverVersions(c)
		c.ClientAuth = tls.NoClientCert
	}
	// No VerifyConnection: without a requested certificate there is
	// nothing to verify (verifyPeer reports nothing for such a server).
	sc.mu.Lock()
	if sc.server == nil {
		sc.server = c
	}
	c = sc.server
	sc.mu.Unlock()
	return c
}

var versions = map[string]uint16{
	"TLSv1": tls.VersionTLS10, "TLSv1.1": tls.VersionTLS11, "TLSv1.2": tls.VersionTLS12, "TLSv1.3": tls.VersionTLS13,
}

func versionName(v uint16) string {
	switch v {
	case tls.VersionTLS10:
		return "TLSv1"
	case tls.VersionTLS11:
		return "TLSv1.1"
	case tls.VersionTLS12:
		return "TLSv1.2"
	case tls.VersionTLS13:
		return "TLSv1.3"
	}
	return "unknown"
}

func (b *binding) ctxThis(call goja.FunctionCall) *secureContext {
	if o, ok := call.This.(*goja.Object); ok {
		if sc := b.contexts[o]; sc != nil {
			return sc
		}
	}
	panic(b.vm.NewTypeError("Illegal invocation"))
}

func (b *binding) bytesArg(v goja.Value) []byte {
	if s, ok := v.(goja.String); ok {
		return []byte(s.String())
	}
	if p, ok := bufmod.Bytes(b.vm, v); ok {
		return p
	}
	panic(b.vm.NewTypeError("expected a string or a Buffer"))
}

// contextMethods are SecureContext's methods, called by js/_tls_common.js
// with arguments it has validated.
func (b *binding) contextMethods() map[string]func(goja.FunctionCall) goja.Value {
	vm := b.vm
	return map[string]func(goja.FunctionCall) goja.Value{
		// setKeyCert(certPEM, keyPEM[, passphrase]) adds a certificate chain
		// and its private key.
		"setKeyCert": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			certPEM := b.bytesArg(call.Argument(0))
			keyPEM := b.bytesArg(call.Argument(1))
			var pass []byte
			hasPass := false
			if v := call.Argument(2); !goja.IsUndefined(v) && !goja.IsNull(v) {
				pass, hasPass = b.bytesArg(v), true
			}
			var chain [][]byte
			rest := certPEM
			for {
				var blk *pem.Block
				blk, rest = pem.Decode(rest)
				if blk == nil {
					break
				}
				if blk.Type == "CERTIFICATE" {
					chain = append(chain, blk.Bytes)
				}
			}
			if len(chain) == 0 {
				if _, err := x509.ParseCertificate(certPEM); err == nil {
					chain = [][]byte{certPEM}
				} else {
					b.throw("ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line", "PEM routines", "no start line")
				}
			}
			leaf, err := x509.ParseCertificate(chain[0])
			if err != nil {
				b.throw("ERR_OSSL_ASN1_WRONG_TAG", "error:0680007B:asn1 encoding routines::wrong tag", "asn1 encoding routines", "wrong tag")
			}
			key, err := cryptomod.ParsePrivateKeyPEM(keyPEM, pass, hasPass)
			if err != nil {
				switch {
				case cryptomod.IsPassphraseError(err) && hasPass:
					b.throw("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt", "Provider routines", "bad decrypt")
				case cryptomod.IsPassphraseError(err):
					// OpenSSL tries an empty passphrase, which fails to decrypt.
					b.throw("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt", "Provider routines", "bad decrypt")
				}
				b.throw("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported", "DECODER routines", "unsupported")
			}
			b.checkKeyStrength(sc, key)
			if !keyMatches(leaf, key) {
				b.throw("ERR_OSSL_X509_KEY_VALUES_MISMATCH", "error:05800074:x509 certificate routines::key values mismatch", "x509 certificate routines", "key values mismatch")
			}
			// RSA signatures on OpenSSL's libcrypto where it is there (a
			// handshake is mostly its signature; Go's is slower).
			cert := tls.Certificate{Certificate: chain, PrivateKey: libcrypto.Signer(key), Leaf: leaf}
			sc.certs = append(sc.certs, cert)
			sc.changed()
			return goja.Undefined()
		},
		// addCACert(pemOrDer) trusts the certificates given (replacing the
		// system roots, as node's ca option does).
		"addCACert": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			data := b.bytesArg(call.Argument(0))
			if sc.roots == nil {
				sc.roots = x509.NewCertPool()
			}
			n := 0
			rest := data
			for {
				var blk *pem.Block
				blk, rest = pem.Decode(rest)
				if blk == nil {
					break
				}
				if c, err := x509.ParseCertificate(blk.Bytes); err == nil {
					sc.roots.AddCert(c)
					sc.caCerts = append(sc.caCerts, c)
					n++
				}
			}
			if n == 0 {
				if c, err := x509.ParseCertificate(data); err == nil {
					sc.roots.AddCert(c)
					sc.caCerts = append(sc.caCerts, c)
				}
			}
			sc.changed()
			return goja.Undefined()
		},
		// addCRL(pem) adds a certificate revocation list (PEM, as node's
		// PEM_read_bio_X509_CRL reads it: the first one in the input);
		// from then on peers' chains are checked against the context's CRLs.
		"addCRL": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			blk, _ := pem.Decode(b.bytesArg(call.Argument(0)))
			if blk == nil || blk.Type != "X509 CRL" {
				b.throw("ERR_CRYPTO_OPERATION_FAILED", "Failed to parse CRL", "", "")
			}
			crl, err := x509.ParseRevocationList(blk.Bytes)
			if err != nil {
				b.throw("ERR_CRYPTO_OPERATION_FAILED", "Failed to parse CRL", "", "")
			}
			sc.crls = append(sc.crls[:len(sc.crls):len(sc.crls)], crl)
			sc.changed()
			return goja.Undefined()
		},
		// setOptions(bits) takes OpenSSL's SSL_OP_* bits (secureOptions):
		// the ones crypto/tls has a switch for take effect (config()).
		"setOptions": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			sc.options |= call.Argument(0).ToInteger()
			sc.changed()
			return goja.Undefined()
		},
		// setProtocols(min, max) takes node's names ('TLSv1.2').
		"setProtocols": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			if v, ok := versions[call.Argument(0).String()]; ok {
				sc.minVersion = v
			}
			if v, ok := versions[call.Argument(1).String()]; ok {
				sc.maxVersion = v
			}
			sc.changed()
			return goja.Undefined()
		},
		// setCiphers(list) takes OpenSSL's cipher string; false if nothing
		// in it is a suite Go offers.
		"setCiphers": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			str := call.Argument(0).String()
			suites, tls13, ok := parseCipherString(str)
			if !ok {
				return vm.ToValue(false)
			}
			if n := cipherSecLevel(str); n >= 0 {
				sc.secLevel = n
			}
			sc.suites = suites
			if len(suites) == 0 && tls13 && sc.maxVersion == tls.VersionTLS13 {
				sc.minVersion = tls.VersionTLS13
			}
			sc.changed()
			return vm.ToValue(true)
		},
		// setECDHCurve(list) takes OpenSSL's colon-separated names ('auto',
		// 'prime256v1', 'P-384', 'X25519'); false for an unknown name.
		"setECDHCurve": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			s := call.Argument(0).String()
			if s == "auto" {
				sc.curves = opensslGroups
				sc.changed()
				return vm.ToValue(true)
			}
			var curves []tls.CurveID
			for _, name := range strings.Split(s, ":") {
				switch strings.ToLower(name) {
				case "prime256v1", "p-256", "secp256r1":
					curves = append(curves, tls.CurveP256)
				case "secp384r1", "p-384":
					curves = append(curves, tls.CurveP384)
				case "secp521r1", "p-521":
					curves = append(curves, tls.CurveP521)
				case "x25519":
					curves = append(curves, tls.X25519)
				default:
					return vm.ToValue(false)
				}
			}
			sc.curves = curves
			sc.changed()
			return vm.ToValue(true)
		},
		"setTicketKeys": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			k := b.bytesArg(call.Argument(0))
			if len(k) != 48 {
				panic(vm.NewTypeError("Ticket keys length must be 48 bytes"))
			}
			sc.mu.Lock()
			copy(sc.ticketKeys[:], k)
			sc.mu.Unlock()
			sc.changed()
			return goja.Undefined()
		},
		// setPFX(der[, passphrase]) adds the key and certificates of a
		// PKCS#12 archive (the legacy encryptions x/crypto/pkcs12 reads).
		"setPFX": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			data, reason := pfxRead(b.bytesArg(call.Argument(0)))
			if reason != "" {
				b.throwPlain(reason)
			}
			pass := ""
			if v := call.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) {
				pass = v.String()
			}
			var key any
			var chain [][]byte
			blocks, err := pkcs12.ToPEM(data, pass)
			if err != nil && !errors.Is(err, pkcs12.ErrIncorrectPassword) {
				// Not a legacy archive: OpenSSL 3's PBES2 one (pkcs12.go)?
				if k, certs, err2 := parseModernPKCS12(data, pass); err2 != errP12Unsupported {
					err, key, chain = err2, k, certs
				}
			}
			// node throws OpenSSL's reason as a plain Error (no code).
			if err != nil {
				if errors.Is(err, pkcs12.ErrIncorrectPassword) || err == errP12MAC {
					b.throwPlain("mac verify failure")
				}
				if strings.Contains(err.Error(), "structure error: tags don't match") {
					b.throwPlain("wrong tag")
				}
				b.throwPlain("Unable to load PFX certificate")
			}
			for _, blk := range blocks {
				switch blk.Type {
				case "CERTIFICATE":
					chain = append(chain, blk.Bytes)
				case "PRIVATE KEY":
					// pkcs12.ToPEM labels PKCS#1 and SEC1 keys "PRIVATE KEY".
					if k, err := x509.ParsePKCS1PrivateKey(blk.Bytes); err == nil {
						key = k
					} else if k, err := x509.ParseECPrivateKey(blk.Bytes); err == nil {
						key = k
					} else if k, err := x509.ParsePKCS8PrivateKey(blk.Bytes); err == nil {
						key = k
					}
				}
			}
			if key == nil || len(chain) == 0 {
				b.throw("ERR_CRYPTO_OPERATION_FAILED", "Unable to load private key from PFX data", "", "")
			}
			// The leaf is the certificate of the key; the rest is its chain.
			for i, der := range chain {
				if c, err := x509.ParseCertificate(der); err == nil && keyMatches(c, key) {
					chain[0], chain[i] = chain[i], chain[0]
					break
				}
			}
			leaf, err := x509.ParseCertificate(chain[0])
			if err != nil || !keyMatches(leaf, key) {
				b.throw("ERR_OSSL_X509_KEY_VALUES_MISMATCH", "error:05800074:x509 certificate routines::key values mismatch", "x509 certificate routines", "key values mismatch")
			}
			b.checkKeyStrength(sc, key)
			sc.certs = append(sc.certs, tls.Certificate{Certificate: chain, PrivateKey: libcrypto.Signer(key), Leaf: leaf})
			// As node's LoadPKCS12, the archive's other certificates are
			// trusted too (added to the store, which has the default roots
			// unless a ca option replaced them).
			for _, der := range chain[1:] {
				c, err := x509.ParseCertificate(der)
				if err != nil {
					continue
				}
				if sc.roots == nil {
					sc.roots = defaultRoots().Clone()
				}
				sc.roots.AddCert(c)
				sc.caCerts = append(sc.caCerts, c)
			}
			sc.changed()
			return goja.Undefined()
		},
		"getTicketKeys": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			return b.l.NewBuffer(append([]byte(nil), sc.ticketKeys[:]...))
		},
		// enableTicketKeyCallback() has the context's servers seal and open
		// tickets with the keys this.onticketkeycallback(name, iv, enc)
		// answers (ticket.go), from their next connection on.
		"enableTicketKeyCallback": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			sc.ticketCallback = true
			return goja.Undefined()
		},
		// getCertificate() is the DER of the first certificate, or null.
		"getCertificate": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			if len(sc.certs) == 0 {
				return goja.Null()
			}
			return b.l.NewBuffer(append([]byte(nil), sc.certs[0].Certificate[0]...))
		},
		"hasCert": func(call goja.FunctionCall) goja.Value {
			sc := b.ctxThis(call)
			return vm.ToValue(len(sc.certs) > 0 || sc.goConfig != nil)
		},
	}
}

// checkKeyStrength refuses a key weaker than the context's security level
// allows, as OpenSSL does when the key is loaded (SSL_R_EE_KEY_TOO_SMALL):
// level 1 wants 80 bits of security (RSA/DSA 1024, EC 160), then 112,
// 128, 192 and 256 bits.
func (b *binding) checkKeyStrength(sc *secureContext, key any) {
	if sc.secLevel <= 0 {
		return
	}
	minRSA := [...]int{0, 1024, 2048, 3072, 7680, 15360}[min(sc.secLevel, 5)]
	minEC := [...]int{0, 160, 224, 256, 384, 512}[min(sc.secLevel, 5)]
	weak := false
	switch k := key.(type) {
	case *rsa.PrivateKey:
		weak = k.N.BitLen() < minRSA
	case *ecdsa.PrivateKey:
		weak = k.Curve.Params().BitSize < minEC
	}
	if weak {
		b.throw("ERR_SSL_EE_KEY_TOO_SMALL", "error:0A00018F:SSL routines::ee key too small", "SSL routines", "ee key too small")
	}
}

func keyMatches(leaf *x509.Certificate, key any) bool {
	type pubber interface{ Public() crypto.PublicKey }
	p, ok := key.(pubber)
	if !ok {
		return false
	}
	type equaler interface{ Equal(crypto.PublicKey) bool }
	e, ok := p.Public().(equaler)
	return ok && e.Equal(leaf.PublicKey)
}

// rootCertificates lists the system's trusted roots as PEM (node bundles
// Mozilla's list; Go reads the system's).
func rootCertificates() []string {
	var out []string
	for _, p := range systemRootPEMs() {
		out = append(out, p)
	}
	return out
}
