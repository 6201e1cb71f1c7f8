package goja

// gojanet: reads and calls of global names with a cache per site and runtime.
//
// A name no enclosing scope binds (`Object`, `Array`, `Buffer` in a module's
// code) compiled to loadDynamic, which walks the stashes asking each for the
// name, then the global lexical declarations' map, then looks it up in the
// global object's property map: ≈ 300-500 machine instructions a read. V8
// keeps a property cell per global name, cached at the site.
//
// Here, when every scope between the site and the program's top is one
// whose bindings are fixed at compile time (no sloppy direct eval, no
// `with`; see scope.globalOnly), the only places the name can be found at
// run time are the global lexical declarations (r.global.stash) and the
// global object. Such a site compiles to loadGlobal (or loadGlobalRef for
// typeof, loadGlobalCallee for a call) with a process-wide id. The first
// execution in a runtime goes the way loadDynamic goes and, when the value
// came from an own data property of the runtime's own global object,
// remembers in the runtime's table (by the site's id) the value, or the
// *valueProperty holding it, and the global object's dictionary generation
// (propValues.gen). Later executions compare the generation and push the
// value (read through the *valueProperty, which writes update in place).
//
// What invalidates: every write, addition or deletion in the global object's
// dictionary bumps gen (propValues.set, del), and so does a global lexical
// declaration or a deleted eval-made binding in the global stash
// (globalNamesChanged); a property turned into an accessor in place is seen
// at the read (valueProperty.accessor). Anything else (a getter, a name on
// the global object's prototype, a binding in a stash, a missing name, a vm
// context's global, which is a proxy set with SetGlobalObject) takes the
// generic path every time, as loadDynamic. Sites are decided when the
// compile ends (finishGlobalSites): an eval met later in an enclosing
// function makes its sites generic.
//
// The table is the runtime's, not the program's: programs are shared by
// runtimes on other goroutines, and an entry holds a value of its runtime.

import (
	"sync/atomic"

	"github.com/dop251/goja/unistring"
)

// globalSiteIDs numbers global read sites across the process.
var globalSiteIDs atomic.Uint32

// noGlobalSite is the id of a site that is never cached.
const noGlobalSite = ^uint32(0)

const globalPageBits = 8

type globalCacheEntry struct {
	gen uint64
	vp  *valueProperty // the property holding the value (writes update it in place), or nil
	v   Value          // the value when vp is nil; both nil: empty
}

type globalCachePage [1 << globalPageBits]globalCacheEntry

// globalCache is a runtime's remembered global reads.
type globalCache struct {
	dict  *propValues // the runtime's own global object's dictionary; nil: no caching
	pages []*globalCachePage
}

// resetGlobalCache follows the global object: caching only for the
// runtime's own (a template object, always a dictionary).
func (r *Runtime) resetGlobalCache() {
	r.globalCache = globalCache{}
	if g, ok := r.globalObject.self.(*templatedObject); ok && g.tmpl == globalObjectTemplate {
		r.globalCache.dict = g.values.d
	}
}

// globalNamesChanged is called when the global stash gains or loses a name.
func (r *Runtime) globalNamesChanged() {
	if d := r.globalCache.dict; d != nil {
		d.gen++
	}
}

// get returns site id's value when its entry is current, else nil. Small
// enough to be inlined: pages exist only while dict is set.
func (c *globalCache) get(id uint32) Value {
	if pg := id >> globalPageBits; pg < uint32(len(c.pages)) {
		if p := c.pages[pg]; p != nil {
			if e := &p[id&(1<<globalPageBits-1)]; e.gen == c.dict.gen {
				if vp := e.vp; vp != nil && !vp.accessor {
					return vp.value
				}
				return e.v
			}
		}
	}
	return nil
}

func (c *globalCache) put(id uint32, vp *valueProperty, v Value) {
	pg := id >> globalPageBits
	if pg >= uint32(len(c.pages)) {
		pages := make([]*globalCachePage, pg+1, pg+1+pg/2)
		copy(pages, c.pages)
		c.pages = pages
	}
	p := c.pages[pg]
	if p == nil {
		p = new(globalCachePage)
		c.pages[pg] = p
	}
	p[id&(1<<globalPageBits-1)] = globalCacheEntry{gen: c.dict.gen, vp: vp, v: v}
}

// stashLookup is loadDynamic's walk over the stashes.
func (vm *vm) stashLookup(name unistring.String) (Value, *Object) {
	for stash := vm.stash; stash != nil; stash = stash.outer {
		if v, exists := stash.getByName(name); exists {
			return v, stash.obj
		}
	}
	return nil, nil
}

// globalOwnValue reads name from the global object (nil: it has none) and
// remembers it for site id when it is an own data property of the
// runtime's own global object.
func (vm *vm) globalOwnValue(name unistring.String, id uint32) Value {
	r := vm.r
	if c := &r.globalCache; c.dict != nil && id != noGlobalSite {
		g := r.globalObject.self.(*templatedObject)
		switch p := g.getOwnPropStr(name).(type) {
		case nil:
		case *valueProperty:
			if !p.accessor {
				c.put(id, p, nil)
				return p.value
			}
		default:
			c.put(id, nil, p)
			return p
		}
	}
	if name == "undefined" && r.ownGlobalObject() { // gojanet_calls.go
		return _undefined
	}
	return r.globalObject.self.getStr(name, nil)
}

