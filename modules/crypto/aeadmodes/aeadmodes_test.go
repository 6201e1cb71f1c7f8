package aeadmodes

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"testing"
)

func unhex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type vector struct {
	name                string
	key, nonce, aad, pt string
	ct                  string // ciphertext || tag
	tag                 int
}

func check(t *testing.T, mk func(cipher.Block, int, int) (cipher.AEAD, error), v vector) {
	t.Helper()
	blk, err := aes.NewCipher(unhex(t, v.key))
	if err != nil {
		t.Fatal(err)
	}
	nonce := unhex(t, v.nonce)
	a, err := mk(blk, len(nonce), v.tag)
	if err != nil {
		t.Fatalf("%s: %v", v.name, err)
	}
	pt, aad, want := unhex(t, v.pt), unhex(t, v.aad), unhex(t, v.ct)
	got := a.Seal(nil, nonce, pt, aad)
	if !bytes.Equal(got, want) {
		t.Fatalf("%s: Seal = %x, want %x", v.name, got, want)
	}
	back, err := a.Open(nil, nonce, want, aad)
	if err != nil || !bytes.Equal(back, pt) {
		t.Fatalf("%s: Open = %x, %v", v.name, back, err)
	}
	for i := range want {
		bad := bytes.Clone(want)
		bad[i] ^= 1
		if _, err := a.Open(nil, nonce, bad, aad); err == nil {
			t.Fatalf("%s: Open accepted a flipped byte %d", v.name, i)
		}
	}
	if len(aad) > 0 {
		if _, err := a.Open(nil, nonce, want, aad[1:]); err == nil {
			t.Fatalf("%s: Open accepted other associated data", v.name)
		}
	}
}

