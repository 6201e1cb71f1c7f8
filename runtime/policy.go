package runtime

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
)

// setPermissions hands the fs and process limits to the loop, where the
// bindings enforce them. The root is made absolute and symlink-free once,
// so every later check compares real paths.
func (r *Runtime) setPermissions() error {
	l := r.loop
	l.Cwd = func() string { return r.cwd.get() } // (not r.cwd.get: a worker's r.cwd is replaced after New)
	l.Perm.FSReadOnly = r.opts.FSReadOnly
	l.Perm.NoChildProcess = r.opts.NoChildProcess
	if r.opts.FSRoot == "" {
		return nil
	}
	root := r.opts.FSRoot
	if !filepath.IsAbs(root) {
		root = filepath.Join(r.opts.Dir, root)
	}
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		return fmt.Errorf("FSRoot: %w", err)
	}
	if st, err := os.Stat(real); err != nil || !st.IsDir() {
		return fmt.Errorf("FSRoot %s: not a directory", root)
	}
	l.Perm.FSRoot = real
	return nil
}

// allowList turns Options.AllowNet into the net module's check. Entries are
// "host:port", "host:*", "*:port", "*" or a Unix socket path; "localhost"
// matches the loopback addresses.
func allowList(entries []string) func(op, address string) bool {
	return func(op, address string) bool {
		host, port, err := net.SplitHostPort(address)
		for _, e := range entries {
			if e == "*" || e == address {
				return true
			}
			if err != nil {
				continue // a Unix socket path: exact match only
			}
			eh, ep, perr := net.SplitHostPort(e)
			if perr != nil {
				continue
			}
			if ep != "*" && ep != port {
				continue
			}
			if eh == "*" || eh == host || (eh == "localhost" && isLoopback(host)) {
				return true
			}
		}
		return false
	}
}

func isLoopback(host string) bool {
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// logWriter turns console output into one log record per line.
type logWriter struct {
	log     *slog.Logger
	level   slog.Level
	partial []byte
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.partial = append(w.partial, p...)
	for {
		i := bytes.IndexByte(w.partial, '\n')
		if i < 0 {
			break
		}
		line := strings.TrimRight(string(w.partial[:i]), "\r")
		w.partial = w.partial[i+1:]
		w.log.Log(context.Background(), w.level, line, "source", "console")
	}
	return len(p), nil
}
