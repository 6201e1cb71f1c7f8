package crypto

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"net"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/crypto/cryptobyte"
	cbasn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// X509Certificate's Go side: crypto/x509 parses; the strings are formatted
// the way OpenSSL prints them (node shows OpenSSL's text).

func (b *binding) x509Binding(exports *goja.Object) {
	exports.Set("x509Parse", b.x509Parse)
	exports.Set("x509Info", b.x509Info)
	exports.Set("x509Check", b.x509Check)
	exports.Set("x509Issued", b.x509Issued)
	exports.Set("x509Verify", b.x509Verify)
	exports.Set("x509PublicKey", b.x509PublicKey)
}

func (b *binding) certArg(v goja.Value) *x509.Certificate {
	if c, ok := v.Export().(*x509.Certificate); ok {
		return c
	}
	panic(b.vm.NewTypeError("crypto: not a certificate"))
}

// x509Parse(bytes) → handle, or null for bytes that hold no certificate
// (PEM or DER).
func (b *binding) x509Parse(call goja.FunctionCall) goja.Value {
	data := b.bytes(call.Argument(0), "buffer")
	if blk, _ := pem.Decode(data); blk != nil {
		if blk.Type != "CERTIFICATE" && blk.Type != "TRUSTED CERTIFICATE" {
			return goja.Null()
		}
		data = blk.Bytes
	}
	c, err := x509.ParseCertificate(data)
	if err != nil {
		return goja.Null()
	}
	return b.vm.ToValue(c)
}

var rdnNames = map[string]string{
	"2.5.4.6": "C", "2.5.4.8": "ST", "2.5.4.7": "L", "2.5.4.10": "O", "2.5.4.11": "OU",
	"2.5.4.3": "CN", "1.2.840.113549.1.9.1": "emailAddress", "2.5.4.5": "serialNumber",
	"0.9.2342.19200300.100.1.25": "DC", "2.5.4.9": "street", "2.5.4.17": "postalCode",
	"2.5.4.4": "SN", "2.5.4.42": "GN", "2.5.4.12": "title", "0.9.2342.19200300.100.1.1": "UID",
	"2.5.4.43": "initials", "2.5.4.46": "dnQualifier", "2.5.4.65": "pseudonym",
}

// distinguishedName prints a Name as node does: one attribute per line,
// in the certificate's order.
func distinguishedName(raw []byte) string {
	var seq pkix.RDNSequence
	if _, err := asn1.Unmarshal(raw, &seq); err != nil {
		return ""
	}
	var lines []string
	for _, rdn := range seq {
		var parts []string
		for _, atv := range rdn {
			name, ok := rdnNames[atv.Type.String()]
			if !ok {
				name = atv.Type.String()
			}
			parts = append(parts, name+"="+fmt.Sprint(atv.Value))
		}
		lines = append(lines, strings.Join(parts, "+"))
	}
	return strings.Join(lines, "\n")
}

