package goja

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/unistring"
)

// gojanet: a function's stash made after its leading statements that do not
// need it (README.gojanet.md "A function's stash made where it is first
// needed").
//
// A function whose closures capture some of its variables makes a stash for
// them on entry. Express's debug() loggers (three calls a request) start
// with `if (!debug.enabled) return;`: disabled, they return before any
// closure or captured variable is reached, so the stash is made for nothing.
// When the body's leading statements (the ones lateFuncsWalker accepts: no
// closure, scope, loop, `arguments` or `eval`) may return and read none of
// the function's let, const or callee-name stash bindings, the function
// enters as a stash-less one and the stash is made by the first instruction
// of the first statement that may need it (lateStash wraps that
// instruction). Until then the stash's arguments and vars those statements
// use live on the value stack (the arguments where the call put them, the
// vars in slots past the frame's), and lateStash copies them over. Until then vm.stash is the closure's
// outer stash, so the leading statements' reads of outer variables are
// compiled one stash level lower (finaliseVarAllocIn, compiler_lazy.go).
// Nothing but this function's code runs in between with access to its
// frame, so nothing can tell.

// lateStashPlan is what the compile of a function body records for the
// decision, which comes once its bindings are placed. Candidate i (1..n)
// makes the stash before body statement i (i == n with declared functions:
// before their closures) once statements 0..i-1 ran.
type lateStashPlan struct {
	n     int
	funcs bool
	// marks[i] is where candidate i's code starts (an absolute pc, before
	// the preamble is trimmed) and ends[i] where the statement's (or the
	// closures') code ends: a statement that emits nothing leaves the
	// point to whatever comes next, which may be a loop's target.
	marks, ends []int
	// names[i]: the names statement i reads (thisBindingName for `this`);
	// exits[i]: statements 0..i may return or throw
	names [][]unistring.String
	exits []bool
}

// newLateStashPlan returns the plan for body, or nil when no statement can
// run before the stash is needed. late is lateFuncsPrefix's count when the
// function declares functions (funcs): their closures need the stash, so
// the point is at most where they are made.
func newLateStashPlan(body []ast.Statement, late int, funcs bool) *lateStashPlan {
	w := lateFuncsWalker{names: map[unistring.String]struct{}{"arguments": {}, "eval": {}}}
	var seen []unistring.String
	w.seen = &seen
	limit := len(body)
	if funcs {
		limit = late
	}
	ls := &lateStashPlan{funcs: funcs}
	for _, st := range body[:limit] {
		switch st.(type) {
		case *ast.FunctionDeclaration, *ast.ReturnStatement, *ast.ThrowStatement:
			// (a declaration's closure is made with the others; after a
			// top-level return nothing runs)
			limit = -1
		}
		if limit < 0 {
			break
		}
		seen = seen[:0]
		if !w.stmt(st) {
			break
		}
		ls.names = append(ls.names, append([]unistring.String(nil), seen...))
		ls.exits = append(ls.exits, w.exits)
	}
	ls.n = len(ls.names)
	if ls.n < late {
		ls.funcs = false // the closures' point is not reached
	}
	if ls.funcs && ls.n == 0 || !ls.funcs && ls.n < 2 {
		// (without it the point after the last candidate statement is
		// the next statement's, which may start a loop)
		return nil
	}
	ls.marks = make([]int, ls.n+1)
	ls.ends = make([]int, ls.n+1)
	return ls
}

// compileLead compiles list (the body's first statements), recording the
// candidates among them.
func (ls *lateStashPlan) compileLead(c *compiler, list []ast.Statement) {
	for i, st := range list {
		if ls == nil || i >= ls.n {
			c.compileStatements(list[i:], false)
			return
		}
		ls.marks[i] = len(c.p.code)
		if _, ok := st.(*ast.FunctionDeclaration); !ok {
			c.compileStatement(st, false)
		}
		ls.ends[i] = len(c.p.code)
	}
}

// markFuncs records where the declared functions' closures are made.
func (ls *lateStashPlan) markFuncs(start, end int) {
	if ls != nil && ls.funcs {
		ls.marks[ls.n], ls.ends[ls.n] = start, end
	}
}

