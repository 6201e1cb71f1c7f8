package runtime

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"
	"weak"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
	"github.com/evanw/esbuild/pkg/api"

	"github.com/gojanet/gojanet/internal/nodeflags"
	"github.com/gojanet/gojanet/js"
)

// The module wrapper node uses, plus import.meta for transpiled ES modules.
// It stays on the first line so line numbers in stack traces are unchanged.
// Every head is as wide as wrapperHead (padded), so columns on the first
// line shift alike whichever a file gets.
const (
	// esmWrapperHead is an ES module's: node defines none of CommonJS's
	// names in ES module scope (typeof require === 'undefined'), so the
	// wrapper's own parameters, which the code esbuild generates uses, have
	// names of gojanet's own (transpileESM, scopeESM). A module scope
	// function (third_party/goja gojanet_modulescope.go): module scope has
	// no `arguments` (typeof arguments is 'undefined', a read a
	// ReferenceError, as the global scope's) and its `this` is undefined,
	// whatever receiver the loader calls it with. compileWrapped marks it
	// so in the parsed tree (goja.MarkModuleScope): no source text can.
	esmWrapperHead = "(function (__gojanet_cjs_exports, __gojanet_require, __gojanet_module, __gojanet_filename, __gojanet_dirname, __gojanet_import_meta, __gojanet_tla, __gojanet_exports, __gojanet_import) {\"use strict\";                           "
	// wrapperHead is CommonJS lowered by esbuild (its import() calls go
	// through __gojanet_import), and an ES module in TypeScript that runs
	// with CommonJS's names (esmScoped).
	wrapperHead = "(function (exports, require, module, __filename, __dirname, __gojanet_import_meta, __gojanet_tla, __gojanet_exports, __gojanet_import) {" + "                                                                                          "
	wrapperTail = "\n})"
	// cjsWrapperHead is node's wrapper.
	cjsWrapperHead = "(function (exports, require, module, __filename, __dirname) {" + "                                                                                                                                                                     "
	// Builtins get process as a parameter, as node's do: a REPL input's
	// top-level `let process` must not change what the builtins see.
	builtinHead = "(function (exports, require, module, __filename, __dirname, internalBinding, process, undefined) {"
)

// Compiled programs are shared by every runtime in the process: builtins
// are compiled once, user files once per (path, size, mtime).
var programs = struct {
	sync.Mutex
	builtin map[string]*builtinProgram
	file    map[fileKey]*cachedFile
}{builtin: map[string]*builtinProgram{}, file: map[fileKey]*cachedFile{}}

// fileProgram is a user file compiled, with what linking its imports needs
// if it is an ES module (nil otherwise).
type fileProgram struct {
	prg  *goja.Program
	link *esmLink
}

// cachedFile is a user file's entry in programs.file.
type cachedFile struct {
	held heldProgram
	link *esmLink
}

// heldProgram is a compiled program the process keeps for the runtimes to
// come, until ReleaseIdlePrograms lets the collector free it.
type heldProgram struct {
	mu   sync.Mutex
	prg  *goja.Program
	used time.Time // when a runtime last asked for it
	// once released: the program until the collector frees it (prg is
	// nil then)
	weak weak.Pointer[goja.Program]
}

// get returns the program (nil: none, or freed); caller holds h.mu.
func (h *heldProgram) get() *goja.Program {
	if programRelease.Load() != 0 {
		h.used = time.Now()
	}
	if h.prg == nil {
		h.prg = h.weak.Value() // released, but not freed yet
	}
	return h.prg
}

// release turns the strong reference into a weak one when no runtime has
// asked for the program in age.
func (h *heldProgram) release(now time.Time, age time.Duration) {
	if !h.mu.TryLock() {
		return // compiling: next time
	}
	if h.prg != nil && now.Sub(h.used) >= age {
		h.weak = weak.Make(h.prg)
		h.prg = nil
	}
	h.mu.Unlock()
}

// builtinProgram compiles once, whichever runtime asks first; the others wait.
type builtinProgram struct {
	held heldProgram
	err  error // under held.mu
}

func builtinProgramFor(name string) (*goja.Program, error) {
	programs.Lock()
	bp := programs.builtin[name]
	if bp == nil {
		bp = &builtinProgram{}
		programs.builtin[name] = bp
	}
	programs.Unlock()
	h := &bp.held
	h.mu.Lock()
	defer h.mu.Unlock()
	if bp.err != nil {
		return nil, bp.err
	}
	if p := h.get(); p != nil {
		return p, nil
	}
	src, err := builtinSource(name)
	if err != nil {
		bp.err = fmt.Errorf("no builtin %q", name)
		return nil, bp.err
	}
	ast, err := parseBuiltin(name, src) // skiptable.go
	if err != nil {
		bp.err = err
		return nil, err
	}
	// Function bodies compile at their first call (goja fork,
	// compiler_lazy.go), once per process as the program is: start-up
	// compiles only what it runs. TestBuiltinsCompile compiles every body
	// eagerly too.
	h.prg, bp.err = goja.CompileASTLazy(ast, true)
	return h.prg, bp.err
}

// programRelease is ReleaseIdlePrograms' age in nanoseconds (0: off).
var programRelease atomic.Int64

// ReleaseIdlePrograms lets the collector free the compiled top-level code
// of the builtin modules and user files no runtime has asked for in the
// last age (0: keep them all, the default), checked after every
// collection. A runtime runs a module's top-level code
// once, when it first requires it; the process keeps it for the runtimes
// that may come later (workers, vm contexts), which share it and, for a
// builtin, the function bodies compiled from it. A serving process that
// starts none keeps it for nothing, and every collection marks it: ≈ 0.7
// MB of the hello server's live heap, ≈ 1.2 MB of an Express hello's. A
// runtime that asks after the code was freed compiles the module again
// (its functions then compile their bodies for themselves, as each node
// isolate does). The gojanet CLI sets it once the main script has run.
func ReleaseIdlePrograms(age time.Duration) {
	programRelease.Store(int64(age))
	if age > 0 {
		afterEachGC() // gctrigger.go
	}
}

// releaseIdlePrograms applies ReleaseIdlePrograms' age to every program
// the process keeps.
func releaseIdlePrograms() {
	age := time.Duration(programRelease.Load())
	if age == 0 {
		return
	}
	now := time.Now()
	programs.Lock()
	held := make([]*heldProgram, 0, len(programs.builtin)+len(programs.file))
	for _, bp := range programs.builtin {
		held = append(held, &bp.held)
	}
	for _, cf := range programs.file {
		held = append(held, &cf.held)
	}
	programs.Unlock()
	for _, h := range held {
		h.release(now, age)
	}
}

// builtinSource returns a builtin's source inside its wrapper, read from the
// embedded files straight into one buffer. The parser takes a []byte as it
// is (a string it copies twice), so the source is copied once more, into
// the parser's string, instead of four times: start-up compiles ≈ 450 KB
// of builtins for the docs' echo script, and those copies were ≈ 5% of
// everything it allocates before 'server bound'. The buffer is outside Go's
// heap (offheap.go), the same for every call with name; nothing may write it.
func builtinSource(name string) ([]byte, error) {
	s := &builtinSources
	s.Lock()
	defer s.Unlock()
	if b, ok := s.m[name]; ok {
		return b, nil
	}
	f, err := js.FS.Open(name + ".js")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := int(st.Size())
	buf := offHeapBytes(len(builtinHead) + size + len(wrapperTail))[:len(builtinHead)]
	copy(buf, builtinHead)
	n := size
	if !readEmbedded(f, name+".js", buf[len(buf):len(buf)+size]) { // embedread.go
		if n, err = io.ReadFull(f, buf[len(buf):len(buf)+size]); err != nil {
			return nil, err
		}
	}
	buf = append(buf[:len(buf)+n], wrapperTail...)
	if s.m == nil {
		s.m = map[string][]byte{}
	}
	s.m[name] = buf
	s.bytes += int64(len(buf))
	return buf, nil
}

// builtinSourceBytes is the size of the builtin sources read so far.
func builtinSourceBytes() int64 {
	s := &builtinSources
	s.Lock()
	defer s.Unlock()
	return s.bytes
}

type fileKey struct {
	path  string
	size  int64
	mtime int64
	maps  bool // the file's own source map applies (userMaps)
}

// builtinNames lists the public builtin modules: js/*.js and js/<dir>/*.js
// outside internal/.
var builtinNames = sync.OnceValue(func() map[string]bool {
	names := map[string]bool{}
	_ = fs.WalkDir(js.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".js") || strings.HasPrefix(p, "internal/") {
			return nil
		}
		names[strings.TrimSuffix(p, ".js")] = true
		return nil
	})
	return names
})

// schemeOnlyBuiltins are only reachable as "node:<name>" (node's
// node:test and node:sea): a bare name is a package.
var schemeOnlyBuiltins = map[string]bool{"test": true, "sea": true}

func (r *Runtime) builtinAllowed(name string) bool {
	if _, ok := r.natives[name]; ok {
		return true
	}
	if !builtinNames()[name] {
		return false
	}
	return r.allowed == nil || r.allowed[name] || name == "module" && r.allowed != nil && r.allowed["module"]
}

func (r *Runtime) compileBuiltin(name string) (goja.Value, error) {
	if r.opts.OnBuiltinLoad != nil {
		r.opts.OnBuiltinLoad()
	}
	prg, err := builtinProgramFor(name)
	if err != nil {
		return nil, err
	}
	return r.vm.RunProgram(prg)
}

// compileFile returns the module wrapper function for a user file,
// transpiling TypeScript and ES modules to CommonJS first.
func (r *Runtime) compileFile(filename string) (goja.Value, error) {
	if r.opts.OnModuleLoad != nil {
		r.opts.OnModuleLoad(filename)
	}
	fp, err := loadFile(filename, r.sourceMaps.Load())
	if err != nil {
		return nil, err
	}
	return r.vm.RunProgram(fp.prg)
}

