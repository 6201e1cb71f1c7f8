package crypto

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"encoding/hex"
	"testing"
)

func TestRSAPSSEncoding(t *testing.T) {
	k, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []*pssParams{nil, {"sha1", "sha1", 20}, {"sha256", "sha256", 16}, {"sha512", "sha1", 0}} {
		key := &asymKey{kind: "rsa-pss", priv: k, pub: &k.PublicKey, pss: p}
		der, _, err := key.marshal("pkcs8", true)
		if err != nil {
			t.Fatal(err)
		}
		back, err := parseDER(der, "pkcs8", true)
		if err != nil || back.kind != "rsa-pss" || !back.priv.(*rsa.PrivateKey).Equal(k) {
			t.Fatalf("%v: pkcs8 round trip: %v", p, err)
		}
		if (p == nil) != (back.pss == nil) || (p != nil && *p != *back.pss) {
			t.Fatalf("%v: params read back as %v", p, back.pss)
		}
		spki, _, err := key.public().marshal("spki", false)
		if err != nil {
			t.Fatal(err)
		}
		pub, err := parseDER(spki, "spki", false)
		if err != nil || pub.kind != "rsa-pss" || pub.priv != nil || !pub.pub.(*rsa.PublicKey).Equal(&k.PublicKey) {
			t.Fatalf("%v: spki round trip: %v", p, err)
		}
		again, _, _ := pub.marshal("spki", false)
		if !bytes.Equal(again, spki) {
			t.Fatalf("%v: spki not stable", p)
		}
	}
	// As OpenSSL writes them: no parameters; all-default parameters as an
	// empty SEQUENCE; digests with NULL parameters.
	algo, _ := pssAlgo(nil)
	if len(algo.Parameters.FullBytes) != 0 {
		t.Fatal("parameters without params")
	}
	algo, _ = pssAlgo(&pssParams{"sha1", "sha1", 20})
	if hex.EncodeToString(algo.Parameters.FullBytes) != "3000" {
		t.Fatalf("defaults: %x", algo.Parameters.FullBytes)
	}
	algo, _ = pssAlgo(&pssParams{"sha256", "sha256", 16})
	want := "3034a00f300d06096086480165030402010500a11c301a06092a864886f70d010108300d06096086480165030402010500a203020110"
	if got := hex.EncodeToString(algo.Parameters.FullBytes); got != want {
		t.Fatalf("sha256/16:\n got %s\nwant %s", got, want)
	}
}

func TestPSSKeyRules(t *testing.T) {
	p := &pssParams{"sha256", "sha256", 16}
	o := signOpts{padding: -1, salt: -2}
	if why := o.forPSSKey(p); why != "" || o.hash.name != "sha256" || o.salt != 16 || o.padding != rsaPSSPadding {
		t.Fatalf("defaults: %q %+v", why, o)
	}
	o = signOpts{padding: -1, hash: digests["sha1"]}
	if why := o.forPSSKey(p); why != "digest not allowed" {
		t.Fatal(why)
	}
	o = signOpts{padding: -1, salt: 8, saltSet: true}
	if why := o.forPSSKey(p); why != "saltlen" {
		t.Fatal(why)
	}
	o = signOpts{padding: rsaPKCS1Padding}
	if why := o.forPSSKey(nil); why != "padding" {
		t.Fatal(why)
	}
}

func TestRSAOtherExponent(t *testing.T) {
	for _, e := range []int{3, 17, 257} {
		k, err := generateRSAExp(1024, e)
		if err != nil {
			t.Fatal(err)
		}
		priv := k.priv.(*rsa.PrivateKey)
		if priv.E != e || priv.N.BitLen() != 1024 {
			t.Fatalf("e=%d: got e=%d, %d bits", e, priv.E, priv.N.BitLen())
		}
		if err := priv.Validate(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := generateRSAExp(1024, 4); err != errRSAExponent {
		t.Fatal(err)
	}
}
