package goja

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/unistring"
)

// gojanet: lazy function bodies. With CompileASTLazy, a function
// declaration, function expression or arrow function in strict code (outside
// class bodies) is not compiled with the program: its newFunc instruction
// gets a stub Program whose one instruction (lazyEnter) compiles the body the
// first time any function made from it is called, once per process (the
// Program is shared by every runtime), and carries on in the compiled code.
// The called function object then points at the compiled Program, so later
// calls skip the stub.
//
// goja decides at compile time whether a binding lives on the stack or in a
// stash, and an inner function's accesses to outer bindings are patched when
// the outer scope is finalised. So, at the point where the eager compile
// would have compiled the body, freeNames scans it for the names it reads
// from outside and looks each up as the body would (which moves the binding
// to the stash, exactly as the eager compile does) and counts a use (the
// enclosing function keeps a `this` or callee binding the body uses). Once the
// enclosing program is finalised, each such binding's stash index and
// nesting level (the stash-holding scopes between the function and the
// binding's scope) are recorded (lazyRef), and the enclosing scopes dropped.
// The body is later compiled under a scope (lazyOuter) holding just those
// bindings; its accesses to them are patched with the recorded index and
// level plus the levels inside the body. Bodies that use `arguments`, `super`
// or new.target of the scope around them (arrows), or contain direct eval or
// anything the scan does not know, are compiled eagerly.
//
// Compile errors the compiler (not the parser) raises inside a lazy body
// come at its first call, not when the program is compiled: gojanet uses
// CompileASTLazy only for its own builtins, and a Go test compiles each of
// them eagerly too.

// lazyRef is an outer binding a lazy body reads.
type lazyRef struct {
	name lazyName
	// (its binding, until the enclosing compile is finalised, is in the
	// compiler's lazyBinds: gojanet gcperf2, 40 -> 32 bytes a ref)

	stashIdx uint32
	level    uint32

	isConst, isStrict, isVar, isArg, derivedThis bool
}

type lazyBody struct {
	prg atomic.Pointer[Program]
	err *CompilerSyntaxError // the only error compile returns (a pointer: the stub stays in Go's 240-byte class)

	// The function literal, dropped once compiled: its syntax, or for a
	// skipped body with plain parameters (most) just their names (sig).
	// (its source file, name and skipped body, if any, are its stub's:
	// lazyStubMem.prg's src and funcName, skip; gojanet gcperf5: three
	// pointer words fewer in each of ≈ 1,800 stubs a collection scans)
	syntax *lazySyntax
	sig    []lazyParam
	offset int
	refs   []lazyRef

	typ           funcType
	isExpr        bool
	isAsync       bool
	isGenerator   bool
	rootEval      bool
	noGlobalSites bool // gojanet: gojanet_globals.go
	done          bool // compiled (or failed): under lazyMu
}

// lazySyntax is a lazy body's function literal as parsed.
// gojanet (gcperf1, gcperf2): apart, since most bodies are skipped ones
// with plain parameters (lazyBody.sig), and stubs are a serving process's
// long-lived memory (one per function its builtins and modules declare,
// most never called), which every collection marks.
type lazySyntax struct {
	name          *ast.Identifier
	parameterList *ast.ParameterList
	// a body parsed with the code around it (nil when skipped)
	body            []ast.Statement
	declarationList []*ast.VariableDeclaration
	strictDirective *ast.StringLiteral
	// the pre-scan of this function and the functions in it (nil for a
	// skipped body: parsed again, its functions are new nodes, which the
	// map's keys are not; they are scanned from the skip table)
	scans map[*ast.ParameterList]*funcScan
}

// lazyParam is a parameter of a skipped body kept without its syntax tree
// (sig[0]: the function's own name, idx 0 when it has none). gojanet
// (gcperf2): the builtins' parameter lists were ≈ 10% of a serving
// process's objects (a Binding and an Identifier per parameter).
type lazyParam struct {
	name lazyName
	idx  file.Idx
}

// lazyName is a name a stub keeps (a parameter's, an outer binding's) as
// where it is in the body's source, so that a stub's sig and refs hold no
// pointers: gojanet (gcperf5) they were ≈ 2,400 objects and ≈ 6,800
// pointers (into the builtins' sources) in the hello server's live heap,
// each a word every collection scans. A name that is not a slice of the
// source (`this`, an identifier with escapes, a non-ASCII identifier, which
// unistring keeps as UTF-16) is farNames[off] (n: farName).
type lazyName struct{ off, n uint32 }

const farName = ^uint32(0)

