package crypto

// crypto.Certificate: Netscape's SPKAC (SignedPublicKeyAndChallenge, the
// base64 DER an HTML <keygen> sent), which x509 does not parse. spkacParse
// decodes it (base64, surrounding whitespace ignored as OpenSSL's
// NETSCAPE_SPKI_b64_decode does), reads SEQUENCE { SEQUENCE { spki,
// challenge IA5String }, algorithm, signature BIT STRING } with
// encoding/asn1, and checks the signature over the inner SEQUENCE's DER with
// the spki's own key: RSA PKCS#1 v1.5 (MD5, which OpenSSL's spkac command
// uses by default, and the SHA family) or ECDSA.

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/base64"
	"encoding/pem"
	"strings"

	"github.com/dop251/goja"
)

type spkacASN1 struct {
	PKAC      asn1.RawValue
	Algorithm pkix.AlgorithmIdentifier
	Signature asn1.BitString
}

type pkacASN1 struct {
	SPKI      asn1.RawValue
	Challenge string `asn1:"ia5"`
}

var spkacHashes = map[string]crypto.Hash{
	"1.2.840.113549.1.1.4":  crypto.MD5,
	"1.2.840.113549.1.1.5":  crypto.SHA1,
	"1.2.840.113549.1.1.14": crypto.SHA224,
	"1.2.840.113549.1.1.11": crypto.SHA256,
	"1.2.840.113549.1.1.12": crypto.SHA384,
	"1.2.840.113549.1.1.13": crypto.SHA512,
	"1.2.840.10045.4.1":     crypto.SHA1,
	"1.2.840.10045.4.3.1":   crypto.SHA224,
	"1.2.840.10045.4.3.2":   crypto.SHA256,
	"1.2.840.10045.4.3.3":   crypto.SHA384,
	"1.2.840.10045.4.3.4":   crypto.SHA512,
}

// spkacParse(data) → [public key PEM, challenge Buffer, signature valid],
// or null when data is not an SPKAC.
func (b *binding) spkacParse(call goja.FunctionCall) goja.Value {
	text := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, string(b.bytes(call.Argument(0), "spkac")))
	der, err := base64.StdEncoding.DecodeString(text)
	if err != nil {
		return goja.Null()
	}
	var s spkacASN1
	var p pkacASN1
	if rest, err := asn1.Unmarshal(der, &s); err != nil || len(rest) > 0 {
		return goja.Null()
	}
	if rest, err := asn1.Unmarshal(s.PKAC.FullBytes, &p); err != nil || len(rest) > 0 {
		return goja.Null()
	}
	pub, err := x509.ParsePKIXPublicKey(p.SPKI.FullBytes)
	if err != nil {
		return goja.Null()
	}
	valid := false
	if h, ok := spkacHashes[s.Algorithm.Algorithm.String()]; ok && h.Available() {
		d := h.New()
		d.Write(s.PKAC.FullBytes)
		sum := d.Sum(nil)
		switch k := pub.(type) {
		case *rsa.PublicKey:
			valid = rsa.VerifyPKCS1v15(k, h, sum, s.Signature.RightAlign()) == nil
		case *ecdsa.PublicKey:
			valid = ecdsa.VerifyASN1(k, sum, s.Signature.RightAlign())
		}
	}
	pemText := pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: p.SPKI.FullBytes})
	return b.vm.ToValue([]any{b.l.NewBuffer(pemText), b.l.NewBuffer([]byte(p.Challenge)), valid})
}
