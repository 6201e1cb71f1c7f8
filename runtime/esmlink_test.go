package runtime

import (
	"reflect"
	"testing"
)

func TestParseImportLine(t *testing.T) {
	cases := []struct {
		line  string
		spec  string
		names []string
	}{
		{`import d from "./a.mjs";`, "./a.mjs", []string{"default"}},
		{`import { a, b as c } from "./a.mjs";`, "./a.mjs", []string{"a", "b"}},
		{`import d, { a, default as e } from "x";`, "x", []string{"default", "a", "default"}},
		{`import * as ns from "x";`, "x", []string{}},
		{`import d, * as ns from "x";`, "x", []string{"default"}},
		{`import { "a-b" as ab } from "x";`, "x", []string{"a-b"}},
		{`import { a } from "q\"uote";`, "q\"uote", []string{"a"}},
	}
	for _, c := range cases {
		imp, ok := parseImportLine(c.line)
		if !ok || imp.Spec != c.spec || !reflect.DeepEqual(imp.Names, c.names) {
			t.Errorf("%s: got %+v, %v; want %q %q", c.line, imp, ok, c.spec, c.names)
		}
	}
	if _, ok := parseImportLine(`import "x";`); ok {
		t.Errorf("a bare import has no clause to parse")
	}
}

func TestESMLinkRoundTrip(t *testing.T) {
	esm := "import { a } from \"./a.mjs\";\nimport \"./side.mjs\";\nexport * from \"./star.mjs\";\nconst x = 1;\nexport {\n  x\n};"
	code := withLink("module code\n//# sourceMappingURL=data:application/json;base64,e30=\n", esmLinkComment(esm, []string{"x"}, true, nil))
	link := esmLinkOf(code)
	want := &esmLink{Exports: []string{"x"}, Stars: []string{"./star.mjs"}, Imports: []esmImport{{Spec: "./a.mjs", Names: []string{"a"}}},
		Deps: []string{"./a.mjs", "./side.mjs", "./star.mjs"}, TLA: true}
	if !reflect.DeepEqual(link, want) {
		t.Errorf("got %+v, want %+v", link, want)
	}
	if esmLinkOf("plain CommonJS") != nil {
		t.Errorf("CommonJS code has no link")
	}
}
