package crypto

import (
	"bytes"
	"crypto/aes"
	"crypto/des"
	"encoding/hex"
	"testing"
)

func unhex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

// RFC 3394 section 4.1 and 4.6, RFC 5649 section 6.
func TestKeyWrapVectors(t *testing.T) {
	kek := unhex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
	data := unhex("00112233445566778899aabbccddeeff000102030405060708090a0b0c0d0e0f")
	iv := unhex("a6a6a6a6a6a6a6a6")
	for _, c := range []struct {
		k, d int
		want string
	}{
		{16, 16, "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5"},
		{32, 32, "28c9f404c4b810f4cbccb35cfb87f8263f5786e2d80ed326cbc7f0e71a99f43bfb988b9b7a02dd21"},
	} {
		b, _ := aes.NewCipher(kek[:c.k])
		w, ok := newAESWrap(b, iv, false)(data[:c.d])
		if !ok || hex.EncodeToString(w) != c.want {
			t.Fatalf("wrap %d/%d = %x", c.k, c.d, w)
		}
		p, ok := newAESWrap(b, iv, true)(w)
		if !ok || !bytes.Equal(p, data[:c.d]) {
			t.Fatalf("unwrap %d/%d", c.k, c.d)
		}
		w[3] ^= 1
		if _, ok := newAESWrap(b, iv, true)(w); ok {
			t.Fatal("a tampered wrap was accepted")
		}
	}
	b, _ := aes.NewCipher(unhex("5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8"))
	aiv := unhex("a65959a6")
	for key, want := range map[string]string{
		"c37b7e6492584340bed12207808941155068f738": "138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a",
		"466f7250617369": "afbeb0f07dfbf5419200f2ccb50bb24f",
	} {
		w, ok := newAESWrapPad(b, aiv, false)(unhex(key))
		if !ok || hex.EncodeToString(w) != want {
			t.Fatalf("wrap-pad %s = %x", key, w)
		}
		p, ok := newAESWrapPad(b, aiv, true)(w)
		if !ok || hex.EncodeToString(p) != key {
			t.Fatalf("unwrap-pad %s = %x", key, p)
		}
	}
}

func TestDES3WrapRoundTrip(t *testing.T) {
	b, _ := des.NewTripleDESCipher(unhex("000102030405060708090a0b0c0d0e0f1011121314151617"))
	// made by node (OpenSSL)
	p, ok := newDES3Wrap(b, true)(unhex("4f97c9e1fb4070549697891ec52c2dfffe03d0064bafc01ce14e059351de49b0d4033ae45ab97131d8aae511781bbc1e"))
	if !ok || string(p) != "gojanet and node agree on keys!!" {
		t.Fatalf("unwrap node's: %q %v", p, ok)
	}
	w, ok := newDES3Wrap(b, false)([]byte("sixteen byte key"))
	if !ok || len(w) != 32 {
		t.Fatal("wrap")
	}
	if p, ok := newDES3Wrap(b, true)(w); !ok || string(p) != "sixteen byte key" {
		t.Fatal("round trip")
	}
	w[9] ^= 1
	if _, ok := newDES3Wrap(b, true)(w); ok {
		t.Fatal("a tampered wrap was accepted")
	}
}