// farNames are the names lazyName cannot point at in a source, for the
// process (a few: lazy bodies are the builtins', whose identifiers are
// plain); farNames[0] is `this`.
var (
	farMu    sync.Mutex
	farNames = []unistring.String{thisBindingName}
	farIndex = map[unistring.String]uint32{thisBindingName: 0}
)

// keepName returns name as a lazyName of src's text.
func keepName(src *file.File, name unistring.String) lazyName {
	if src != nil && len(name) > 0 {
		text := src.Source()
		base := uintptr(unsafe.Pointer(unsafe.StringData(text)))
		p := uintptr(unsafe.Pointer(unsafe.StringData(string(name))))
		if p >= base && p-base+uintptr(len(name)) <= uintptr(len(text)) {
			return lazyName{uint32(p - base), uint32(len(name))}
		}
	}
	farMu.Lock()
	defer farMu.Unlock()
	i, ok := farIndex[name]
	if !ok {
		i = uint32(len(farNames))
		farNames = append(farNames, name)
		farIndex[name] = i
	}
	return lazyName{i, farName}
}

// str returns the name n keeps of src's text.
func (n lazyName) str(src *file.File) unistring.String {
	if n.n != farName {
		return unistring.String(src.Source()[n.off : n.off+n.n])
	}
	farMu.Lock()
	defer farMu.Unlock()
	return farNames[n.off]
}

// lazySig returns e's name and parameters as a sig, or ok false when they
// are more than names (a default, a pattern, a rest parameter).
func lazySig(src *file.File, name *ast.Identifier, params *ast.ParameterList) (sig []lazyParam, ok bool) {
	if params.Rest != nil {
		return nil, false
	}
	for _, item := range params.List {
		if _, id := item.Target.(*ast.Identifier); !id || item.Initializer != nil {
			return nil, false
		}
	}
	if name == nil && len(params.List) == 0 {
		return nil, true
	}
	sig = make([]lazyParam, 1+len(params.List))
	if name != nil {
		sig[0] = lazyParam{keepName(src, name.Name), name.Idx}
	}
	for i, item := range params.List {
		id := item.Target.(*ast.Identifier)
		sig[1+i] = lazyParam{keepName(src, id.Name), id.Idx}
	}
	return sig, true
}

// syntaxOf makes sig's name and parameter list again (the compiler reads
// their names and positions, not the brackets' positions).
func syntaxOf(src *file.File, sig []lazyParam) (name *ast.Identifier, params *ast.ParameterList) {
	params = &ast.ParameterList{}
	if len(sig) == 0 {
		return nil, params
	}
	if sig[0].idx != 0 {
		name = &ast.Identifier{Name: sig[0].name.str(src), Idx: sig[0].idx}
	}
	params.List = make([]*ast.Binding, len(sig)-1)
	for i, p := range sig[1:] {
		params.List[i] = &ast.Binding{Target: &ast.Identifier{Name: p.name.str(src), Idx: p.idx}}
	}
	return name, params
}

// lazyEnter is a lazy body's stub: compile (once per process), point the
// callee at the compiled Program, run it from its first instruction.
type lazyEnter struct{}

func (lazyEnter) exec(vm *vm) {
	stub := vm.prg
	prg, err := stub.lazy.compiled()
	if err != nil {
		panic(vm.r.newSyntaxError(err.Error(), stub.lazy.offset))
	}
	if i := vm.sp - vm.args - 2; i >= 0 && i < vm.sp {
		if o, ok := vm.stack[i].(*Object); ok {
			if f, ok := o.self.(interface{ jsFuncBase() *baseJsFuncObject }); ok {
				if fb := f.jsFuncBase(); fb.prg == stub {
					fb.prg = prg
				}
			}
		}
	}
	vm.prg = prg
	vm.pc = 0
}

func (f *baseJsFuncObject) jsFuncBase() *baseJsFuncObject { return f }

// lazyMu serialises lazy compiles: they share lazyEvalVM, the VM constant
// expressions are folded on (goja makes a whole Runtime for it).
var (
	lazyMu     sync.Mutex
	lazyEvalVM *vm
)

// compiled returns the body's Program, compiling it the first time.
func (lb *lazyBody) compiled() (*Program, error) {
	if p := lb.prg.Load(); p != nil {
		return p, nil
	}
	lazyMu.Lock()
	defer lazyMu.Unlock()
	if !lb.done {
		lb.done = true
		p, err := lb.compile()
		lb.err = err
		lb.stub().skip = ast.LazyBody{} // drop its skip table
		lb.syntax, lb.sig, lb.refs = nil, nil, nil
		if p != nil {
			lb.prg.Store(p)
		}
	}
	if lb.err != nil {
		return nil, lb.err
	}
	return lb.prg.Load(), nil
}

