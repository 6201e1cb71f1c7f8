package runtime

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/gojanet/gojanet/js"
)

// The single regexps the syntaxPatterns replace: each must answer as its
// original on every input.
var syntaxOracles = []struct {
	name string
	fast syntaxPattern
	re   *regexp.Regexp
}{
	{"esmSyntax", esmSyntax, regexp.MustCompile(`(?m)^\s*(import\s*[\w*{"'$]|export\s+[\w*{]|export\s+default\b)|\bimport\.meta\b`)},
	{"asyncIterSyntax", asyncIterSyntax, regexp.MustCompile(`\bfor\s+await\b|\basync\s*\*|\basync\s+function\s*\*|\bimport\s*\(|\(\?<[^=!]|\\[pP]\{|/[dgimsuy]*v[dgimsuy]*\b`)},
	{"classFieldSyntax", classFieldSyntax, regexp.MustCompile(`\bstatic\s+[\w$]+\s*=\s*(?:async\s*)?(?:[\w$]+|\([^()]*\))\s*=>|(?m)^[ \t]*\[[^\]\n]+\]\s*=[^=]`)},
}

var syntaxCases = []string{
	"", "import x from 'y'", "  import {a} from 'b'", "x; import y", "\n\t import*as a from 'b'", "ximport y",
	"export default 1", "a\nexport const x", "b export {x}", "export\ndefault", "\r\n export *",
	"import.meta.url", "ximport.meta", "_import.meta", "$import.meta", "import.metax", "import .meta",
	"for await (x of y)", "xfor await", "for awaitx", "for\n\tawait(", "async*", "async *gen", "async function*g",
	"async  function  *", "xasync*", "import(", "import (x)", "reimport(x)", "/(?<name>x)/", "/(?<=x)/", "/(?<!x)/",
	"/\\p{L}/u", "/\\P{Lu}/u", "/x/v", "/x/gv;", "/x/vg.test", "a/v1", "a/dv ", "a/dev", "/v", "//v\n",
	"static x = () => 1", "static x = async (a) => a", "static x = y => y", "xstatic x = () => 1", "static x = (a, (b)) => 1",
	"[k] = 1", "  [k] = v", "\t[a, b] = c", "x [k] = 1", "[k] == 1", "[k]\n= 1", "[\n] = 1", "[k] =", "a\n  [k] =x",
	"\f import x from 'y'", "\v import x from 'y'", "é import x", "éimport.meta", "import\u00a0x",
}

func TestSyntaxPatternsAsRegexps(t *testing.T) {
	check := func(src, where string) {
		for _, o := range syntaxOracles {
			if got, want := o.fast.MatchString(src), o.re.MatchString(src); got != want {
				t.Errorf("%s on %s: %v, the regexp says %v", o.name, where, got, want)
			}
		}
	}
	for _, c := range syntaxCases {
		check(c, strings.ReplaceAll(c, "\n", `\n`))
		check("a;"+c+";b", "inside: "+c)
	}
	// The builtins: a corpus of real JavaScript.
	fs.WalkDir(js.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".js") {
			b, _ := fs.ReadFile(js.FS, path)
			check(string(b), path)
		}
		return nil
	})
}

func FuzzSyntaxPatterns(f *testing.F) {
	for _, c := range syntaxCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, o := range syntaxOracles {
			if got, want := o.fast.MatchString(src), o.re.MatchString(src); got != want {
				t.Fatalf("%s on %q: %v, the regexp says %v", o.name, src, got, want)
			}
		}
	})
}

// BenchmarkSyntaxPatterns: the three questions the loader asks of every
// file, over the builtins' sources (b.SetBytes: MB/s); -oracle=regexp in
// the name runs the single regexps instead.
func BenchmarkSyntaxPatterns(b *testing.B) {
	var srcs []string
	var n int64
	fs.WalkDir(js.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".js") {
			bs, _ := fs.ReadFile(js.FS, path)
			srcs = append(srcs, string(bs))
			n += int64(len(bs))
		}
		return nil
	})
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(n)
		for i := 0; i < b.N; i++ {
			for _, s := range srcs {
				_ = esmSyntax.MatchString(s) || asyncIterSyntax.MatchString(s) || classFieldSyntax.MatchString(s)
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		b.SetBytes(n)
		for i := 0; i < b.N; i++ {
			for _, s := range srcs {
				_ = syntaxOracles[0].re.MatchString(s) || syntaxOracles[1].re.MatchString(s) || syntaxOracles[2].re.MatchString(s)
			}
		}
	})
}