// loadGlobal is loadDynamic at a site whose name can only be a global's.
type loadGlobal struct {
	name unistring.String
	id   uint32
}

//go:nosplit
func (n *loadGlobal) exec(vm *vm) {
	if v := vm.r.globalCache.get(n.id); v != nil {
		vm.push(v)
		vm.pc++
		return
	}
	val, _ := vm.stashLookup(n.name)
	if val == nil {
		val = vm.globalOwnValue(n.name, n.id)
		if val == nil {
			vm.throw(vm.r.newReferenceError(n.name))
			return
		}
	}
	vm.push(val)
	vm.pc++
}

// loadGlobalUndefined is loadGlobal of `undefined`: the runtime's own global
// object's is non-writable and non-configurable, and no global lexical
// declaration may shadow it, so it needs no table (Express reads it ≈ 12
// times a request).
type loadGlobalUndefined loadGlobal

//go:nosplit
func (n *loadGlobalUndefined) exec(vm *vm) {
	if vm.r.globalCache.dict != nil && n.id != noGlobalSite {
		vm.push(_undefined)
		vm.pc++
		return
	}
	(*loadGlobal)(n).exec(vm)
}

func (n *loadGlobalUndefined) String() string { return globalSiteString(n.name, n.id) }

// loadGlobalRef is loadDynamicRef (typeof) at such a site.
type loadGlobalRef loadGlobal

func (n *loadGlobalRef) exec(vm *vm) {
	if v := vm.r.globalCache.get(n.id); v != nil {
		vm.push(v)
		vm.pc++
		return
	}
	val, _ := vm.stashLookup(n.name)
	if val == nil {
		val = vm.globalOwnValue(n.name, n.id)
		if val == nil {
			val = valueUnresolved{r: vm.r, ref: n.name}
		}
	}
	vm.push(val)
	vm.pc++
}

// loadGlobalCallee is loadDynamicCallee at such a site.
type loadGlobalCallee loadGlobal

//go:nosplit
func (n *loadGlobalCallee) exec(vm *vm) {
	if v := vm.r.globalCache.get(n.id); v != nil {
		// [f, this], the frame's layout (gojanet_callframe.go)
		vm.stack.expand(vm.sp + 1) // both in one check
		vm.stack[vm.sp] = v
		vm.stack[vm.sp+1] = _undefined
		vm.sp += 2
		vm.pc++
		return
	}
	val, callee := vm.stashLookup(n.name)
	if val == nil {
		val = vm.globalOwnValue(n.name, n.id)
		if val == nil {
			val = valueUnresolved{r: vm.r, ref: n.name}
		}
	}
	vm.push(val)
	if callee != nil {
		vm.push(callee)
	} else {
		vm.push(_undefined)
	}
	vm.pc++
}

// globalOnly reports whether a name no scope binds, read in s, can only be
// a global lexical declaration or the global object's property at run time:
// no scope on the way may gain bindings while running (sloppy direct eval,
// `with`), and the program is not eval code (which runs in its caller's
// stashes).
func (s *scope) globalOnly() bool {
	for ; s.outer != nil; s = s.outer {
		if s.dynamic {
			return false
		}
	}
	return !s.eval && !s.noGlobalSites
}

type globalSite struct {
	id    *uint32
	scope *scope
}

// globalSiteID numbers a new global read site in the current scope, or
// returns noGlobalSite when it cannot be cached.
func (c *compiler) globalSite(id *uint32) {
	*id = noGlobalSite
	if c.scope.globalOnly() {
		*id = globalSiteIDs.Add(1) - 1
		if *id == noGlobalSite { // 2^32 sites: stop caching
			globalSiteIDs.Store(noGlobalSite)
			return
		}
		c.globalSites = append(c.globalSites, globalSite{id: id, scope: c.scope})
	}
}

func (c *compiler) emitLoadGlobal(name unistring.String) {
	ins := &loadGlobal{name: name}
	c.globalSite(&ins.id)
	if name == "undefined" && ins.id != noGlobalSite {
		c.emit((*loadGlobalUndefined)(ins))
		return
	}
	c.emit(ins)
}

func (c *compiler) emitLoadGlobalRef(name unistring.String) {
	ins := &loadGlobalRef{name: name}
	c.globalSite(&ins.id)
	c.emit(ins)
}

func (c *compiler) emitLoadGlobalCallee(name unistring.String) {
	ins := &loadGlobalCallee{name: name}
	c.globalSite(&ins.id)
	c.emit(ins)
}

// finishGlobalSites runs when the compile ends: a direct eval compiled after
// a site can make an enclosing scope dynamic, and the site generic.
func (c *compiler) finishGlobalSites() {
	for _, s := range c.globalSites {
		if !s.scope.globalOnly() {
			*s.id = noGlobalSite
		}
	}
	c.globalSites = nil
}

// String shows the name and whether the site is cached, not its number
// (compiler_lazy_test compares lazy and eager compiles' code).
func (n *loadGlobal) String() string { return globalSiteString(n.name, n.id) }

func (n *loadGlobalRef) String() string { return globalSiteString(n.name, n.id) }

func (n *loadGlobalCallee) String() string { return globalSiteString(n.name, n.id) }

func globalSiteString(name unistring.String, id uint32) string {
	if id == noGlobalSite {
		return string(name) + " (generic)"
	}
	return string(name) + " (cached)"
}
