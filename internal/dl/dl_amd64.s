//go:build linux && cgo

#include "textflag.h"

// PLT-bound jumps to libc's functions (dl.go's cgo_import_dynamic), so
// that their addresses can be data.
TEXT dlopen<>(SB), NOSPLIT|NOFRAME, $0-0
	JMP gojanet_dlopen(SB)

TEXT dlsym<>(SB), NOSPLIT|NOFRAME, $0-0
	JMP gojanet_dlsym(SB)

TEXT dlerror<>(SB), NOSPLIT|NOFRAME, $0-0
	JMP gojanet_dlerror(SB)

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

GLOBL ·dlopenABI0(SB), NOPTR|RODATA, $8
DATA ·dlopenABI0(SB)/8, $dlopen<>(SB)
GLOBL ·dlsymABI0(SB), NOPTR|RODATA, $8
DATA ·dlsymABI0(SB)/8, $dlsym<>(SB)
GLOBL ·dlerrorABI0(SB), NOPTR|RODATA, $8
DATA ·dlerrorABI0(SB)/8, $dlerror<>(SB)
GLOBL ·callCABI0(SB), NOPTR|RODATA, $8
DATA ·callCABI0(SB)/8, $callC<>(SB)
