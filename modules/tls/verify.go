package tls

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
)

var systemPool = sync.OnceValue(func() *x509.CertPool {
	p, err := x509.SystemCertPool()
	if err != nil || p == nil {
		return x509.NewCertPool()
	}
	return p
})

// NODE_EXTRA_CA_CERTS: certificates trusted besides the system's wherever
// no ca option replaces the defaults (node adds them to its root store). Set
// once per process, as node reads the variable once.
var (
	extraMu    sync.Mutex
	extraDone  bool
	extraErr   string
	extraRoots *x509.CertPool // the system's plus the extra ones; nil: none
)

func useExtraCACerts(file string) string {
	extraMu.Lock()
	defer extraMu.Unlock()
	if extraDone {
		return ""
	}
	extraDone = true
	data, err := os.ReadFile(file)
	if err != nil {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			extraErr = "error:80000002:system library::No such file or directory"
		case errors.Is(err, fs.ErrPermission):
			extraErr = "error:8000000D:system library::Permission denied"
		default:
			extraErr = "error:80000015:system library::Is a directory"
		}
		return extraErr
	}
	pool := systemPool().Clone()
	n := 0
	for {
		var blk *pem.Block
		blk, data = pem.Decode(data)
		if blk == nil {
			break
		}
		if c, err := x509.ParseCertificate(blk.Bytes); err == nil {
			pool.AddCert(c)
			n++
		}
	}
	if n == 0 {
		extraErr = "error:05800088:x509 certificate routines::no certificate or crl found"
		return extraErr
	}
	extraRoots = pool
	return ""
}

// defaultRoots is the pool a context without a ca option verifies with.
func defaultRoots() *x509.CertPool {
	extraMu.Lock()
	defer extraMu.Unlock()
	if extraRoots != nil {
		return extraRoots
	}
	return systemPool()
}

// verifyChainFull checks a peer's chain (leaf first) against roots (nil:
// the system's) and names the failure as OpenSSL's X509_V_ERR_* does: node
// reports those names (authorizationError, the error's code); "" when the
// chain is trusted, with the chain it verified (leaf to root), which is what
// node's detailed getPeerCertificate walks. Host names are not checked here
// (checkServerIdentity).
func verifyChainFull(certs []*x509.Certificate, t trust) (code, msg string, chain []*x509.Certificate) {
	if len(certs) == 0 {
		return "UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate", nil
	}
	roots := t.roots
	if roots == nil {
		roots = defaultRoots()
	}
	now := time.Now()
	// OpenSSL reports the last problem it met; expiry is checked after the
	// chain is built, so an expired certificate is what it names.
	for _, c := range certs {
		if now.After(c.NotAfter) {
			return "CERT_HAS_EXPIRED", "certificate has expired", nil
		}
		if now.Before(c.NotBefore) {
			return "CERT_NOT_YET_VALID", "certificate is not yet valid", nil
		}
	}
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	chains, err := certs[0].Verify(x509.VerifyOptions{
		Roots: roots, Intermediates: inter, CurrentTime: now,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny},
	})
	if err == nil {
		if code, msg := checkRevocation(chains[0], t.crls, now); code != "" {
			return code, msg, nil
		}
		return "", "", chains[0]
	}
	var ua x509.UnknownAuthorityError
	var ci x509.CertificateInvalidError
	// crypto/x509 refuses a v1 certificate (no basicConstraints) as an
	// intermediate; OpenSSL takes a v1 certificate for a CA, so what stops
	// the chain there is the untrusted root, as for an unknown authority.
	v1Parent := errors.As(err, &ci) && ci.Reason == x509.NotAuthorizedToSign && ci.Cert != nil && ci.Cert.Version == 1
	switch {
	case errors.As(err, &ua) || v1Parent:
		last := certs[len(certs)-1]
		switch {
		case len(certs) == 1 && selfSigned(last):
			return "DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate", nil
		case selfSigned(last):
			return "SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain", nil
		case len(certs) == 1:
			return "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate", nil
		}
		return "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate", nil
	case errors.As(err, &ci):
		switch ci.Reason {
		case x509.Expired:
			return "CERT_HAS_EXPIRED", "certificate has expired", nil
		case x509.IncompatibleUsage:
			return "INVALID_PURPOSE", "unsupported certificate purpose", nil
		case x509.NotAuthorizedToSign:
			return "INVALID_CA", "invalid CA certificate", nil
		}
	}
	return "CERT_SIGNATURE_FAILURE", "certificate signature failure", nil
}

