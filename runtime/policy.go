package runtime

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"strings"
)

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
