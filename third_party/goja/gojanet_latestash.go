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
// closure, scope, loop, `arguments` or `eval`) name none of the function's
// stash bindings, the function enters as a stash-less one and the stash is
// made by the first instruction of the first statement that may need it
// (lateStash wraps that instruction). Until then vm.stash is the closure's
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
	// names[i]: the names statement i reads (thisBindingName for `this`)
	names [][]unistring.String
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
			if b := s.boundNames[name]; b != nil && b.inStash {
				return best
			}
		}
		if (i < ls.n || ls.funcs) && ls.ends[i] > ls.marks[i] {
			best = ls.marks[i]
		}
	}
	return best
}

// lateStashSite is where a Program's stash is made (directCode wraps the
// instruction there).
type lateStashSite struct {
	pc       int
	size     uint32
	funcType funcType
}

// lateStash makes the function's stash, then runs the instruction it took
// the place of.
type lateStash struct {
	size     uint32
	funcType funcType
	next     instruction
}

func (l *lateStash) exec(vm *vm) {
	vm.newStashN(int(l.size))
	vm.stash.funcType = l.funcType
	l.next.exec(vm)
}

// applyLateStash puts p's lateStash in place; directCode calls it once the
// compiler is done patching p's instructions and before fuseCode, which
// then fuses nothing with it.
func applyLateStash(p *Program) {
	if s := p.lateStash; s != nil {
		p.code[s.pc] = &lateStash{size: s.size, funcType: s.funcType, next: p.code[s.pc]}
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
