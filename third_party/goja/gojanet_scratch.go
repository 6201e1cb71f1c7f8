package goja

import (
	"sync"

	"github.com/dop251/goja/unistring"
)

// gojanet: the compiler's code and source-map scratchpads (newCode,
// newSrcMap, trimCode) outlive a compile. Each compile started with none
// and grew them by doubling to its largest function, and gojanet compiles
// often: each builtin, then each lazy body at its first call (≈ 160
// compiles before the docs' echo server is listening, ≈ 1.2 MB of
// growing code and source maps, all garbage). A compile takes the kept
// pair and gives back the larger ones it grew. The map that interns a
// builtin's string literals (emitLiteralString) is kept too, emptied: each
// builtin's top-level compile grew its own (≈ 120 KB of garbage before
// 'server bound'). Lazy bodies, which hold a few literals each, make
// their own small maps: emptying the big one after each of them cost more
// than it saved.
var compileScratch struct {
	sync.Mutex
	code     []instruction
	srcMap   []srcMapItem
	strings  map[unistring.String]Value
	nStrings int // how many strings it held, the largest so far
}

func (c *compiler) takeScratch() {
	compileScratch.Lock()
	c.codeScratchpad, c.srcMapScratchpad = compileScratch.code, compileScratch.srcMap
	compileScratch.code, compileScratch.srcMap = nil, nil
	compileScratch.Unlock()
}

// takeStrings makes c use the kept string map (CompileASTLazy).
func (c *compiler) takeStrings() {
	compileScratch.Lock()
	c.scratchStrings, compileScratch.strings = compileScratch.strings, nil
	compileScratch.Unlock()
	c.keepStrings = true
}

// newStringCache is emitLiteralString's map: the kept one, or a new one
// (that putScratch may keep).
func (c *compiler) newStringCache() map[unistring.String]Value {
	if c.scratchStrings == nil {
		c.scratchStrings = make(map[unistring.String]Value)
	}
	return c.scratchStrings
}

// putScratch keeps c's scratchpads for the next compile, cleared so that
// they hold no instruction of a program (up to scratchUsed, what trimCode
// saw used: the rest is clear already).
func (c *compiler) putScratch() {
	code, srcMap := c.codeScratchpad, c.srcMapScratchpad
	c.codeScratchpad, c.srcMapScratchpad = nil, nil
	code = code[:cap(code)]
	if c.scratchUsed < len(code) {
		code = code[:c.scratchUsed]
	}
	for i := range code {
		code[i] = nil
	}
	strs, n := c.scratchStrings, len(c.scratchStrings)
	c.scratchStrings, c.stringCache = nil, nil
	if !c.keepStrings {
		strs = nil
	}
	for k := range strs {
		delete(strs, k)
	}
	compileScratch.Lock()
	if strs != nil && (compileScratch.strings == nil || n > compileScratch.nStrings) {
		compileScratch.strings, compileScratch.nStrings = strs, n
	}
	if cap(code) > cap(compileScratch.code) {
		compileScratch.code = code[:0]
	}
	if cap(srcMap) > cap(compileScratch.srcMap) {
		compileScratch.srcMap = srcMap[:0]
	}
	compileScratch.Unlock()
}