func (lb *lazyBody) compile() (p *Program, err *CompilerSyntaxError) {
	c := newCompiler()
	c.takeScratch() // gojanet_scratch.go
	defer c.putScratch()
	c.lazy = true
	c.p.src = lb.src()
	c.evalVM = lazyEvalVM
	defer func() {
		lazyEvalVM = c.evalVM
		if c.evalVM != nil {
			c.evalVM.prg, c.evalVM.pc = nil, 0
		}
		if x := recover(); x != nil {
			p = nil
			if x1, ok := x.(*CompilerSyntaxError); ok {
				err = x1
				return
			}
			panic(x)
		}
	}()
	root := &scope{c: c, prg: c.p, dynamic: true, eval: lb.rootEval, strict: true, noGlobalSites: lb.noGlobalSites}
	lz := &scope{c: c, prg: c.p, outer: root, strict: true, lazyOuter: true}
	if len(lb.refs) > 0 {
		lz.boundNames = make(map[unistring.String]*binding, len(lb.refs))
		lz.bindings = make([]*binding, 0, len(lb.refs))
	}
	for _, r := range lb.refs {
		name := r.name.str(c.p.src)
		b := &binding{
			scope:       lz,
			name:        name,
			isConst:     r.isConst,
			isStrict:    r.isStrict,
			isVar:       r.isVar,
			isArg:       r.isArg,
			inStash:     true,
			stashIdx:    r.stashIdx,
			baseLevel:   r.level,
			derivedThis: r.derivedThis,
		}
		lz.bindings = append(lz.bindings, b)
		lz.boundNames[name] = b
	}
	c.scope = lz
	e := &compiledFunctionLiteral{
		lhsName:     lb.stub().prg.funcName, // (read only without a name: the same)
		typ:         lb.typ,
		isExpr:      lb.isExpr,
		isAsync:     lb.isAsync,
		isGenerator: lb.isGenerator,
		skipped:     lb.skipped(),
	}
	if sx := lb.syntax; sx != nil {
		e.name, e.parameterList = sx.name, sx.parameterList
		e.body, e.declarationList, e.strict = sx.body, sx.declarationList, sx.strictDirective
		c.lazyScans = sx.scans
	} else {
		e.name, e.parameterList = syntaxOf(c.p.src, lb.sig)
	}
	e.c, e.offset = c, lb.offset
	p, _, _, _ = e.compile()
	c.finishGlobalSites() // gojanet
	for _, b := range lz.bindings {
		for ai := range b.accessPoints {
			sc, aps := b.accessPoints[ai].scope, b.accessPoints[ai].points
			level := b.baseLevel
			for s := sc; s != nil && s != lz; s = s.outer {
				if s.needStash || s.isDynamic() {
					level++
				}
			}
			if level > 255 {
				c.throwSyntaxError(lb.offset, "Maximum nesting level (256) exceeded")
			}
			// gojanet: reads before sc's stash is made are a level lower
			// (gojanet_latestash.go)
			if before, after := splitLateStash(sc, aps); len(before) > 0 {
				lz.patchStash(b, b.name == thisBindingName, b.derivedThis, sc, before, (lateStashLevel(sc, 0, level)<<24)|b.stashIdx)
				aps = after
			}
			lz.patchStash(b, b.name == thisBindingName, b.derivedThis, sc, aps, (level<<24)|b.stashIdx)
		}
	}
	c.finishLazy()
	directCode(p) // gojanet: gojanet_direct.go
	return p, nil
}