// RFC 3610 section 8 (packet vectors 1-3 and 7) and NIST SP 800-38C
// appendix C (examples 1-3).
var ccmVectors = []vector{
	{"rfc3610 #1", "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf", "00000003020100a0a1a2a3a4a5", "0001020304050607",
		"08090a0b0c0d0e0f101112131415161718191a1b1c1d1e", "588c979a61c663d2f066d0c2c0f989806d5f6b61dac38417e8d12cfdf926e0", 8},
	{"rfc3610 #2", "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf", "00000004030201a0a1a2a3a4a5", "0001020304050607",
		"08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "72c91a36e135f8cf291ca894085c87e3cc15c439c9e43a3ba091d56e10400916", 8},
	{"rfc3610 #3", "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf", "00000005040302a0a1a2a3a4a5", "0001020304050607",
		"08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20", "51b1e5f44a197d1da46b0f8e2d282ae871e838bb64da8596574adaa76fbd9fb0c5", 8},
	{"rfc3610 #7", "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf", "00000009080706a0a1a2a3a4a5", "0001020304050607",
		"08090a0b0c0d0e0f101112131415161718191a1b1c1d1e", "0135d1b2c95f41d5d1d4fec185d166b8094e999dfed96c048c56602c97acbb7490", 10},
	{"sp800-38c ex1", "404142434445464748494a4b4c4d4e4f", "10111213141516", "0001020304050607", "20212223", "7162015b4dac255d", 4},
	{"sp800-38c ex2", "404142434445464748494a4b4c4d4e4f", "1011121314151617", "000102030405060708090a0b0c0d0e0f",
		"202122232425262728292a2b2c2d2e2f", "d2a1f0e051ea5f62081a7792073d593d1fc64fbfaccd", 6},
	{"sp800-38c ex3", "404142434445464748494a4b4c4d4e4f", "101112131415161718191a1b", "000102030405060708090a0b0c0d0e0f10111213",
		"202122232425262728292a2b2c2d2e2f3031323334353637", "e3b201a9f5b71a7a9b1ceaeccd97e70b6176aad9a4428aa5484392fbc1b09951", 8},
}

// RFC 7253 appendix A, AES-128 with a 128-bit tag.
var ocbVectors = []vector{
	{"rfc7253 0", "000102030405060708090a0b0c0d0e0f", "bbaa99887766554433221100", "", "", "785407bfffc8ad9edcc5520ac9111ee6", 16},
	{"rfc7253 1", "000102030405060708090a0b0c0d0e0f", "bbaa99887766554433221101", "0001020304050607", "0001020304050607",
		"6820b3657b6f615a5725bda0d3b4eb3a257c9af1f8f03009", 16},
	{"rfc7253 2", "000102030405060708090a0b0c0d0e0f", "bbaa99887766554433221102", "0001020304050607", "",
		"81017f8203f081277152fade694a0a00", 16},
	{"rfc7253 3", "000102030405060708090a0b0c0d0e0f", "bbaa99887766554433221103", "", "0001020304050607",
		"45dd69f8f5aae72414054cd1f35d82760b2cd00d2f99bfa9", 16},
	{"rfc7253 4", "000102030405060708090a0b0c0d0e0f", "bbaa99887766554433221104", "000102030405060708090a0b0c0d0e0f",
		"000102030405060708090a0b0c0d0e0f", "571d535b60b277188be5147170a9a22c3ad7a4ff3835b8c5701c1ccec8fc3358", 16},
	{"rfc7253 7", "000102030405060708090a0b0c0d0e0f", "bbaa99887766554433221107",
		"000102030405060708090a0b0c0d0e0f1011121314151617", "000102030405060708090a0b0c0d0e0f1011121314151617",
		"1ca2207308c87c010756104d8840ce1952f09673a448a122c92c62241051f57356d7f3c90bb0e07f", 16},
	{"rfc7253 10", "000102030405060708090a0b0c0d0e0f", "bbaa9988776655443322110a",
		"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
		"bd6f6c496201c69296c11efd138a467abd3c707924b964deaffc40319af5a48540fbba186c5553c68ad9f592a79a4240", 16},
	{"rfc7253 12", "000102030405060708090a0b0c0d0e0f", "bbaa9988776655443322110c", "",
		"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
		"2942bfc773bda23cabc6acfd9bfd5835bd300f0973792ef46040c53f1432bcdfb5e1dde3bc18a5f840b52e653444d5df", 16},
	// OpenSSL's output (node's aes-128-ocb) for a 1-byte nonce and 5-byte tag
	{"openssl n1 t5", "01010101010101010101010101010101", "02", "040404",
		"05050505050505050505050505050505050505050505050505050505050505050505050505",
		"ff33d27102d0b66be4d589f0eb557a566808dec5c7838fb7953de7f8849ca5d9c4be84b8318d0f562f4b", 5},
}

func TestCCMVectors(t *testing.T) {
	for _, v := range ccmVectors {
		check(t, NewCCM, v)
	}
}

func TestOCBVectors(t *testing.T) {
	for _, v := range ocbVectors {
		check(t, NewOCB, v)
	}
}

// TestOCBIterative is RFC 7253 appendix A's test over messages of 0 to 127
// bytes, for each key and tag size.
func TestOCBIterative(t *testing.T) {
	want := map[[2]int]string{
		{128, 128}: "67e944d23256c5e0b6c61fa22fdf1ea2", {192, 128}: "f673f2c3e7174aae7bae986ca9f29e17",
		{256, 128}: "d90eb8e9c977c88b79dd793d7ffa161c", {128, 96}: "77a3d8e73589158d25d01209",
		{192, 96}: "05d56ead2752c86be6932c5e", {256, 96}: "5458359ac23b0cba9e6330dd",
		{128, 64}: "192c9b7bd90ba06a", {192, 64}: "0066bc6e0ef34e24", {256, 64}: "7d4ea5d445501cbe",
	}
	for k, w := range want {
		key := make([]byte, k[0]/8)
		key[len(key)-1] = byte(k[1])
		blk, _ := aes.NewCipher(key)
		a, err := NewOCB(blk, 12, k[1]/8)
		if err != nil {
			t.Fatal(err)
		}
		nonce := func(n uint64) []byte {
			b := make([]byte, 12)
			binary.BigEndian.PutUint64(b[4:], n)
			return b
		}
		var c []byte
		for i := range 128 {
			s := make([]byte, i)
			c = a.Seal(c, nonce(uint64(3*i+1)), s, s)
			c = a.Seal(c, nonce(uint64(3*i+2)), s, nil)
			c = a.Seal(c, nonce(uint64(3*i+3)), nil, s)
		}
		if got := hex.EncodeToString(a.Seal(nil, nonce(385), nil, c)); got != w {
			t.Errorf("AES-%d tag %d: %s, want %s", k[0], k[1], got, w)
		}
	}
}

// TestLong checks the 0xfffe length form of CCM's associated data and
// OCB's multi-block paths against OpenSSL's results (SHA-256 of
// ciphertext||tag, computed with node's aes-256-ccm and aes-256-ocb).
func TestLong(t *testing.T) {
	big := make([]byte, 70000)
	for i := range big {
		big[i] = byte(i % 251)
	}
	key := bytes.Repeat([]byte{7}, 32)
	blk, _ := aes.NewCipher(key)
	c, _ := NewCCM(blk, 13, 16)
	sum := sha256.Sum256(c.Seal(nil, bytes.Repeat([]byte{9}, 13), big[:1000], big))
	if got := hex.EncodeToString(sum[:]); got != "05124e763679ab31b224a97cafffbbfd94d17e436e91ba5e35683e8d60c1e397" {
		t.Errorf("ccm: %s", got)
	}
	o, _ := NewOCB(blk, 15, 16)
	sum = sha256.Sum256(o.Seal(nil, bytes.Repeat([]byte{9}, 15), big, big[:999]))
	if got := hex.EncodeToString(sum[:]); got != "a1274c652ac59902791df4ffc7777a98b58c23a31d3bd683eb4b75edc08f94dc" {
		t.Errorf("ocb: %s", got)
	}
}

func TestSizes(t *testing.T) {
	blk, _ := aes.NewCipher(make([]byte, 16))
	for n := 0; n <= 16; n++ {
		for tag := 0; tag <= 17; tag++ {
			_, err := NewCCM(blk, n, tag)
			if ok := n >= 7 && n <= 13 && tag >= 4 && tag <= 16 && tag%2 == 0; ok != (err == nil) {
				t.Errorf("NewCCM(%d, %d): %v", n, tag, err)
			}
			_, err = NewOCB(blk, n, tag)
			if ok := n >= 1 && n <= 15 && tag >= 1 && tag <= 16; ok != (err == nil) {
				t.Errorf("NewOCB(%d, %d): %v", n, tag, err)
			}
		}
	}
	if CCMMaxLength(13) != 65535 || CCMMaxLength(12) != 1<<24-1 || CCMMaxLength(7) != 1<<64-1 {
		t.Error("CCMMaxLength")
	}
	c, _ := NewCCM(blk, 13, 16)
	func() {
		defer func() {
			if recover() == nil {
				t.Error("CCM sealed a message longer than its length field")
			}
		}()
		c.Seal(nil, make([]byte, 13), make([]byte, 65536), nil)
	}()
}

// FuzzAEAD: for any key, nonce, tag size and message, Open undoes Seal,
// in place and not, and refuses a flipped bit.
func FuzzAEAD(f *testing.F) {
	f.Add([]byte("0123456789abcdef"), []byte("nonce-123456"), []byte("aad"), []byte("plaintext of some length"), uint8(16), false)
	f.Add(make([]byte, 32), []byte{1}, []byte{}, []byte{}, uint8(4), true)
	f.Fuzz(func(t *testing.T, key, nonce, aad, pt []byte, tag uint8, useCCM bool) {
		switch {
		case len(key) >= 32:
			key = key[:32]
		case len(key) >= 24:
			key = key[:24]
		case len(key) >= 16:
			key = key[:16]
		default:
			return
		}
		blk, _ := aes.NewCipher(key)
		var a cipher.AEAD
		var err error
		if useCCM {
			a, err = NewCCM(blk, len(nonce), int(tag))
		} else {
			a, err = NewOCB(blk, len(nonce), int(tag))
		}
		if err != nil {
			return
		}
		if useCCM && uint64(len(pt)) > CCMMaxLength(len(nonce)) {
			return
		}
		sealed := a.Seal([]byte("prefix"), nonce, pt, aad)
		if !bytes.HasPrefix(sealed, []byte("prefix")) || len(sealed) != 6+len(pt)+a.Overhead() {
			t.Fatal("Seal's output has the wrong shape")
		}
		sealed = sealed[6:]
		inPlace := append(make([]byte, 0, len(pt)+a.Overhead()), pt...)
		if got := a.Seal(inPlace[:0], nonce, inPlace, aad); !bytes.Equal(got, sealed) {
			t.Fatal("in-place Seal differs")
		}
		back, err := a.Open(nil, nonce, sealed, aad)
		if err != nil || !bytes.Equal(back, pt) {
			t.Fatalf("Open: %v", err)
		}
		buf := bytes.Clone(sealed)
		if back, err := a.Open(buf[:0], nonce, buf, aad); err != nil || !bytes.Equal(back, pt) {
			t.Fatalf("in-place Open: %v", err)
		}
		if !useCCM {
			// Streamed in chunks of any size, OCB gives the same bytes.
			chunk := len(aad)%23 + 1
			for _, decrypt := range []bool{false, true} {
				st, err := NewOCBStream(a, nonce, decrypt)
				if err != nil {
					t.Fatal(err)
				}
				in, want := pt, sealed[:len(pt)]
				if decrypt {
					in, want = want, in
				}
				var out []byte
				for rest := in; len(rest) > 0; {
					k := min(chunk, len(rest))
					n := len(out)
					out = st.Update(out, rest[:k])
					if (len(out)-n)%16 != 0 {
						t.Fatal("Update returned part of a block")
					}
					rest = rest[k:]
				}
				out, tag := st.Finish(out, aad)
				if !bytes.Equal(out, want) || !bytes.Equal(tag[:a.Overhead()], sealed[len(pt):]) {
					t.Fatalf("stream (decrypt %v) differs", decrypt)
				}
			}
		}
		// A flipped tag bit always fails; a flipped ciphertext bit fails
		// but for a chance of 2^-(8*tag), checked with 8-byte tags and up.
		bit := (len(pt) + len(aad)) % (8 * len(sealed))
		if a.Overhead() < 8 {
			bit = 8*len(pt) + bit%(8*a.Overhead())
		}
		bad := bytes.Clone(sealed)
		bad[bit/8] ^= 1 << (bit % 8)
		if _, err := a.Open(nil, nonce, bad, aad); err == nil {
			t.Fatal("Open accepted a flipped bit")
		}
	})
}
