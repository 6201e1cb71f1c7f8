package crypto

import (
	"math/big"
	"testing"
)

func TestDHGeneratePrimeIsSafe(t *testing.T) {
	for _, c := range []struct {
		g        int64
		add, rem int64
	}{{2, 24, 23}, {5, 60, 59}, {3, 12, 11}} {
		p, err := dhGeneratePrime(512, c.g)
		if err != nil {
			t.Fatal(err)
		}
		q := new(big.Int).Rsh(p, 1)
		if p.BitLen() != 512 || !p.ProbablyPrime(20) || !q.ProbablyPrime(20) {
			t.Fatalf("g=%d: %x is not a 512-bit safe prime", c.g, p)
		}
		if r := new(big.Int).Mod(p, big.NewInt(c.add)).Int64(); r != c.rem {
			t.Fatalf("g=%d: p mod %d = %d, want %d", c.g, c.add, r, c.rem)
		}
		if f := dhCheck(p, big.NewInt(c.g)); f != 0 {
			t.Fatalf("g=%d: dhCheck = %#x", c.g, f)
		}
	}
	if _, err := dhGeneratePrime(511, 2); err != errDHModulusTooSmall {
		t.Fatalf("511 bits: %v", err)
	}
	if _, err := dhGeneratePrime(512, 1); err != errDHBadGenerator {
		t.Fatalf("generator 1: %v", err)
	}
}

func TestDHCheckFlags(t *testing.T) {
	for _, c := range []struct {
		p, g int64
		want int
	}{
		{2, 2, dhCheckPNotPrime | dhCheckPNotSafePrime | dhNotSuitableGen | dhModulusTooSmall},
		{0xabcdef, 2, dhCheckPNotPrime | dhModulusTooSmall},
		{23, 2, dhModulusTooSmall},
		{13, 2, dhCheckPNotSafePrime | dhModulusTooSmall},
		{23, 1, dhNotSuitableGen | dhModulusTooSmall},
	} {
		if got := dhCheck(big.NewInt(c.p), big.NewInt(c.g)); got != c.want {
			t.Errorf("dhCheck(%d, %d) = %#x, want %#x", c.p, c.g, got, c.want)
		}
	}
	p, _ := dhGroupPrime("modp14")
	if got := dhCheck(p, big.NewInt(2)); got != 0 {
		t.Errorf("modp14: %#x", got)
	}
}

func TestDHKeysAgreeAndEncode(t *testing.T) {
	p, bits := dhGroupPrime("modp5")
	g := big.NewInt(2)
	xa, _ := dhPrivate(p, bits)
	xb, _ := dhPrivate(p, bits)
	if xa.BitLen() > bits {
		t.Fatalf("private key of %d bits, want at most %d", xa.BitLen(), bits)
	}
	a, b := newDHKey(p, g, xa), newDHKey(p, g, xb)
	s1, _ := dhDerive(a, b)
	s2, _ := dhDerive(b, a)
	if len(s1) != 192 || string(s1) != string(s2) {
		t.Fatalf("secrets differ or are not padded: %d bytes", len(s1))
	}
	der, err := marshalDHPKCS8(a.priv.(*dhKey))
	if err != nil {
		t.Fatal(err)
	}
	back, err := parseDER(der, "pkcs8", true)
	if err != nil || back.kind != "dh" || !back.priv.(*dhKey).Equal(a.priv) {
		t.Fatalf("pkcs8 round trip: %v", err)
	}
	der, err = marshalDHSPKI(b.pub.(*dhKey))
	if err != nil {
		t.Fatal(err)
	}
	pub, err := parseDER(der, "spki", false)
	if err != nil || pub.priv != nil || !pub.pub.(*dhKey).Equal(b.pub) {
		t.Fatalf("spki round trip: %v", err)
	}
	q, _ := dhGroupPrime("modp14")
	if _, why := dhDerive(a, newDHKey(q, g, xb)); why != "mismatch" {
		t.Fatalf("different groups: %q", why)
	}
	if _, why := dhSecret(p, xa, big.NewInt(1)); why != "small" {
		t.Fatal(why)
	}
	if _, why := dhSecret(p, xa, new(big.Int).Sub(p, big.NewInt(1))); why != "large" {
		t.Fatal(why)
	}
}