// loadFile compiles a user file once per (path, size, mtime) in the process.
// userMaps: a sourceMappingURL the file itself carries maps its stack
// frames (--enable-source-maps); otherwise only the maps of gojanet's own
// transforms (TypeScript, ES modules, lowering) do, as node maps nothing.
func loadFile(filename string, userMaps bool) (*fileProgram, error) {
	st, err := os.Stat(filename)
	if err != nil {
		return nil, err
	}
	key := fileKey{filename, st.Size(), st.ModTime().UnixNano(), userMaps}
	programs.Lock()
	cf := programs.file[key]
	programs.Unlock()
	if cf != nil {
		cf.held.mu.Lock()
		prg := cf.held.get()
		cf.held.mu.Unlock()
		if prg != nil {
			return &fileProgram{prg: prg, link: cf.link}, nil
		}
	}
	src, err := os.ReadFile(filename)
	if err != nil {
		return nil, err
	}
	code, err := transpile(filename, string(src))
	if err != nil {
		return nil, err
	}
	fp := &fileProgram{link: esmLinkOf(code)}
	converted := !untouched(string(src), code)
	fp.prg, err = compileWrapped(filename, code, converted, userMaps || converted)
	if err != nil {
		fp.prg, fp.link = detectedModule(filename, string(src), err)
	}
	if err != nil && fp.prg == nil {
		if fp.prg = reprinted(filename, code, converted, err); fp.prg == nil {
			return nil, err
		}
	}
	cf = &cachedFile{link: fp.link}
	cf.held.prg = fp.prg
	programs.Lock()
	programs.file[key] = cf
	programs.Unlock()
	return fp, nil
}

// cjsOnlyErrors are the syntax errors of CommonJS source that would not be
// errors in an ES module: top-level await, and declaring a name the
// CommonJS wrapper passes in.
var cjsOnlyErrors = map[string]bool{
	"await is only valid in async functions and the top level bodies of modules": true,
	"Identifier 'module' has already been declared":                              true,
	"Identifier 'exports' has already been declared":                             true,
	"Identifier 'require' has already been declared":                             true,
	"Identifier '__filename' has already been declared":                          true,
	"Identifier '__dirname' has already been declared":                           true,
}

var awaitWord = regexp.MustCompile(`\bawait\b`)

// topLevelAwait: src has an await at its top level (esbuild's answer: node's
// module syntax detection of -e code and stdin).
func topLevelAwait(filename, src string) bool {
	if !awaitWord.MatchString(src) {
		return false
	}
	_, err := lower(filename, src, api.TransformOptions{Loader: api.LoaderJS, Supported: map[string]bool{"top-level-await": false}})
	return err == errTopLevelAwait
}

// detectedModule is node's module syntax detection for a .js file that no
// package.json "type" classes: source that fails as CommonJS for what an
// ES module allows (cjsOnlyErrors, or an await outside an async function
// whatever the error it causes) runs as an ES module if it compiles as one
// (its program and what linking it needs); nil otherwise (the CommonJS
// error stands). import, export and
// import.meta are found before (esmSyntax).
func detectedModule(filename, src string, cjsErr error) (*goja.Program, *esmLink) {
	se, ok := cjsErr.(*SyntaxError)
	if !ok || !cjsOnlyErrors[se.Message] && !awaitWord.MatchString(src) {
		// (node retries any failure as an ES module; one that is not
		// CommonJS's own can only pass as a module through an await.)
		return nil, nil
	}
	if ext := filepath.Ext(filename); ext != ".js" && ext != "" || packageType(filepath.Dir(filename)) != "" {
		return nil, nil
	}
	if !cjsOnlyErrors[se.Message] {
		// V8 may compile as CommonJS what goja cannot (thread-stream's
		// worker, which `reprinted` takes care of): node runs it as
		// CommonJS, require and all, unless it fails as CommonJS for
		// esbuild too.
		if _, err := lower(filename, src, api.TransformOptions{Loader: api.LoaderJS, Format: api.FormatCommonJS}); err == nil {
			return nil, nil
		}
	}
	code, err := transform(filename, blankHashbang(src), ".js", true)
	if err != nil {
		return nil, nil
	}
	prg, err := compileWrapped(filename, code, true, true)
	if err != nil {
		return nil, nil
	}
	return prg, esmLinkOf(code)
}

// moduleStatement finds what goja cannot parse in a module: import and
// export declarations (to their module specifier, or the export list's
// closing brace, and a semicolon), export's and export default's keywords,
// import.meta.
var moduleStatement = regexp.MustCompile(`(?m)^[ \t]*(?:import\s*(?:[^;'"]*?\bfrom\s*)?["'][^"'\n]*["']\s*;?|export\s*(?:\*[^;'"]*?\bfrom\s*["'][^"'\n]*["']|\{[^}]*\}(?:\s*from\s*["'][^"'\n]*["'])?)\s*;?|export\s+default\b|export\b)|\bimport\.meta\b`)

// v8ModuleError words an ES module's syntax error (esbuild's) as V8 does,
// where goja's parser, which words its errors as V8's, finds its first
// error on the same line: the module's body, its import and export
// declarations blanked, compiled as a strict async function.
func v8ModuleError(se *SyntaxError, src string) {
	if se.Line < 1 {
		return
	}
	masked := moduleStatement.ReplaceAllStringFunc(src, func(m string) string {
		switch {
		case m == "import.meta":
			return "_importMeta"
		case strings.HasPrefix(m, "export") && strings.HasSuffix(strings.TrimSpace(m), "default"):
			i := strings.Index(m, "export")
			return m[:i] + "void" + strings.Repeat(" ", len(m)-i-len("void"))
		}
		b := []byte(m)
		for i, c := range b {
			if c != '\n' && c != '\r' {
				b[i] = ' '
			}
		}
		return string(b)
	})
	const head = "(async function () {'use strict';"
	_, err := compile(se.File, head+masked+"\n})", false)
	ce, ok := err.(*goja.CompilerSyntaxError)
	if !ok {
		return
	}
	g := compilerSyntaxError(se.File, masked, len(head), ce)
	if g.Line != se.Line {
		return
	}
	// What a module reserves, goja's parser (a script's) words otherwise.
	switch {
	case g.Message == "await is only valid in async functions and the top level bodies of modules":
		g.Message = "Unexpected reserved word"
	case g.Message == "Unexpected identifier 'yield'" || g.Message == "let is disallowed as a lexically bound name":
		g.Message = "Unexpected strict mode reserved word"
	case strings.HasPrefix(g.Message, "Compiler bug"):
		return
	}
	lines := strings.Split(src, "\n")
	se.Message, se.Column, se.caretLen, se.endOfInput = g.Message, g.Column, g.caretLen, g.endOfInput
	if g.Line <= len(lines) {
		se.LineText = strings.TrimRight(lines[g.Line-1], "\r")
	}
}

// v8ScriptError words esbuild's syntax error in CommonJS source (lowered
// for goja) as V8 does, where goja's parser, which words its errors as V8's,
// fails on the same line.
func v8ScriptError(se *SyntaxError, filename, src string) {
	if se.Line < 1 {
		return
	}
	_, err := compileWrapped(filename, src, false, false)
	g, ok := err.(*SyntaxError)
	if !ok || g.Line != se.Line || strings.HasPrefix(g.Message, "Compiler bug") {
		return
	}
	se.Message, se.Column, se.LineText, se.caretLen, se.endOfInput = g.Message, g.Column, g.LineText, g.caretLen, g.endOfInput
}

// untouched: transpile gave src back as it was (a #! line blanked to //
// keeps its length), so a source map in code is the author's, not ours.
func untouched(src, code string) bool {
	return len(code) == len(src) && (code == src || len(src) >= 2 && code[2:] == src[2:])
}

// compileWrapped compiles code inside the module wrapper; a syntax error
// comes back as a *SyntaxError that names the file, line and column in code.
// converted: code is transpile's conversion, not the source as it was (only
// a conversion's names mark is gojanet's: the source may end in the same
// text). maps: code's sourceMappingURL, if any, maps its frames.
func compileWrapped(filename, code string, converted, maps bool) (*goja.Program, error) {
	// Plain CommonJS gets node's five parameters (module code may look at
	// arguments), padded to the same width so columns shift alike; code
	// converted with names of gojanet's gets them under their prefix.
	head, esm := cjsWrapperHead, false
	if own, ok := namesOf(code); ok && converted {
		head = wrapperHead
		if strings.Contains(code, esmScopeMark) {
			head, esm = esmWrapperHead, true
		}
		head = withOwnNames(head, own)
	}
	var opts []parser.Option
	if !maps {
		opts = append(opts, parser.WithDisableSourceMaps)
	}
	prg, err := compileAs(filename, head+code+wrapperTail, false, esm, opts...)
	if se, ok := err.(*goja.CompilerSyntaxError); ok {
		return nil, compilerSyntaxError(filename, code, len(wrapperHead), se)
	}
	return prg, err
}

// reprinted works around goja's parser where it rejects valid JavaScript
// (the goja release gojanet pins misses automatic semicolon insertion after
// a member named by a keyword: `x = o.default` then a newline and `const`):
// source goja refused but esbuild accepts is compiled as esbuild prints it,
// with a source map back to the original lines. Source both refuse keeps
// goja's error; nil means no program.
func reprinted(filename, code string, converted bool, compileErr error) *goja.Program {
	if _, ok := compileErr.(*SyntaxError); !ok {
		return nil
	}
	printed, err := lower(filename, code, api.TransformOptions{Loader: api.LoaderJS})
	if err != nil {
		return nil
	}
	prg, err := compileWrapped(filename, printed, converted, true)
	if err != nil {
		return nil
	}
	return prg
}

// useStrict is V8's --use-strict (process-wide, as V8's flags are): every
// script a user wrote compiles as strict code. runtime.New sets it from its
// options.
var useStrict atomic.Bool

// compile is goja.Compile for source a user wrote. goja's parser panics on
// some malformed input (a slice out of range while re-reading a binding
// pattern, found by fuzzing the REPL); that input is a syntax error, and is
// reported as one.
// Parser options, if any, apply to the parse (vm scripts turn source maps off).
func compile(name, src string, strict bool, opts ...parser.Option) (*goja.Program, error) {
	return compileAs(name, src, strict, false, opts...)
}

// compileAs is compile; moduleScope marks src's wrapper (its first
// statement, a function expression) as an ES module's scope.
func compileAs(name, src string, strict, moduleScope bool, opts ...parser.Option) (prg *goja.Program, err error) {
	strict = strict || useStrict.Load()
	defer func() {
		if x := recover(); x != nil {
			prg, err = nil, &goja.CompilerSyntaxError{CompilerError: goja.CompilerError{Message: "Invalid or unexpected token"}}
		}
	}()
	if len(opts) == 0 && !moduleScope {
		return goja.Compile(name, src, strict)
	}
	ast, err := goja.Parse(name, src, opts...)
	if err != nil {
		return nil, err
	}
	if moduleScope {
		goja.MarkModuleScope(ast)
	}
	return goja.CompileAST(ast, strict)
}

var parserErrorPosition = regexp.MustCompile(`^(?:.*?: )?Line (\d+):(\d+) (.*?)(?: \(and \d+ more errors\))?$`)

