package crypto

// generatePrime/checkPrime on math/big and crypto/rand, with OpenSSL's
// BN_generate_prime_ex semantics: a prime of exactly bits bits (top two
// bits set, as OpenSSL draws them), optionally safe ((p-1)/2 prime too) and
// p ≡ rem (mod add), rem defaulting to 1 (3 for a safe prime).

import (
	"crypto/rand"
	"errors"
	"math/big"

	"github.com/dop251/goja"
)

var (
	errInvalidAdd = errors.New("invalid options.add")
	errInvalidRem = errors.New("invalid options.rem")
	errBitsSmall  = errors.New("bits too small")
	errNoPrime    = errors.New("no prime")
)

func generatePrime(bits int, safe bool, add, rem *big.Int) (*big.Int, error) {
	if add != nil {
		if add.BitLen() > bits {
			return nil, errInvalidAdd
		}
		if rem != nil && add.Cmp(rem) != 1 {
			return nil, errInvalidRem
		}
		if rem == nil {
			rem = big.NewInt(1)
			if safe {
				rem = big.NewInt(3)
			}
		}
	}
	if bits < 2 || (safe && bits < 3) {
		return nil, errBitsSmall
	}
	if add == nil && safe && bits >= 512 {
		// Every safe prime above 7 is 11 mod 12: the DH generator's sieve.
		return dhGeneratePrime(bits, 3)
	}
	if add == nil && !safe && bits >= 16 {
		return rand.Prime(rand.Reader, bits)
	}
	max := new(big.Int).Lsh(bigOne, uint(bits))
	m := new(big.Int)
	for tries := 0; tries < 1<<20; tries++ {
		p, err := rand.Int(rand.Reader, max)
		if err != nil {
			return nil, err
		}
		p.SetBit(p, bits-1, 1)
		if add == nil {
			p.SetBit(p, bits-2, 1)
			p.SetBit(p, 0, 1)
		} else {
			p.Sub(p, m.Mod(p, add))
			p.Add(p, rem)
		}
		if p.BitLen() != bits || !p.ProbablyPrime(20) {
			continue
		}
		if safe && !new(big.Int).Rsh(p, 1).ProbablyPrime(20) {
			continue
		}
		return p, nil
	}
	return nil, errNoPrime
}

func (b *binding) primeBinding(exports *goja.Object) {
	exports.Set("primeGenerate", b.primeGenerate)
	exports.Set("primeCheck", b.primeCheck)
}

func (b *binding) optionalBig(v goja.Value, what string) *big.Int {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	return b.bigArg(v, what)
}

// primeGenerate(bits, safe, add|null, rem|null[, cb]) → Buffer, or a string
// naming the refusal ("invalid options.add", "invalid options.rem", "bits
// too small"); with cb, made on the worker pool and handed to cb(err, buf).
func (b *binding) primeGenerate(call goja.FunctionCall) goja.Value {
	bits := b.intArg(call.Argument(0), "size", 1<<20)
	safe := call.Argument(1).ToBoolean()
	add := b.optionalBig(call.Argument(2), "add")
	rem := b.optionalBig(call.Argument(3), "rem")
	cb := call.Argument(4)
	if _, isFn := goja.AssertFunction(cb); !isFn {
		p, err := generatePrime(bits, safe, add, rem)
		if err != nil {
			return b.vm.ToValue(err.Error())
		}
		return b.l.NewBuffer(p.Bytes())
	}
	var p *big.Int
	var err error
	b.l.Queue(func() { p, err = generatePrime(bits, safe, add, rem) }, func() {
		if err != nil {
			b.l.Call(cb, goja.Undefined(), b.vm.ToValue(err.Error()))
			return
		}
		b.l.Call(cb, goja.Undefined(), goja.Null(), b.l.NewBuffer(p.Bytes()))
	})
	return goja.Undefined()
}

// primeCheck(candidate, checks[, cb]) → bool; with cb, tested on the worker
// pool and handed to cb(null, bool).
func (b *binding) primeCheck(call goja.FunctionCall) goja.Value {
	x := new(big.Int).SetBytes(b.copyBytes(call.Argument(0), "candidate"))
	n := b.intArg(call.Argument(1), "checks", 1<<31-1)
	if n == 0 || n > 64 {
		n = 64 // OpenSSL's default for large numbers; more adds nothing
	}
	cb := call.Argument(2)
	if _, isFn := goja.AssertFunction(cb); !isFn {
		return b.vm.ToValue(x.ProbablyPrime(n))
	}
	var ok bool
	b.l.Queue(func() { ok = x.ProbablyPrime(n) }, func() {
		b.l.Call(cb, goja.Undefined(), goja.Null(), b.vm.ToValue(ok))
	})
	return goja.Undefined()
}
