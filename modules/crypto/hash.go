package crypto

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"hash"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/blake2s"
	"golang.org/x/crypto/ripemd160" //nolint:staticcheck // node offers ripemd160; Go keeps it here
)

// digestAlg is one message digest node (OpenSSL) knows by several names.
type digestAlg struct {
	name string // OpenSSL's canonical lower-case name
	new  func() hash.Hash
	xof  int // default output length of an extendable-output function, else 0
	size int
}

var digests = map[string]*digestAlg{}

// digestNames lists node 20's getHashes() for the algorithms Go has
// (OpenSSL's SM3 is the one node lists that Go lacks).
var digestNames = []string{
	"RSA-MD5", "RSA-RIPEMD160", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224", "RSA-SHA256",
	"RSA-SHA3-224", "RSA-SHA3-256", "RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512",
	"RSA-SHA512/224", "RSA-SHA512/256", "blake2b512", "blake2s256",
	"id-rsassa-pkcs1-v1_5-with-sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-256",
	"id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512",
	"md5", "md5-sha1", "md5WithRSAEncryption", "ripemd", "ripemd160", "ripemd160WithRSA", "rmd160",
	"sha1", "sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption", "sha256",
	"sha256WithRSAEncryption", "sha3-224", "sha3-256", "sha3-384", "sha3-512", "sha384",
	"sha384WithRSAEncryption", "sha512", "sha512-224", "sha512-224WithRSAEncryption", "sha512-256",
	"sha512-256WithRSAEncryption", "sha512WithRSAEncryption", "shake128", "shake256", "ssl3-md5",
	"ssl3-sha1",
}

func init() {
	add := func(a *digestAlg, names ...string) {
		if a.size == 0 {
			a.size = a.new().Size()
		}
		digests[a.name] = a
		for _, n := range names {
			digests[strings.ToLower(n)] = a
		}
	}
	h := func(f func() hash.Hash) func() hash.Hash { return f }
	add(&digestAlg{name: "md5", new: md5.New}, "RSA-MD5", "md5WithRSAEncryption", "ssl3-md5")
	add(&digestAlg{name: "sha1", new: sha1.New}, "RSA-SHA1", "RSA-SHA1-2", "sha1WithRSAEncryption", "ssl3-sha1")
	add(&digestAlg{name: "sha224", new: sha256.New224}, "RSA-SHA224", "sha224WithRSAEncryption")
	add(&digestAlg{name: "sha256", new: sha256.New}, "RSA-SHA256", "sha256WithRSAEncryption")
	add(&digestAlg{name: "sha384", new: sha512.New384}, "RSA-SHA384", "sha384WithRSAEncryption")
	add(&digestAlg{name: "sha512", new: sha512.New}, "RSA-SHA512", "sha512WithRSAEncryption")
	add(&digestAlg{name: "sha512-224", new: sha512.New512_224}, "RSA-SHA512/224", "sha512-224WithRSAEncryption")
	add(&digestAlg{name: "sha512-256", new: sha512.New512_256}, "RSA-SHA512/256", "sha512-256WithRSAEncryption")
	add(&digestAlg{name: "sha3-224", new: h(func() hash.Hash { return sha3.New224() })}, "RSA-SHA3-224", "id-rsassa-pkcs1-v1_5-with-sha3-224")
	add(&digestAlg{name: "sha3-256", new: h(func() hash.Hash { return sha3.New256() })}, "RSA-SHA3-256", "id-rsassa-pkcs1-v1_5-with-sha3-256")
	add(&digestAlg{name: "sha3-384", new: h(func() hash.Hash { return sha3.New384() })}, "RSA-SHA3-384", "id-rsassa-pkcs1-v1_5-with-sha3-384")
	add(&digestAlg{name: "sha3-512", new: h(func() hash.Hash { return sha3.New512() })}, "RSA-SHA3-512", "id-rsassa-pkcs1-v1_5-with-sha3-512")
	add(&digestAlg{name: "shake128", new: func() hash.Hash { return &shake{s: sha3.NewSHAKE128(), n: 16} }, xof: 16})
	add(&digestAlg{name: "shake256", new: func() hash.Hash { return &shake{s: sha3.NewSHAKE256(), n: 32} }, xof: 32})
	add(&digestAlg{name: "blake2b512", new: func() hash.Hash { d, _ := blake2b.New512(nil); return d }})
	add(&digestAlg{name: "blake2s256", new: func() hash.Hash { d, _ := blake2s.New256(nil); return d }})
	add(&digestAlg{name: "ripemd160", new: func() hash.Hash { return &replay{h: ripemd160.New(), mk: ripemd160.New} }},
		"ripemd", "rmd160", "RSA-RIPEMD160", "ripemd160WithRSA")
	add(&digestAlg{name: "md5-sha1", new: func() hash.Hash { return &md5sha1{md5.New(), sha1.New()} }})
}

