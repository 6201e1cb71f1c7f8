package tls

import (
	"github.com/dop251/goja"

	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"testing"
)

// opensslTicket builds a ticket the way OpenSSL lays one out, independently
// of seal: name, IV, AES-128-CBC with PKCS#7 padding, HMAC-SHA256 over the rest.
func opensslTicket(name, iv, hmacKey, aesKey, state []byte) []byte {
	pad := 16 - len(state)%16
	plain := append(append([]byte(nil), state...), bytes.Repeat([]byte{byte(pad)}, pad)...)
	block, _ := aes.NewCipher(aesKey)
	ct := make([]byte, len(plain))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(ct, plain)
	t := append(append(append([]byte(nil), name...), iv...), ct...)
	m := hmac.New(sha256.New, hmacKey)
	m.Write(t)
	return m.Sum(t)
}

func TestTicketLayout(t *testing.T) {
	var keys [48]byte
	copy(keys[:16], bytes.Repeat([]byte("N"), 16))
	copy(keys[16:32], bytes.Repeat([]byte("H"), 16))
	copy(keys[32:], bytes.Repeat([]byte("S"), 16))
	k := staticTicketKey(&keys)
	iv := bytes.Repeat([]byte("I"), 16)
	for _, n := range []int{0, 1, 15, 16, 17, 200} {
		state := bytes.Repeat([]byte{byte(n)}, n)
		got := k.seal(iv, state)
		want := opensslTicket(keys[:16], iv, keys[16:32], keys[32:], state)
		if !bytes.Equal(got, want) {
			t.Fatalf("%d bytes: sealed %x, OpenSSL's layout %x", n, got, want)
		}
		plain, ok := k.open(want)
		if !ok || !bytes.Equal(plain, state) {
			t.Fatalf("%d bytes: open = %x, %v", n, plain, ok)
		}
	}

	ticket := k.seal(iv, []byte("session"))
	bad := append([]byte(nil), ticket...)
	bad[40] ^= 1
	if _, ok := k.open(bad); ok {
		t.Fatal("a ticket with a changed byte opened")
	}
	other, _ := newTicketKey(keys[:16], []byte("another hmac key"), keys[32:])
	if _, ok := other.open(ticket); ok {
		t.Fatal("a ticket opened with another HMAC key")
	}
	for _, n := range []int{0, 32, 63, 64, 65} {
		if _, ok := k.open(ticket[:n]); ok {
			t.Fatalf("a %d-byte ticket opened", n)
		}
	}
	// A right HMAC over a body with bad padding.
	block, _ := aes.NewCipher(keys[32:])
	ct := make([]byte, 16)
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(ct, bytes.Repeat([]byte{0}, 16))
	body := append(append(append([]byte(nil), keys[:16]...), iv...), ct...)
	m := hmac.New(sha256.New, keys[16:32])
	m.Write(body)
	if _, ok := k.open(m.Sum(body)); ok {
		t.Fatal("a ticket with zero padding opened")
	}
}

// isInt32 answers as V8's IsInt32: -0 is not an int32 (node fails the
// handshake when a ticket key callback returns it as the status).
func TestIsInt32NegativeZero(t *testing.T) {
	vm := goja.New()
	for _, c := range []struct {
		src  string
		want bool
	}{{"-0", false}, {"0", true}, {"-5", true}, {"1.5", false}, {"2147483648", false}, {"-2147483648", true}} {
		if got := isInt32(vm.ToValue(mustRun(t, vm, c.src))); got != c.want {
			t.Errorf("isInt32(%s) = %v, want %v", c.src, got, c.want)
		}
	}
}

func mustRun(t *testing.T, vm *goja.Runtime, src string) goja.Value {
	t.Helper()
	v, err := vm.RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
