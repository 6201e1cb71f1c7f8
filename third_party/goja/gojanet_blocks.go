package goja

// gojanet: blocks in the function's frame (README.gojanet.md "Blocks").
// A block statement whose let/const/class/function bindings no closure
// captures (none in the stash, no direct eval or with around them) keeps
// them in slots of its function's frame, after the function's own, as V8
// keeps them in registers: enterFunc makes and clears those slots with the
// function's, so the block has no enterBlock (a stack expand and a clear)
// and no leaveBlock. Sibling blocks share slots as before; a block that
// still needs its own push (a catch clause, a switch, a block with stash
// bindings) pushes past all of them.
//
// TDZ: a block entered again (a loop) finds its slots holding the last
// entry's values, not the empty value loadStackLex checks. That is only
// seen by an access that runs before the binding's initialisation in the
// same entry. With no closure involved, code in a block runs in its order
// (the only jumps into a block's middle are a switch's, not hoisted), so
// such an access comes before the initialisation in the code too: a block
// with one (it always throws) keeps enterBlock and clears its slots.

import "fmt"

type _blockNop struct{}

// blockNop stands where a hoisted block's enterBlock was emitted.
var blockNop = &_blockNop{}

func (*_blockNop) exec(vm *vm) {
	vm.pc++
}

// leaveBlockScope ends the current block (a block statement or a loop's
// lexical scope, entered by enter) with its bindings in the function's
// frame if it can, else as leaveScopeBlock.
func (c *compiler) leaveBlockScope(enter *enterBlock) {
	if !c.hoistBlock(enter) {
		c.leaveScopeBlock(enter)
	}
}

func (c *compiler) hoistBlock(enter *enterBlock) bool {
	s := c.scope
	if s.isDynamic() || s.needStash || !s.frameCanHoist() {
		return false
	}
	enterPc := -1
	for pc := s.base; pc < len(c.p.code); pc++ {
		if e, ok := c.p.code[pc].(*enterBlock); ok && e == enter {
			enterPc = pc
			break
		}
	}
	if enterPc == -1 {
		return false
	}
	for _, b := range s.bindings {
		if b.inStash || b.lazyUses > 0 || !b.initialisedFirst(c.p) {
			return false
		}
	}
	s.hoisted = true
	c.p.code[enterPc] = blockNop
	// a break or continue out of the block passes where its leaveBlock
	// would have been
	for _, pc := range c.block.breaks {
		c.p.code[pc] = jump(1)
	}
	c.block.breaks = nil
	c.leaveBlock()
	return true
}

// frameCanHoist: the scopes from s out to its function are plain blocks in
// the same code, and the function's enter instruction makes its frame
// (enterFunc or enterFuncStashless: not enterFunc1, whose functions have
// a separate body scope, marked variable).
func (s *scope) frameCanHoist() bool {
	for sc := s.outer; sc != nil; sc = sc.outer {
		if sc.prg != s.prg || sc.isDynamic() || sc.eval {
			return false
		}
		switch sc.funcType {
		case funcNone:
			if sc.variable {
				return false
			}
		case funcRegular, funcArrow, funcMethod, funcCtor, funcDerivedCtor:
			return true
		default:
			return false
		}
	}
	return false
}

// initialisedFirst: b's first access in code p is its initialisation.
func (b *binding) initialisedFirst(p *Program) bool {
	initPc, firstPc := -1, -1
	for _, ap := range b.accessPoints {
		if ap.scope.prg != p {
			return false
		}
		for _, pc := range ap.points {
			pc += ap.scope.base
			switch p.code[pc].(type) {
			case initStack, initStackP:
				if initPc == -1 || pc < initPc {
					initPc = pc
				}
			}
			if firstPc == -1 || pc < firstPc {
				firstPc = pc
			}
		}
	}
	return initPc != -1 && initPc == firstPc
}

// hoistedDepth is how many frame slots s's hoisted blocks need at most.
func (s *scope) hoistedDepth() (n int) {
	for _, nested := range s.nested {
		d := nested.hoistedDepth()
		if nested.hoisted {
			d += len(nested.bindings)
		}
		if d > n {
			n = d
		}
	}
	return
}

// The nop costs a turn of the run loop where it is reached by falling
// through (a jump past it lands after it: threadJumps). fuseCode (expressperf9)
// makes a conditional jump followed by it skip it (fJnePNop) and the other
// nops run the instruction after them at once (fNopThen, made after the
// other fusing so that it runs the fused one).
type fJnePNop struct {
	j int
}

//go:nosplit
func (f *fJnePNop) exec(vm *vm) {
	vm.sp--
	if !truthy(vm.stack[vm.sp]) {
		vm.pc += f.j
		return
	}
	vm.pc += 2
}

func (f *fJnePNop) String() string {
	return fmt.Sprintf("%v; blockNop", jneP(f.j))
}

type fNopThen struct {
	next instruction
}

func (f *fNopThen) exec(vm *vm) {
	vm.pc++
	if countOn {
		countChain(vm)
	}
	f.next.exec(vm)
}

func (f *fNopThen) String() string {
	return fmt.Sprintf("blockNop; %v", f.next)
}

// nopsThen makes the nops still in code run their next instruction.
func nopsThen(code []instruction) {
	for i := len(code) - 2; i >= 0; i-- {
		if _, ok := code[i].(*_blockNop); ok {
			code[i] = &fNopThen{next: code[i+1]}
		}
	}
}
