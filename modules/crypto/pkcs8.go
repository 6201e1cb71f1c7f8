package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/asn1"
	"hash"
)

// Encrypted PKCS#8 (RFC 8018's PBES2: a PBKDF2 key, then a CBC cipher), what
// node writes for privateKey.export({type: 'pkcs8', cipher, passphrase})
// and reads back. Go's x509 has no PBES2; this is the ASN.1 around Go's
// pbkdf2 and CBC mode.

var (
	oidPBES2      = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2     = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
	oidHMACSHA1   = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 7}
	oidHMACSHA224 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 8}
	oidHMACSHA256 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}
	oidHMACSHA384 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 10}
	oidHMACSHA512 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 11}
	oidAES128CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 2}
	oidAES192CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 22}
	oidAES256CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}
	oidDESEDE3CBC = asn1.ObjectIdentifier{1, 2, 840, 113549, 3, 7}
	oidAES128ECB  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 1}
	oidAES192ECB  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 21}
	oidAES256ECB  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 41}
)

type algorithmID struct {
	Algorithm  asn1.ObjectIdentifier
	Parameters asn1.RawValue `asn1:"optional"`
}

type encryptedPKI struct {
	Algorithm algorithmID
	Data      []byte
}

type pbes2Params struct {
	KDF algorithmID
	Enc algorithmID
}

type pbkdf2Params struct {
	Salt      []byte
	Iter      int
	KeyLength int         `asn1:"optional"`
	PRF       algorithmID `asn1:"optional"`
}

// pkcs8Ciphers: node's cipher names → OID, key length, block cipher.
var pkcs8Ciphers = map[string]struct {
	oid    asn1.ObjectIdentifier
	keyLen int
}{
	"aes-128-cbc": {oidAES128CBC, 16}, "aes128": {oidAES128CBC, 16},
	"aes-192-cbc": {oidAES192CBC, 24}, "aes192": {oidAES192CBC, 24},
	"aes-256-cbc": {oidAES256CBC, 32}, "aes256": {oidAES256CBC, 32},
	"des-ede3-cbc": {oidDESEDE3CBC, 24}, "des3": {oidDESEDE3CBC, 24},
	// ECB, which OpenSSL writes with an empty OCTET STRING for the IV
	"aes-128-ecb": {oidAES128ECB, 16}, "aes-192-ecb": {oidAES192ECB, 24}, "aes-256-ecb": {oidAES256ECB, 32},
}

func isECB(oid asn1.ObjectIdentifier) bool {
	return oid.Equal(oidAES128ECB) || oid.Equal(oidAES192ECB) || oid.Equal(oidAES256ECB)
}

func blockFor(oid asn1.ObjectIdentifier, key []byte) (cipher.Block, error) {
	if oid.Equal(oidDESEDE3CBC) {
		return des.NewTripleDESCipher(key)
	}
	return aes.NewCipher(key)
}

func prfFor(oid asn1.ObjectIdentifier) func() hash.Hash {
	switch {
	case len(oid) == 0 || oid.Equal(oidHMACSHA1):
		return sha1.New
	case oid.Equal(oidHMACSHA224):
		return sha256.New224
	case oid.Equal(oidHMACSHA256):
		return sha256.New
	case oid.Equal(oidHMACSHA384):
		return sha512.New384
	case oid.Equal(oidHMACSHA512):
		return sha512.New
	}
	return nil
}

