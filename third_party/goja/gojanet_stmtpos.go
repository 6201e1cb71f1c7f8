package goja

import (
	"sort"

	"github.com/dop251/goja/ast"
)

// gojanet: V8's position for an unresolvable name that a statement loads
// first. V8 gives a statement's first bytecode the
// statement's position, so `return x`, `throw x`, `if (x)`, `switch (x)` and
// `(x)` or `!x` as an expression statement report x's ReferenceError at the
// statement (node's vm.compileFunction('return x') says <anonymous>:1:1),
// where goja's source map points at the name. Loop tests, declarations and
// the operands after a comma keep the name's position in V8, so they are
// not marked (a comma's operand is noted with its own position, which the
// enclosing statement's does not replace).
//
// The compiler notes a marked statement whose first instruction loads a
// name at another position than the statement's; sourceOffset answers the
// statement's position for that instruction. Only the load can throw there
// (or call a global accessor, which V8 places at the statement too): no
// call site moves, and a superinstruction made of the load and the next
// instruction throws only the load's errors (gojanet_fused.go). srcMap is
// unchanged.
//
// The notes share the Program's callees slice (a Program is in every
// function's stub, whose size class a slice of its own would overflow): an
// entry with end -1 is a statement's, start its position. Call sites and
// name loads are different instructions, so their pcs never collide.

// markStmtStart returns where a marked statement's code starts, for
// noteStmtStart once the statement is compiled.
func (c *compiler) markStmtStart() int {
	return len(c.p.code)
}

// noteStmtStart records the statement at node, whose code started at pc,
// if its first instruction is a name load placed elsewhere in the source.
func (c *compiler) noteStmtStart(node ast.Node, pc int) {
	// a script's statements clear the completion value first (if, switch):
	// no bytecode of V8's, and it cannot throw
	for pc < len(c.p.code) && c.p.code[pc] == clearResult {
		pc++
	}
	pos := int(node.Idx0()) - 1
	if pos < 0 || pc >= len(c.p.code) || !isNameLoad(c.p.code[pc]) || c.p.sourceOffsetMap(pc) == pos {
		return // a made-up statement (an arrow's concise body), or nothing to move
	}
	c.p.insertStmtFirst(pc, pos, false)
}

// noteSequenceOperand records an operand after a comma, whose code started
// at pc, at its own position.
func (c *compiler) noteSequenceOperand(node ast.Node, pc int) {
	if pc < len(c.p.code) && isNameLoad(c.p.code[pc]) {
		c.p.insertStmtFirst(pc, int(node.Idx0())-1, true)
	}
}

// insertStmtFirst keeps the notes sorted by pc. An entry already at pc was
// made by code inside the statement (if (true) return x, a comma's
// operand): V8's later statement position wins, so it stays, unless
// replace.
func (p *Program) insertStmtFirst(pc, pos int, replace bool) {
	sites := p.callees
	i := sort.Search(len(sites), func(i int) bool { return int(sites[i].pc) >= pc })
	if i < len(sites) && int(sites[i].pc) == pc {
		if replace && sites[i].end < 0 {
			sites[i].start = int32(pos)
		}
		return
	}
	sites = append(sites, calleeSite{})
	copy(sites[i+1:], sites[i:])
	sites[i] = calleeSite{pc: int32(pc), start: int32(pos), end: -1}
	p.callees = sites
}

// stmtPosition is the marked statement's position for the instruction at
// pc, false where there is none.
func (p *Program) stmtPosition(pc int) (int, bool) {
	sites := p.callees
	if len(sites) == 0 {
		return 0, false
	}
	i := sort.Search(len(sites), func(i int) bool { return int(sites[i].pc) >= pc })
	if i == len(sites) || int(sites[i].pc) != pc || sites[i].end >= 0 {
		return 0, false
	}
	return int(sites[i].start), true
}

// isNameLoad reports whether ins loads a binding by name, the loads that
// throw a ReferenceError for an unresolvable name. A lexical binding's load
// (its temporal dead zone's error) is not noted: goja checks every let and
// const load, and a note for each statement starting with one would be
// ≈ 10,000 notes (120 KB) over the builtins' code, against ≈ 460 for
// these; such an error keeps goja's position, the name's.
func isNameLoad(ins instruction) bool {
	switch ins.(type) {
	case loadDynamic, loadDynamicCallee, *loadGlobal, *loadGlobalCallee:
		return true
	}
	return false
}
