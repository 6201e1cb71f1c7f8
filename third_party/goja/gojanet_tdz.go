package goja

import (
	"sort"

	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"
)

// gojanet: V8's "Cannot access 'x' before initialization". goja's lexical
// loads and stores carry a stack or stash index, not a name, and threw
// "Cannot access a variable before initialization". Keeping a name per
// instruction costs start-up memory for an error that is rare, so the name
// is read off the source instead: the instruction's source-map entry points
// at the identifier it loads or stores. Where it does not (an entry that
// starts at another instruction, a destructuring target), the message stays
// goja's.

// accessBeforeInit is the ReferenceError for the binding the instruction
// at pc touches.
func (p *Program) accessBeforeInit(pc int) referenceError {
	if p == nil || p.src == nil {
		return errAccessBeforeInit
	}
	i := sort.Search(len(p.srcMap), func(i int) bool { return int(p.srcMap[i].pc) >= pc })
	if i == len(p.srcMap) || int(p.srcMap[i].pc) != pc {
		return errAccessBeforeInit
	}
	if name := identifierAt(p.src.Source(), int(p.srcMap[i].srcPos)); name != "" {
		return accessBeforeInitOf(unistring.NewFromString(name))
	}
	return errAccessBeforeInit
}

// identifierAt is the identifier starting at offset pos of src, "" if none
// does (or the text there is a keyword).
func identifierAt(src string, pos int) string {
	if pos < 0 || pos >= len(src) {
		return ""
	}
	end := pos
	for end < len(src) {
		c := src[end]
		if c == '$' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && end > pos || c >= 0x80 {
			end++
			continue
		}
		break
	}
	name := src[pos:end]
	if name == "" || isKeyword(name) || (pos > 0 && isIdentByte(src[pos-1])) {
		return ""
	}
	return name
}

func isKeyword(name string) bool {
	tok, _ := token.IsKeyword(name)
	return tok != 0 && tok != token.KEYWORD // future keywords (let, static) are names here
}

func isIdentByte(c byte) bool {
	return c == '$' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func accessBeforeInitOf(name unistring.String) referenceError {
	return referenceError("Cannot access '" + name.String() + "' before initialization")
}

// tdzError is the ReferenceError for the instruction being run.
func (vm *vm) tdzError() referenceError {
	return vm.prg.accessBeforeInit(vm.pc)
}
