package goja

// gojanet: the heap graph behind v8.getHeapSnapshot (modules/heapsnapshot
// writes it as V8's .heapsnapshot JSON).
//
// HeapGraph walks what a script can reach from the runtime's roots: the
// global object, the global lexical declarations, the VM stack and the
// scopes of the frames running, and the host's own roots (HeapGraphOptions).
// It goes breadth-first and numbers each thing as it is found; node i's
// edges are appended when i is expanded, so they come out grouped by node in
// node order, which is how V8's snapshot lays them out. Node and edge types
// are V8's (HeapNodeType, HeapEdgeType): objects and closures, their scopes
// as "system / Context" nodes with context edges, strings by content,
// numbers that are not small integers as "heap number", symbols, bigints
// and ArrayBuffer bytes as native nodes. Self sizes are the Go sizes of the
// structures (plus their slices), an estimate as V8's are exact.
//
// The walk reads properties from the objects' own storage (never a getter,
// a Proxy trap or a host object's Go code), so taking a snapshot runs no
// script. Object ids are stable across snapshots (the object's id, as a
// Map uses for hashing, which the walk assigns once); strings' ids come
// from their content; scopes and numbers are numbered per snapshot.

import (
	"hash/fnv"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"unsafe"
)

// HeapNodeType is a node's type, numbered as in V8's meta node_types.
type HeapNodeType uint8

const (
	HeapHidden HeapNodeType = iota
	HeapArray
	HeapString
	HeapObject
	HeapCode
	HeapClosure
	HeapRegExp
	HeapNumber
	HeapNative
	HeapSynthetic
	HeapConsString
	HeapSlicedString
	HeapSymbol
	HeapBigInt
	HeapObjectShape
)

// HeapEdgeType is an edge's type, numbered as in V8's meta edge_types.
type HeapEdgeType uint8

const (
	HeapEdgeContext HeapEdgeType = iota
	HeapEdgeElement
	HeapEdgeProperty
	HeapEdgeInternal
	HeapEdgeHidden
	HeapEdgeShortcut
	HeapEdgeWeak
)

// HeapNode is one node of the graph. Its edges are the EdgeCount edges
// following those of the nodes before it.
type HeapNode struct {
	Type      HeapNodeType
	Name      string
	ID        uint64
	SelfSize  int
	EdgeCount int
}

// HeapEdge is one edge: element and hidden edges are named by Index, the
// others by Name. To is the index of the node it points to.
type HeapEdge struct {
	Type  HeapEdgeType
	Name  string
	Index int
	To    int
}

// HeapGraph is the walk's result.
type HeapGraph struct {
	Nodes []HeapNode
	Edges []HeapEdge
}

// HeapRoot is a value the host holds (a handle), shown under
// "(Global handles)" with its name.
type HeapRoot struct {
	Name  string
	Value Value
}

// HeapGraphOptions are HeapGraph's options.
type HeapGraphOptions struct {
	// Roots are the host's handles, walked as roots besides the runtime's.
	Roots []HeapRoot
	// ExposeNumericValues names number nodes by their value and gives
	// small integers nodes too (node's exposeNumericValues).
	ExposeNumericValues bool
}

// heapNameMax is the longest string node name (V8 cuts names there).
const heapNameMax = 1024

type heapItem struct {
	obj   *Object
	st    *stash
	sym   *Symbol
	roots []heapRootEdge // a synthetic node's edges
}

type heapRootEdge struct {
	typ  HeapEdgeType
	name string
	idx  int
	v    Value
	st   *stash
	node int // >= 0: an existing node
}

type heapWalker struct {
	r      *Runtime
	opts   HeapGraphOptions
	g      HeapGraph
	items  []heapItem
	objs   map[*Object]int
	stashs map[*stash]int
	strs   map[string]int
	syms   map[*Symbol]int
	seq    uint64
}