// altName is an IA5String name as node prints it (PrintAltName): as is
// when it is printable ASCII without quotes, backslashes or commas, else
// in double quotes with those escaped JSON-style and other bytes as \u00XX.
func altName(v []byte) string {
	safe := true
	for _, c := range v {
		if c == '"' || c == '\\' || c == ',' || c == '\'' || c < ' ' || c > '~' {
			safe = false
			break
		}
	}
	if safe {
		return string(v)
	}
	var sb strings.Builder
	sb.WriteByte('"')
	for _, c := range v {
		switch {
		case c == '\\':
			sb.WriteString(`\\`)
		case c == '"':
			sb.WriteString(`\"`)
		case c >= ' ' && c != ',' && c <= '~':
			sb.WriteByte(c)
		default:
			fmt.Fprintf(&sb, `\u00%02x`, c)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

// infoAccess prints the Authority Information Access extension as OpenSSL
// does (node's X509Certificate.infoAccess): one "<method> - <name>" line per
// access description, in the extension's order.
func infoAccess(c *x509.Certificate) (string, bool) {
	for _, ext := range c.Extensions {
		if !ext.Id.Equal(asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 1, 1}) {
			continue
		}
		in := cryptobyte.String(ext.Value)
		var seq cryptobyte.String
		if !in.ReadASN1(&seq, cbasn1.SEQUENCE) {
			return "", false
		}
		var out []string
		for !seq.Empty() {
			var desc cryptobyte.String
			var method asn1.ObjectIdentifier
			var v cryptobyte.String
			var tag cbasn1.Tag
			if !seq.ReadASN1(&desc, cbasn1.SEQUENCE) || !desc.ReadASN1ObjectIdentifier(&method) || !desc.ReadAnyASN1(&v, &tag) {
				return "", false
			}
			name := method.String()
			switch name {
			case "1.3.6.1.5.5.7.48.1":
				name = "OCSP"
			case "1.3.6.1.5.5.7.48.2":
				name = "CA Issuers"
			}
			switch tag {
			case cbasn1.Tag(1).ContextSpecific():
				out = append(out, name+" - email:"+altName(v))
			case cbasn1.Tag(2).ContextSpecific():
				out = append(out, name+" - DNS:"+altName(v))
			case cbasn1.Tag(6).ContextSpecific():
				out = append(out, name+" - URI:"+altName(v))
			case cbasn1.Tag(7).ContextSpecific():
				out = append(out, name+" - IP Address:"+opensslIP(v))
			}
		}
		return strings.Join(out, "\n"), true
	}
	return "", false
}

// subjectAltName prints the SAN extension in its own order, as OpenSSL does.
func subjectAltName(c *x509.Certificate) (string, bool) {
	for _, ext := range c.Extensions {
		if !ext.Id.Equal(asn1.ObjectIdentifier{2, 5, 29, 17}) {
			continue
		}
		in := cryptobyte.String(ext.Value)
		var seq cryptobyte.String
		if !in.ReadASN1(&seq, cbasn1.SEQUENCE) {
			return "", false
		}
		var out []string
		for !seq.Empty() {
			var v cryptobyte.String
			var tag cbasn1.Tag
			if !seq.ReadAnyASN1(&v, &tag) {
				return "", false
			}
			switch tag {
			case cbasn1.Tag(1).ContextSpecific():
				out = append(out, "email:"+altName(v))
			case cbasn1.Tag(2).ContextSpecific():
				out = append(out, "DNS:"+altName(v))
			case cbasn1.Tag(6).ContextSpecific():
				out = append(out, "URI:"+altName(v))
			case cbasn1.Tag(7).ContextSpecific():
				out = append(out, "IP Address:"+opensslIP(v))
			}
		}
		return strings.Join(out, ", "), true
	}
	return "", false
}

func opensslIP(p []byte) string {
	if len(p) == 4 {
		return net.IP(p).String()
	}
	if len(p) == 16 {
		parts := make([]string, 8)
		for i := range 8 {
			parts[i] = strings.ToUpper(fmt.Sprintf("%x", int(p[2*i])<<8|int(p[2*i+1])))
		}
		return strings.Join(parts, ":")
	}
	return "<invalid>"
}

func fingerprint(sum []byte) string {
	h := strings.ToUpper(hex.EncodeToString(sum))
	var parts []string
	for i := 0; i < len(h); i += 2 {
		parts = append(parts, h[i:i+2])
	}
	return strings.Join(parts, ":")
}

var extKeyUsageOIDs = map[x509.ExtKeyUsage]string{
	x509.ExtKeyUsageAny: "2.5.29.37.0", x509.ExtKeyUsageServerAuth: "1.3.6.1.5.5.7.3.1",
	x509.ExtKeyUsageClientAuth: "1.3.6.1.5.5.7.3.2", x509.ExtKeyUsageCodeSigning: "1.3.6.1.5.5.7.3.3",
	x509.ExtKeyUsageEmailProtection: "1.3.6.1.5.5.7.3.4", x509.ExtKeyUsageIPSECEndSystem: "1.3.6.1.5.5.7.3.5",
	x509.ExtKeyUsageIPSECTunnel: "1.3.6.1.5.5.7.3.6", x509.ExtKeyUsageIPSECUser: "1.3.6.1.5.5.7.3.7",
	x509.ExtKeyUsageTimeStamping: "1.3.6.1.5.5.7.3.8", x509.ExtKeyUsageOCSPSigning: "1.3.6.1.5.5.7.3.9",
}

// x509Info(h) → the certificate's fields as node's getters return them.
func (b *binding) x509Info(call goja.FunctionCall) goja.Value {
	c := b.certArg(call.Argument(0))
	o := b.vm.NewObject()
	o.Set("subject", distinguishedName(c.RawSubject))
	o.Set("issuer", distinguishedName(c.RawIssuer))
	if san, ok := subjectAltName(c); ok {
		o.Set("subjectAltName", san)
	}
	if ia, ok := infoAccess(c); ok {
		o.Set("infoAccess", ia)
	}
	const layout = "Jan _2 15:04:05 2006 GMT"
	o.Set("validFrom", c.NotBefore.UTC().Format(layout))
	o.Set("validTo", c.NotAfter.UTC().Format(layout))
	o.Set("validFromMs", c.NotBefore.UnixMilli())
	o.Set("validToMs", c.NotAfter.UnixMilli())
	s1 := sha1.Sum(c.Raw)
	s256 := sha256.Sum256(c.Raw)
	s512 := sha512.Sum512(c.Raw)
	o.Set("fingerprint", fingerprint(s1[:]))
	o.Set("fingerprint256", fingerprint(s256[:]))
	o.Set("fingerprint512", fingerprint(s512[:]))
	serial := strings.ToUpper(c.SerialNumber.Text(16))
	if len(serial)%2 == 1 {
		serial = "0" + serial
	}
	o.Set("serialNumber", serial)
	o.Set("ca", c.BasicConstraintsValid && c.IsCA)
	var eku []any
	for _, u := range c.ExtKeyUsage {
		if s, ok := extKeyUsageOIDs[u]; ok {
			eku = append(eku, s)
		}
	}
	for _, u := range c.UnknownExtKeyUsage {
		eku = append(eku, u.String())
	}
	if len(eku) > 0 {
		o.Set("keyUsage", eku)
	}
	o.Set("raw", b.l.NewBuffer(append([]byte(nil), c.Raw...)))
	o.Set("pem", string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})))
	return o
}

