package goja

import "sync"

// gojanet: the compiler's code and source-map scratchpads (newCode,
// newSrcMap, trimCode) outlive a compile. Each compile started with none
// and grew them by doubling to its largest function, and gojanet compiles
// often: each builtin, then each lazy body at its first call (≈ 160
// compiles before the docs' echo server is listening, ≈ 1.2 MB of
// growing code and source maps, all garbage). A compile takes the kept
// pair and gives back the larger ones it grew.
var compileScratch struct {
	sync.Mutex
	code   []instruction
	srcMap []srcMapItem
}

func (c *compiler) takeScratch() {
	compileScratch.Lock()
	c.codeScratchpad, c.srcMapScratchpad = compileScratch.code, compileScratch.srcMap
	compileScratch.code, compileScratch.srcMap = nil, nil
	compileScratch.Unlock()
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
	compileScratch.Lock()
	if cap(code) > cap(compileScratch.code) {
		compileScratch.code = code[:0]
	}
	if cap(srcMap) > cap(compileScratch.srcMap) {
		compileScratch.srcMap = srcMap[:0]
	}
	compileScratch.Unlock()
}
