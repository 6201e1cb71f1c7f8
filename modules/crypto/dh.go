package crypto

// Classic (finite-field) Diffie-Hellman: createDiffieHellman,
// DiffieHellmanGroup, generateKeyPair('dh') and diffieHellman() on 'dh'
// KeyObjects. js/internal/crypto/dh.js holds the objects and node's
// argument checks; this file does the arithmetic on math/big with
// crypto/rand: safe-prime generation (as OpenSSL's DH_generate_parameters:
// p = 2q+1 with q prime, p ≡ 23 mod 24 for generator 2, 59 mod 60 for 5,
// 11 mod 12 otherwise), OpenSSL 3's DH_check flags for verifyError, key
// pairs, shared secrets padded to the prime's length, and the PKCS#3
// dhKeyAgreement encoding of keys in PKCS#8 and SPKI (x509 does not know
// it).

import (
	"crypto/rand"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"math/big"
	"sync"

	"github.com/dop251/goja"
)

type dhGroupDef struct {
	prime    string
	privBits int
}

// OpenSSL's DH_check flags.
const (
	dhCheckPNotPrime     = 0x01
	dhCheckPNotSafePrime = 0x02
	dhNotSuitableGen     = 0x08
	dhModulusTooSmall    = 0x80
	dhModulusTooLarge    = 0x100
)

var (
	errDHModulusTooSmall = errors.New("modulus too small")
	errDHBadGenerator    = errors.New("bad generator")
	oidDHKeyAgreement    = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 3, 1}
	bigOne               = big.NewInt(1)
	bigTwo               = big.NewInt(2)
)

var smallPrimes = sync.OnceValue(func() []uint64 {
	const limit = 1 << 15
	sieve := make([]bool, limit)
	var ps []uint64
	for i := 3; i < limit; i += 2 {
		if !sieve[i] {
			ps = append(ps, uint64(i))
			for j := i * i; j < limit; j += 2 * i {
				sieve[j] = true
			}
		}
	}
	return ps
})

// dhGroupPrime is the prime of a named MODP group, or nil.
func dhGroupPrime(name string) (*big.Int, int) {
	g, ok := dhGroups[name]
	if !ok {
		return nil, 0
	}
	p, _ := new(big.Int).SetString(g.prime, 16)
	return p, g.privBits
}

// dhKnownGroup tells whether (p, g) is one of the MODP groups, which
// OpenSSL recognises and does not test again.
func dhKnownGroup(p, g *big.Int) bool {
	if g.Cmp(bigTwo) != 0 {
		return false
	}
	for name := range dhGroups {
		if q, _ := dhGroupPrime(name); q.Cmp(p) == 0 {
			return true
		}
	}
	return false
}

// dhGeneratePrime makes a safe prime of bits bits fit for generator g.
func dhGeneratePrime(bits int, g int64) (*big.Int, error) {
	if bits < 512 {
		return nil, errDHModulusTooSmall
	}
	if g < 2 {
		return nil, errDHBadGenerator
	}
	add, rem := uint64(12), uint64(11)
	switch g {
	case 2:
		add, rem = 24, 23
	case 5:
		add, rem = 60, 59
	}
	ps := smallPrimes()
	const window = 1 << 14
	dead := make([]bool, window)
	bigAdd := new(big.Int).SetUint64(add)
	m, bs, q, c, e := new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int)
	for {
		// A random bits-bit start with its top two bits set, moved to the
		// residue class; the candidates are start + k*add for k in a
		// window, sieved over small primes s (a candidate dies when s
		// divides p or q = (p-1)/2, i.e. p ≡ 0 or 1 mod s), and the
		// survivors tested: a base-2 Fermat test on q and on p first,
		// then Miller-Rabin and Baillie-PSW on both.
		p, err := rand.Int(rand.Reader, new(big.Int).Lsh(bigOne, uint(bits)))
		if err != nil {
			return nil, err
		}
		p.SetBit(p, bits-1, 1)
		p.SetBit(p, bits-2, 1)
		p.Sub(p, m.Mod(p, bigAdd))
		p.Add(p, new(big.Int).SetUint64(rem))
		clear(dead)
		for _, s := range ps {
			if add%s == 0 {
				continue // p mod s is fixed at rem mod s, never 0 or 1
			}
			r := m.Mod(p, bs.SetUint64(s)).Uint64()
			inv := modInverse(add%s, s)
			for _, t := range []uint64{0, 1} {
				// r + k*add ≡ t (mod s)  ⇔  k ≡ (t - r) * add⁻¹ (mod s)
				k := ((t + s - r) % s) * inv % s
				for ; k < window; k += s {
					dead[k] = true
				}
			}
		}
		for k := uint64(0); k < window; k++ {
			if dead[k] {
				continue
			}
			c.Mul(bigAdd, m.SetUint64(k))
			c.Add(c, p)
			if c.BitLen() != bits {
				break
			}
			q.Rsh(c, 1)
			if e.Exp(bigTwo, m.Sub(q, bigOne), q).Cmp(bigOne) != 0 {
				continue
			}
			if e.Exp(bigTwo, m.Sub(c, bigOne), c).Cmp(bigOne) != 0 {
				continue
			}
			if q.ProbablyPrime(20) && c.ProbablyPrime(20) {
				return c, nil
			}
		}
	}
}

