package runtime_test

import (
	"context"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gojanet/gojanet/internal/testutil"
	"github.com/gojanet/gojanet/runtime"
)

// An embedded runtime leaves the host's signals alone unless asked: a
// script's process.on('SIGUSR2') gets nothing and the host's own handler
// gets the signal; with HandleSignals the script's listener gets it too.
func TestSignalsLeftToTheHost(t *testing.T) {
	host := make(chan os.Signal, 4)
	signal.Notify(host, syscall.SIGUSR2) // the host's own handling (and a safety net)
	defer signal.Stop(host)
	for _, handle := range []bool{false, true} {
		out := &testutil.SyncBuffer{}
		rt, err := runtime.New(runtime.Options{Stdout: out, Stderr: out, HandleSignals: handle})
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			rt.RunScript(context.Background(), "sig.js", `
				process.on('SIGUSR2', (s) => { console.log('script got', s); });
				const iv = setInterval(() => {}, 1000);
				console.log('ready');
			`)
		}()
		waitFor(t, "ready", func() bool { return strings.Contains(out.String(), "ready") })
		syscall.Kill(os.Getpid(), syscall.SIGUSR2)
		select {
		case <-host:
		case <-time.After(5 * time.Second):
			t.Fatal("the host did not get its signal")
		}
		if handle {
			waitFor(t, "the script's listener", func() bool { return strings.Contains(out.String(), "script got SIGUSR2") })
		} else {
			time.Sleep(100 * time.Millisecond)
			if strings.Contains(out.String(), "script got") {
				t.Errorf("without HandleSignals the script saw the host's signal:\n%s", out)
			}
		}
		rt.Stop()
		<-done
	}
}