// trust is what a context verifies peers with: its CAs (nil: the system's
// roots) and the CRLs of its crl option.
type trust struct {
	roots *x509.CertPool
	crls  []*x509.RevocationList
}

// checkRevocation is OpenSSL's CRL check with X509_V_FLAG_CRL_CHECK_ALL,
// which node sets once a context has a CRL: every certificate of the
// verified chain (leaf to root, the root against its own CRL) needs a CRL
// from its issuer that is current and correctly signed, and must not be
// listed in it.
func checkRevocation(chain []*x509.Certificate, crls []*x509.RevocationList, now time.Time) (code, msg string) {
	if len(crls) == 0 {
		return "", ""
	}
	for i, c := range chain {
		issuer := c
		if i+1 < len(chain) {
			issuer = chain[i+1]
		}
		var crl *x509.RevocationList
		for _, l := range crls {
			if bytes.Equal(l.RawIssuer, issuer.RawSubject) && l.CheckSignatureFrom(issuer) == nil {
				crl = l
				break
			}
		}
		switch {
		case crl == nil:
			return "UNABLE_TO_GET_CRL", "unable to get certificate CRL"
		case now.Before(crl.ThisUpdate):
			return "CRL_NOT_YET_VALID", "CRL is not yet valid"
		case !crl.NextUpdate.IsZero() && now.After(crl.NextUpdate):
			return "CRL_HAS_EXPIRED", "CRL has expired"
		}
		for _, r := range crl.RevokedCertificateEntries {
			if r.SerialNumber.Cmp(c.SerialNumber) == 0 {
				return "CERT_REVOKED", "certificate revoked"
			}
		}
	}
	return "", ""
}

// selfSigned is OpenSSL's EXFLAG_SS: the subject is the issuer, the
// authority key id (if any) is the subject's, and the signature's algorithm
// fits the certificate's own key. OpenSSL does not check the signature or
// the CA flag here, so a leaf made with -x509 and no CA bit still counts
// (crypto/x509's CheckSignatureFrom would refuse it as a parent).
func selfSigned(c *x509.Certificate) bool {
	if !bytes.Equal(c.RawIssuer, c.RawSubject) {
		return false
	}
	if len(c.AuthorityKeyId) > 0 && len(c.SubjectKeyId) > 0 && !bytes.Equal(c.AuthorityKeyId, c.SubjectKeyId) {
		return false
	}
	var want x509.PublicKeyAlgorithm
	switch c.SignatureAlgorithm {
	case x509.MD5WithRSA, x509.SHA1WithRSA, x509.SHA256WithRSA, x509.SHA384WithRSA, x509.SHA512WithRSA,
		x509.SHA256WithRSAPSS, x509.SHA384WithRSAPSS, x509.SHA512WithRSAPSS:
		want = x509.RSA
	case x509.ECDSAWithSHA1, x509.ECDSAWithSHA256, x509.ECDSAWithSHA384, x509.ECDSAWithSHA512:
		want = x509.ECDSA
	case x509.PureEd25519:
		want = x509.Ed25519
	case x509.DSAWithSHA1, x509.DSAWithSHA256:
		want = x509.DSA
	default:
		return true
	}
	return c.PublicKeyAlgorithm == want
}

