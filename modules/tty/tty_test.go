package tty_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/internal/testutil"
	"github.com/gojanet/gojanet/runtime"
)

// openPTY returns both ends of a new pseudo-terminal.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skip("no pseudo-terminals here:", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(); m.Close() })
	return m, s
}

// On a terminal, process.stdout/stdin are tty streams: size, colours,
// raw mode (restored afterwards), 'resize' on SIGWINCH.
func TestStdioOnTerminal(t *testing.T) {
	master, pts := openPTY(t)
	go func() { // drain what the script writes to the terminal
		buf := make([]byte, 4096)
		for {
			if _, err := master.Read(buf); err != nil {
				return
			}
		}
	}()
	fd := int(pts.Fd())
	if err := unix.IoctlSetWinsize(fd, unix.TIOCSWINSZ, &unix.Winsize{Row: 40, Col: 100}); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(t.TempDir(), "tty.js")
	os.WriteFile(script, []byte(`
		const tty = require('tty');
		const out = process.stdout, err = process.stderr;
		err.write(JSON.stringify([out.isTTY, out instanceof tty.WriteStream, out.columns, out.rows, out.getWindowSize(),
			out.getColorDepth({ TERM: 'xterm-256color' }), out.hasColors(256, {}), process.stdin.isTTY, process.stdin.isRaw]) + '\n');
		process.stdin.setRawMode(true);
		err.write('raw ' + process.stdin.isRaw + '\n');
		out.cursorTo(0, 0); out.clearLine(0); out.moveCursor(1, 1); out.clearScreenDown();
		out.write('hello terminal\n');
		out.on('resize', () => {
			err.write('resize ' + out.columns + 'x' + out.rows + '\n');
			process.stdin.setRawMode(false);
			process.exit(0);
		});
		err.write('ready\n');
		setTimeout(() => {}, 20000);
	`), 0o644)
	stderr := &testutil.SyncBuffer{}
	rt, err := runtime.New(runtime.Options{Stdout: pts, Stdin: pts, Stderr: stderr, Args: []string{script}, HandleSignals: true})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan int, 1)
	go func() {
		code, _ := rt.RunFile(context.Background(), script)
		done <- code
	}()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(stderr.String(), "ready") {
		if time.Now().After(deadline) {
			t.Fatalf("no ready: %q", stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	tio, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil || tio.Lflag&(unix.ICANON|unix.ECHO) != 0 {
		t.Errorf("raw mode not set: %v %#x", err, tio.Lflag)
	}
	unix.IoctlSetWinsize(fd, unix.TIOCSWINSZ, &unix.Winsize{Row: 50, Col: 120})
	for i := 0; i < 100 && !strings.Contains(stderr.String(), "resize"); i++ {
		syscall.Kill(os.Getpid(), syscall.SIGWINCH)
		time.Sleep(50 * time.Millisecond)
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d", code)
		}
	case <-time.After(20 * time.Second):
		rt.Stop()
		t.Fatal("script did not exit")
	}
	want := "[true,true,100,40,[100,40],8,false,true,false]\nraw true\nready\nresize 120x50\n"
	if got := stderr.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if tio, _ := unix.IoctlGetTermios(fd, unix.TCGETS); tio.Lflag&unix.ICANON == 0 {
		t.Error("terminal left in raw mode")
	}
}
