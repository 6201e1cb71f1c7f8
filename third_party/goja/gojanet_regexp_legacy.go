package goja

// gojanet: RegExp's legacy static properties, as V8 has them (the "legacy
// RegExp features" proposal; old packages read RegExp.$1 after a test()):
// input ($_), lastMatch ($&), lastParen ($+), leftContext ($`),
// rightContext ($') and $1-$9 are accessors on the RegExp constructor over
// the last successful match of a builtin exec (exec, test, match, matchAll,
// replace, search, split: each records its last match here). A failed match
// leaves them. Recording copies the match's indices into a buffer the
// runtime reuses: no allocation per match once it has grown.

import "github.com/dop251/goja/unistring"

// regexpLegacy is the last successful match: its subject and its
// [start, end) index pairs (whole match first, -1 for a group that did not
// take part), in the subject's UTF-16 units.
type regexpLegacy struct {
	subject String // the last match's (its parts are taken from it)
	input   String // RegExp.input: the subject, or what a script set
	idx     []int
}

// noteMatch records a successful match of s.
func (r *Runtime) noteMatch(s String, result []int) {
	l := &r.rxLegacy
	l.subject, l.input = s, s
	l.idx = append(l.idx[:0], result...)
}

// noteLastMatch records the last of a global match's results, if any.
func (r *Runtime) noteLastMatch(s String, results [][]int) {
	if len(results) > 0 {
		r.noteMatch(s, results[len(results)-1])
	}
}

func (l *regexpLegacy) part(start, end int) Value {
	if l.subject == nil || start < 0 || end < start || end > l.subject.Length() {
		return stringEmpty
	}
	return l.subject.Substring(start, end)
}

func (l *regexpLegacy) group(n int) Value {
	if 2*n+1 >= len(l.idx) {
		return stringEmpty
	}
	return l.part(l.idx[2*n], l.idx[2*n+1])
}

// addRegExpLegacy defines the accessors on the RegExp constructor, in V8's
// order.
func (r *Runtime) addRegExpLegacy(ctor *nativeFuncObject) {
	l := &r.rxLegacy
	noop := func(FunctionCall) Value { return _undefined }
	def := func(name string, get func() Value, set func(FunctionCall) Value) {
		if set == nil {
			set = noop
		}
		ctor._put(unistring.String(name), &valueProperty{
			configurable: true,
			accessor:     true,
			getterFunc:   r.newNativeFunc(func(FunctionCall) Value { return get() }, unistring.String("get "+name), 0),
			setterFunc:   r.newNativeFunc(set, unistring.String("set "+name), 1),
		})
	}
	input := func() Value {
		if l.input == nil {
			return stringEmpty
		}
		return l.input
	}
	setInput := func(call FunctionCall) Value {
		l.input = call.Argument(0).toString()
		return _undefined
	}
	lastMatch := func() Value { return l.group(0) }
	lastParen := func() Value {
		if n := len(l.idx)/2 - 1; n > 0 {
			return l.group(n)
		}
		return stringEmpty
	}
	leftContext := func() Value {
		if len(l.idx) < 2 {
			return stringEmpty
		}
		return l.part(0, l.idx[0])
	}
	rightContext := func() Value {
		if len(l.idx) < 2 || l.subject == nil {
			return stringEmpty
		}
		return l.part(l.idx[1], l.subject.Length())
	}
	def("input", input, setInput)
	def("$_", input, setInput)
	def("lastMatch", lastMatch, nil)
	def("$&", lastMatch, nil)
	def("lastParen", lastParen, nil)
	def("$+", lastParen, nil)
	def("leftContext", leftContext, nil)
	def("$`", leftContext, nil)
	def("rightContext", rightContext, nil)
	def("$'", rightContext, nil)
	for i := 1; i <= 9; i++ {
		n := i
		def("$"+string(rune('0'+i)), func() Value { return l.group(n) }, nil)
	}
}