// compilerSyntaxError turns goja's error into a SyntaxError at the position
// in code (a wrapper of head bytes shares code's first line and may add one
// after its last).
func compilerSyntaxError(filename, code string, head int, ce *goja.CompilerSyntaxError) *SyntaxError {
	line, col, msg := 0, 0, ce.Message
	if ce.File != nil {
		p := ce.File.Position(ce.Offset)
		line, col = p.Line, p.Column
	} else if m := parserErrorPosition.FindStringSubmatch(ce.Message); m != nil {
		line, _ = strconv.Atoi(m[1])
		col, _ = strconv.Atoi(m[2])
		msg = m[3]
	}
	if line == 1 {
		col -= head
		if col < 1 {
			col = 1
		}
	}
	lines := strings.Split(code, "\n")
	end := false
	if head > 0 && !strings.Contains(msg, "end of input") {
		// A } in the source that closes the wrapper function makes goja
		// fail later (or in the wrapper's tail); V8, which parses the module
		// as a function body, stops at that }. esbuild (CommonJS allows a
		// top-level return) finds it.
		if _, err := lower(filename, code, api.TransformOptions{Loader: api.LoaderJS, Format: api.FormatCommonJS}); err != nil {
			if se, ok := err.(*SyntaxError); ok && se.Message == "Unexpected token '}'" && se.Line >= 1 && se.Line <= len(lines) &&
				(line > len(lines) || se.Line < line || se.Line == line && se.Column < col) {
				return se
			}
		}
	}
	if line > len(lines) {
		// The parser ran into the wrapper's tail: V8, which parses the
		// module as a function body, ran out of input there.
		line, end = len(lines), true
		col = len(lines[line-1]) + 1
		msg = "Unexpected end of input"
	}
	end = end || msg == "Unexpected end of input"
	se := &SyntaxError{File: filename, Line: line, Column: col, Message: msg, endOfInput: end}
	if line >= 1 {
		se.LineText = strings.TrimRight(lines[line-1], "\r")
	}
	se.Message = v8SyntaxMessage(se.Message, se.LineText, col)
	se.caretLen = tokenLength(se.Message, se.LineText, col)
	if ce.Length > 0 && !end {
		// The parser knows the extent V8 underlines (to the line's end at most).
		if rest := len(se.LineText) - (col - 1); rest > 0 {
			se.caretLen = utf8.RuneCountInString(se.LineText[col-1 : col-1+min(ce.Length, rest)])
		}
	}
	return se
}

// tokenLength is how many characters V8's caret underlines: the offending
// token's (1 where it is not known).
func tokenLength(msg, lineText string, col int) int {
	i := col - 1
	if i < 0 || i >= len(lineText) {
		return 1
	}
	rest := lineText[i:]
	// quoted is the token a message names between quotes, if it names one.
	quoted := func(prefix string) (string, bool) {
		if len(msg) > len(prefix) && strings.HasPrefix(msg, prefix) && strings.HasSuffix(msg, "'") {
			return msg[len(prefix) : len(msg)-1], true
		}
		return "", false
	}
	if tok, ok := quoted("Unexpected token '"); ok {
		return utf8.RuneCountInString(tok)
	}
	if tok, ok := quoted("Unexpected identifier '"); ok {
		return utf8.RuneCountInString(tok)
	}
	switch {
	case msg == "Unexpected number":
		n := strings.IndexFunc(rest, func(r rune) bool { return !(r == '.' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) })
		if n > 0 {
			return n
		}
	case msg == "Unexpected string":
		if q := rest[0]; q == '"' || q == '\'' {
			for j := 1; j < len(rest); j++ {
				if rest[j] == '\\' {
					j++
				} else if rest[j] == q {
					return utf8.RuneCountInString(rest[:j+1])
				}
			}
		}
	case msg == "Invalid or unexpected token":
		if q := rest[0]; q == '"' || q == '\'' {
			return utf8.RuneCountInString(rest) // an unterminated string: the rest of the line
		}
	case strings.HasPrefix(msg, "Illegal 'use strict' directive"):
		return tokenLength("Unexpected string", lineText, col)
	case underlinesWord(msg):
		if name := identifierAt(lineText, i); name != "" {
			return utf8.RuneCountInString(name)
		}
	}
	return 1
}

// wordMessages are the messages of errors V8 reports at a keyword or a
// name, underlined whole (goja's parser reports where it starts).
var wordMessages = []string{
	"Unexpected reserved word", "Unexpected strict mode reserved word", "let is disallowed as a lexically bound name",
	"'super' keyword unexpected here", "new.target expression is not allowed here",
	"Strict mode code may not include a with statement", "In strict mode code, functions can only be declared",
	"In non-strict mode code, functions can only be declared", "Illegal newline after throw",
	"Classes may not have a static property named", "Classes may not have a field named", "Class constructor may not be",
	"A class may only have one constructor", "Delete of an unqualified identifier", "Yield expression not allowed in formal parameter",
	"Unexpected eval or arguments in strict mode", "Cannot use import statement outside a module",
	"Cannot use 'import.meta' outside a module", "Missing initializer in const declaration",
}

func underlinesWord(msg string) bool {
	for _, m := range wordMessages {
		if strings.HasPrefix(msg, m) {
			return true
		}
	}
	return false
}

// v8SyntaxMessage words goja's parser messages as V8 does: the token
// quoted, the identifier named (read off the source at the error's column),
// an illegal token as "Invalid or unexpected token".
func v8SyntaxMessage(msg, lineText string, col int) string {
	const unexpected = "Unexpected token "
	switch {
	case msg == unexpected+"ILLEGAL":
		return "Invalid or unexpected token"
	case msg == "Unexpected identifier":
		if name := identifierAt(lineText, col-1); name != "" {
			return msg + " '" + name + "'"
		}
	case strings.HasPrefix(msg, unexpected) && len(msg) > len(unexpected) && msg[len(unexpected)] != '\'':
		return unexpected + "'" + msg[len(unexpected):] + "'"
	}
	return msg
}

// v8FromEsbuild words esbuild's commonest syntax errors as V8 does (ES
// modules are parsed by esbuild): what was found unexpectedly, classed as
// V8 classes tokens.
func v8FromEsbuild(text string) string {
	switch text {
	case "Unexpected end of file":
		return "Unexpected end of input"
	case "Unterminated string literal", "Unterminated template literal", "Unterminated regular expression":
		return "Invalid or unexpected token"
	}
	var found string
	if strings.HasPrefix(text, `Unexpected "`) && strings.HasSuffix(text, `"`) {
		found = text[len(`Unexpected "`) : len(text)-1]
	} else if i := strings.Index(text, ` but found "`); i >= 0 && strings.HasPrefix(text, "Expected ") && strings.HasSuffix(text, `"`) {
		found = text[i+len(` but found "`) : len(text)-1]
	} else if strings.HasPrefix(text, "Expected ") && strings.HasSuffix(text, " but found end of file") {
		return "Unexpected end of input"
	} else {
		return text
	}
	if found == "" {
		return text
	}
	switch c := found[0]; {
	case c >= '0' && c <= '9' || c == '.' && len(found) > 1:
		return "Unexpected number"
	case c == '"' || c == '\'':
		return "Unexpected string"
	case c == '`':
		return "Unexpected template string"
	}
	if identifierAt(found, 0) == found {
		if reservedWords[found] {
			return "Unexpected token '" + found + "'"
		}
		return "Unexpected identifier '" + found + "'"
	}
	return "Unexpected token '" + found + "'"
}

// reservedWords are the names V8 reports as tokens, not identifiers.
var reservedWords = map[string]bool{
	"break": true, "case": true, "catch": true, "class": true, "const": true, "continue": true,
	"debugger": true, "default": true, "delete": true, "do": true, "else": true, "export": true,
	"extends": true, "false": true, "finally": true, "for": true, "function": true, "if": true,
	"import": true, "in": true, "instanceof": true, "new": true, "null": true, "return": true,
	"super": true, "switch": true, "this": true, "throw": true, "true": true, "try": true,
	"typeof": true, "var": true, "void": true, "while": true, "with": true, "enum": true,
}

// identifierAt is the identifier starting at byte i of line, or "".
func identifierAt(line string, i int) string {
	if i < 0 || i >= len(line) {
		return ""
	}
	end := i
	for end < len(line) {
		r, size := utf8.DecodeRuneInString(line[end:])
		if !(r == '_' || r == '$' || unicode.IsLetter(r) || (end > i && unicode.IsDigit(r))) {
			break
		}
		end += size
	}
	return line[i:end]
}

// esmSyntax is `(?m)^\s*(import\s*[\w*{"'$]|export\s+[\w*{]|export\s+default\b)|\bimport\.meta\b`
// (export\s+[\w*{] takes export default too), fast (syntaxscan.go).
var esmSyntax = syntaxPattern{
	{regexp.MustCompile(`import\s*[\w*{"'$]`), afterLineStartSpace},
	{regexp.MustCompile(`export\s+[\w*{]`), afterLineStartSpace},
	{regexp.MustCompile(`import\.meta\b`), wordStart},
}

// goja has neither async generators nor for await; esbuild lowers both
// (to generators and promises), so source that may use them is transformed.
// Dynamic import() too: goja cannot parse it, esbuild makes it a require.
// Regex literals with named groups, Unicode property escapes or the v flag
// become RegExp constructor calls, which js/internal/regexp_named.js handles
// (goja misnumbers named groups, reads \p{L} as p and refuses v).
// It is `\bfor\s+await\b|\basync\s*\*|\basync\s+function\s*\*|\bimport\s*\(|\(\?<[^=!]|\\[pP]\{|/[dgimsuy]*v[dgimsuy]*\b`,
// fast (syntaxscan.go).
var asyncIterSyntax = syntaxPattern{
	{regexp.MustCompile(`for\s+await\b`), wordStart},
	{regexp.MustCompile(`async(?:\s*|\s+function\s*)\*`), wordStart},
	{regexp.MustCompile(`import\s*\(`), wordStart},
	{regexp.MustCompile(`\(\?<[^=!]`), nil},
	{regexp.MustCompile(`\\[pP]\{`), nil},
	{regexp.MustCompile(`/[dgimsuy]*v[dgimsuy]*\b`), nil},
}

