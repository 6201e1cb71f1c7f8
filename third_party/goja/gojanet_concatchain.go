package goja

import (
	"sync/atomic"
	"unsafe"
)

// gojanet: string concatenation chains (engineperf29). `a + b + c + d`
// made a string per `+`: three blocks, two of them garbage at once (the
// intermediate results, which nothing but the next `+` ever sees). The
// compiler marks each `+` whose result is the left operand of another
// (addChain, tmp) and each `+` whose left operand is such a result (ext).
// A tmp `+` of two ASCII strings makes its block (gojanet_concat.go's
// layout: the string header, then the bytes) with room for what the whole
// chain reached last time at this site, and notes the block in the vm; an
// ext `+` whose left operand is that very block appends its right operand
// in place and lengthens the header. The intermediate string is dead once
// consumed, and the bytes written are past every copy of it, so every
// value a script or Go code can see is an ordinary, unchanging string.
//
// The vm's note (vm.chain) is set or cleared by every tmp `+`, so a left
// operand that is not the block its own chain made (an existing string:
// the empty string plus s is s; a non-ASCII or numeric result) never matches: the left operand
// is alive from its making to its use, so no block allocated in between can
// have its address.
type addChain struct {
	tmp, ext bool
	// want: the length the chain's result reached last time (a hint shared
	// by the runtimes that run the program)
	want atomic.Uint32
}

// chain records the block of the vm's current chain intermediate.
type concatChain struct {
	hdr  unsafe.Pointer // the string header at the start of the block
	cap  int            // room for bytes after it
	site *addChain      // where the chain started (its length hint)
}

// maxChainRoom: hints past this are not reserved ahead.
const maxChainRoom = 256

//go:nosplit
func (a *addChain) exec(vm *vm) {
	right := vm.stack[vm.sp-1]
	left := vm.stack[vm.sp-2]
	l, lok := left.(asciiString)
	r, rok := right.(asciiString)
	if !lok || !rok || len(r) == 0 || len(l) == 0 {
		if a.tmp {
			vm.chain.hdr = nil
		}
		(*dAdd)(nil).exec(vm)
		return
	}
	c := &vm.chain
	n := len(l) + len(r)
	// mine: the left operand is the block this chain made
	mine := a.ext && c.hdr != nil && (*ifaceWords)(unsafe.Pointer(&left)).data == c.hdr
	if mine && n <= c.cap {
		// append in place
		h := (*string)(c.hdr)
		base := unsafe.Add(c.hdr, unsafe.Sizeof(""))
		copy(unsafe.Slice((*byte)(unsafe.Add(base, len(l))), len(r)), r)
		*h = unsafe.String((*byte)(base), n)
		if !a.tmp {
			c.done(n)
		}
		// (the stack slot already holds the header's Value)
		vm.sp--
		vm.pc++
		return
	}
	if !a.tmp {
		if mine {
			c.done(n) // (the next chain here reserves this much)
		}
		(*dAdd)(nil).exec(vm)
		return
	}
	// an intermediate: a block with room for the chain's last length
	site := a
	if mine && c.site != nil {
		site = c.site // (outgrew its block: the chain goes on)
	}
	room := int(site.want.Load())
	if room < n || room > maxChainRoom {
		room = n
	}
	const hdr = unsafe.Sizeof("")
	buf := make([]byte, int(hdr)+room)
	copy(buf[hdr:], l)
	copy(buf[int(hdr)+len(l):], r)
	h := (*string)(unsafe.Pointer(&buf[0]))
	*h = unsafe.String(&buf[hdr], n)
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.tab, w.data = asciiValueTab, unsafe.Pointer(h)
	c.hdr, c.cap, c.site = unsafe.Pointer(h), room, site
	vm.stack[vm.sp-2] = v
	vm.sp--
	vm.pc++
}

// done: the chain's result is n bytes long; it stays as it is from now on.
func (c *concatChain) done(n int) {
	if s := c.site; s != nil && uint32(n) != s.want.Load() {
		s.want.Store(uint32(n))
	}
	c.hdr, c.site = nil, nil
}

func (a *addChain) String() string {
	switch {
	case a.tmp && a.ext:
		return "addChain(tmp,ext)"
	case a.tmp:
		return "addChain(tmp)"
	}
	return "addChain(ext)"
}
