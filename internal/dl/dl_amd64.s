//go:build linux && cgo

#include "textflag.h"

// callC is called by runtime.cgocall on the system stack, in C's calling
// convention, with DI pointing to a frame: it loads the six integer
// argument registers, calls frame.fn and stores its result. The 16-byte
// frame (24 with the saved BP) keeps SP 16-byte aligned at the call.
TEXT callC<>(SB), NOSPLIT, $16
	MOVQ DI, 0(SP)
	MOVQ 0(DI), R10
	MOVQ 16(DI), SI
	MOVQ 24(DI), DX
	MOVQ 32(DI), CX
	MOVQ 40(DI), R8
	MOVQ 48(DI), R9
	MOVQ 8(DI), DI
	XORL AX, AX // no vector registers used (for a variadic callee)
	CALL R10
	MOVQ 0(SP), DI
	MOVQ AX, 56(DI)
	RET

GLOBL ·callCABI0(SB), NOPTR|RODATA, $8
DATA ·callCABI0(SB)/8, $callC<>(SB)
