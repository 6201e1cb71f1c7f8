package crypto

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/runtime/loop"
)

// Every function of the binding, called with hostile arguments, throws a
// JS error or returns: never a Go panic (which would take the process down).
func TestBindingHostileArguments(t *testing.T) {
	vm := goja.New()
	l, err := loop.New(vm)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	l.NewBuffer = func(p []byte) *goja.Object { return vm.ToValue(vm.NewArrayBuffer(p)).ToObject(vm) } // stands in for Buffer
	exports := vm.NewObject()
	Binding(l, exports)
	vm.Set("b", exports)
	_, err = vm.RunString(`
		const vals = [undefined, null, NaN, Infinity, -Infinity, -1, 1.5, 2 ** 53, 1e300, '', 'sha256',
			'aes', 'cbc', 'gcm', {}, [], () => {}, new Uint8Array(32), new Uint8Array(0), new ArrayBuffer(16),
			Symbol('x')];
		let calls = 0;
		const h = b.hashNew('sha256');
		const c = b.cipherNew('aes', 'gcm', new Uint8Array(16), new Uint8Array(12), false, 16);
		const handles = [h, c,
			b.cipherNew('aes', 'ccm', new Uint8Array(16), new Uint8Array(12), false, 8),
			b.cipherNew('aes', 'ocb', new Uint8Array(16), new Uint8Array(12), true, 16),
			b.keyGenerate('ed448'), b.keyGenerate('x448'), b.keyGenerate('ec', 0, 'secp256k1')];
		for (const name of Object.keys(b)) {
			if (typeof b[name] !== 'function') continue;
			for (let i = 0; i < 60; i++) {
				const args = [];
				for (let j = 0; j < 7; j++) {
					const pool = vals.concat(handles);
					args.push(pool[(i * 7 + j * 13 + i * j) % pool.length]);
				}
				// No callbacks: async forms would need a running loop.
				for (let j = 0; j < args.length; j++) if (typeof args[j] === 'function') args[j] = undefined;
				try { b[name](...args); } catch (e) { if (!(e instanceof Error)) throw e; }
				calls++;
			}
		}
		calls;
	`)
	if err != nil {
		t.Fatal(err)
	}
}

func TestDigestNamesKnown(t *testing.T) {
	for _, n := range digestNames {
		a := lookupDigest(n)
		if a == nil {
			t.Errorf("%s listed but unknown", n)
			continue
		}
		h := newHash(a, -1)
		h.h.Write([]byte("abc"))
		if got := len(h.h.Sum(nil)); got != a.size {
			t.Errorf("%s: %d bytes, want %d", n, got, a.size)
		}
		if c := cloneHash(h.h, a.new); c == nil {
			t.Errorf("%s: cannot copy", n)
		}
	}
}