// HeapGraph walks the runtime's heap (see the file comment). Call it on the
// runtime's goroutine, not while a script is running on another.
func (r *Runtime) HeapGraph(opts HeapGraphOptions) *HeapGraph {
	w := &heapWalker{
		r:      r,
		opts:   opts,
		objs:   map[*Object]int{},
		stashs: map[*stash]int{},
		strs:   map[string]int{},
		syms:   map[*Symbol]int{},
	}
	// The synthetic roots, as V8's: the root, "(GC roots)" and its parts.
	root := w.synthetic("", 1)
	gcRoots := w.synthetic("(GC roots)", 3)
	stackRoots := w.synthetic("(Stack roots)", 5)
	handles := w.synthetic("(Global handles)", 7)
	globals := w.synthetic("(Global object)", 9)
	w.items[root].roots = []heapRootEdge{
		{typ: HeapEdgeElement, idx: 1, node: gcRoots},
		{typ: HeapEdgeShortcut, name: "global", v: r.globalObject, node: -1},
	}
	w.items[gcRoots].roots = []heapRootEdge{
		{typ: HeapEdgeElement, idx: 1, node: stackRoots},
		{typ: HeapEdgeElement, idx: 2, node: handles},
		{typ: HeapEdgeElement, idx: 3, node: globals},
	}
	w.items[globals].roots = []heapRootEdge{
		{typ: HeapEdgeInternal, name: "global", v: r.globalObject, node: -1},
		{typ: HeapEdgeInternal, name: "script_context", st: &r.global.stash, node: -1},
	}
	var st []heapRootEdge
	if vm := r.vm; vm != nil {
		sp := vm.sp
		if sp > len(vm.stack) {
			sp = len(vm.stack)
		}
		for i := 0; i < sp; i++ {
			st = append(st, heapRootEdge{typ: HeapEdgeElement, idx: i, v: vm.stack[i], node: -1})
		}
		if vm.stash != nil {
			st = append(st, heapRootEdge{typ: HeapEdgeInternal, name: "context", st: vm.stash, node: -1})
		}
		for i := range vm.callStack {
			if s := vm.callStack[i].stash; s != nil {
				st = append(st, heapRootEdge{typ: HeapEdgeInternal, name: "context", st: s, node: -1})
			}
		}
		if vm.result != nil {
			st = append(st, heapRootEdge{typ: HeapEdgeInternal, name: "result", v: vm.result, node: -1})
		}
	}
	w.items[stackRoots].roots = st
	var hs []heapRootEdge
	for _, h := range opts.Roots {
		hs = append(hs, heapRootEdge{typ: HeapEdgeInternal, name: h.Name, v: h.Value, node: -1})
	}
	w.items[handles].roots = hs

	for i := 0; i < len(w.items); i++ {
		first := len(w.g.Edges)
		w.expand(i)
		w.g.Nodes[i].EdgeCount = len(w.g.Edges) - first
	}
	return &w.g
}

func (w *heapWalker) synthetic(name string, id uint64) int {
	w.g.Nodes = append(w.g.Nodes, HeapNode{Type: HeapSynthetic, Name: name, ID: id})
	w.items = append(w.items, heapItem{})
	return len(w.g.Nodes) - 1
}

// nextID numbers a node that has no lasting identity here (a scope, a
// number): odd, from 2^52 up, apart from the objects' and strings' ranges.
func (w *heapWalker) nextID() uint64 {
	w.seq++
	return 1<<52 + w.seq*2 + 1
}

func (w *heapWalker) add(n HeapNode, it heapItem) int {
	w.g.Nodes = append(w.g.Nodes, n)
	w.items = append(w.items, it)
	return len(w.g.Nodes) - 1
}

func (w *heapWalker) edge(typ HeapEdgeType, name string, idx int, to int) {
	w.g.Edges = append(w.g.Edges, HeapEdge{Type: typ, Name: name, Index: idx, To: to})
}

