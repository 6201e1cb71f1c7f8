package runtime_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	tlsmod "github.com/gojanet/gojanet/modules/tls"
)

// The TLS differential scripts with the handshakes on the loop and beside
// it, whatever GOMAXPROCS chooses (modules/tls SetHandshakesOnLoop): both
// must give node's output.
func TestConformanceTLSHandshakeModes(t *testing.T) {
	defer tlsmod.SetHandshakesOnLoop(0)
	for _, mode := range []struct {
		name string
		v    int
	}{{"on_loop", 1}, {"beside_loop", -1}} {
		tlsmod.SetHandshakesOnLoop(mode.v)
		for _, c := range conformanceCases(t) {
			src, err := os.ReadFile(c.script)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(c.name, "tls/") && !bytes.Contains(src, []byte("tls")) &&
				!bytes.Contains(src, []byte("https")) && !bytes.Contains(src, []byte("createSecure")) {
				continue
			}
			t.Run(mode.name+"/"+c.name, func(t *testing.T) {
				out, errOut, code := runGojanet(t, c.script, 30*time.Second)
				if out != c.stdout || code != c.exitCode {
					t.Errorf("gojanet differs from node\n--- want (exit %d)\n%s\n--- got (exit %d)\n%s\n--- stderr\n%s",
						c.exitCode, c.stdout, code, out, errOut)
				}
			})
		}
	}
}