// decide picks the last candidate before which no statement reads one of
// s's stash bindings and returns its absolute pc (0: none).
func (ls *lateStashPlan) decide(s *scope) int {
	if ls == nil {
		return 0
	}
	best := 0
	for i := 1; i <= ls.n; i++ {
		for _, name := range ls.names[i-1] {
			// an argument or a var can live on the value stack until then
			// (not a let, const or the callee's name: their TDZ and
			// constness are the stash's)
			if b := s.boundNames[name]; b != nil && b.inStash && !b.isArg && (!b.isVar || b.isConst) {
				return best
			}
		}
		// (worth it when the function may return first: otherwise the
		// stash is made on every call anyway, and the arguments and vars
		// used before are copied to it)
		if (i < ls.n || ls.funcs) && ls.ends[i] > ls.marks[i] && ls.exits[i-1] {
			best = ls.marks[i]
		}
	}
	return best
}

// lateVar is one of the function's stash bindings its leading statements
// read or write: an argument (its value stack slot) or a var, which has a
// slot of its own past the frame's until the stash is made.
type lateVar struct {
	b   *binding
	arg int // the argument's index, -1 for a var
	pcs []int
}

// lateOwn records the accesses at pcs (before the stash) to s's stash
// binding b, the i-th of s's bindings.
func (s *scope) lateOwn(b *binding, i int, pcs []int) {
	arg := -1
	if b.isArg {
		arg = i
	}
	s.lateVars = append(s.lateVars, lateVar{b: b, arg: arg, pcs: pcs})
}

// placeLateVars points the leading statements' accesses to s's stash
// bindings at their value stack slots (stackSize: the frame's own) and
// returns what lateStash copies from where.
func (s *scope) placeLateVars(stackSize int) (vars []lateSlot, extra int) {
	for _, v := range s.lateVars {
		idx := -(v.arg + 1)
		if v.arg < 0 {
			extra++
			idx = stackSize + extra
			vars = append(vars, lateSlot{slot: idx, stash: v.b.stashIdx})
		}
		s.patchStack(s, v.pcs, idx, 0)
	}
	s.lateVars = nil
	return
}

// lateSlot is a var's value stack slot before the stash and its stash slot.
type lateSlot struct {
	slot  int
	stash uint32
}

// lateStashSite is where a Program's stash is made (directCode wraps the
// instruction there).
type lateStashSite struct {
	pc int
	lateStash
}

// lateStash makes the function's stash, then runs the instruction it took
// the place of. The frame is as enterFuncStashless made it; the arguments
// (when they belong in the stash) and the vars the leading statements used
// move to the stash, and the frame becomes what enterFunc would have made.
type lateStash struct {
	size     uint32
	funcType funcType
	// argsToStash: the numArgs arguments move to the stash's first slots
	// and the locals down over them, as enterFunc's argsToStash has them
	argsToStash bool
	numArgs     uint32
	stackSize   uint32 // the frame's own locals
	vars        []lateSlot
	next        instruction
}

func (l *lateStash) exec(vm *vm) {
	vm.newStashN(int(l.size))
	st := vm.stash
	st.funcType = l.funcType
	if l.argsToStash || len(l.vars) > 0 {
		sb := vm.sb
		locals := sb + vm.args // loadStack(i) is vm.stack[locals+i]
		for _, v := range l.vars {
			st.values[v.stash] = vm.stack[locals+v.slot]
		}
		end := locals + 1 + int(l.stackSize)
		if l.argsToStash {
			copy(st.values[:l.numArgs], vm.stack[sb+1:sb+1+int(l.numArgs)])
			end = sb + 1 + copy(vm.stack[sb+1:], vm.stack[locals+1:end])
		}
		clearSlots(vm.stack[end:vm.sp])
		vm.sp = end
	}
	if countOn {
		countChain(vm)
	}
	l.next.exec(vm)
}

// applyLateStash puts p's lateStash in place; directCode calls it once the
// compiler is done patching p's instructions and before fuseCode, which
// then fuses nothing with it.
func applyLateStash(p *Program) {
	if s := p.lateStash; s != nil {
		l := s.lateStash
		l.next = p.code[s.pc]
		p.code[s.pc] = &l
		p.lateStash = nil
	}
}

// lateStashLevel is the stash level for an access from scope at pc
// (relative to scope.base) to a binding in a scope level stashes out, one
// less when the access runs before scope's stash is made.
func lateStashLevel(scope *scope, pc int, level uint32) uint32 {
	if scope.lateStash > 0 && pc < scope.lateStash && level > 0 {
		return level - 1
	}
	return level
}

// splitLateStash splits aps (positions in scope) into those before scope's
// lateStash and the rest; both alias scratch or aps.
func splitLateStash(scope *scope, aps []int) (before, after []int) {
	if scope.lateStash == 0 {
		return nil, aps
	}
	for _, pc := range aps {
		if pc < scope.lateStash {
			before = append(before, pc)
		} else {
			after = append(after, pc)
		}
	}
	return
}