// valueEdge adds an edge to v's node, if v has one (small integers,
// booleans, null and undefined have none, as V8's Smis and oddballs).
func (w *heapWalker) valueEdge(typ HeapEdgeType, name string, idx int, v Value) {
	if to := w.valueNode(v); to >= 0 {
		w.edge(typ, name, idx, to)
	}
}

func (w *heapWalker) valueNode(v Value) int {
	switch v := v.(type) {
	case nil:
		return -1
	case *Object:
		if v == nil { // (a typed nil: a revoked Proxy's target, a cleared slot)
			return -1
		}
		return w.objNode(v)
	case valueInt:
		if v >= -(1<<30) && v < 1<<30 {
			if !w.opts.ExposeNumericValues {
				return -1
			}
			return w.add(HeapNode{Type: HeapHidden, Name: strconv.FormatInt(int64(v), 10), ID: w.nextID()}, heapItem{})
		}
		return w.number(float64(v))
	case valueFloat:
		return w.number(float64(v))
	case *Symbol:
		if i, ok := w.syms[v]; ok {
			return i
		}
		i := w.add(HeapNode{Type: HeapSymbol, Name: "symbol", ID: w.nextID(), SelfSize: int(unsafe.Sizeof(Symbol{}))}, heapItem{sym: v})
		w.syms[v] = i
		return i
	case *valueBigInt:
		return w.add(HeapNode{Type: HeapBigInt, Name: "bigint", ID: w.nextID(), SelfSize: 16 + ((*big.Int)(v).BitLen()+63)/64*8}, heapItem{})
	case String:
		return w.str(v.String(), v.Length())
	}
	return -1
}

func (w *heapWalker) number(f float64) int {
	name := "heap number"
	if w.opts.ExposeNumericValues {
		name = strconv.FormatFloat(f, 'g', -1, 64)
		if math.IsInf(f, 0) || math.IsNaN(f) {
			name = (valueFloat(f)).String()
		}
	}
	return w.add(HeapNode{Type: HeapNumber, Name: name, ID: w.nextID(), SelfSize: 16}, heapItem{})
}

func (w *heapWalker) str(s string, length int) int {
	if i, ok := w.strs[s]; ok {
		return i
	}
	name := s
	if len(name) > heapNameMax {
		name = name[:heapNameMax]
		for len(name) > 0 && name[len(name)-1]&0xC0 == 0x80 {
			name = name[:len(name)-1] // not in the middle of a character
		}
	}
	h := fnv.New64a()
	h.Write([]byte(s))
	id := 1<<51 + (h.Sum64()&(1<<49-1))<<1 | 1
	size := 16 + length
	for _, c := range s {
		if c >= 0x100 {
			size = 16 + 2*length
			break
		}
	}
	i := w.add(HeapNode{Type: HeapString, Name: name, ID: id, SelfSize: (size + 7) &^ 7}, heapItem{})
	w.strs[s] = i
	return i
}

func (w *heapWalker) stashNode(s *stash) int {
	if s == nil {
		return -1
	}
	if i, ok := w.stashs[s]; ok {
		return i
	}
	size := int(unsafe.Sizeof(stash{})) + 16*(cap(s.values)+cap(s.extraArgs))
	i := w.add(HeapNode{Type: HeapObject, Name: "system / Context", ID: w.nextID(), SelfSize: size}, heapItem{st: s})
	w.stashs[s] = i
	return i
}

func (w *heapWalker) objNode(o *Object) int {
	if i, ok := w.objs[o]; ok {
		return i
	}
	typ, name := w.describe(o)
	id := (o.getId()&(1<<49-1))<<1 | 1 + 1<<20
	i := w.add(HeapNode{Type: typ, Name: name, ID: id, SelfSize: heapSelfSize(o)}, heapItem{obj: o})
	w.objs[o] = i
	return i
}