// x509Check(h, kind, value) → the subject name that matches value ("host",
// "email", "ip"), or undefined.
func (b *binding) x509Check(call goja.FunctionCall) goja.Value {
	c := b.certArg(call.Argument(0))
	kind := call.Argument(1).String()
	v := call.Argument(2).String()
	switch kind {
	case "host":
		host := strings.ToLower(strings.TrimSuffix(v, "."))
		names := c.DNSNames
		if len(names) == 0 && c.Subject.CommonName != "" {
			names = []string{c.Subject.CommonName}
		}
		for _, n := range names {
			if matchHost(strings.ToLower(n), host) {
				return b.vm.ToValue(n)
			}
		}
	case "email":
		for _, e := range c.EmailAddresses {
			if strings.EqualFold(e, v) {
				return b.vm.ToValue(e)
			}
		}
	case "ip":
		ip := net.ParseIP(v)
		for _, a := range c.IPAddresses {
			if ip != nil && a.Equal(ip) {
				return b.vm.ToValue(v)
			}
		}
	}
	return goja.Undefined()
}

// matchHost: exact, or a leading "*." wildcard standing for one label.
func matchHost(pattern, host string) bool {
	if pattern == host {
		return true
	}
	if rest, ok := strings.CutPrefix(pattern, "*."); ok {
		if i := strings.IndexByte(host, '.'); i > 0 && host[i+1:] == rest {
			return true
		}
	}
	return false
}

func (b *binding) x509Issued(call goja.FunctionCall) goja.Value {
	c := b.certArg(call.Argument(0))
	issuer := b.certArg(call.Argument(1))
	return b.vm.ToValue(bytes.Equal(c.RawIssuer, issuer.RawSubject))
}

// x509Verify(h, keyHandle) → whether the certificate's signature verifies
// with the public key.
func (b *binding) x509Verify(call goja.FunctionCall) goja.Value {
	c := b.certArg(call.Argument(0))
	k := b.keyArg(call.Argument(1))
	parent := &x509.Certificate{PublicKey: k.pub}
	switch k.kind {
	case "rsa":
		parent.PublicKeyAlgorithm = x509.RSA
	case "ec":
		parent.PublicKeyAlgorithm = x509.ECDSA
	case "ed25519":
		parent.PublicKeyAlgorithm = x509.Ed25519
	default:
		return b.vm.ToValue(false)
	}
	return b.vm.ToValue(c.CheckSignatureFrom(parent) == nil)
}

func (b *binding) x509PublicKey(call goja.FunctionCall) goja.Value {
	c := b.certArg(call.Argument(0))
	k, err := newAsymKey(c.PublicKey)
	if err != nil {
		return goja.Null()
	}
	return b.vm.ToValue(k)
}