// lazyStub returns a stub Program for e's body, or nil when e must be
// compiled now.
func (e *compiledFunctionLiteral) lazyStub() (prg *Program, name unistring.String, length int, strict bool) {
	c := e.c
	if !c.lazy || c.ctxVM != nil || c.scope == nil || !c.scope.strict || e.moduleScope ||
		(e.typ != funcRegular && e.typ != funcArrow && e.typ != funcMethod) {
		return
	}
	// Inside a class body: only when no enclosing class declares a private
	// name (the body is compiled without the class scopes).
	for cs := c.classScope; cs != nil; cs = cs.outer {
		if len(cs.privateNames) > 0 {
			return
		}
	}
	if c.scope.outer == nil {
		// A function in the program's top level (a builtin's wrapper) is
		// called when the program runs: compile it now.
		return
	}
	fs := c.lazyScans[e.parameterList]
	if fs == nil && e.skipped != nil {
		// a skipped body: its scan came with the skip table
		fs = &funcScan{free: e.skipped.Free, outerThis: e.skipped.OuterThis}
	} else if fs == nil {
		var ownName *ast.Identifier
		if e.isExpr {
			ownName = e.name
		}
		c.scanFunction(ownName, e.parameterList, e.declarationList, e.body, e.typ == funcArrow)
		fs = c.lazyScans[e.parameterList]
	}
	if fs.eager {
		return
	}
	// the stub, its code and source map and the lazy body in one allocation
	st := &lazyStubMem{}
	lb := &st.lb
	*lb = lazyBody{
		typ:         e.typ,
		isExpr:      e.isExpr,
		isAsync:     e.isAsync,
		isGenerator: e.isGenerator,
		offset:      e.offset,
	}
	if e.skipped != nil {
		// a copy: the parser's is allocated with the body's BlockStatement
		st.skip = *e.skipped
	}
	sigOK := false
	if e.skipped != nil && e.body == nil && e.declarationList == nil && e.strict == nil {
		lb.sig, sigOK = lazySig(c.p.src, e.name, e.parameterList)
	}
	if !sigOK {
		lb.syntax = &lazySyntax{name: e.name, parameterList: e.parameterList,
			body: e.body, declarationList: e.declarationList, strictDirective: e.strict}
		if e.skipped == nil {
			lb.syntax.scans = c.lazyScans
		}
	}
	ts := &c.lazyTS
	*ts = scope{c: c, outer: c.scope, funcType: e.typ, strict: true}
	binds := len(c.lazyBinds)
	for _, n := range fs.free {
		if b, _ := ts.lookupName(n); b != nil {
			b.lazyUses++
			c.lazyBinds = append(c.lazyBinds, b)
		}
	}
	names := len(c.lazyBinds) - binds // found by name (b.name), then `this`
	if fs.outerThis {
		if b, _ := ts.lookupThis(); b != nil {
			b.lazyUses++
			c.lazyBinds = append(c.lazyBinds, b)
		}
	}
	if k := len(c.lazyBinds) - binds; k > 0 {
		lb.refs = make([]lazyRef, k)
		for i, b := range c.lazyBinds[binds:] {
			if i < names {
				lb.refs[i].name = keepName(c.p.src, b.name)
			} else {
				lb.refs[i].name = lazyName{0, farName} // farNames[0]: `this`
			}
		}
	}
	for s := c.scope; s != nil; s = s.outer {
		if s.outer == nil {
			lb.rootEval = s.eval
		}
	}
	c.pendingLazy = append(c.pendingLazy, pendingLazy{lb, c.scope, binds})

	if e.name != nil {
		name = e.name.Name
	} else {
		name = e.lhsName
	}
	hasInits := false
	for _, item := range e.parameterList.List {
		if item.Initializer != nil {
			hasInits = true
		}
		if !hasInits {
			length++
		}
	}
	st.srcMap[0] = srcMapItem{pc: 0, srcPos: int32(e.offset)}
	prg = &st.prg
	*prg = Program{
		code:     lazyStubCode,
		funcName: name,
		src:      c.p.src,
		srcMap:   st.srcMap[:],
		lazy:     lb,
	}
	return prg, name, length, true
}

// lazyStubMem is what lazyStub allocates for one function (240 bytes, a
// size class of Go's: TestLongLivedSizes; 272 in the 288-byte class before
// gcperf5). gojanet (gcperf2): with its
// skipped body's LazyBody, which the parser allocates with a BlockStatement
// the stub does not need (one object less per stub, 48 bytes less).
type lazyStubMem struct {
	prg    Program
	lb     lazyBody
	srcMap [1]srcMapItem
	skip   ast.LazyBody
}

// stub returns the stub lb is part of (every lazyBody is: lazyStub).
func (lb *lazyBody) stub() *lazyStubMem {
	return (*lazyStubMem)(unsafe.Add(unsafe.Pointer(lb), -int(unsafe.Offsetof(lazyStubMem{}.lb))))
}

// src returns the source file of lb's function.
func (lb *lazyBody) src() *file.File { return lb.stub().prg.src }

// skipped returns lb's body not parsed yet (compiler_lazy_parse.go), nil
// when it was parsed with the code around it or lb is compiled.
func (lb *lazyBody) skipped() *ast.LazyBody {
	if st := lb.stub(); st.skip.SkipEntry != nil {
		return &st.skip
	}
	return nil
}

