package main_test

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gojanet/gojanet/internal/testutil"
)

// The docs' echo server (testdata/doc-echo.ts, byte for byte the docs'
// TypeScript with its deno.land imports) run by the real CLI binary, driven
// by real clients: a Go client, and nc / telnet when installed.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

func gojanetBin(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "gojanet-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "gojanet")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = err
			t.Logf("%s", out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// lineLog collects the server's stdout and lets a test wait for a line.
type lineLog struct {
	mu    sync.Mutex
	lines []string
	added chan struct{}
}

func (l *lineLog) wait(t *testing.T, line string, count int) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		l.mu.Lock()
		n := 0
		for _, s := range l.lines {
			if s == line {
				n++
			}
		}
		l.mu.Unlock()
		if n >= count {
			return
		}
		select {
		case <-l.added:
		case <-deadline:
			t.Fatalf("timed out waiting for %q ×%d; have %q", line, count, l.lines)
		}
	}
}

func startEcho(t *testing.T) (*exec.Cmd, *lineLog) {
	t.Helper()
	if c, err := net.DialTimeout("tcp", "127.0.0.1:8124", 200*time.Millisecond); err == nil {
		c.Close()
		t.Skip("port 8124 is busy")
	}
	cmd := exec.Command(gojanetBin(t), filepath.Join("..", "..", "testdata", "doc-echo.ts"))
	out, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	log := &lineLog{added: make(chan struct{}, 100)}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			log.mu.Lock()
			log.lines = append(log.lines, sc.Text())
			log.mu.Unlock()
			select {
			case log.added <- struct{}{}:
			default:
			}
		}
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		if t.Failed() {
			t.Logf("server stderr:\n%s", stderr.String())
		}
	})
	log.wait(t, "server bound", 1)
	return cmd, log
}

func TestDocEchoWithGoClient(t *testing.T) {
	_, log := startEcho(t)
	for i := 1; i <= 2; i++ {
		c, err := net.Dial("tcp", "localhost:8124")
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(5 * time.Second))
		r := bufio.NewReader(c)
		greet, err := r.ReadString('\n')
		if err != nil || greet != "hello\r\n" {
			t.Fatalf("greeting %q, %v", greet, err)
		}
		for _, msg := range []string{"typed line\r\n", "another\r\n"} {
			io.WriteString(c, msg)
			got := make([]byte, len(msg))
			if _, err := io.ReadFull(r, got); err != nil || string(got) != msg {
				t.Fatalf("echo %q, %v", got, err)
			}
		}
		log.wait(t, "client connected", i)
		c.(*net.TCPConn).CloseWrite()
		// The server ends its side too (allowHalfOpen is false): we see EOF.
		if rest, err := io.ReadAll(r); err != nil || len(rest) != 0 {
			t.Fatalf("after FIN: %q, %v", rest, err)
		}
		c.Close()
		log.wait(t, "client disconnected", i)
	}
}

func TestDocEchoWithNetcat(t *testing.T) {
	nc, err := exec.LookPath("nc")
	if err != nil {
		t.Skip("nc is not installed (.ci/run installs netcat-openbsd)")
	}
	_, log := startEcho(t)
	// -N: shut down the socket after stdin's EOF, then wait for the server's EOF.
	cmd := exec.Command(nc, "-N", "localhost", "8124")
	cmd.Stdin = strings.NewReader("one\r\ntwo\r\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("nc: %v (%q)", err, out)
	}
	if string(out) != "hello\r\none\r\ntwo\r\n" {
		t.Fatalf("nc got %q", out)
	}
	log.wait(t, "client disconnected", 1)
}

func TestDocEchoWithTelnet(t *testing.T) {
	telnet, err := exec.LookPath("telnet")
	if err != nil {
		t.Skip("telnet is not installed (.ci/run installs it)")
	}
	_, log := startEcho(t)
	cmd := exec.Command(telnet, "localhost", "8124")
	stdin, _ := cmd.StdinPipe()
	out := &testutil.SyncBuffer{}
	cmd.Stdout = out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	log.wait(t, "client connected", 1)
	io.WriteString(stdin, "typed by a person\r\n")
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(out.String(), "typed by a person") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	stdin.Close() // telnet closes the connection at EOF on its input
	cmd.Wait()
	s := out.String()
	if !strings.Contains(s, "Connected to localhost") || !strings.Contains(s, "\nhello") || !strings.Contains(s, "typed by a person") {
		t.Fatalf("telnet saw %q", s)
	}
	log.wait(t, "client disconnected", 1)
}
