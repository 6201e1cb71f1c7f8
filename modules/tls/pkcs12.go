package tls

// PKCS#12 archives as OpenSSL 3 writes them by default (RFC 7292 with
// RFC 8018's PBES2: PBKDF2 and AES-256-CBC for the certificates' bag and
// the shrouded key, an HMAC-SHA-256 MAC), which x/crypto/pkcs12 cannot read
// (it knows the legacy SHA-1/3DES/RC2 schemes only). setPFX tries
// x/crypto/pkcs12 first and this reader when that fails: it verifies the
// MAC with RFC 7292's key derivation (appendix B), decrypts the PBES2
// parts through modules/crypto, and returns the key and the certificates
// in the archive's order. Legacy-encrypted parts inside a modern archive
// are not read here.

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"hash"
	"unicode/utf16"

	cryptomod "github.com/gojanet/gojanet/modules/crypto"
)

var (
	oidData          = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 1}
	oidEncryptedData = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 6}
	oidKeyBag        = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 10, 1, 1}
	oidShroudedBag   = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 10, 1, 2}
	oidCertBag       = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 10, 1, 3}
	oidX509Cert      = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 22, 1}
	oidPBES2         = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidSHA1          = asn1.ObjectIdentifier{1, 3, 14, 3, 2, 26}
	oidSHA256        = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 1}
	oidSHA384        = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 2}
	oidSHA512        = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 3}
)

var (
	errP12Unsupported = errors.New("pkcs12: unsupported archive")
	errP12MAC         = errors.New("pkcs12: mac verify failure")
)

type p12PFX struct {
	Version  int
	AuthSafe p12ContentInfo
	MacData  p12MacData `asn1:"optional"`
}

type p12ContentInfo struct {
	ContentType asn1.ObjectIdentifier
	Content     asn1.RawValue `asn1:"tag:0,explicit,optional"`
}

type p12MacData struct {
	Mac        p12DigestInfo
	MacSalt    []byte
	Iterations int `asn1:"optional,default:1"`
}

type p12DigestInfo struct {
	Algorithm pkix.AlgorithmIdentifier
	Digest    []byte
}

type p12EncryptedData struct {
	Version int
	Info    p12EncryptedContentInfo
}

type p12EncryptedContentInfo struct {
	ContentType asn1.ObjectIdentifier
	Algorithm   asn1.RawValue
	Content     asn1.RawValue `asn1:"tag:0,optional"`
}

type p12SafeBag struct {
	ID         asn1.ObjectIdentifier
	Value      asn1.RawValue `asn1:"tag:0,explicit"`
	Attributes asn1.RawValue `asn1:"optional"`
}

type p12CertBag struct {
	ID   asn1.ObjectIdentifier
	Data []byte `asn1:"tag:0,explicit"`
}

type p12EncryptedKey struct {
	Algorithm asn1.RawValue
	Data      []byte
}

// parseModernPKCS12 reads a PBES2 archive: its private key and certificates
// (DER, in order). errP12MAC for a wrong password, errP12Unsupported for
// what it does not read.
func parseModernPKCS12(data []byte, password string) (key any, certs [][]byte, err error) {
	var pfx p12PFX
	if rest, err := asn1.Unmarshal(data, &pfx); err != nil || len(rest) != 0 || pfx.Version != 3 ||
		!pfx.AuthSafe.ContentType.Equal(oidData) {
		return nil, nil, errP12Unsupported
	}
	var authSafe []byte
	if _, err := asn1.Unmarshal(explicit(pfx.AuthSafe.Content), &authSafe); err != nil {
		return nil, nil, errP12Unsupported
	}
	if len(pfx.MacData.Mac.Digest) > 0 {
		if err := verifyP12MAC(&pfx.MacData, authSafe, password); err != nil {
			return nil, nil, err
		}
	}
	var contents []p12ContentInfo
	if rest, err := asn1.Unmarshal(authSafe, &contents); err != nil || len(rest) != 0 {
		return nil, nil, errP12Unsupported
	}
	pass := []byte(password)
	for _, ci := range contents {
		var safe []byte
		switch {
		case ci.ContentType.Equal(oidData):
			if _, err := asn1.Unmarshal(explicit(ci.Content), &safe); err != nil {
				return nil, nil, errP12Unsupported
			}
		case ci.ContentType.Equal(oidEncryptedData):
			var ed p12EncryptedData
			if _, err := asn1.Unmarshal(explicit(ci.Content), &ed); err != nil {
				return nil, nil, errP12Unsupported
			}
			enc := ed.Info.Content.Bytes
			if ed.Info.Content.IsCompound {
				// A constructed [0]: the ciphertext is split into OCTET STRINGs.
				enc = nil
				for rest := ed.Info.Content.Bytes; len(rest) > 0; {
					var part []byte
					var err error
					if rest, err = asn1.Unmarshal(rest, &part); err != nil {
						return nil, nil, errP12Unsupported
					}
					enc = append(enc, part...)
				}
			}
			if !pbes2(ed.Info.Algorithm.FullBytes) {
				return nil, nil, errP12Unsupported
			}
			if safe, err = cryptomod.DecryptPBES2(ed.Info.Algorithm.FullBytes, enc, pass); err != nil {
				return nil, nil, errP12MAC
			}
		default:
			return nil, nil, errP12Unsupported
		}
		var bags []p12SafeBag
		if rest, err := asn1.Unmarshal(safe, &bags); err != nil || len(rest) != 0 {
			return nil, nil, errP12Unsupported
		}
		for _, bag := range bags {
			switch {
			case bag.ID.Equal(oidCertBag):
				var cb p12CertBag
				if _, err := asn1.Unmarshal(explicit(bag.Value), &cb); err != nil || !cb.ID.Equal(oidX509Cert) {
					continue
				}
				certs = append(certs, cb.Data)
			case bag.ID.Equal(oidShroudedBag) && key == nil:
				var ek p12EncryptedKey
				if _, err := asn1.Unmarshal(explicit(bag.Value), &ek); err != nil || !pbes2(ek.Algorithm.FullBytes) {
					return nil, nil, errP12Unsupported
				}
				der, err := cryptomod.DecryptPBES2(ek.Algorithm.FullBytes, ek.Data, pass)
				if err != nil {
					return nil, nil, errP12MAC
				}
				if key, err = x509.ParsePKCS8PrivateKey(der); err != nil {
					return nil, nil, errP12Unsupported
				}
			case bag.ID.Equal(oidKeyBag) && key == nil:
				if key, err = x509.ParsePKCS8PrivateKey(explicit(bag.Value)); err != nil {
					return nil, nil, errP12Unsupported
				}
			}
		}
	}
	return key, certs, nil
}