// modInverse is a⁻¹ mod s for a prime s not dividing a.
func modInverse(a, s uint64) uint64 {
	// a^(s-2) mod s; s < 2^15, so products stay far below 2^64.
	r, b, n := uint64(1), a%s, s-2
	for n > 0 {
		if n&1 == 1 {
			r = r * b % s
		}
		b = b * b % s
		n >>= 1
	}
	return r
}

// dhCheck is OpenSSL 3's DH_check for parameters without q.
func dhCheck(p, g *big.Int) int {
	ret := 0
	if p.Bit(0) == 0 {
		ret |= dhCheckPNotPrime
	}
	if g.Sign() <= 0 || g.Cmp(bigOne) == 0 || g.Cmp(new(big.Int).Sub(p, bigOne)) >= 0 {
		ret |= dhNotSuitableGen
	}
	if p.BitLen() < 512 {
		ret |= dhModulusTooSmall
	}
	if p.BitLen() > 10000 {
		ret |= dhModulusTooLarge
	}
	if dhKnownGroup(p, g) {
		return 0
	}
	if !p.ProbablyPrime(20) {
		ret |= dhCheckPNotPrime
	} else if !new(big.Int).Rsh(p, 1).ProbablyPrime(20) {
		ret |= dhCheckPNotSafePrime
	}
	return ret
}

// dhPrivate draws a private key: privBits long for a named group, else
// as long as the prime less one bit (never 0 or 1).
func dhPrivate(p *big.Int, privBits int) (*big.Int, error) {
	n := privBits
	if n == 0 {
		n = p.BitLen() - 1
	}
	if n < 2 {
		n = 2
	}
	max := new(big.Int).Lsh(bigOne, uint(n))
	for {
		x, err := rand.Int(rand.Reader, max)
		if err != nil {
			return nil, err
		}
		if x.Cmp(bigOne) > 0 && x.Cmp(p) < 0 {
			return x, nil
		}
	}
}

// dhSecret is y^x mod p padded to the prime's length; why is "small" or
// "large" when y is out of (1, p-1).
func dhSecret(p, x, y *big.Int) (out []byte, why string) {
	if y.Cmp(bigOne) <= 0 {
		return nil, "small"
	}
	if y.Cmp(new(big.Int).Sub(p, bigOne)) >= 0 {
		return nil, "large"
	}
	s := new(big.Int).Exp(y, x, p)
	return bigBytes(s, (p.BitLen()+7)/8), ""
}

// dhKey is a 'dh' KeyObject's key: the domain parameters, the public value
// y and, for a private key, x.
type dhKey struct {
	p, g, x, y *big.Int
}

func (k *dhKey) publicKey() *dhKey { return &dhKey{p: k.p, g: k.g, y: k.y} }

func (k *dhKey) sameParams(o *dhKey) bool { return k.p.Cmp(o.p) == 0 && k.g.Cmp(o.g) == 0 }

// Equal serves KeyObject.equals for both halves.
func (k *dhKey) Equal(o any) bool {
	d, ok := o.(*dhKey)
	if !ok || !k.sameParams(d) || k.y.Cmp(d.y) != 0 || (k.x == nil) != (d.x == nil) {
		return false
	}
	return k.x == nil || k.x.Cmp(d.x) == 0
}

func newDHKey(p, g, x *big.Int) *asymKey {
	k := &dhKey{p: p, g: g, x: x, y: new(big.Int).Exp(g, x, p)}
	return &asymKey{kind: "dh", priv: k, pub: k.publicKey()}
}