// classFieldSyntax finds the class fields goja miscompiles inside a
// function of two or more parameters — every CommonJS module's wrapper:
// a static field holding an arrow function when another class with static
// elements follows (TypeError: Value is not an Object in
// <static_initializer>: bson's ObjectId), and a field with a computed key
// in a class whose field initializers capture `this` in an arrow (`this`
// becomes a local of the enclosing function: undici's PoolBase). esbuild
// then lowers class fields and static blocks to assignments in the
// constructor and after the class. (A line starting `[x] =` may be a
// destructuring assignment instead; lowering it too is harmless.)
// The pattern is `\bstatic\s+[\w$]+\s*=\s*(?:async\s*)?(?:[\w$]+|\([^()]*\))\s*=>|(?m)^[ \t]*\[[^\]\n]+\]\s*=[^=]`,
// fast (syntaxscan.go).
var classFieldSyntax = syntaxPattern{
	{regexp.MustCompile(`static\s+[\w$]+\s*=\s*(?:async\s*)?(?:[\w$]+|\([^()]*\))\s*=>`), wordStart},
	{regexp.MustCompile(`\[[^\]\n]+\]\s*=[^=]`), afterLineStartBlank},
}

// unsupported lists the syntax esbuild lowers for goja.
var unsupported = map[string]bool{"dynamic-import": false, "async-generator": false, "for-await": false, "regexp-named-capture-groups": false,
	"regexp-unicode-property-escapes": false, "regexp-set-notation": false}

// propertyEscapeSyntax finds \p{…} and \P{…}. esbuild lowers a literal
// with one outside a class but not inside one (/[^\p{L}]/u stays a
// literal), so in a file that has any, every literal with the u flag is
// lowered (esbuild's "sticky and unicode flags" feature: y's too).
var propertyEscapeSyntax = regexp.MustCompile(`\\[pP]\{`)

// errTopLevelAwait: lower was told to refuse top-level await (a caller's
// "top-level-await": false), and the source has some.
var errTopLevelAwait = errors.New("top-level await")

const tlaUnavailable = "Top-level await is not available in the configured target environment"

func allErrors(msgs []api.Message, prefix string) bool {
	for _, m := range msgs {
		if !strings.HasPrefix(m.Text, prefix) {
			return false
		}
	}
	return true
}

// withSupported is supported with extra's entries added (a new map).
func withSupported(supported, extra map[string]bool) map[string]bool {
	m := make(map[string]bool, len(supported)+len(extra))
	maps.Copy(m, supported)
	maps.Copy(m, extra)
	return m
}

func withUnicodeLiterals(supported map[string]bool) map[string]bool {
	return withSupported(supported, map[string]bool{"regexp-sticky-and-unicode-flags": false})
}

// unsupportedFields adds class fields and static blocks (classFieldSyntax).
var unsupportedFields = map[string]bool{"dynamic-import": false, "async-generator": false, "for-await": false, "regexp-named-capture-groups": false,
	"regexp-unicode-property-escapes": false, "regexp-set-notation": false, "class-field": false, "class-static-field": false, "class-static-blocks": false}

// transpile turns TypeScript and ES module source into CommonJS; plain
// CommonJS passes through untouched (a leading #! line is blanked). What
// esbuild produces is kept in the transpile cache.
func transpile(filename, src string) (string, error) {
	return diskCache().transpile(filename, src)
}

// transpileModule converts src as an ES module whatever its name (a
// worker's data: URL source, which has no extension to go by).
func transpileModule(filename, src string) (string, error) {
	c := diskCache()
	key := c.key(filename+"\x00module", true, src)
	if code, ok := c.get(key); ok {
		return code, nil
	}
	code, err := transform(filename, src, ".mjs", true)
	if err == nil {
		c.put(key, code)
	}
	return code, err
}

// transpileEval is transpile for -e, -p, stdin and worker eval code, also
// saying whether the code became an ES module (import or export
// declarations, top-level await) rather than a script that needed
// converting. Its cache entries hold that answer in their first byte.
func transpileEval(filename, src string) (code string, isModule bool, err error) {
	src = blankHashbang(src)
	if !esmSyntax.MatchString(src) && !asyncIterSyntax.MatchString(src) && !classFieldSyntax.MatchString(src) {
		return src, false, nil
	}
	c := diskCache()
	key := c.key(filename+"\x00eval", false, src)
	if e, ok := c.get(key); ok && e != "" {
		return e[1:], e[0] == 'm', nil
	}
	code, isModule, err = transformKind(filename, src, filepath.Ext(filename), false)
	if err == nil {
		kind := "s"
		if isModule {
			kind = "m"
		}
		c.put(key, kind+code)
	}
	return code, isModule, err
}

// blankHashbang makes a leading #! line a comment.
func blankHashbang(src string) string {
	if strings.HasPrefix(src, "#!") {
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			return "//" + src[2:]
		}
		return ""
	}
	return src
}

func (c *transpileCache) transpile(filename, src string) (string, error) {
	src = blankHashbang(src)
	ext := filepath.Ext(filename)
	// A .js file under a package.json with "type": "module" is an ES module.
	esmPackage := ext == ".js" && packageType(filepath.Dir(filename)) == "module"
	switch ext {
	case ".ts", ".mts", ".cts", ".tsx", ".jsx", ".mjs":
	default:
		if !esmPackage && !esmSyntax.MatchString(src) && !asyncIterSyntax.MatchString(src) && !classFieldSyntax.MatchString(src) {
			return src, nil
		}
	}
	key := c.key(filename, esmPackage, src)
	if code, ok := c.get(key); ok {
		return code, nil
	}
	code, err := transform(filename, src, ext, esmPackage)
	if err == nil {
		c.put(key, code)
	}
	return code, err
}

// transform runs esbuild on source that needs it.
func transform(filename, src, ext string, esmPackage bool) (string, error) {
	code, _, err := transformKind(filename, src, ext, esmPackage)
	return code, err
}

// transformKind is transform, also saying whether the code became an ES
// module. The names the conversion makes are none of the source's
// (ownPrefixes), and esbuild's helpers keep their names (helperNames).
func transformKind(filename, src, ext string, esmPackage bool) (code string, isModule bool, err error) {
	stand, own := ownPrefixes(src)
	helpers, away := helperNames(src)
	code, isModule, err = convert(filename, helpersIn(standIn(src, stand), helpers), ext, esmPackage)
	if se, ok := err.(*SyntaxError); ok {
		se.LineText = standBack(helpersBack(se.LineText, helpers), stand)
		se.Message = standBack(helpersBack(se.Message, helpers), stand)
	}
	if err != nil {
		return code, isModule, err
	}
	return ownNames(helpersBack(helpersAway(code, away), helpers), stand, own), isModule, nil
}

// convert is transformKind's conversion, with names of gojanet's under
// ownPrefix.
func convert(filename, src, ext string, esmPackage bool) (code string, isModule bool, err error) {
	loader := api.LoaderJS
	switch ext {
	case ".ts", ".mts", ".cts":
		loader = api.LoaderTS
	case ".tsx":
		loader = api.LoaderTSX
	case ".jsx":
		loader = api.LoaderJSX
	case ".mjs":
	default:
		if !esmPackage && !esmSyntax.MatchString(src) {
			// CommonJS that needs lowering only: keep it CommonJS.
			code, err := lower(filename, src, api.TransformOptions{Loader: loader})
			if se, ok := err.(*SyntaxError); ok && !se.topLevelAwait {
				v8ScriptError(se, filename, src)
			}
			return code, false, err
		}
	}
	opts := api.TransformOptions{
		Loader: loader,
		Define: map[string]string{"import.meta": "__gojanet_import_meta"},
	}
	forced := ext == ".mjs" || ext == ".mts" || esmPackage
	if forced || esmSyntax.MatchString(src) {
		code, isModule, err := transpileESM(filename, src, opts, forced)
		if err != nil || isModule {
			return code, isModule, err
		}
		// The pattern matched text, not syntax: this is CommonJS after all.
	}
	opts.Format = api.FormatCommonJS
	code, err = lower(filename, src, opts)
	if se, ok := err.(*SyntaxError); ok && se.topLevelAwait {
		code, isModule, err = transpileESM(filename, src, opts, true)
	} else if ok && loader == api.LoaderJS {
		v8ScriptError(se, filename, src)
	}
	return code, isModule, err
}

const tlaMessage = "Top-level await is currently not supported"