// explicit is the element inside an [0] EXPLICIT wrapper (encoding/asn1
// leaves the wrapper in a RawValue).
func explicit(v asn1.RawValue) []byte {
	if v.Class == asn1.ClassContextSpecific && v.IsCompound {
		return v.Bytes
	}
	return v.FullBytes
}

func pbes2(algorithmDER []byte) bool {
	var alg struct {
		Algorithm asn1.ObjectIdentifier
		Params    asn1.RawValue `asn1:"optional"`
	}
	_, err := asn1.Unmarshal(algorithmDER, &alg)
	return err == nil && alg.Algorithm.Equal(oidPBES2)
}

// verifyP12MAC checks the archive's HMAC: its key comes from RFC 7292's
// derivation (ID 3) over the password as a NUL-terminated BMPString.
func verifyP12MAC(md *p12MacData, content []byte, password string) error {
	var h func() hash.Hash
	switch alg := md.Mac.Algorithm.Algorithm; {
	case alg.Equal(oidSHA1):
		h = sha1.New
	case alg.Equal(oidSHA256):
		h = sha256.New
	case alg.Equal(oidSHA384):
		h = sha512.New384
	case alg.Equal(oidSHA512):
		h = sha512.New
	default:
		return errP12Unsupported
	}
	if md.Iterations < 1 || md.Iterations > 1<<24 {
		return errP12Unsupported
	}
	key := p12KDF(h, bmpPassword(password), md.MacSalt, md.Iterations, 3, h().Size())
	mac := hmac.New(h, key)
	mac.Write(content)
	if !hmac.Equal(mac.Sum(nil), md.Mac.Digest) {
		return errP12MAC
	}
	return nil
}

func bmpPassword(s string) []byte {
	u := utf16.Encode([]rune(s))
	out := make([]byte, 0, 2*len(u)+2)
	for _, c := range u {
		out = append(out, byte(c>>8), byte(c))
	}
	return append(out, 0, 0)
}

// p12KDF is RFC 7292 appendix B.2: size bytes of key material for purpose
// id (1 key, 2 IV, 3 MAC) from a BMP password and a salt.
func p12KDF(h func() hash.Hash, password, salt []byte, iter int, id byte, size int) []byte {
	u := h().Size()
	v := h().BlockSize()
	fill := func(b []byte) []byte {
		if len(b) == 0 {
			return nil
		}
		out := make([]byte, v*((len(b)+v-1)/v))
		for i := range out {
			out[i] = b[i%len(b)]
		}
		return out
	}
	D := make([]byte, v)
	for i := range D {
		D[i] = id
	}
	I := append(fill(salt), fill(password)...)
	var out []byte
	for len(out) < size {
		hh := h()
		hh.Write(D)
		hh.Write(I)
		A := hh.Sum(nil)
		for j := 1; j < iter; j++ {
			hh.Reset()
			hh.Write(A)
			A = hh.Sum(A[:0])
		}
		out = append(out, A...)
		if len(out) >= size {
			break
		}
		B := make([]byte, v)
		for i := range B {
			B[i] = A[i%u]
		}
		// Each v-byte block of I becomes (block + B + 1) mod 2^(8v).
		for j := 0; j < len(I); j += v {
			carry := 1
			for k := v - 1; k >= 0; k-- {
				x := int(I[j+k]) + int(B[k]) + carry
				I[j+k] = byte(x)
				carry = x >> 8
			}
		}
	}
	return out[:size]
}