// lookupDigest finds an algorithm by any of node's names, case-insensitively.
func lookupDigest(name string) *digestAlg {
	return digests[strings.ToLower(name)]
}

// shake adapts a SHAKE XOF to hash.Hash with a chosen output length.
type shake struct {
	s *sha3.SHAKE
	n int
}

func (x *shake) Write(p []byte) (int, error) { return x.s.Write(p) }
func (x *shake) Size() int                   { return x.n }
func (x *shake) BlockSize() int              { return x.s.BlockSize() }
func (x *shake) Reset()                      { x.s.Reset() }
func (x *shake) Sum(b []byte) []byte {
	c := x.clone().(*shake)
	out := make([]byte, x.n)
	c.s.Read(out)
	return append(b, out...)
}
func (x *shake) clone() hash.Hash {
	st, _ := x.s.MarshalBinary()
	var s *sha3.SHAKE
	if x.s.BlockSize() == 168 {
		s = sha3.NewSHAKE128()
	} else {
		s = sha3.NewSHAKE256()
	}
	s.UnmarshalBinary(st)
	return &shake{s: s, n: x.n}
}

// replay makes a hash without exportable state (ripemd160) copyable by
// keeping what was written; only hash.copy() needs it.
type replay struct {
	h   hash.Hash
	mk  func() hash.Hash
	log []byte
}

func (r *replay) Write(p []byte) (int, error) { r.log = append(r.log, p...); return r.h.Write(p) }
func (r *replay) Sum(b []byte) []byte         { return r.h.Sum(b) }
func (r *replay) Size() int                   { return r.h.Size() }
func (r *replay) BlockSize() int              { return r.h.BlockSize() }
func (r *replay) Reset()                      { r.h.Reset(); r.log = nil }
func (r *replay) clone() hash.Hash {
	c := &replay{h: r.mk(), mk: r.mk}
	c.Write(r.log)
	return c
}

// md5sha1 is OpenSSL's MD5-SHA1: both digests concatenated (TLS 1.0's PRF).
type md5sha1 struct{ a, b hash.Hash }

func (m *md5sha1) Write(p []byte) (int, error) { m.a.Write(p); return m.b.Write(p) }
func (m *md5sha1) Sum(b []byte) []byte         { return m.b.Sum(m.a.Sum(b)) }
func (m *md5sha1) Size() int                   { return 36 }
func (m *md5sha1) BlockSize() int              { return 64 }
func (m *md5sha1) Reset()                      { m.a.Reset(); m.b.Reset() }
func (m *md5sha1) clone() hash.Hash {
	return &md5sha1{cloneHash(m.a, md5.New), cloneHash(m.b, sha1.New)}
}

// cloneHash copies a hash's running state (hash.copy()); mk makes a fresh
// one of the same kind for hashes that only export their state.
func cloneHash(h hash.Hash, mk func() hash.Hash) hash.Hash {
	switch x := h.(type) {
	case interface{ clone() hash.Hash }:
		return x.clone()
	case hash.Cloner:
		if c, err := x.Clone(); err == nil {
			return c
		}
	}
	if m, ok := h.(encoding.BinaryMarshaler); ok {
		st, err := m.MarshalBinary()
		if err == nil {
			n := mk()
			if u, ok := n.(encoding.BinaryUnmarshaler); ok && u.UnmarshalBinary(st) == nil {
				return n
			}
		}
	}
	return nil
}

// hashState is the Go side of a Hash or Hmac object.
type hashState struct {
	h     hash.Hash // nil once final and handed back (binding.spare)
	alg   *digestAlg
	final bool     // digest() was called: no more updates
	plain bool     // made by newHash for a fixed-size digest: h can be reused when final
	sum   [64]byte // room for a digest decoded to a string (hashFinal), and the digest once h is gone
	sumN  int      // the digest's length in sum once h is gone
}

// A hashState is its handle's goja.DynamicObject, with no properties.
func (*hashState) Get(string) goja.Value       { return nil }
func (*hashState) Set(string, goja.Value) bool { return false }
func (*hashState) Has(string) bool             { return false }
func (*hashState) Delete(string) bool          { return true }
func (*hashState) Keys() []string              { return nil }

func newHash(a *digestAlg, outLen int) *hashState {
	h := a.new()
	if s, ok := h.(*shake); ok && outLen >= 0 {
		s.n = outLen
	}
	return &hashState{h: h, alg: a, plain: a.xof == 0 && h.Size() <= len(hashState{}.sum)}
}

func newHmac(a *digestAlg, key []byte) *hashState {
	if a.xof != 0 {
		return nil
	}
	return &hashState{h: hmac.New(a.new, key), alg: a}
}
