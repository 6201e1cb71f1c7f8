//go:debug rsa1024min=0

package libcrypto

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	_ "crypto/sha1"
	"os"
	"os/exec"
	"runtime"
	"sync"
	"syscall"
	"testing"
)

var testKey = func() *rsa.PrivateKey {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	return k
}()

func digest(h crypto.Hash) []byte {
	if h == crypto.MD5SHA1 {
		return make([]byte, 36)
	}
	d := h.New()
	d.Write([]byte("gojanet"))
	return d.Sum(nil)
}

// What libcrypto is not asked to do still gets Go's answer.
func TestLeftToGo(t *testing.T) {
	s, ok := Signer(testKey).(interface {
		crypto.Signer
		crypto.Decrypter
	})
	if !ok {
		t.Fatalf("Signer gave %T", Signer(testKey))
	}
	// A digest of the wrong length: Go's error.
	_, err := s.Sign(rand.Reader, []byte("short"), crypto.SHA256)
	_, want := testKey.Sign(rand.Reader, []byte("short"), crypto.SHA256)
	if err == nil || err.Error() != want.Error() {
		t.Errorf("wrong digest length: %v, want %v", err, want)
	}
	// Unhashed PKCS#1 v1.5 (hash 0) is Go's.
	raw := []byte("raw message")
	sig, err := s.Sign(rand.Reader, raw, crypto.Hash(0))
	if err != nil || rsa.VerifyPKCS1v15(&testKey.PublicKey, 0, raw, sig) != nil {
		t.Errorf("unhashed: %v", err)
	}
	// Decrypt is Go's.
	ct, _ := rsa.EncryptPKCS1v15(rand.Reader, &testKey.PublicKey, []byte("pms"))
	if pt, err := s.Decrypt(rand.Reader, ct, nil); err != nil || string(pt) != "pms" {
		t.Errorf("Decrypt: %q %v", pt, err)
	}
	// Other keys are not wrapped.
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if Signer(ec) != crypto.PrivateKey(ec) {
		t.Error("an ECDSA key was wrapped")
	}
	small, _ := rsa.GenerateKey(rand.Reader, 512)
	if Signer(small) != crypto.PrivateKey(small) {
		t.Error("a 512-bit key was wrapped")
	}
}

// One key signs from several goroutines at once (crypto/tls signs on
// whichever goroutine runs the handshake).
func TestConcurrentSigning(t *testing.T) {
	signer, ok := Signer(testKey).(crypto.Signer)
	if !ok {
		t.Fatal("not a signer")
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				d := digest(crypto.SHA256)
				sig, err := signer.Sign(rand.Reader, d, &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthEqualsHash, Hash: crypto.SHA256})
				if err == nil {
					err = rsa.VerifyPSS(&testKey.PublicKey, crypto.SHA256, d, sig, nil)
				}
				if err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// GOJANET_NO_LIBCRYPTO=1 leaves the key to Go (checked in a child, since
// libcrypto is loaded once per process).
func TestFallbackForced(t *testing.T) {
	if os.Getenv("GOJANET_NO_LIBCRYPTO") != "" {
		if Available() {
			t.Fatal("libcrypto loaded despite GOJANET_NO_LIBCRYPTO")
		}
		if Signer(testKey) != crypto.PrivateKey(testKey) {
			t.Fatalf("Signer wrapped the key: %T", Signer(testKey))
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestFallbackForced$", "-test.count=1")
	cmd.Env = append(os.Environ(), "GOJANET_NO_LIBCRYPTO=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

func BenchmarkSignRSA2048(b *testing.B) {
	d := digest(crypto.SHA256)
	opts := &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthEqualsHash, Hash: crypto.SHA256}
	for _, c := range []struct {
		name string
		key  crypto.Signer
	}{{"go", testKey}, {"libcrypto", Signer(testKey).(crypto.Signer)}} {
		b.Run(c.name+"/pss", func(b *testing.B) {
			defer reportCPU(b)()
			for i := 0; i < b.N; i++ {
				if _, err := c.key.Sign(rand.Reader, d, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"/pkcs1v15", func(b *testing.B) {
			defer reportCPU(b)()
			for i := 0; i < b.N; i++ {
				if _, err := c.key.Sign(rand.Reader, d, crypto.SHA256); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// reportCPU adds the thread's CPU time per operation to a benchmark's
// figures: on a shared machine it moves far less than wall-clock time.
func reportCPU(b *testing.B) func() {
	runtime.LockOSThread()
	cpu := func() int64 {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_THREAD, &ru)
		return ru.Utime.Nano() + ru.Stime.Nano()
	}
	start := cpu()
	return func() {
		b.ReportMetric(float64(cpu()-start)/1e3/float64(b.N), "cpu-µs/op")
		runtime.UnlockOSThread()
	}
}
