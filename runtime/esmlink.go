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
	// Types is the import attribute `type` of each specifier its import and
	// export-from declarations name ("" for none), for node's checks of a
	// JavaScript module's imports (a JSON module needs `with { type:
	// "json" }`); nil for TypeScript, which imports JSON without one as
	// tsx and TypeScript's bundlers do.
	Types map[string]string `json:"types,omitempty"`
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
// types: the attribute types (importAttributes), nil where not checked.
func esmLinkComment(esm string, exports []string, tla bool, types map[string]string) string {
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
				if types != nil {
					if link.Types == nil {
						link.Types = map[string]string{}
					}
					link.Types[spec] = types[spec]
				}
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

// importAttribute matches the last line of an import or export-from
// declaration in esbuild's ESM output when it ends with attributes:
// `import d from "./d.json" with { type: "json" };`, `} from './x.json'
// assert { type: "json" };` (node 20's older form), either quote.
var importAttribute = regexp.MustCompile(`^((?:import\s|export\s|\}\s*from\s)[^\n]*?("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'))\s+(?:with|assert)\s*\{([^{}\n]*)\};$`)

// attributeType matches the type entry of an attribute list.
var attributeType = regexp.MustCompile(`(?:^|,)\s*(?:type|"type"|'type')\s*:\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')`)

// importAttributes takes the attribute lists off esm's import and
// export-from declarations (goja knows no such syntax, and what follows
// reads the lines without them) and returns the `type` each specifier was
// imported with.
func importAttributes(esm string) (string, map[string]string) {
	if !strings.Contains(esm, "with") && !strings.Contains(esm, "assert") {
		return esm, map[string]string{}
	}
	types := map[string]string{}
	lines := strings.Split(esm, "\n")
	for i, line := range lines {
		m := importAttribute.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		lines[i] = m[1] + ";"
		spec, ok := unquoteLiteral(m[2])
		if !ok {
			continue
		}
		if t := attributeType.FindStringSubmatch(m[3]); t != nil {
			if v, ok := unquoteLiteral(t[1]); ok {
				types[spec] = v
			}
		}
	}
	return strings.Join(lines, "\n"), types
}

// unquoteLiteral is the value of a string literal esbuild printed, in
// double or single quotes.
func unquoteLiteral(lit string) (string, bool) {
	if len(lit) >= 2 && lit[0] == '\'' && lit[len(lit)-1] == '\'' {
		lit = doubleQuoted(lit)
	}
	v, err := strconv.Unquote(lit)
	return v, err == nil
}
