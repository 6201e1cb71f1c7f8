package runtime_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/gojanet/gojanet/runtime"
)

// TestFinalizationRegistryRuns checks that a FinalizationRegistry's
// callback runs, on the loop, once Go's collector has freed the target,
// and that an unregistered target's never does.
func TestFinalizationRegistryRuns(t *testing.T) {
	const script = `
const seen = [];
const reg = new FinalizationRegistry((held) => seen.push(held));
(() => {
  const token = {};
  reg.register({ a: 1 }, 'collected');
  const kept = { b: 2 };
  reg.register(kept, 'unregistered', token);
  reg.unregister(token);
})();
let tries = 0;
(function wait() {
  const junk = [];
  for (let i = 0; i < 20000; i++) junk.push({ i });
  if (seen.length > 0 || ++tries > 3000) { console.log(JSON.stringify(seen)); return; }
  setTimeout(wait, 1);
})();
`
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	if code, err := rt.RunScript(context.Background(), "finalization.js", script); err != nil || code != 0 {
		t.Fatal(code, err)
	}
	if got := strings.TrimSpace(out.String()); got != `["collected"]` {
		t.Fatalf("cleanups seen: %s", got)
	}
}