// transpileESM converts an ES module to the CommonJS gojanet runs, keeping
// ES semantics that esbuild's CommonJS output lacks: top-level await, a
// body that waits for its imports' top-level awaits, strict mode.
//
// A first pass keeps the module ESM: esbuild then moves every export into
// one final "export { ... }" clause and prints imports one a line. The body
// between becomes an async function that the module wrapper's __gojanet_tla
// runs (once the imported modules are ready), after __gojanet_exports has
// defined the exports as getters, so they exist before the body runs. The
// second pass turns the imports into requires and rewrites their uses, so
// imports stay live bindings. Unless forced (by the file's extension or its
// package's type), a module without any import or export is reported as not
// a module, for the caller to run as CommonJS.
func transpileESM(filename, src string, opts api.TransformOptions, forced bool) (string, bool, error) {
	opts.Format = api.FormatESModule
	scoped := esmScoped(filename, opts.Loader)
	if scoped {
		opts.Define = withFreeNames(opts.Define)
	}
	// The source map names the module by its URL, as V8 names an ES
	// module's frames (file:///app/main.mjs:3:7); the map is chained into
	// the second pass's, so the name stays.
	// The first pass refuses top-level await, which tells whether the
	// module has any (node's require() refuses such a graph); a module
	// that has is lowered again with it.
	// Import attributes stay in the first pass's output (importAttributes
	// reads and removes them); esbuild would drop them for ES2022.
	opts.Supported = withSupported(opts.Supported, map[string]bool{"import-attributes": true, "import-assertions": true})
	noTLA := opts
	noTLA.Supported = withSupported(opts.Supported, map[string]bool{"top-level-await": false})
	esm, err := lower(moduleURL(filename), src, noTLA)
	tla := err == errTopLevelAwait
	if tla {
		esm, err = lower(moduleURL(filename), src, opts)
	}
	if err == nil && !esmOutput(esm) {
		// esbuild took the source for CommonJS (it uses module or
		// exports, and has no export, or TypeScript whose imports it
		// drops): it is made a module (an empty export list, on a line of
		// its own at the end).
		esm, err = lower(moduleURL(filename), src+"\nexport {};", opts)
		if err != nil {
			esm, err = lower(moduleURL(filename), src, opts)
		}
	}
	if err != nil {
		if se, ok := err.(*SyntaxError); ok && opts.Loader == api.LoaderJS {
			v8ModuleError(se, src)
		}
		return "", false, err
	}
	// The first pass's source map goes on to the second, which esbuild
	// chains, so stack traces still name the original lines; the wrapping
	// below keeps every line where it was for that.
	var sourceMap string
	if i := strings.LastIndex(esm, "\n//# sourceMappingURL="); i >= 0 {
		esm, sourceMap = esm[:i], esm[i:]
	}
	esm = strings.TrimRight(esm, "\n")
	esm, attrTypes := importAttributes(esm)
	esm = joinImportClauses(doubleQuoteImports(esm))
	if opts.Loader != api.LoaderJS {
		attrTypes = nil // TypeScript imports JSON without attributes
	}
	var exportList string
	isModule := forced
	if i := strings.LastIndex(esm, "\nexport {"); i >= 0 && strings.HasSuffix(esm, "};") {
		exportList = esm[i+len("\nexport {") : len(esm)-2]
		esm = esm[:i]
		isModule = true
	} else if strings.HasPrefix(esm, "export {") && strings.HasSuffix(esm, "};") {
		exportList = esm[len("export {") : len(esm)-2]
		esm = ""
		isModule = true
	}
	var getters, names []string
	for _, spec := range strings.Split(exportList, ",") {
		spec = strings.TrimSpace(spec)
		if spec == "" {
			continue
		}
		local, exported, ok := strings.Cut(spec, " as ")
		if !ok {
			exported = local
		}
		if u, err := strconv.Unquote(exported); err == nil {
			exported = u // a string name: export { x as "a-b" }
		}
		getters = append(getters, fmt.Sprintf("%q: () => %s", exported, local))
		names = append(names, exported)
	}
	// A namespace lists its exports in code unit order.
	sort.Strings(names)
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = strconv.Quote(n)
	}
	// The export names are declared before the imports run (a cycle back to
	// this module sees them); their getters bind when the body starts.
	declare := "__gojanet_exports([" + strings.Join(quoted, ", ") + "]);"
	open := tlaOpen + "\"use strict\";__gojanet_exports(null, {" + strings.Join(getters, ", ") + "});" + importsMarker
	lines := strings.Split(esm, "\n")
	var late []string // imports below the first statement move up to line 1
	opened := false
	shifted := map[int]int{} // line → characters put before it (for the source map)
	for i, line := range lines {
		if esmImportLine.MatchString(line) {
			isModule = true
			if opened {
				late = append(late, line)
				lines[i] = ""
			}
			continue
		}
		if !opened {
			lines[i] = open + line
			shifted[i] += len(open)
			opened = true
		}
	}
	head := strings.Join(late, " ") + " "
	lines[0] = head + lines[0]
	shifted[0] += len(head)
	sourceMap = shiftSourceMapColumns(sourceMap, shifted)
	wrapped := strings.Join(lines, "\n")
	if !opened {
		wrapped += "\n" + open
	}
	if !isModule {
		return "", false, nil
	}
	// The body reports when it has run to its end (at once, if it awaited nothing).
	wrapped += "\n__gojanet_exports();});" + sourceMap + "\n"
	link := esmLinkComment(esm, names, tla, attrTypes)
	code, err := lower(filename, wrapped, api.TransformOptions{Loader: api.LoaderJS, Format: api.FormatCommonJS})
	if opts.Loader == api.LoaderJS {
		code = nodeModeImports(code)
	}
	if scoped {
		code = ownGeneratedNames(code)
		link = esmScopeMark + link
	}
	code = moveImports(code)
	// esbuild hoists the imports' requires: the declaration goes before them,
	// on the first line so no line moves, or, where "export *" made esbuild
	// replace module.exports, at the end of that line.
	replace := "\nmodule.exports = __toCommonJS("
	if scoped {
		replace = "\n__gojanet_module.exports = __toCommonJS("
	}
	if i := strings.Index(code, replace); i >= 0 {
		if j := strings.IndexByte(code[i+1:], '\n'); j >= 0 {
			at := i + 1 + j
			code = code[:at] + declare + code[at:]
		} else {
			code = declare + code
		}
	} else {
		code = declare + code
	}
	if scoped {
		code = freeNamesBack.Replace(code)
	}
	return withLink(code, link), true, err
}

// tlaOpen begins an ES module's body, an async arrow function: no
// `arguments` or `this` of its own, as module scope has neither
// (esmWrapperHead: the arrow takes the wrapper's).
const tlaOpen = "__gojanet_tla(async () => {"

// esmOutput: esbuild's ESM output is not a CommonJS module it wrapped.
func esmOutput(esm string) bool {
	return !strings.Contains(esm, "var __commonJS = ")
}

// esmScopeMark marks an ES module's code that runs without CommonJS's
// names (esmWrapperHead).
const esmScopeMark = "\n//@gojanet-esm-scope"

// esmScoped: node defines none of require, module, exports, __filename and
// __dirname in the module's scope. JavaScript ES modules are node's; a
// TypeScript file is an ES module there as tsx and node's type stripping
// run it: .mts, or .ts/.tsx in a "type": "module" package (elsewhere they
// run as CommonJS, imports and require() side by side).
func esmScoped(filename string, loader api.Loader) bool {
	switch filepath.Ext(filename) {
	case ".cts":
		return false
	case ".ts", ".tsx":
		return packageType(filepath.Dir(filename)) == "module"
	}
	return true
}

// freeNames stand in, through esbuild's passes, for the CommonJS names an
// ES module's source uses without declaring them: esbuild would otherwise
// take a module that assigns module.exports for CommonJS, and the second
// pass's own require() calls could not be told from the source's. Each is
// as long as the name it stands for (the source map's columns stay right)
// and is put back at the end (freeNamesBack), where nothing binds it: the
// module sees what node's do (typeof require === 'undefined', and a
// ReferenceError calling it).
var freeNames = map[string]string{
	"require":    "$Gr$$$$",
	"exports":    "$Ge$$$$",
	"module":     "$Gm$$$",
	"__filename": "$Gf$$$$$$$",
	"__dirname":  "$Gd$$$$$$",
}

var freeNamesBack = func() *strings.Replacer {
	var pairs []string
	for name, stand := range freeNames {
		pairs = append(pairs, stand, name)
	}
	return strings.NewReplacer(pairs...)
}()

func withFreeNames(define map[string]string) map[string]string {
	m := make(map[string]string, len(define)+len(freeNames))
	maps.Copy(m, define)
	maps.Copy(m, freeNames)
	return m
}

// generatedCJSName matches what esbuild's CommonJS pass writes of its own
// before the body's function: its imports' require() calls, and
// module.exports where `export *` replaces it.
var generatedCJSName = regexp.MustCompile(`\brequire\(|\bmodule\.exports\b`)

// ownGeneratedNames renames, before the body's function (all esbuild's
// own code: the source's names are freeNames there), require and module
// to the ES module wrapper's parameters.
func ownGeneratedNames(code string) string {
	fn := strings.Index(code, tlaOpen)
	if fn < 0 {
		return code
	}
	return generatedCJSName.ReplaceAllStringFunc(code[:fn], func(m string) string { return "__gojanet_" + m }) + code[fn:]
}

// withLink puts esmLinkComment's comment before code's inline source map,
// which must stay the code's last comment.
func withLink(code, link string) string {
	if i := strings.LastIndex(code, "\n//# sourceMappingURL="); i >= 0 {
		return code[:i] + link + code[i:]
	}
	return code + link
}

// cjsDefaultImport matches esbuild's interop for an import outside node
// mode: `__toESM(require("x"))`.
var cjsDefaultImport = regexp.MustCompile(`__toESM\(require\((` + quotedString + `)\)\)`)

// nodeModeImports gives every import of a JavaScript ES module node's
// CommonJS interop: the default import is module.exports, even when it has
// __esModule set (tslib's UMD file does). esbuild does this only for .mjs
// importers; node does it for every ES module (a .js file in a "type":
// "module" package too). TypeScript files keep esbuild's (TypeScript's)
// interop, which their authors compile against.
func nodeModeImports(code string) string {
	return cjsDefaultImport.ReplaceAllString(code, "__toESM(require($1), 1)")
}

// importsMarker is where, inside the body's function, a module's imports
// run: after its exports' getters are bound, so that a module importing it
// back in a cycle sees its function declarations (hoisted) and a
// ReferenceError for its let, const and class bindings not yet initialised,
// as in node, rather than undefined.
const importsMarker = "__gojanet_imports();"

// importRequire matches the statements esbuild's CommonJS output makes of
// import declarations, one a line before the body's function:
// `var import_x = require("x");`, `var ns = __toESM(require("x"), 1);`.
var importRequire = regexp.MustCompile(`^var [\w$]+ = (?:__toESM\()?(?:__gojanet_)?require\(` + quotedString + `\)(?:, 1)?\)?;$`)

// quotedString is a string literal esbuild prints, in either quote.
const quotedString = `(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')`

// moveImports moves the import requires esbuild hoisted above the body's
// function to importsMarker inside it, keeping every line where it was (the
// source map's lines). A require that throws (a module not found) is
// thrown from the module's evaluation at once, as before; after the
// imports the body waits for those still evaluating (top-level await).
func moveImports(code string) string {
	at := strings.Index(code, importsMarker)
	if at < 0 {
		return code
	}
	fn := strings.LastIndex(code[:at], tlaOpen)
	if fn < 0 {
		fn = 0
	}
	lines := strings.Split(code[:fn], "\n")
	var moved []string
	for i, line := range lines {
		if importRequire.MatchString(line) {
			moved = append(moved, line)
			lines[i] = ""
		}
	}
	run := ""
	if len(moved) > 0 {
		run = "try { " + strings.Join(moved, " ") + " } catch (e) { __gojanet_exports(true, e); } "
	}
	run += "{ const w = __gojanet_exports(false); if (w !== undefined) await w; }"
	return strings.Join(lines, "\n") + code[fn:at] + run + code[at+len(importsMarker):]
}

// lexicalHelpers makes the helpers esbuild put at the top of a converted
// eval script (var declarations on the lines before any its source map
// maps to the source) global lexical bindings (let: the same width), so
// that they are not properties of the global object, as node has none,
// under names the script does not mention (hideHelpers).
func lexicalHelpers(code string) string {
	lines := strings.SplitAfter(code, "\n")
	var declared []string
	for i := 0; i < unmappedLines(code) && i < len(lines); i++ {
		if m := helperDeclaration.FindStringSubmatch(lines[i]); m != nil {
			lines[i] = "let" + lines[i][len("var"):]
			if strings.HasPrefix(m[1], "__") {
				declared = append(declared, m[1])
			}
		}
	}
	return hideHelpers(strings.Join(lines, ""), declared)
}

// helperDeclaration is a line declaring one of esbuild's helpers, by its
// own name or one helperNames gave it.
var helperDeclaration = regexp.MustCompile(`^var (__[A-Za-z][A-Za-z0-9]*|\$[A-Za-z][A-Za-z]{2}\$+) = `)