type dhParamsASN1 struct {
	P, G *big.Int
}

type pkcs8ASN1 struct {
	Version    int
	Algo       pkix.AlgorithmIdentifier
	PrivateKey []byte
}

type spkiASN1 struct {
	Algo      pkix.AlgorithmIdentifier
	PublicKey asn1.BitString
}

func dhAlgo(k *dhKey) (pkix.AlgorithmIdentifier, error) {
	params, err := asn1.Marshal(dhParamsASN1{k.p, k.g})
	if err != nil {
		return pkix.AlgorithmIdentifier{}, err
	}
	return pkix.AlgorithmIdentifier{Algorithm: oidDHKeyAgreement, Parameters: asn1.RawValue{FullBytes: params}}, nil
}

func marshalDHPKCS8(k *dhKey) ([]byte, error) {
	algo, err := dhAlgo(k)
	if err != nil {
		return nil, err
	}
	x, err := asn1.Marshal(k.x)
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(pkcs8ASN1{Algo: algo, PrivateKey: x})
}

func marshalDHSPKI(k *dhKey) ([]byte, error) {
	algo, err := dhAlgo(k)
	if err != nil {
		return nil, err
	}
	y, err := asn1.Marshal(k.y)
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(spkiASN1{Algo: algo, PublicKey: asn1.BitString{Bytes: y, BitLength: 8 * len(y)}})
}

func dhParamsOf(algo pkix.AlgorithmIdentifier) (*dhParamsASN1, error) {
	if !algo.Algorithm.Equal(oidDHKeyAgreement) {
		return nil, errUnsupported
	}
	var params dhParamsASN1
	if _, err := asn1.Unmarshal(algo.Parameters.FullBytes, &params); err != nil {
		return nil, errUnsupported
	}
	if params.P == nil || params.G == nil || params.P.Sign() <= 0 || params.G.Sign() <= 0 {
		return nil, errUnsupported
	}
	return &params, nil
}

func parseDHPKCS8(der []byte) (*asymKey, error) {
	var k pkcs8ASN1
	if rest, err := asn1.Unmarshal(der, &k); err != nil || len(rest) > 0 {
		return nil, errUnsupported
	}
	params, err := dhParamsOf(k.Algo)
	if err != nil {
		return nil, err
	}
	x := new(big.Int)
	if rest, err := asn1.Unmarshal(k.PrivateKey, &x); err != nil || len(rest) > 0 || x.Sign() <= 0 {
		return nil, errUnsupported
	}
	return newDHKey(params.P, params.G, x), nil
}

func parseDHSPKI(der []byte) (*asymKey, error) {
	var k spkiASN1
	if rest, err := asn1.Unmarshal(der, &k); err != nil || len(rest) > 0 {
		return nil, errUnsupported
	}
	params, err := dhParamsOf(k.Algo)
	if err != nil {
		return nil, err
	}
	y := new(big.Int)
	if rest, err := asn1.Unmarshal(k.PublicKey.RightAlign(), &y); err != nil || len(rest) > 0 || y.Sign() <= 0 {
		return nil, errUnsupported
	}
	pub := &dhKey{p: params.P, g: params.G, y: y}
	return &asymKey{kind: "dh", pub: pub}, nil
}

// The bindings. Big numbers cross as big-endian Buffers.

func (b *binding) dhBinding(exports *goja.Object) {
	exports.Set("dhGroup", b.dhGroup)
	exports.Set("dhPrime", b.dhPrime)
	exports.Set("dhCheck", b.dhCheck)
	exports.Set("dhKeys", b.dhKeys)
	exports.Set("dhCompute", b.dhCompute)
	exports.Set("dhKeyObject", b.dhKeyObject)
}

func (b *binding) bigArg(v goja.Value, what string) *big.Int {
	return new(big.Int).SetBytes(b.bytes(v, what))
}

// dhGroup(name) → [prime, privBits] or null for an unknown group.
func (b *binding) dhGroup(call goja.FunctionCall) goja.Value {
	p, bits := dhGroupPrime(call.Argument(0).String())
	if p == nil {
		return goja.Null()
	}
	return b.vm.ToValue([]any{b.l.NewBuffer(p.Bytes()), bits})
}