// heapBase, heapFunc and heapJsFunc reach the structures most object kinds
// embed.
func (o *baseObject) heapBase() *baseObject               { return o }
func (f *baseFuncObject) heapFunc() *baseFuncObject       { return f }
func (f *baseJsFuncObject) heapJsFunc() *baseJsFuncObject { return f }

type heapBased interface{ heapBase() *baseObject }
type heapFuncBased interface{ heapFunc() *baseFuncObject }
type heapJsFuncBased interface{ heapJsFunc() *baseJsFuncObject }

// describe returns a node's type and name: a function's is its name, an
// object's its constructor's (V8's), found without running anything.
func (w *heapWalker) describe(o *Object) (HeapNodeType, string) {
	if f, ok := o.self.(heapFuncBased); ok {
		return HeapClosure, heapFuncName(f.heapFunc())
	}
	if o == w.r.globalObject {
		return HeapObject, "global"
	}
	switch o.self.(type) {
	case *regexpObject:
		return HeapRegExp, "RegExp"
	case *proxyObject:
		return HeapObject, "Proxy"
	case *lazyArgsObject:
		return HeapObject, "Arguments"
	}
	if b, ok := o.self.(heapBased); ok {
		p := b.heapBase().prototype
		if p != nil {
			if pb, ok := p.self.(heapBased); ok {
				c := pb.heapBase().values.lookup("constructor")
				if vp, ok := c.(*valueProperty); ok && !vp.accessor {
					c = vp.value
				}
				if co, ok := c.(*Object); ok && co != nil {
					if f, ok := co.self.(heapFuncBased); ok {
						if n := heapFuncName(f.heapFunc()); n != "" {
							return HeapObject, n
						}
					}
				}
			}
		}
		if c := b.heapBase().class; c != "" {
			return HeapObject, c
		}
	}
	return HeapObject, "Object"
}

func heapFuncName(f *baseFuncObject) string {
	if s, ok := f.nameProp.value.(String); ok {
		return s.String()
	}
	return ""
}

// heapSelfSize estimates an object's own bytes: its Go structure and the
// slices only it holds.
func heapSelfSize(o *Object) int {
	size := int(unsafe.Sizeof(Object{}))
	if t := reflect.TypeOf(o.self); t != nil && t.Kind() == reflect.Ptr {
		size += int(t.Elem().Size())
	}
	if b, ok := o.self.(heapBased); ok {
		bo := b.heapBase()
		size += 16 * cap(bo.values.v)
		if d := bo.values.d; d != nil {
			size += 32 * len(d.propNames)
		}
	}
	switch s := o.self.(type) {
	case *arrayObject:
		size += 16 * cap(s.values)
	case *sparseArrayObject:
		size += int(unsafe.Sizeof(sparseArrayItem{})) * cap(s.items)
	case *mapObject:
		size += int(unsafe.Sizeof(mapEntry{})) * s.m.size
	case *setObject:
		size += int(unsafe.Sizeof(mapEntry{})) * s.m.size
	}
	return size
}

func (w *heapWalker) expand(i int) {
	it := w.items[i]
	switch {
	case it.roots != nil:
		for _, e := range it.roots {
			to := e.node
			if to < 0 && e.st != nil {
				to = w.stashNode(e.st)
			} else if to < 0 {
				to = w.valueNode(e.v)
			}
			if to >= 0 {
				w.edge(e.typ, e.name, e.idx, to)
			}
		}
	case it.st != nil:
		w.expandStash(it.st)
	case it.sym != nil:
		if it.sym.desc != nil {
			w.valueEdge(HeapEdgeInternal, "name", 0, it.sym.desc)
		}
	case it.obj != nil:
		w.expandObject(it.obj)
	}
}

