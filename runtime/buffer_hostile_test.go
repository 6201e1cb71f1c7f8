package runtime_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gojanet/gojanet/runtime"
)

// TestBufferHostileArguments calls every Buffer method and static, and the
// buffer module's functions, with hostile arguments in every position: each
// call returns or throws a JavaScript error (the script catches them all),
// never a Go panic, a hang or a crash.
func TestBufferHostileArguments(t *testing.T) {
	var out, errOut bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &errOut, ExecArgv: []string{"--no-deprecation"}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	code, err := rt.RunScript(ctx, "hostile.js", `
const buffer = require('buffer');
const hostile = [undefined, null, 0, -0, 1, -1, 2 ** 31, 2 ** 32, 2 ** 53, -(2 ** 53), Infinity, -Infinity, NaN,
  1.5, -1.5, '', 'abc', 'hex', 'ucs2', 'base64', {}, [], [1, 2], () => {}, Symbol('s'), 1n, -(2n ** 70n),
  Buffer.alloc(3), new Uint16Array(2), new ArrayBuffer(4), new DataView(new ArrayBuffer(2)),
  { length: 2 ** 40 }, { valueOf() { return 3; } }, true];
let calls = 0, threw = 0;
// Sizes up to kMaxLength are valid and allocate (node too): statics get
// the list without the large valid sizes, so the test stays small.
const small = hostile.filter((h) => h !== 2 ** 31 && h !== 2 ** 32);
function tryAll(fn, self, arity) {
  for (let pos = 0; pos < arity; pos++) {
    for (const h of self === undefined ? small : hostile) {
      const args = [];
      for (let i = 0; i < arity; i++) args.push(i === pos ? h : [undefined, 1, 2, 'utf8'][i % 4]);
      const target = self === undefined ? undefined : Buffer.from('hostile test bytes');
      calls++;
      try { fn.apply(target, args); } catch (e) {
        if (!(e instanceof Error)) throw new Error('non-Error thrown: ' + String(e));
        threw++;
      }
    }
  }
}
const proto = Buffer.prototype;
for (const name of Object.getOwnPropertyNames(proto)) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  if (typeof d.value === 'function' && name !== 'constructor') tryAll(d.value, proto, 4);
}
for (const name of ['from', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'byteLength', 'compare', 'concat',
  'isBuffer', 'isEncoding', 'copyBytesFrom', 'of']) {
  tryAll(Buffer[name].bind(Buffer), undefined, 3);
}
for (const name of ['isUtf8', 'isAscii', 'transcode', 'SlowBuffer', 'atob', 'btoa']) tryAll(buffer[name], undefined, 3);
for (const h of small) {
  calls++;
  try { new Buffer(h); } catch (e) { threw++; }
  try { new buffer.Blob([h]); new buffer.File([h], h); } catch (e) { threw++; }
}
console.log('calls', calls, 'threw', threw > 0);
`)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, err %v\n%s%s", code, err, out.String(), errOut.String())
	}
	if !strings.HasPrefix(out.String(), "calls ") || !strings.Contains(out.String(), "threw true") {
		t.Fatalf("unexpected output %q (stderr %q)", out.String(), errOut.String())
	}
}