// lazyStubCode is every stub's code (never written: the stub's one
// instruction moves the call to the compiled Program).
var lazyStubCode = []instruction{lazyEnter{}}

// pendingLazy is a lazy body met in a compile not finalised yet, with the
// scope of its function literal.
type pendingLazy struct {
	lb       *lazyBody
	litScope *scope
	binds    int // where lb.refs' bindings start in c.lazyBinds
}

// finishLazy records, for the lazy bodies met in this compile, where the
// outer bindings they read ended up. Every scope is finalised by now.
func (c *compiler) finishLazy() {
	for _, pl := range c.pendingLazy {
		lb := pl.lb
		// a global read in the body can be cached only where one in
		// the enclosing code could (gojanet_globals.go)
		lb.noGlobalSites = !pl.litScope.globalOnly()
		for i := range lb.refs {
			r := &lb.refs[i]
			b := c.lazyBinds[pl.binds+i]
			o := b.scope
			if !b.inStash && !o.isDynamic() {
				c.throwSyntaxError(lb.offset, "Compiler bug: lazy body reads %s, which is not in a stash", b.name)
			}
			level := b.baseLevel
			for s := pl.litScope; s != nil && s != o; s = s.outer {
				if s.needStash || s.isDynamic() {
					level++
				}
			}
			if level > 255 {
				c.throwSyntaxError(lb.offset, "Maximum nesting level (256) exceeded")
			}
			r.level = level
			r.stashIdx = b.stashIdx
			r.isConst, r.isStrict, r.isVar, r.isArg = b.isConst, b.isStrict, b.isVar, b.isArg
			if o.lazyOuter {
				r.derivedThis = b.derivedThis
			} else if fs := o.nearestThis(); fs != nil && fs.funcType == funcDerivedCtor {
				r.derivedThis = true
			}
		}
	}
	c.pendingLazy, c.lazyBinds = nil, nil
}

// CompileASTLazy is CompileAST with lazy function bodies (see above).
func CompileASTLazy(prg *ast.Program, strict bool) (p *Program, err error) {
	c := newCompiler()
	c.takeScratch() // gojanet_scratch.go
	c.takeStrings()
	defer c.putScratch()
	c.lazy = true
	defer func() {
		if x := recover(); x != nil {
			p = nil
			if x1, ok := x.(*CompilerSyntaxError); ok {
				err = x1
				return
			}
			panic(x)
		}
	}()
	c.compile(prg, strict, true, nil)
	c.finishLazy()
	directCode(c.p) // gojanet: gojanet_direct.go
	return c.p, nil
}

// CompileLazyBodies compiles every lazy body reachable from p now (a test
// that the builtins compile, and that nothing is left to compile later).
func (p *Program) CompileLazyBodies() error {
	seen := map[*Program]bool{}
	var walk func(p *Program) error
	walk = func(p *Program) error {
		if p == nil || seen[p] {
			return nil
		}
		seen[p] = true
		if p.lazy != nil {
			cp, err := p.lazy.compiled()
			if err != nil {
				return err
			}
			return walk(cp)
		}
		for _, ins := range p.code {
			var sub []*Program
			switch f := ins.(type) {
			case newFuncInstruction:
				sub = append(sub, f.getPrg())
			case *newDerivedClass:
				sub = append(sub, f.ctor, f.initFields)
			case *newClass:
				sub = append(sub, f.ctor, f.initFields)
			case *newStaticFieldInit:
				sub = append(sub, f.initFields)
			}
			for _, s := range sub {
				if err := walk(s); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return walk(p)
}

// lazyDump writes p's code with every lazy body compiled and pointers left
// out, for comparing an eager and a lazy compile of the same source.
func (p *Program) lazyDump(out func(string)) {
	if p.lazy != nil {
		cp, err := p.lazy.compiled()
		if err != nil {
			out("error: " + err.Error())
			return
		}
		p = cp
	}
	out(fmt.Sprintf("func %q srcMap %v", p.funcName, p.srcMap))
	for pc, ins := range p.code {
		out(fmt.Sprintf("%d: %T %v", pc, ins, ins))
		var sub []*Program
		switch f := ins.(type) {
		case newFuncInstruction:
			sub = append(sub, f.getPrg())
		case *newDerivedClass:
			sub = append(sub, f.ctor, f.initFields)
		case *newClass:
			sub = append(sub, f.ctor, f.initFields)
		case *newStaticFieldInit:
			sub = append(sub, f.initFields)
		}
		for _, s := range sub {
			if s != nil {
				s.lazyDump(out)
			}
		}
	}
}