func (w *heapWalker) expandStash(s *stash) {
	var names []string
	if len(s.names) > 0 {
		names = make([]string, len(s.values))
		for n, idx := range s.names {
			if j := int(idx &^ maskTyp); j < len(names) {
				names[j] = n.String()
			}
		}
	}
	for j, v := range s.values {
		name := ""
		if names != nil {
			name = names[j]
		}
		if name == "" {
			// Without a dynamic scope (eval, with) goja keeps no names at
			// run time: the slot's number stands for it.
			name = "<" + strconv.Itoa(j) + ">"
		}
		w.valueEdge(HeapEdgeContext, name, 0, v)
	}
	for j, v := range s.extraArgs {
		w.valueEdge(HeapEdgeInternal, "argument "+strconv.Itoa(j), 0, v)
	}
	if s.obj != nil {
		w.valueEdge(HeapEdgeInternal, "extension", 0, s.obj)
	}
	if s.outer != nil {
		w.edge(HeapEdgeInternal, "previous", 0, w.stashNode(s.outer))
	}
}

// propEdges adds the edges of an object's own properties, read from its
// storage.
func (w *heapWalker) propEdges(b *baseObject) {
	for _, n := range b.names() {
		w.propEdge(n.String(), b.values.lookup(n))
	}
	for _, s := range b.symbols(true, nil) {
		sym, ok := s.(*Symbol)
		if !ok {
			continue
		}
		name := "<symbol>"
		if sym.desc != nil {
			name = "<symbol " + sym.desc.String() + ">"
		}
		w.propEdge(name, b.getOwnPropSym(sym))
	}
}

func (w *heapWalker) propEdge(name string, v Value) {
	if p, ok := v.(*valueProperty); ok {
		if p.accessor {
			if p.getterFunc != nil {
				w.valueEdge(HeapEdgeProperty, "get "+name, 0, p.getterFunc)
			}
			if p.setterFunc != nil {
				w.valueEdge(HeapEdgeProperty, "set "+name, 0, p.setterFunc)
			}
			return
		}
		v = p.value
	}
	w.valueEdge(HeapEdgeProperty, name, 0, v)
}

