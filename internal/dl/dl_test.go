package dl

import (
	"strings"
	"sync"
	"testing"
	"unsafe"
)

func libc(t *testing.T) Lib {
	t.Helper()
	if !Supported {
		t.Skip("not supported in this build")
	}
	l, err := Open("libc.so.6")
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestCall(t *testing.T) {
	l := libc(t)
	strlen, err := l.Sym("strlen")
	if err != nil {
		t.Fatal(err)
	}
	s := []byte("gojanet\x00")
	if n := Call1(strlen, uintptr(unsafe.Pointer(&s[0]))); n != 7 {
		t.Errorf("strlen = %d", n)
	}
	// Six arguments, a negative int, an int result; snprintf is variadic,
	// which callC allows (AL = 0 vector registers).
	snprintf, _ := l.Sym("snprintf")
	buf := make([]byte, 64)
	format := []byte("%d %d %d\x00")
	minus := -2
	n := Call6(snprintf, uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)), uintptr(unsafe.Pointer(&format[0])),
		1, uintptr(minus), 3)
	if got := GoString(uintptr(unsafe.Pointer(&buf[0]))); got != "1 -2 3" || int32(n) != 6 {
		t.Errorf("snprintf: %q, %d", got, int32(n))
	}
}

func TestErrors(t *testing.T) {
	l := libc(t)
	if _, err := l.Sym("no_such_function_here"); err == nil || !strings.Contains(err.Error(), "no_such_function_here") {
		t.Errorf("missing symbol: %v", err)
	}
	if _, err := Open("libno-such-library.so.9"); err == nil || !strings.Contains(err.Error(), "libno-such-library.so.9") {
		t.Errorf("missing library: %v", err)
	}
}

// Calls from many goroutines at once, with the collector moving stacks.
func TestConcurrentCalls(t *testing.T) {
	l := libc(t)
	strlen, _ := l.Sym("strlen")
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				s := make([]byte, i%50+1)
				for j := range s[:len(s)-1] {
					s[j] = 'x'
				}
				if n := Call1(strlen, uintptr(unsafe.Pointer(&s[0]))); int(n) != len(s)-1 {
					t.Errorf("strlen = %d, want %d", n, len(s)-1)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// BenchmarkCall is one call of a trivial C function (strlen of "x").
func BenchmarkCall(b *testing.B) {
	if !Supported {
		b.Skip("not supported in this build")
	}
	l, err := Open("libc.so.6")
	if err != nil {
		b.Fatal(err)
	}
	strlen, _ := l.Sym("strlen")
	s := []byte("x\x00")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Call1(strlen, uintptr(unsafe.Pointer(&s[0])))
	}
}

// What findDl found from the file is what the dynamic linker binds.
func TestFoundIsBound(t *testing.T) {
	libc(t)
	for name, p := range map[string]uintptr{"dlopen": dlopenFn, "dlsym": dlsymFn, "dlerror": dlerrorFn} {
		c := []byte(name + "\x00")
		// dlsym(RTLD_DEFAULT, name)
		if got := Call2(dlsymFn, 0, uintptr(unsafe.Pointer(&c[0]))); got != p {
			t.Errorf("%s: found %#x, dlsym says %#x", name, p, got)
		}
	}
}