// unmappedLines is the number of code's first lines its inline source map
// maps nothing of (0 without one).
func unmappedLines(code string) int {
	const prefix = "\n//# sourceMappingURL=data:application/json;base64,"
	i := strings.LastIndex(code, prefix)
	if i < 0 {
		return 0
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(code[i+len(prefix):]))
	var m struct {
		Mappings string `json:"mappings"`
	}
	if err != nil || json.Unmarshal(raw, &m) != nil {
		return 0
	}
	return len(m.Mappings) - len(strings.TrimLeft(m.Mappings, ";"))
}

// shiftSourceMapColumns moves the generated columns of whole lines of an
// inline source map (a "\n//# sourceMappingURL=data:...;base64," comment)
// right by shift[line] characters, for text put at the start of those lines
// after the map was made. In VLQ mappings only a line's first segment holds
// an absolute generated column, so that one field is rewritten.
func shiftSourceMapColumns(comment string, shift map[int]int) string {
	const prefix = "\n//# sourceMappingURL=data:application/json;base64,"
	b64, ok := strings.CutPrefix(comment, prefix)
	if !ok {
		return comment
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(b64))
	if err != nil {
		return comment
	}
	var m map[string]json.RawMessage
	var mappings string
	if json.Unmarshal(raw, &m) != nil || json.Unmarshal(m["mappings"], &mappings) != nil {
		return comment
	}
	lines := strings.Split(mappings, ";")
	for line, n := range shift {
		if n == 0 || line >= len(lines) || lines[line] == "" {
			continue
		}
		seg := lines[line]
		end := 0
		for end < len(seg) && vlqContinues(seg[end]) {
			end++
		}
		if end >= len(seg) {
			return comment // malformed
		}
		col, ok := vlqDecode(seg[:end+1])
		if !ok {
			return comment
		}
		lines[line] = vlqEncode(col+n) + seg[end+1:]
	}
	m["mappings"], _ = json.Marshal(strings.Join(lines, ";"))
	out, err := json.Marshal(m)
	if err != nil {
		return comment
	}
	return prefix + base64.StdEncoding.EncodeToString(out)
}

const vlqDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func vlqContinues(c byte) bool {
	d := strings.IndexByte(vlqDigits, c)
	return d >= 0 && d&32 != 0
}

// vlqDecode decodes one base64 VLQ value.
func vlqDecode(s string) (int, bool) {
	v, shift := 0, 0
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(vlqDigits, s[i])
		if d < 0 {
			return 0, false
		}
		v += (d & 31) << shift
		shift += 5
	}
	if v&1 != 0 {
		return -(v >> 1), true
	}
	return v >> 1, true
}

func vlqEncode(n int) string {
	v := n << 1
	if n < 0 {
		v = (-n << 1) | 1
	}
	var b strings.Builder
	for {
		d := v & 31
		v >>= 5
		if v > 0 {
			d |= 32
		}
		b.WriteByte(vlqDigits[d])
		if v == 0 {
			return b.String()
		}
	}
}

// moduleURL is an ES module's file URL, or filename if it is not absolute.
func moduleURL(filename string) string {
	if !filepath.IsAbs(filename) {
		return filename
	}
	return (&url.URL{Scheme: "file", Path: filename}).String()
}

// esmImportLine matches the import statements esbuild prints (one a line).
// multiLineImport is an import whose clause esbuild printed over several
// lines (it keeps the source's line breaks there).
var multiLineImport = regexp.MustCompile(`(?m)^(import\s[^{"\n;]*)\{([^}]*\n[^}]*)\}(\s*from\s*` + quotedSpecifier + `;)`)

// singleQuotedImport is an import or export-from line whose specifier
// esbuild printed in single quotes (it picks the quote with fewer escapes:
// a data: URL's source may have double quotes).
var singleQuotedImport = regexp.MustCompile(`(?m)^((?:import|export)\s(?:[^\n]*\sfrom\s)?)('(?:[^'\\\n]|\\.)*')(;)$`)

// doubleQuoteImports prints every import's specifier in double quotes, the
// form the line scans below and the link comment's parser read.
func doubleQuoteImports(esm string) string {
	if !strings.Contains(esm, "'") {
		return esm
	}
	return singleQuotedImport.ReplaceAllStringFunc(esm, func(line string) string {
		m := singleQuotedImport.FindStringSubmatch(line)
		return m[1] + doubleQuoted(m[2]) + m[3]
	})
}

