package crypto

import (
	"math/big"
	"testing"
)

func TestGeneratePrime(t *testing.T) {
	for _, c := range []struct {
		bits     int
		safe     bool
		add, rem int64
	}{{3, false, 0, 0}, {64, false, 0, 0}, {64, true, 0, 0}, {32, false, 12, 11}, {128, false, 5, 0}, {128, true, 5, 0}} {
		var add, rem *big.Int
		if c.add != 0 {
			add = big.NewInt(c.add)
		}
		if c.rem != 0 {
			rem = big.NewInt(c.rem)
		}
		p, err := generatePrime(c.bits, c.safe, add, rem)
		if err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		if p.BitLen() != c.bits || !p.ProbablyPrime(20) {
			t.Fatalf("%+v: %v is not a %d-bit prime", c, p, c.bits)
		}
		if c.safe && !new(big.Int).Rsh(p, 1).ProbablyPrime(20) {
			t.Fatalf("%+v: %v is not safe", c, p)
		}
		if add != nil {
			want := c.rem
			if rem == nil {
				want = 1
				if c.safe {
					want = 3
				}
			}
			if got := new(big.Int).Mod(p, add).Int64(); got != want {
				t.Fatalf("%+v: p mod %d = %d", c, c.add, got)
			}
		}
	}
	if p, _ := generatePrime(4, false, big.NewInt(15), big.NewInt(13)); p == nil || p.Int64() != 13 {
		t.Fatalf("4 bits, 13 mod 15: %v", p)
	}
	if _, err := generatePrime(64, false, new(big.Int).Lsh(bigOne, 64), nil); err != errInvalidAdd {
		t.Fatal(err)
	}
	if _, err := generatePrime(64, false, big.NewInt(7), big.NewInt(7)); err != errInvalidRem {
		t.Fatal(err)
	}
}
