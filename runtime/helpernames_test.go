package runtime

import (
	"strings"
	"testing"
)

// TestHelperNamesRoundTrip: a source naming esbuild's helpers (free, in
// strings, declared) converts with esbuild's helpers under their usual
// names for the rewrites, and every byte of the source's own comes back.
func TestHelperNamesRoundTrip(t *testing.T) {
	src := "const s = '$A $B $C __toESM __copyProps';\nconsole.log(typeof __toESM, s, __create$x, a__defProp);\n" +
		"const fs = await import('fs');\nfunction f() { var __defProp = 1; return __defProp; }\nexport { f };\n"
	code, isModule, err := transformKind("/x/a.mjs", src, ".mjs", false)
	if err != nil || !isModule {
		t.Fatal(isModule, err)
	}
	for _, want := range []string{"'$A $B $C __toESM __copyProps'", "typeof __toESM, s, __create$x, a__defProp", "var __defProp = 1;", "return __defProp;"} {
		if !strings.Contains(code, strings.ReplaceAll(want, "'", `"`)) {
			t.Errorf("converted code lacks %q:\n%s", want, code)
		}
	}
	// import() went through the wrapper (esmInterop found esbuild's helper)
	if !strings.Contains(code, "__gojanet_import(") || strings.Contains(code, "__toESM2") {
		t.Errorf("import() not rewritten:\n%s", code)
	}
}