// doubleQuoted is a single-quoted string literal esbuild printed, in
// double quotes (the same value).
func doubleQuoted(single string) string {
	var b strings.Builder
	b.WriteByte('"')
	lit := single[1 : len(single)-1]
	for i := 0; i < len(lit); i++ {
		switch c := lit[i]; {
		case c == '\\' && i+1 < len(lit):
			i++
			if lit[i] != '\'' {
				b.WriteByte('\\')
			}
			b.WriteByte(lit[i])
		case c == '"':
			b.WriteString(`\"`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// joinImportClauses puts each multi-line import on its first line and leaves
// its other lines empty, so the line scan below sees one import a line and
// every other line keeps its number (the source map depends on it).
func joinImportClauses(esm string) string {
	return multiLineImport.ReplaceAllStringFunc(esm, func(m string) string {
		g := multiLineImport.FindStringSubmatch(m)
		clause := strings.Join(strings.Fields(g[2]), " ")
		tail := strings.TrimLeft(g[3], " \t\r\n")
		return g[1] + "{ " + clause + " } " + tail + strings.Repeat("\n", strings.Count(m, "\n"))
	})
}

// A specifier is a string literal, escapes and all (a data: URL's source
// has quotes in it).
var esmImportLine = regexp.MustCompile(`^(import\s[^\n]*\sfrom\s` + quotedSpecifier + `;|import\s` + quotedSpecifier + `;|export\s\*\sfrom\s` + quotedSpecifier + `;)$`)

const quotedSpecifier = `"(?:[^"\\\n]|\\.)*"`

// lower runs esbuild's transform with gojanet's target on top of opts.
// goja has ES2022's syntax (class fields, private methods, static blocks)
// except what unsupported lists.
func lower(filename, src string, opts api.TransformOptions) (string, error) {
	opts.Target = api.ES2022
	opts.Sourcefile = filename
	opts.Sourcemap = api.SourceMapInline
	opts.LogLevel = api.LogLevelSilent
	extra := opts.Supported // the caller's, on top of gojanet's
	opts.Supported = unsupported
	if classFieldSyntax.MatchString(src) {
		opts.Supported = unsupportedFields
	}
	if propertyEscapeSyntax.MatchString(src) {
		opts.Supported = withUnicodeLiterals(opts.Supported)
	}
	if len(extra) > 0 {
		opts.Supported = withSupported(opts.Supported, extra)
	}
	res := api.Transform(src, opts)
	if refuse, ok := extra["top-level-await"]; ok && !refuse && len(res.Errors) > 0 && allErrors(res.Errors, tlaUnavailable) {
		return "", errTopLevelAwait
	}
	if len(res.Errors) > 0 {
		tla := true
		for _, e := range res.Errors {
			tla = tla && strings.HasPrefix(e.Text, tlaMessage)
		}
		if tla {
			return "", &SyntaxError{File: filename, Message: res.Errors[0].Text, topLevelAwait: true}
		}
		e := res.Errors[0]
		msg := e.Text
		if opts.Loader == api.LoaderJS {
			msg = v8FromEsbuild(msg) // TypeScript's and JSX's have no V8 counterpart
		}
		if e.Location != nil {
			se := &SyntaxError{File: filename, Line: e.Location.Line, Column: e.Location.Column + 1, LineText: e.Location.LineText, Message: msg}
			se.endOfInput = msg == "Unexpected end of input"
			se.caretLen = tokenLength(msg, se.LineText, se.Column)
			return "", se
		}
		return "", &SyntaxError{File: filename, Message: msg}
	}
	code := esmInterop.Replace(string(res.Code))
	return code, nil
}

// esmInterop adjusts esbuild's interop helpers. An ES module importing a
// CommonJS one gets module.exports as its default (node's rule, esbuild's
// "node mode" for .mjs importers), but one importing another ES module that
// gojanet converted gets that module's real default export: converted
// modules carry a gojanet.esm mark that node mode respects.
//
// `export * from` adds its names to the module's namespace through
// __gojanet_exports, which puts them in order with the module's own.
//
// A lowered import() goes through the wrapper's __gojanet_import, which
// reports a missing module as import() does (ERR_MODULE_NOT_FOUND). A
// converted module is its own namespace (as import() gives it), so
// `import * as ns` sees that object, not a copy of its getters.
var esmInterop = strings.NewReplacer(
	`var __toESM = (mod, isNodeMode, target) => (target = `,
	`var __toESM = (mod, isNodeMode, target) => mod && mod[Symbol.for("gojanet.esm")] ? mod : (target = `,
	`Promise.resolve().then(() => __toESM(require(`,
	`Promise.resolve().then(() => __gojanet_import(__toESM, (`,
	`isNodeMode || !mod || !mod.__esModule`,
	`isNodeMode && !(mod && mod[Symbol.for("gojanet.esm")]) || !mod || !mod.__esModule`,
	`__copyProps(__defProp({}, "__esModule", { value: true }), mod)`,
	`__copyProps(__defProp(__defProp({}, "__esModule", { value: true }), Symbol.for("gojanet.esm"), { value: true }), mod)`,
	`secondTarget && __copyProps(secondTarget, mod, "default"))`,
	`secondTarget && (secondTarget[Symbol.for("gojanet.esm")] ? __gojanet_exports("*", mod) : __copyProps(secondTarget, mod, "default")))`,
)

// packageTypes caches the "type" of the package.json nearest to a directory.
var packageTypes sync.Map

// packageType is the "type" field ("module", "commonjs" or "") of the
// nearest package.json at or above dir.
func packageType(dir string) string {
	if t, ok := packageTypes.Load(dir); ok {
		return t.(string)
	}
	var t string
	if b, err := os.ReadFile(filepath.Join(dir, "package.json")); err == nil {
		var pj struct {
			Type string `json:"type"`
		}
		_ = json.Unmarshal(b, &pj)
		t = pj.Type
	} else if parent := filepath.Dir(dir); parent != dir && filepath.Base(dir) != "node_modules" {
		t = packageType(parent)
	}
	packageTypes.Store(dir, t)
	return t
}

// typeModuleScope is the package.json nearest to dir if its "type" is
// "module", else "".
func typeModuleScope(dir string) string {
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "package.json")); err == nil {
			var pj struct {
				Type string `json:"type"`
			}
			if json.Unmarshal(b, &pj) == nil && pj.Type == "module" {
				return filepath.Join(dir, "package.json")
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir || filepath.Base(dir) == "node_modules" {
			return ""
		}
		dir = parent
	}
}

// SyntaxError reports source that could not be transpiled.
type SyntaxError struct {
	File         string
	Line, Column int
	LineText     string
	Message      string

	topLevelAwait bool // only top-level await stood in the way
	endOfInput    bool // at the end of the source: V8's arrow has no caret
	caretLen      int  // characters the caret underlines (0: one)
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: SyntaxError: %s", e.File, e.Line, e.Column, e.Message)
}

// Module resolution, following node's documented algorithm.

var denoStd = regexp.MustCompile(`^https://deno\.land/std@[^/]+/node/([a-z_/]+)\.ts$`)

// resolveError is a resolution failure other than "nothing matched": node's
// error code, its message, or for MODULE_NOT_FOUND the path it looked for.
type resolveError struct {
	Code    string
	Message string // for ERR_MODULE_NOT_FOUND and ERR_UNSUPPORTED_DIR_IMPORT: the importer
	Request string
	Hint    string // "Did you mean to import ...?" (strictImport's failures)
}

// deprecatedMain is the one resolveError that is no failure: the request
// resolved (to Request) by a folder's index file after its package.json's
// "main" named nothing, which node warns about (DEP0128).
const deprecatedMain = "DEP0128"

// resolve maps a require() request from parent (a filename, or "" for the
// main entry) to "node:<builtin>" or an absolute filename. It returns "" when
// nothing matches.
func (r *Runtime) resolve(request, parent string) string {
	f, _ := r.resolveFull(request, parent, nil, r.conditions().require)
	return f
}

// resolveReal is require's resolution: resolveFull, then the file's real
// path, as node resolves (its module cache is keyed by real paths, and a
// package behind a symlink — pnpm's node_modules — finds its dependencies
// where it really is), unless --preserve-symlinks (for the main module
// --preserve-symlinks-main) or NODE_PRESERVE_SYMLINKS=1 says to keep them.
func (r *Runtime) resolveReal(request, parent string, main bool, extra []string, conds conditions) (string, *resolveError) {
	f, err := r.resolveFull(request, parent, extra, conds)
	if (err != nil && err.Code != deprecatedMain) || f == "" || strings.HasPrefix(f, "node:") || r.preserveSymlinks(main) {
		return f, err
	}
	if real, e := filepath.EvalSymlinks(f); e == nil {
		f = real
	}
	if err != nil {
		err.Request = f
	}
	return f, err
}

func (r *Runtime) preserveSymlinks(main bool) bool {
	flag := "--preserve-symlinks"
	if main {
		flag = "--preserve-symlinks-main"
	}
	for _, a := range r.opts.ExecArgv {
		if nodeflags.Name(a) == flag {
			return true
		}
	}
	if v, ok := r.env.get("NODE_PRESERVE_SYMLINKS"); ok && v == "1" && !main {
		return true
	}
	return false
}

// extra are the extensions a script registered in require.extensions, tried
// after gojanet's own; conds are the "exports"/"imports" conditions.
func (r *Runtime) resolveFull(request, parent string, extra []string, conds conditions) (string, *resolveError) {
	if m := denoStd.FindStringSubmatch(request); m != nil {
		request = m[1]
	}
	if name, ok := strings.CutPrefix(request, "node:"); ok {
		if r.builtinAllowed(name) {
			return "node:" + name, nil
		}
		return "", nil
	}
	if r.builtinAllowed(request) && !schemeOnlyBuiltins[request] {
		return "node:" + request, nil
	}
	base := r.cwd.get()
	if parent != "" {
		base = filepath.Dir(parent)
	}
	if strings.HasPrefix(request, "file://") {
		request = strings.TrimPrefix(request, "file://")
	}
	if request == "." || request == ".." || strings.HasPrefix(request, "./") || strings.HasPrefix(request, "../") || filepath.IsAbs(request) {
		p := request
		if !filepath.IsAbs(p) {
			p = filepath.Join(base, request)
		}
		// A request ending in "/", "." or ".." names a directory (node's
		// trailingSlash): "../.." is never "../...json".
		dirOnly := strings.HasSuffix(request, "/") || request == "." || request == ".." ||
			strings.HasSuffix(request, "/.") || strings.HasSuffix(request, "/..")
		if strictImport(conds, parent) {
			hintAt := p
			if !filepath.IsAbs(request) {
				// node looks for its hint from the working directory.
				hintAt = filepath.Join(r.cwd.get(), request)
			}
			return esmFile(p, request, parent, dirOnly, extra, hintAt)
		}
		if f := loadAsFile(p, extra); f != "" && !dirOnly {
			return f, nil
		}
		return loadAsDirectory(p, extra)
	}
	if strings.HasPrefix(request, "#") {
		return resolveImports(request, base, conds)
	}
	if f, err, ok := loadPackageSelf(request, base, conds); ok {
		return f, err
	}
	return loadNodeModules(request, base, extra, conds, parent)
}

// strictImport: an import resolved as node's ES module loader resolves it
// (conds.strict: import() from anywhere, and the import statements of a
// module node runs as ESM, .mjs or .js in a "type": "module" package), a
// file named in full (no extensions tried, no directory index). A file
// gojanet converted only because goja could not compile it as CommonJS
// keeps require's resolution for its require() calls, which reach the same
// function as its imports. A TypeScript importer keeps require's
// resolution, as esbuild and tsc do.
func strictImport(conds conditions, parent string) bool {
	if parent == "" || !conds.strict {
		return false // the global folders' lookups have no importer
	}
	switch filepath.Ext(parent) {
	case ".ts", ".mts", ".cts", ".tsx":
		return false
	}
	return true
}

// evalModule: the importer is -e code or stdin, whose import statements
// only run with --input-type=module (node refuses them otherwise).
func evalModule(parent string) bool {
	switch filepath.Base(parent) {
	case "[eval]", "[stdin]", "[eval1]":
		return true
	}
	return false
}

// esModuleFile: node runs filename as an ES module.
func esModuleFile(filename string) bool {
	switch filepath.Ext(filename) {
	case ".mjs":
		return true
	case ".js":
		return packageType(filepath.Dir(filename)) == "module"
	}
	return false
}

// esmFile is the file p when it is one; else node's ERR_UNSUPPORTED_DIR_IMPORT
// for a directory or ERR_MODULE_NOT_FOUND, each with node's hint at what
// require would have found at hintAt ("Did you mean to import ...?").
func esmFile(p, request, parent string, dirOnly bool, extra []string, hintAt string) (string, *resolveError) {
	if !dirOnly && isFile(p) {
		return p, nil
	}
	hint := func() string {
		found := loadAsFile(hintAt, extra)
		if found == "" || dirOnly {
			found, _ = loadAsDirectory(hintAt, extra)
		}
		if found == "" {
			return ""
		}
		shown := strings.TrimSuffix(request, "/") + strings.TrimPrefix(found, strings.TrimSuffix(hintAt, "/"))
		if strings.HasPrefix(request, ".") {
			rel, err := filepath.Rel(filepath.Dir(parent), found)
			if err != nil {
				return ""
			}
			if shown = rel; !strings.HasPrefix(rel, "../") {
				shown = "./" + rel
			}
		}
		return "Did you mean to import \"" + shown + "\"?"
	}
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		shown := strings.TrimSuffix(p, "/")
		if strings.HasSuffix(request, "/") {
			shown += "/" // node names the URL as asked for
		}
		return "", &resolveError{Code: "ERR_UNSUPPORTED_DIR_IMPORT", Request: shown, Message: parent, Hint: hint()}
	}
	return "", &resolveError{Code: "ERR_MODULE_NOT_FOUND", Request: p, Message: parent, Hint: hint()}
}

// splitPackageRequest splits a bare request into the package's name and the
// subpath inside it ("@scope/pkg/a/b" → "@scope/pkg", "a/b").
func splitPackageRequest(request string) (name, sub string) {
	name = request
	parts := strings.SplitN(request, "/", 3)
	if strings.HasPrefix(request, "@") && len(parts) >= 2 {
		name = parts[0] + "/" + parts[1]
		if len(parts) == 3 {
			sub = parts[2]
		}
	} else if len(parts) >= 2 {
		name = parts[0]
		sub = strings.Join(parts[1:], "/")
	}
	return name, sub
}

// loadPackageSelf is node's LOAD_PACKAGE_SELF: a module inside a package
// that has "exports" may require the package by its own name. ok reports
// whether the request named the enclosing package.
func loadPackageSelf(request, base string, conds conditions) (f string, err *resolveError, ok bool) {
	for dir := base; ; dir = filepath.Dir(dir) {
		if filepath.Base(dir) == "node_modules" {
			return "", nil, false
		}
		if pj := readPackageJSON(dir); pj != nil {
			name, sub := splitPackageRequest(request)
			if pj.Name != name || len(pj.Exports) == 0 || string(pj.Exports) == "null" {
				return "", nil, false
			}
			f, err = resolvePackageExports(dir, pj, sub, conds)
			return f, err, true
		}
		if dir == filepath.Dir(dir) {
			return "", nil, false
		}
	}
}

// resolvePackageExports maps sub (a path inside the package at pkgDir)
// through its "exports", which is authoritative: no fallback to files.
func resolvePackageExports(pkgDir string, pj *packageJSON, sub string, conds conditions) (string, *resolveError) {
	subpath := "." + path.Join("/", sub)
	if subpath == "./" {
		subpath = "."
	}
	target, ok := resolveExports(pkgDir, pj.Exports, subpath, conds)
	pjPath := filepath.Join(pkgDir, "package.json")
	switch {
	case !ok && subpath == ".":
		return "", &resolveError{Code: "ERR_PACKAGE_PATH_NOT_EXPORTED",
			Message: "No \"exports\" main defined in " + pjPath}
	case !ok:
		return "", &resolveError{Code: "ERR_PACKAGE_PATH_NOT_EXPORTED",
			Message: "Package subpath '" + subpath + "' is not defined by \"exports\" in " + pjPath}
	case !isFile(target):
		return "", &resolveError{Code: "MODULE_NOT_FOUND", Request: target}
	}
	return target, nil
}

var extensions = []string{".js", ".json", ".node", ".ts", ".mjs", ".cjs", ".mts", ".cts", ".tsx", ".jsx"}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

func loadAsFile(p string, extra []string) string {
	if isFile(p) {
		return p
	}
	if f := withExtension(p, extra); f != "" {
		return f
	}
	// TypeScript sources import "./x.js" meaning x.ts.
	if strings.HasSuffix(p, ".js") {
		if ts := strings.TrimSuffix(p, ".js") + ".ts"; isFile(ts) {
			return ts
		}
	}
	return ""
}

type packageJSON struct {
	Name    string          `json:"name"`
	Main    string          `json:"main"`
	Exports json.RawMessage `json:"exports"`
	Imports json.RawMessage `json:"imports"`
}

// resolveImports maps a "#name" request through the "imports" field of the
// package.json nearest to base (package-private subpath imports).
func resolveImports(request, base string, conds conditions) (string, *resolveError) {
	for dir := base; ; dir = filepath.Dir(dir) {
		if pj := readPackageJSON(dir); pj != nil {
			pjPath := filepath.Join(dir, "package.json")
			notDefined := &resolveError{Code: "ERR_PACKAGE_IMPORT_NOT_DEFINED",
				Message: "Package import specifier \"" + request + "\" is not defined in package " + pjPath}
			if len(pj.Imports) == 0 {
				return "", notDefined
			}
			// The same matching as "exports", keyed by "#..." instead of "./...".
			target, ok := resolveSubpaths(dir, pj.Imports, request, conds)
			switch {
			case !ok:
				return "", notDefined
			case !isFile(target):
				return "", &resolveError{Code: "MODULE_NOT_FOUND", Request: target}
			}
			return target, nil
		}
		if dir == filepath.Dir(dir) {
			return "", nil
		}
	}
}

func readPackageJSON(dir string) *packageJSON {
	b, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return nil
	}
	var pj packageJSON
	if json.Unmarshal(b, &pj) != nil {
		return nil
	}
	return &pj
}

// packageJSONError is node's SyntaxError for a package.json JSON.parse
// refuses ("Error parsing <file>: <V8's message>"), or nil.
func packageJSONError(dir string) *resolveError {
	file := filepath.Join(dir, "package.json")
	b, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	if msg := goja.JSONSyntaxMessage(string(b)); msg != "" {
		return &resolveError{Code: "ERR_PACKAGE_JSON_SYNTAX", Request: file, Message: "Error parsing " + file + ": " + msg}
	}
	return nil
}

func loadAsDirectory(p string, extra []string) (string, *resolveError) {
	pj := readPackageJSON(p)
	if pj == nil {
		if err := packageJSONError(p); err != nil {
			return "", err
		}
	}
	if pj != nil && pj.Main != "" {
		m := filepath.Join(p, pj.Main)
		if f := loadAsFile(m, extra); f != "" {
			return f, nil
		}
		if f := loadIndex(m, extra); f != "" {
			return f, nil
		}
		if f := loadIndex(p, extra); f != "" {
			return f, &resolveError{Code: deprecatedMain, Request: f,
				Message: "Invalid 'main' field in '" + filepath.Join(p, "package.json") + "' of '" + pj.Main +
					"'. Please either fix that or report it to the module author"}
		}
		return "", &resolveError{Code: "MODULE_NOT_FOUND", Request: m,
			Message: "Cannot find module '" + m + "'. Please verify that the package.json has a valid \"main\" entry"}
	}
	return loadIndex(p, extra), nil
}

func loadIndex(p string, extra []string) string {
	return withExtension(filepath.Join(p, "index"), extra)
}

// withExtension is p with the first extension that names a file: gojanet's
// own, then extra; "" if none does.
func withExtension(p string, extra []string) string {
	for _, list := range [2][]string{extensions, extra} {
		for _, ext := range list {
			if isFile(p + ext) {
				return p + ext
			}
		}
	}
	return ""
}

func loadNodeModules(request, base string, extra []string, conds conditions, parent string) (string, *resolveError) {
	name, sub := splitPackageRequest(request)
	for dir := base; ; dir = filepath.Dir(dir) {
		if filepath.Base(dir) != "node_modules" {
			pkgDir := filepath.Join(dir, "node_modules", name)
			if st, err := os.Stat(pkgDir); err == nil && st.IsDir() {
				if pj := readPackageJSON(pkgDir); pj != nil && len(pj.Exports) > 0 && string(pj.Exports) != "null" {
					return resolvePackageExports(pkgDir, pj, sub, conds)
				}
				full := filepath.Join(pkgDir, sub)
				if sub != "" && strictImport(conds, parent) {
					return esmFile(full, request, parent, strings.HasSuffix(request, "/"), extra, full)
				}
				if f := loadAsFile(full, extra); f != "" {
					return f, nil
				}
				if f, err := loadAsDirectory(full, extra); f != "" || err != nil {
					return f, err
				}
			} else if f := loadAsFile(filepath.Join(dir, "node_modules", request), extra); f != "" {
				// node_modules/x.js: a package may be a single file.
				return f, nil
			}
		}
		if dir == filepath.Dir(dir) {
			return "", nil
		}
	}
}

// conditions are the "exports"/"imports" conditions a resolution matches,
// besides "default", which always matches: node's for require(), or for
// import (an ES module's imports and import()), with the user's
// --conditions/-C names added to both.
type conditions struct {
	names  []string
	strict bool // node's ES module loader's resolution (strictImport)
}

// conditionSets are a runtime's three resolutions' conditions. node 20.19+
// loads ES modules with require(), and so matches "module-sync" for both.
type conditionSets struct {
	require, imports, strict conditions
}

func newConditionSets(user []string, addons bool) *conditionSets {
	with := func(own string) []string {
		c := []string{own, "node", "module-sync"}
		if addons {
			c = append(c, "node-addons") // not with --no-addons, as node
		}
		return append(c, user...)
	}
	imp := with("import")
	return &conditionSets{
		require: conditions{names: with("require")},
		imports: conditions{names: imp},
		strict:  conditions{names: imp, strict: true},
	}
}

// conditions are this runtime's condition sets. Safe from any goroutine.
func (r *Runtime) conditions() *conditionSets { return r.condSets }

// addonsAllowed: node's --no-addons (the last of --addons/--no-addons in
// NODE_OPTIONS and execArgv wins) turns off the "node-addons" condition and
// process.dlopen.
func addonsAllowed(opts Options) bool {
	allowed := true
	for _, args := range [][]string{opts.NodeOptions, opts.ExecArgv} {
		for _, a := range args {
			switch nodeflags.Name(a) {
			case "--addons":
				allowed = true
			case "--no-addons":
				allowed = false
			}
		}
	}
	return allowed
}

// userConditions are the values of --conditions/-C in NODE_OPTIONS and
// execArgv, in that order.
func userConditions(opts Options) []string {
	var user []string
	for _, args := range [][]string{opts.NodeOptions, opts.ExecArgv} {
		user = append(user, nodeflags.Values(args, "--conditions", "-C")...)
	}
	return user
}

func (c conditions) match(key string) bool {
	return key == "default" || slices.Contains(c.names, key)
}

// resolveExports applies package.json "exports" for a subpath ("." or
// "./x"). It reports whether the subpath is exported, and the target file
// (which may not exist).
func resolveExports(pkgDir string, raw json.RawMessage, subpath string, conds conditions) (string, bool) {
	v, err := decodeOrdered(raw)
	if err != nil {
		return "", false
	}
	// "exports": "./x.js" or a conditions object applies to "." only.
	if o, ok := v.(*orderedObject); ok && !hasSubpathKeys(o) {
		v = &orderedObject{keys: []string{"."}, values: map[string]any{".": o}}
	} else if !ok {
		v = &orderedObject{keys: []string{"."}, values: map[string]any{".": v}}
	}
	return matchSubpath(pkgDir, v.(*orderedObject), subpath, conds)
}

// resolveSubpaths matches key against a map of subpath patterns ("imports").
func resolveSubpaths(pkgDir string, raw json.RawMessage, key string, conds conditions) (string, bool) {
	v, err := decodeOrdered(raw)
	o, ok := v.(*orderedObject)
	if err != nil || !ok {
		return "", false
	}
	return matchSubpath(pkgDir, o, key, conds)
}

func matchSubpath(pkgDir string, m *orderedObject, subpath string, conds conditions) (string, bool) {
	if target, ok := m.values[subpath]; ok {
		return exportTarget(pkgDir, target, "", conds)
	}
	// Patterns: "./features/*": "./src/*.js", longest prefix first.
	keys := slices.Clone(m.keys)
	sort.SliceStable(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	for _, k := range keys {
		if before, after, ok := strings.Cut(k, "*"); ok && strings.HasPrefix(subpath, before) && strings.HasSuffix(subpath, after) && len(subpath) >= len(k)-1 {
			return exportTarget(pkgDir, m.values[k], subpath[len(before):len(subpath)-len(after)], conds)
		}
	}
	return "", false
}

func hasSubpathKeys(o *orderedObject) bool {
	for _, k := range o.keys {
		if strings.HasPrefix(k, ".") {
			return true
		}
	}
	return false
}

// exportTarget picks the target for conds: in a conditions object the first
// key, in the object's own order, that conds match (as node's
// PACKAGE_TARGET_RESOLVE); a null target (or no matching condition) means
// not exported.
func exportTarget(pkgDir string, target any, star string, conds conditions) (string, bool) {
	switch t := target.(type) {
	case string:
		return filepath.Join(pkgDir, strings.ReplaceAll(t, "*", star)), true
	case *orderedObject:
		for _, c := range t.keys {
			if conds.match(c) {
				if f, ok := exportTarget(pkgDir, t.values[c], star, conds); ok {
					return f, true
				}
			}
		}
	case []any:
		for _, sub := range t {
			if f, ok := exportTarget(pkgDir, sub, star, conds); ok {
				return f, true
			}
		}
	}
	return "", false
}

// orderedObject is a JSON object that keeps its keys' order, which decides
// between conditions.
type orderedObject struct {
	keys   []string
	values map[string]any
}

// decodeOrdered decodes JSON as encoding/json does into any, except that
// objects are *orderedObject.
func decodeOrdered(raw []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	return decodeOrderedValue(d)
}

func decodeOrderedValue(d *json.Decoder) (any, error) {
	tok, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		o := &orderedObject{values: map[string]any{}}
		for d.More() {
			kt, err := d.Token()
			if err != nil {
				return nil, err
			}
			k, _ := kt.(string)
			v, err := decodeOrderedValue(d)
			if err != nil {
				return nil, err
			}
			if _, dup := o.values[k]; !dup {
				o.keys = append(o.keys, k)
			}
			o.values[k] = v
		}
		_, err := d.Token() // '}'
		return o, err
	case json.Delim('['):
		var a []any
		for d.More() {
			v, err := decodeOrderedValue(d)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
		_, err := d.Token() // ']'
		return a, err
	}
	return tok, nil
}
