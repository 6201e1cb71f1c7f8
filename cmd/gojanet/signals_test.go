package main_test

import (
	"bufio"
	"io"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sigChild is a process whose exit one goroutine waits for.
type sigChild struct {
	cmd  *exec.Cmd
	done chan struct{}
}

// startIgnoring runs exe with SIGINT, SIGHUP and SIGQUIT ignored, as a shell
// starts a background job (and nohup), and waits for the script's "ready".
func startIgnoring(t *testing.T, exe string, args ...string) (*sigChild, *bufio.Reader, io.WriteCloser) {
	t.Helper()
	cmd := exec.Command("sh", append([]string{"-c", `trap '' INT HUP QUIT && exec "$@"`, "sh", exe}, args...)...)
	out, _ := cmd.StdoutPipe()
	in, _ := cmd.StdinPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &sigChild{cmd: cmd, done: make(chan struct{})}
	r := bufio.NewReader(out)
	line, err := r.ReadString('\n')
	go func() { cmd.Wait(); close(c.done) }()
	t.Cleanup(func() { cmd.Process.Kill(); <-c.done })
	if line != "ready\n" {
		t.Fatalf("%s: %q, %v", exe, line, err)
	}
	return c, r, in
}

// diedOf waits for c and reports the signal that killed it (0: it exited,
// -1: still running after 5 s).
func diedOf(c *sigChild) syscall.Signal {
	select {
	case <-c.done:
	case <-time.After(5 * time.Second):
		return -1
	}
	if ws, ok := c.cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return ws.Signal()
	}
	return 0
}

// TestSignalsAsNode: started with SIGINT, SIGHUP and SIGQUIT ignored, a script
// without listeners dies of SIGINT, SIGTERM, SIGHUP, SIGQUIT and SIGUSR2 (exit status
// 128+n from a shell) and ignores SIGWINCH, as node does (node resets
// inherited dispositions at start-up).
func TestSignalsAsNode(t *testing.T) {
	for _, e := range engines(t) {
		for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT, syscall.SIGUSR2, syscall.SIGWINCH} {
			t.Run(e.name+"/"+sig.String(), func(t *testing.T) {
				c, _, _ := startIgnoring(t, e.exe, faultScript("signals.js"))
				c.cmd.Process.Signal(sig)
				want := sig
				if sig == syscall.SIGWINCH {
					want = -1 // still running
				}
				if got := diedOf(c); got != want {
					t.Errorf("after %v: %v, want %v (-1: still running)", sig, got, want)
				}
			})
		}
	}
}

// TestSignalListeners: listeners get SIGINT and SIGUSR2 instead of the
// default action; once removed, the default action is back.
func TestSignalListeners(t *testing.T) {
	for _, e := range engines(t) {
		t.Run(e.name, func(t *testing.T) {
			c, r, in := startIgnoring(t, e.exe, faultScript("signals.js"), "listen")
			var got []string
			for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGUSR2} {
				c.cmd.Process.Signal(sig)
				line, _ := r.ReadString('\n')
				got = append(got, strings.TrimSpace(line))
			}
			io.WriteString(in, "off\n")
			line, _ := r.ReadString('\n')
			got = append(got, strings.TrimSpace(line))
			if strings.Join(got, ",") != "got SIGINT,got SIGUSR2,off" {
				t.Errorf("printed %q", got)
			}
			c.cmd.Process.Signal(syscall.SIGINT)
			if sig := diedOf(c); sig != syscall.SIGINT {
				t.Errorf("SIGINT without listeners: %v, want death by SIGINT", sig)
			}
		})
	}
}