// encryptPKCS8 wraps a PKCS#8 DER key as OpenSSL 3 does by default:
// PBKDF2-HMAC-SHA256, 2048 iterations, a 16-byte salt, the chosen CBC cipher.
func encryptPKCS8(der []byte, cipherName string, pass []byte) ([]byte, error) {
	c, ok := pkcs8Ciphers[cipherName]
	if !ok {
		return nil, errUnsupported
	}
	salt := make([]byte, 16)
	rand.Read(salt)
	const iter = 2048
	key, err := pbkdf2.Key(sha256.New, string(pass), salt, iter, c.keyLen)
	if err != nil {
		return nil, err
	}
	blk, err := blockFor(c.oid, key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, blk.BlockSize())
	rand.Read(iv)
	pad := blk.BlockSize() - len(der)%blk.BlockSize()
	data := append(append([]byte(nil), der...), make([]byte, pad)...)
	for i := len(der); i < len(data); i++ {
		data[i] = byte(pad)
	}
	if isECB(c.oid) {
		iv = []byte{}
		ecb{blk, false}.CryptBlocks(data, data)
	} else {
		cipher.NewCBCEncrypter(blk, iv).CryptBlocks(data, data)
	}

	kdf, err := asn1.Marshal(pbkdf2Params{Salt: salt, Iter: iter,
		PRF: algorithmID{Algorithm: oidHMACSHA256, Parameters: asn1.NullRawValue}})
	if err != nil {
		return nil, err
	}
	ivDER, err := asn1.Marshal(iv)
	if err != nil {
		return nil, err
	}
	params, err := asn1.Marshal(pbes2Params{
		KDF: algorithmID{Algorithm: oidPBKDF2, Parameters: asn1.RawValue{FullBytes: kdf}},
		Enc: algorithmID{Algorithm: c.oid, Parameters: asn1.RawValue{FullBytes: ivDER}},
	})
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(encryptedPKI{
		Algorithm: algorithmID{Algorithm: oidPBES2, Parameters: asn1.RawValue{FullBytes: params}},
		Data:      data,
	})
}

// decryptPKCS8 unwraps a PBES2-encrypted PKCS#8 key; errPEMDecrypt for a
// wrong passphrase, errUnsupported for anything it cannot read.
func decryptPKCS8(der, pass []byte) ([]byte, error) {
	var epki encryptedPKI
	if rest, err := asn1.Unmarshal(der, &epki); err != nil || len(rest) != 0 || !epki.Algorithm.Algorithm.Equal(oidPBES2) {
		return nil, errUnsupported
	}
	var p pbes2Params
	if _, err := asn1.Unmarshal(epki.Algorithm.Parameters.FullBytes, &p); err != nil || !p.KDF.Algorithm.Equal(oidPBKDF2) {
		return nil, errUnsupported
	}
	var kp pbkdf2Params
	if _, err := asn1.Unmarshal(p.KDF.Parameters.FullBytes, &kp); err != nil || kp.Iter < 1 || kp.Iter > 1<<24 {
		return nil, errUnsupported
	}
	prf := prfFor(kp.PRF.Algorithm)
	var keyLen int
	for _, c := range pkcs8Ciphers {
		if c.oid.Equal(p.Enc.Algorithm) {
			keyLen = c.keyLen
		}
	}
	var iv []byte
	if _, err := asn1.Unmarshal(p.Enc.Parameters.FullBytes, &iv); err != nil || prf == nil || keyLen == 0 {
		return nil, errUnsupported
	}
	key, err := pbkdf2.Key(prf, string(pass), kp.Salt, kp.Iter, keyLen)
	if err != nil {
		return nil, errUnsupported
	}
	blk, err := blockFor(p.Enc.Algorithm, key)
	ecbMode := isECB(p.Enc.Algorithm)
	if err != nil || (len(iv) != blk.BlockSize() && !ecbMode) || len(epki.Data) == 0 || len(epki.Data)%blk.BlockSize() != 0 {
		return nil, errUnsupported
	}
	out := make([]byte, len(epki.Data))
	if ecbMode {
		ecb{blk, true}.CryptBlocks(out, epki.Data)
	} else {
		cipher.NewCBCDecrypter(blk, iv).CryptBlocks(out, epki.Data)
	}
	n := int(out[len(out)-1])
	if n == 0 || n > blk.BlockSize() {
		return nil, errPEMDecrypt
	}
	for _, b := range out[len(out)-n:] {
		if int(b) != n {
			return nil, errPEMDecrypt
		}
	}
	return out[:len(out)-n], nil
}
