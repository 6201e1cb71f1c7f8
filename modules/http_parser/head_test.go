package http_parser

import (
	"math/rand"
	"regexp"
	"testing"

	"github.com/dop251/goja"
)

// hasToken against the regular expressions node's _http_outgoing uses
// (/(?:^|\W)close(?:$|\W)/i and the same for chunked), on ASCII strings
// (where Go's (?i) folds as JS's /i does) made of the tokens' pieces.
func TestHasToken(t *testing.T) {
	pieces := []string{"close", "Close", "CLOSE", "clos", "lose", "chunked", "Chunked", "chunk", "x", "_", "1", " ", ",", ";", "-", "é"}
	for _, tok := range []string{"close", "chunked"} {
		re := regexp.MustCompile(`(?i)(?:^|[^A-Za-z0-9_])` + tok + `(?:$|[^A-Za-z0-9_])`)
		r := rand.New(rand.NewSource(1))
		for i := 0; i < 20000; i++ {
			s := ""
			for n := r.Intn(5); n >= 0; n-- {
				s += pieces[r.Intn(len(pieces))]
			}
			if got, want := hasToken(s, tok), re.MatchString(s); got != want {
				t.Fatalf("hasToken(%q, %q) = %v, want %v", s, tok, got, want)
			}
		}
	}
}

// renderHead renders what the JS loop would and hands back the flags, or
// declines (undefined) for what the JS path treats specially.
func TestRenderHead(t *testing.T) {
	vm := goja.New()
	exports := vm.NewObject()
	bindHead(vm, exports)
	vm.Set("b", exports)
	v, err := vm.RunString(`
		const out = new Float64Array(b.headOut);
		const h = { __proto__: null };
		h['x-a'] = ['X-A', 'one'];
		h['content-length'] = ['Content-Length', ' 12 '];
		h['connection'] = ['Connection', 'keep-alive, Close'];
		h['x-n'] = ['x-n', 1e21];
		const r1 = b.renderHead('HTTP/1.1 200 OK\r\n', h);
		const f1 = out[0], cl = out[1];
		const arr = { __proto__: null, 'set-cookie': ['Set-Cookie', ['a', 'b']] };
		const cd = { __proto__: null, 'content-disposition': ['Content-Disposition', 'x'] };
		const obj = { __proto__: null, 'x': ['X', {}] };
		const boolv = { __proto__: null, 'x': ['X', true] };
		[r1, f1, cl, b.renderHead('L\r\n', arr), b.renderHead('L\r\n', cd), b.renderHead('L\r\n', obj),
		 b.renderHead('L\r\n', boolv), b.renderHead('L\r\n', { __proto__: null })].map(String).join('|')`)
	if err != nil {
		t.Fatal(err)
	}
	want := "HTTP/1.1 200 OK\r\nX-A: one\r\nContent-Length:  12 \r\nConnection: keep-alive, Close\r\nx-n: 1e+21\r\n|" +
		"19|12|undefined|undefined|undefined|undefined|L\r\n"
	if got := v.String(); got != want {
		t.Fatalf("got  %q\nwant %q", got, want)
	}
}

// The last head is kept: the same first line and lines give the same
// string, and any change (a value, a name's case, an added header, the
// first line) a new one.
func TestRenderHeadAgain(t *testing.T) {
	vm := goja.New()
	exports := vm.NewObject()
	bindHead(vm, exports)
	vm.Set("b", exports)
	v, err := vm.RunString(`
		const out = new Float64Array(b.headOut);
		const h = { __proto__: null };
		h['content-type'] = ['Content-Type', 'text/plain'];
		h['content-length'] = ['Content-Length', 5];
		const r = [];
		r.push(b.renderHead('HTTP/1.1 200 OK\r\n', h), out[0], out[1]);
		r.push(b.renderHead('HTTP/1.1 200 OK\r\n', h), out[0], out[1]);
		h['content-length'] = ['Content-Length', 6];
		r.push(b.renderHead('HTTP/1.1 200 OK\r\n', h), out[0], out[1]);
		h['content-type'] = ['content-type', 'text/plain'];
		r.push(b.renderHead('HTTP/1.1 200 OK\r\n', h));
		h['x'] = ['X', 'y'];
		r.push(b.renderHead('HTTP/1.1 200 OK\r\n', h));
		r.push(b.renderHead('HTTP/1.1 404 Not Found\r\n', h));
		delete h['x'];
		delete h['content-length'];
		r.push(b.renderHead('HTTP/1.1 404 Not Found\r\n', h), out[0]);
		r.join('|')`)
	if err != nil {
		t.Fatal(err)
	}
	want := "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n|16|5|" +
		"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n|16|5|" +
		"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n|16|6|" +
		"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\nContent-Length: 6\r\n|" +
		"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\nContent-Length: 6\r\nX: y\r\n|" +
		"HTTP/1.1 404 Not Found\r\ncontent-type: text/plain\r\nContent-Length: 6\r\nX: y\r\n|" +
		"HTTP/1.1 404 Not Found\r\ncontent-type: text/plain\r\n|0"
	if got := v.String(); got != want {
		t.Fatalf("got  %q\nwant %q", got, want)
	}
}