func (w *heapWalker) expandObject(o *Object) {
	if b, ok := o.self.(heapBased); ok {
		bo := b.heapBase()
		w.propEdges(bo)
		if bo.prototype != nil {
			w.valueEdge(HeapEdgeProperty, "__proto__", 0, bo.prototype)
		}
	}
	if e := o.ext; e != nil {
		// private fields and methods (#x), by their position; WeakMap values
		// whose key this is (goja keeps them with the key)
		for _, pe := range e.privateElements {
			for j, v := range pe.fields {
				w.valueEdge(HeapEdgeInternal, "#"+strconv.Itoa(j), 0, v)
			}
			for j, v := range pe.methods {
				w.valueEdge(HeapEdgeInternal, "#method "+strconv.Itoa(j), 0, v)
			}
		}
		for _, v := range e.weakRefs {
			w.valueEdge(HeapEdgeInternal, "<weakmap value>", 0, v)
		}
	}
	if f, ok := o.self.(heapJsFuncBased); ok {
		jf := f.heapJsFunc()
		if jf.stash != nil {
			w.edge(HeapEdgeInternal, "context", 0, w.stashNode(jf.stash))
		}
	}
	switch s := o.self.(type) {
	case *arrayObject:
		for j, v := range s.values {
			w.valueEdge(HeapEdgeElement, "", j, v)
		}
	case *sparseArrayObject:
		for _, item := range s.items {
			w.valueEdge(HeapEdgeElement, "", int(item.idx), item.value)
		}
	case *mapObject:
		w.tableEdges(s.m, true)
	case *setObject:
		w.tableEdges(s.m, false)
	case *boundFuncObject:
		w.valueEdge(HeapEdgeInternal, "bound_function", 0, s.wrapped)
		w.valueEdge(HeapEdgeInternal, "bound_this", 0, s.boundThis)
		for j, v := range s.boundArgs {
			w.valueEdge(HeapEdgeInternal, "bound_argument_"+strconv.Itoa(j), 0, v)
		}
	case *methodFuncObject:
		w.valueEdge(HeapEdgeInternal, "home_object", 0, s.homeObject)
	case *generatorMethodFuncObject:
		w.valueEdge(HeapEdgeInternal, "home_object", 0, s.homeObject)
	case *asyncMethodFuncObject:
		w.valueEdge(HeapEdgeInternal, "home_object", 0, s.homeObject)
	case *proxyObject:
		w.valueEdge(HeapEdgeInternal, "target", 0, s.target)
		if h, ok := s.handler.(*jsProxyHandler); ok {
			w.valueEdge(HeapEdgeInternal, "handler", 0, h.handler)
		}
	case *typedArrayObject:
		if s.viewedArrayBuf != nil {
			w.valueEdge(HeapEdgeInternal, "buffer", 0, s.viewedArrayBuf.val)
		}
	case *dataViewObject:
		if s.viewedArrayBuf != nil {
			w.valueEdge(HeapEdgeInternal, "buffer", 0, s.viewedArrayBuf.val)
		}
	case *arrayBufferObject:
		if n := cap(s.data); n > 0 {
			to := w.add(HeapNode{Type: HeapNative, Name: "system / JSArrayBufferData", ID: w.nextID(), SelfSize: n}, heapItem{})
			w.edge(HeapEdgeInternal, "backing_store", 0, to)
		}
	case *stringObject:
		w.valueEdge(HeapEdgeInternal, "value", 0, s.value)
	case *primitiveValueObject:
		w.valueEdge(HeapEdgeInternal, "value", 0, s.pValue)
	case *regexpObject:
		w.valueEdge(HeapEdgeInternal, "source", 0, s.source)
	case *Promise:
		w.valueEdge(HeapEdgeInternal, "result", 0, s.result)
		w.reactionEdges(s.fulfillReactions)
		w.reactionEdges(s.rejectReactions)
	case *generatorObject:
		w.ctxEdges(&s.gen.ctx)
	case *lazyArgsObject:
		for j, v := range s.elems {
			w.valueEdge(HeapEdgeElement, "", j, v)
		}
		if s.stash != nil {
			w.edge(HeapEdgeInternal, "context", 0, w.stashNode(s.stash))
		}
		w.valueEdge(HeapEdgeInternal, "callee", 0, s.callee)
	}
}

// tableEdges: a Map's or Set's entries, as element edges (a Map's key at
// 2i, its value at 2i+1).
func (w *heapWalker) tableEdges(m *orderedMap, pairs bool) {
	if m == nil {
		return
	}
	j := 0
	for e := m.iterFirst; e != nil; e = e.iterNext {
		if e.key == nil {
			continue // deleted, still linked for iterators
		}
		w.valueEdge(HeapEdgeElement, "", j, e.key)
		j++
		if pairs {
			w.valueEdge(HeapEdgeElement, "", j, e.value)
			j++
		}
	}
}

// ctxEdges: a suspended generator's or async function's frame.
func (w *heapWalker) ctxEdges(c *execCtx) {
	for j, v := range c.stack {
		w.valueEdge(HeapEdgeInternal, "frame "+strconv.Itoa(j), 0, v)
	}
	if c.stash != nil {
		w.edge(HeapEdgeInternal, "context", 0, w.stashNode(c.stash))
	}
}

func (w *heapWalker) reactionEdges(rs []*promiseReaction) {
	for _, r := range rs {
		if r == nil {
			continue
		}
		if c := r.capability; c != nil {
			w.valueEdge(HeapEdgeInternal, "reaction_promise", 0, c.promise)
		}
		if a := r.asyncRunner; a != nil {
			w.valueEdge(HeapEdgeInternal, "async_function", 0, a.f)
			w.ctxEdges(&a.gen.ctx)
		}
	}
}
