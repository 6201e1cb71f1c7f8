// Package testutil holds helpers shared by gojanet's tests.
package testutil

import (
	"bytes"
	"net"
	"os"
	"sync"
	"testing"

	"go.uber.org/goleak"
)

// SyncBuffer is a bytes.Buffer that a runtime (or a child process) may
// write to while a test reads it.
type SyncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *SyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *SyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// OpenFDs counts this process's open file descriptors (tests check for
// leaks with it); the test is skipped where /proc/self/fd is missing.
func OpenFDs(t testing.TB) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("no /proc/self/fd: %v", err)
	}
	return len(ents)
}

// FreePort returns a loopback TCP port that nothing listened on a moment ago.
func FreePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// WorkerPool is the goleak option for the loop's worker pool: its
// goroutines are process-wide and live for the whole process, as libuv's
// threadpool does, so a leak check must not count them.
var WorkerPool = goleak.IgnoreTopFunction("github.com/gojanet/gojanet/runtime/loop.startPool.func1")