// dhPrime(bits, generator[, cb]) → a safe prime, or "small" / "generator"
// for what OpenSSL refuses; with cb, made on the worker pool and handed to
// cb(err, prime) (err a string as above).
func (b *binding) dhPrime(call goja.FunctionCall) goja.Value {
	bits := call.Argument(0).ToInteger()
	g := call.Argument(1).ToInteger()
	if bits > 1<<16 {
		panic(b.vm.NewTypeError("crypto: primeLength too large"))
	}
	why := func(err error) string {
		if errors.Is(err, errDHBadGenerator) {
			return "generator"
		}
		return "small"
	}
	cb := call.Argument(2)
	if _, isFn := goja.AssertFunction(cb); !isFn {
		p, err := dhGeneratePrime(int(bits), g)
		if err != nil {
			return b.vm.ToValue(why(err))
		}
		return b.l.NewBuffer(p.Bytes())
	}
	var p *big.Int
	var err error
	b.l.Queue(func() { p, err = dhGeneratePrime(int(bits), g) }, func() {
		if err != nil {
			b.l.Call(cb, goja.Undefined(), b.vm.ToValue(why(err)))
			return
		}
		b.l.Call(cb, goja.Undefined(), goja.Null(), b.l.NewBuffer(p.Bytes()))
	})
	return goja.Undefined()
}

// dhCheck(prime, generator) → verifyError.
func (b *binding) dhCheck(call goja.FunctionCall) goja.Value {
	p := b.bigArg(call.Argument(0), "prime")
	g := b.bigArg(call.Argument(1), "generator")
	if p.BitLen() > 32768 {
		return b.vm.ToValue(dhModulusTooLarge)
	}
	return b.vm.ToValue(dhCheck(p, g))
}

// dhKeys(prime, generator, priv|null, privBits) → [pub, priv]: a new
// private key unless one is given, and its public value.
func (b *binding) dhKeys(call goja.FunctionCall) goja.Value {
	p := b.bigArg(call.Argument(0), "prime")
	g := b.bigArg(call.Argument(1), "generator")
	if p.Sign() == 0 {
		panic(b.vm.NewTypeError("crypto: bad prime"))
	}
	var x *big.Int
	if v := call.Argument(2); goja.IsNull(v) || goja.IsUndefined(v) {
		var err error
		if x, err = dhPrivate(p, b.intArg(call.Argument(3), "privBits", 1<<16)); err != nil {
			panic(b.vm.NewGoError(err))
		}
	} else {
		x = b.bigArg(v, "private key")
	}
	y := new(big.Int).Exp(g, x, p)
	return b.vm.ToValue([]any{b.l.NewBuffer(y.Bytes()), b.l.NewBuffer(x.Bytes())})
}

// dhCompute(prime, priv, peerPub) → secret, or "small" / "large".
func (b *binding) dhCompute(call goja.FunctionCall) goja.Value {
	p := b.bigArg(call.Argument(0), "prime")
	x := b.bigArg(call.Argument(1), "private key")
	y := b.bigArg(call.Argument(2), "public key")
	if p.Sign() == 0 {
		panic(b.vm.NewTypeError("crypto: bad prime"))
	}
	out, why := dhSecret(p, x, y)
	if why != "" {
		return b.vm.ToValue(why)
	}
	return b.l.NewBuffer(out)
}

// dhKeyObject(prime, generator, priv) → a private 'dh' key handle.
func (b *binding) dhKeyObject(call goja.FunctionCall) goja.Value {
	p := b.bigArg(call.Argument(0), "prime")
	g := b.bigArg(call.Argument(1), "generator")
	x := b.bigArg(call.Argument(2), "private key")
	if p.Sign() == 0 {
		panic(b.vm.NewTypeError("crypto: bad prime"))
	}
	return b.vm.ToValue(newDHKey(p, g, x))
}

// dhDerive is diffieHellman() for two 'dh' keys: "mismatch" when their
// parameters differ.
func dhDerive(x, y *asymKey) (out []byte, why string) {
	priv, ok1 := x.priv.(*dhKey)
	pub, ok2 := y.pub.(*dhKey)
	if !ok1 || !ok2 {
		return nil, "operation"
	}
	if !priv.sameParams(pub) {
		return nil, "mismatch"
	}
	out, why = dhSecret(priv.p, priv.x, pub.y)
	if why != "" {
		return nil, "failed"
	}
	return out, ""
}