// OpenSSL's reason for an alert, and whether it is one of SSLv3's (which
// OpenSSL names "sslv3 alert ...", the others "tlsv1 alert ...").
var alertReasons = map[string][2]string{
	"handshake failure":                {"sslv3", "handshake failure"},
	"bad certificate":                  {"sslv3", "bad certificate"},
	"unsupported certificate":          {"sslv3", "unsupported certificate"},
	"revoked certificate":              {"sslv3", "certificate revoked"},
	"expired certificate":              {"sslv3", "certificate expired"},
	"unknown certificate":              {"sslv3", "certificate unknown"},
	"illegal parameter":                {"sslv3", "illegal parameter"},
	"unexpected message":               {"sslv3", "unexpected message"},
	"bad record MAC":                   {"sslv3", "bad record mac"},
	"unknown certificate authority":    {"tlsv1", "unknown ca"},
	"access denied":                    {"tlsv1", "access denied"},
	"error decoding message":           {"tlsv1", "decode error"},
	"error decrypting message":         {"tlsv1", "decrypt error"},
	"protocol version not supported":   {"tlsv1", "protocol version"},
	"insufficient security level":      {"tlsv1", "insufficient security"},
	"internal error":                   {"tlsv1", "internal error"},
	"inappropriate fallback":           {"tlsv1", "inappropriate fallback"},
	"user canceled":                    {"tlsv1", "user cancelled"},
	"no renegotiation":                 {"tlsv1", "no renegotiation"},
	"unrecognized name":                {"tlsv1", "unrecognized name"},
	"certificate required":             {"tlsv13", "certificate required"},
	"no application protocol":          {"tlsv1", "no application protocol"},
	"missing extension":                {"tlsv13", "missing extension"},
	"unsupported extension":            {"tlsv1", "unsupported extension"},
	"record overflow":                  {"tlsv1", "record overflow"},
	"decryption failed":                {"tlsv1", "decryption failed"},
	"bad certificate status response":  {"tlsv1", "bad certificate status response"},
	"encrypted client hello required":  {"tlsv1", "ech required"},
	"unknown PSK identity":             {"tlsv1", "unknown psk identity"},
	"certificate unobtainable":         {"tlsv1", "certificate unobtainable"},
	"bad certificate hash value":       {"tlsv1", "bad certificate hash value"},
	"export restriction":               {"tlsv1", "export restriction"},
	"decompression failure":            {"sslv3", "decompression failure"},
	"close notify":                     {"sslv3", "close notify"},
	"certificate authority not known":  {"tlsv1", "unknown ca"},
	"unsupported certificate purpose":  {"sslv3", "unsupported certificate"},
	"tls: unsupported certificate key": {"sslv3", "unsupported certificate"},
}

// Local failures crypto/tls reports, by a phrase of its message, and
// OpenSSL's reason for the same situation.
var localReasons = []struct{ phrase, reason string }{
	{"nullCertificateKey", "passed a null parameter"}, // an SNI context without a certificate (engine.clientHello)
	{"unsupported versions", "unsupported protocol"},
	{"unsupported protocol version", "unsupported protocol"},
	{"protocol version", "unsupported protocol"},
	{"no cipher suite supported", "no shared cipher"},
	{"first record does not look like a TLS handshake", "wrong version number"},
	{"oversized record", "wrong version number"},
	{"didn't provide a certificate", "peer did not return a certificate"},
	{"client didn't provide", "peer did not return a certificate"},
	{"no application protocol", "no application protocol"},
	{"unsupported application protocol", "no application protocol"},
	{"bad record MAC", "decryption failed or bad record mac"},
	{"unexpected message", "unexpected message"},
	{"no certificates configured", "no certificate assigned"},
	{"no mutually supported", "no shared signature algorithms"},
	{"failed to verify certificate", "certificate verify failed"},
}

// tlsError builds the script's Error for a failed handshake or read, with
// node's code (ERR_SSL_<REASON>), library and reason.
func (b *binding) tlsError(err error, isServer bool) goja.Value {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "remote error" && op.Err != nil {
		text := strings.TrimPrefix(op.Err.Error(), "tls: ")
		r, ok := alertReasons[text]
		if !ok {
			r = [2]string{"tlsv1", text}
		}
		reason := r[0] + " alert " + r[1]
		return b.sslError(reason)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		// The peer left in the middle of a handshake or a record.
		if isServer {
			return b.errorObject("ECONNRESET", "socket hang up", "", "")
		}
		return b.errorObject("ECONNRESET", "Client network socket disconnected before secure TLS connection was established", "", "")
	}
	if errors.Is(err, net.ErrClosed) {
		return b.errorObject("ECONNRESET", "socket hang up", "", "")
	}
	text := err.Error()
	for _, lr := range localReasons {
		if strings.Contains(text, lr.phrase) {
			return b.sslError(lr.reason)
		}
	}
	reason := strings.TrimPrefix(text, "tls: ")
	return b.sslError(reason)
}

func (b *binding) sslError(reason string) goja.Value {
	code := "ERR_SSL_" + strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return r - 'a' + 'A'
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			return r
		}
		return '_'
	}, reason)
	return b.errorObject(code, "error:0A000000:SSL routines::"+reason, "SSL routines", reason)
}
