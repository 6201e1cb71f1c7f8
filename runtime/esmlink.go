package runtime

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
)

// Linking ES modules. node links a module graph before it evaluates any of
// it: an import of a name the imported ES module does not export is a
// SyntaxError ("The requested module './b.mjs' does not provide an export
// named 'x'") and nothing in the graph runs. gojanet runs a converted
// module's imports as requires inside its body, so the check happens first:
// transpileESM appends a comment naming the module's exports and, for each
// import declaration, its specifier and the names it imports
// (esmLinkComment); loadFile reads it back (esmLinkOf) and host.esmLink hands
// it to js/internal/esm_interop.js, which walks the graph from a module
// about to run (linkGraph) before its body does.

// esmLink is what linking needs of one ES module.
type esmLink struct {
	Exports []string `json:"exports"`
	// Stars are the specifiers of its `export * from` declarations, whose
	// names (but default) it exports too.
	Stars   []string    `json:"stars"`
	Imports []esmImport `json:"imports"`
	// Deps are the specifiers of all its import and export-from
	// declarations (a bare import and a namespace import too), in order.
	Deps []string `json:"deps,omitempty"`
	// TLA: its source has top-level await (require() refuses its graph).
	TLA bool `json:"tla,omitempty"`
}

// esmImport is one import declaration: where from, and which names.
type esmImport struct {
	Spec  string   `json:"spec"`
	Names []string `json:"names"`
}

const esmLinkPrefix = "\n//@gojanet-link "

// esmLinkComment is the comment transpileESM adds to a module's code (at
// its end, before the source map): its
// exports and the imports of esm, esbuild's ESM output (one import a line).
func esmLinkComment(esm string, exports []string, tla bool) string {
	link := esmLink{Exports: exports, Stars: []string{}, Imports: []esmImport{}, TLA: tla}
	if link.Exports == nil {
		link.Exports = []string{}
	}
	for _, line := range strings.Split(esm, "\n") {
		if !esmImportLine.MatchString(line) {
			continue
		}
		if m := lineSpecifier.FindStringSubmatch(line); m != nil {
			if spec, err := strconv.Unquote(m[1]); err == nil {
				link.Deps = append(link.Deps, spec)
			}
		}
		if m := exportStar.FindStringSubmatch(line); m != nil {
			if spec, err := strconv.Unquote(m[1]); err == nil {
				link.Stars = append(link.Stars, spec)
			}
			continue
		}
		if imp, ok := parseImportLine(line); ok && len(imp.Names) > 0 {
			link.Imports = append(link.Imports, imp)
		}
	}
	b, err := json.Marshal(link)
	if err != nil {
		return ""
	}
	return esmLinkPrefix + string(b)
}

// esmLinkOf reads back esmLinkComment's comment from a module's code (nil
// for code without one: CommonJS).
func esmLinkOf(code string) *esmLink {
	i := strings.LastIndex(code, esmLinkPrefix)
	if i < 0 {
		return nil
	}
	rest := code[i+len(esmLinkPrefix):]
	if j := strings.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	}
	var link esmLink
	if json.Unmarshal([]byte(rest), &link) != nil {
		return nil
	}
	return &link
}

// lineSpecifier finds the specifier that ends an import or export-from line.
var lineSpecifier = regexp.MustCompile(`("(?:[^"\\]|\\.)*");$`)

// exportStar matches `export * from "<spec>";`.
var exportStar = regexp.MustCompile(`^export\s\*\sfrom\s("(?:[^"\\]|\\.)*");$`)

// importClause matches `import <clause> from "<spec>";`.
var importClause = regexp.MustCompile(`^import\s+(.*?)\s*from\s*("(?:[^"\\]|\\.)*");$`)

// parseImportLine reads one of esbuild's import lines: the specifier and the
// names it imports ("default" for a default import; a namespace import names
// none).
func parseImportLine(line string) (esmImport, bool) {
	m := importClause.FindStringSubmatch(line)
	if m == nil {
		return esmImport{}, false
	}
	spec, err := strconv.Unquote(m[2])
	if err != nil {
		return esmImport{}, false
	}
	imp := esmImport{Spec: spec, Names: []string{}}
	clause := strings.TrimSpace(m[1])
	if clause != "" && clause[0] != '{' && clause[0] != '*' {
		// A default binding, maybe followed by ", { ... }" or ", * as ns".
		imp.Names = append(imp.Names, "default")
		comma := strings.IndexByte(clause, ',')
		if comma < 0 {
			return imp, true
		}
		clause = strings.TrimSpace(clause[comma+1:])
	}
	if !strings.HasPrefix(clause, "{") {
		return imp, true // a namespace import
	}
	end := strings.LastIndexByte(clause, '}')
	if end < 0 {
		return esmImport{}, false
	}
	for _, part := range strings.Split(clause[1:end], ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, _, _ := strings.Cut(part, " as ")
		name = strings.TrimSpace(name)
		if u, err := strconv.Unquote(name); err == nil {
			name = u // import { "a-b" as x }
		}
		imp.Names = append(imp.Names, name)
	}
	return imp, true
}
