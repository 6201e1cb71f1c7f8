package goja

import (
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"
)

// gojanet: V8's wording for a strict-mode assignment to an accessor without
// a setter ("Cannot set property x of #<Foo> which has only a getter"):
// node's tests and packages match these messages.

// setterMissing throws (when throw) V8's error for assigning name, an
// accessor without a setter. V8 names holder, the object the getter was
// found on, not the receiver: (5).x names Object.prototype as #<Object>, an
// instance of a subclass names the base class's prototype.
func (r *Runtime) setterMissing(throw bool, name any, holder *Object) {
	if throw {
		if s, ok := name.(*Symbol); ok {
			name = s.descriptiveString()
		}
		panic(r.NewTypeError("Cannot set property %s of %s which has only a getter", name, r.noSideEffectsToString(holder)))
	}
}

// noSideEffectsToString renders a value as V8's Object::NoSideEffectsToString
// does for a receiver in a message: a function's source, "#<Ctor>" for an
// object whose toString is Object.prototype's and whose constructor has a
// name, else "[object Tag]" (Symbol.toStringTag as a data property, or the
// class). No getter or proxy trap runs.
func (r *Runtime) noSideEffectsToString(v Value) string {
	if v == nil { // a missing argument or property (upstream: a nil dereference)
		return "undefined"
	}
	o, ok := v.(*Object)
	if !ok {
		if s, ok := v.(*Symbol); ok {
			return s.descriptiveString().String()
		}
		return v.String()
	}
	if f, ok := o.self.(funcObjectImpl); ok {
		return f.source().String()
	}
	if ts := dataPropertyStr(o, "toString"); ts != nil && ts == Value(r.global.objectProtoToString) {
		if ctor, ok := dataPropertyStr(o, "constructor").(*Object); ok {
			if _, ok := ctor.self.(funcObjectImpl); ok {
				if name, ok := dataPropertyStr(ctor, "name").(String); ok && name.Length() > 0 {
					return "#<" + name.String() + ">"
				}
			}
		}
	}
	tag := o.self.className()
	if ta, ok := o.self.(*typedArrayObject); ok { // its kind, as the @@toStringTag getter says
		if n, ok := dataPropertyStr(ta.defaultCtor, "name").(String); ok {
			tag = n.String()
		}
	}
	if t, ok := dataPropertySym(o, SymToStringTag).(String); ok {
		tag = t.String()
	}
	return "[object " + tag + "]"
}

// dataPropertyStr is V8's JSReceiver::GetDataProperty: name's value along
// the prototype chain, nil for an accessor, a proxy or no property.
func dataPropertyStr(o *Object, name unistring.String) Value {
	for depth := 0; o != nil && depth < 10000; depth++ {
		if _, isProxy := o.self.(*proxyObject); isProxy {
			return nil
		}
		if p := o.self.getOwnPropStr(name); p != nil {
			return dataValue(p)
		}
		o = o.self.proto()
	}
	return nil
}

func dataPropertySym(o *Object, name *Symbol) Value {
	for depth := 0; o != nil && depth < 10000; depth++ {
		if _, isProxy := o.self.(*proxyObject); isProxy {
			return nil
		}
		if p := o.self.getOwnPropSym(name); p != nil {
			return dataValue(p)
		}
		o = o.self.proto()
	}
	return nil
}

// proxyKeyName renders a property key as V8 does in its proxy invariant
// messages: a string as is, a symbol as Symbol(description).
func proxyKeyName(key Value) string {
	if s, ok := key.(*Symbol); ok {
		return s.descriptiveString().String()
	}
	return key.String()
}

// getIteratorMsg is getIterator for a source V8's message names: msg
// ("o is not iterable") when obj has no iterator method; "" is the default.
func (r *Runtime) getIteratorMsg(obj Value, msg string) *iteratorRecord {
	return r.getIterator(obj, r.iteratorMethod(obj, msg))
}

// iteratorMethod is obj[Symbol.iterator] as a function, else V8's TypeError:
// msg, or (msg "") the default one, "object is not iterable (cannot read
// property Symbol(Symbol.iterator))".
func (r *Runtime) iteratorMethod(obj Value, msg string) func(FunctionCall) Value {
	if obj != _undefined && obj != _null {
		if m, ok := r.getV(obj, SymIterator).(*Object); ok {
			if call, ok := m.self.assertCallable(); ok {
				return call
			}
		}
	}
	if msg != "" {
		panic(r.NewTypeError(msg))
	}
	what := obj.String()
	if obj != _undefined && obj != _null {
		what = v8DefaultCallSite(obj)
	}
	panic(r.NewTypeError("%s is not iterable (cannot read property Symbol(Symbol.iterator))", what))
}

// v8DefaultCallSite is V8's rendering of a value its message cannot name
// by source text: the type, then a primitive's value ("number 5",
// `string "x"`, "object" for an object, "symbol" for a symbol).
func v8DefaultCallSite(v Value) string {
	switch v := v.(type) {
	case *Object:
		if _, ok := v.self.(funcObjectImpl); ok {
			return "function"
		}
		return "object"
	case String:
		return `string "` + v.String() + `"`
	case *Symbol:
		return "symbol"
	case *valueBigInt:
		return "bigint " + v.String()
	case valueBool:
		return "boolean " + v.String()
	case valueInt, valueFloat:
		return "number " + v.String()
	}
	return v.String()
}

// iterateInstr is the instruction that starts iterating source (for-of):
// V8's message names the source by its text where its CallPrinter can.
func (c *compiler) iterateInstr(source ast.Expression, pop, call bool) instruction {
	if what, ok := v8CallPrinter(source, call); ok {
		return iterateNamed{msg: what, pop: pop}
	}
	if pop {
		return iterateP
	}
	return iterate
}

// v8CallPrinter renders a source expression as V8's CallPrinter does in
// "x is not iterable": names, literals, member accesses, array literals and
// simple operators; a call (when call) as "f is not a function or its return
// value is not iterable"; a function, class, template or BigInt literal as
// "(intermediate value)". ok is false where gojanet does not know V8's
// rendering (object literals, optional chains, ...): the message is then the
// default one.
func v8CallPrinter(e ast.Expression, call bool) (string, bool) {
	if call {
		var callee ast.Expression
		switch e := e.(type) {
		case *ast.CallExpression:
			callee = e.Callee
		case *ast.NewExpression:
			callee = e.Callee
		}
		if callee != nil {
			if s, ok := printExpr(callee); ok {
				return s + " is not a function or its return value is not iterable", true
			}
			return "", false
		}
	}
	if s, ok := printExpr(e); ok {
		return s + " is not iterable", true
	}
	return "", false
}

func printExpr(e ast.Expression) (string, bool) {
	switch e := e.(type) {
	case *ast.Identifier:
		return e.Name.String(), true
	case *ast.ThisExpression:
		return "this", true
	case *ast.NullLiteral:
		return "null", true
	case *ast.BooleanLiteral:
		if e.Value {
			return "true", true
		}
		return "false", true
	case *ast.NumberLiteral:
		switch v := e.Value.(type) {
		case int64:
			return valueInt(v).String(), true
		case float64:
			return floatToValue(v).String(), true
		}
		return "(intermediate value)", true // a BigInt
	case *ast.StringLiteral:
		return `"` + e.Value.String() + `"`, true
	case *ast.RegExpLiteral:
		return e.Literal, true
	case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral, *ast.ClassLiteral, *ast.TemplateLiteral:
		return "(intermediate value)", true
	case *ast.UnaryExpression:
		if e.Postfix {
			return "", false
		}
		if n, ok := e.Operand.(*ast.NumberLiteral); ok && e.Operator == token.MINUS {
			if s, ok := printExpr(n); ok && s != "(intermediate value)" {
				return "-" + s, true // V8's parser folds the sign into the literal
			}
		}
		switch e.Operator {
		case token.NOT, token.MINUS, token.PLUS, token.BITWISE_NOT:
			if s, ok := printExpr(e.Operand); ok {
				return "(" + e.Operator.String() + s + ")", true
			}
		}
		return "", false
	case *ast.BinaryExpression:
		l, ok1 := printExpr(e.Left)
		r, ok2 := printExpr(e.Right)
		if ok1 && ok2 {
			return "(" + l + " " + e.Operator.String() + " " + r + ")", true
		}
		return "", false
	case *ast.SequenceExpression:
		parts := make([]string, 0, len(e.Sequence))
		for _, x := range e.Sequence {
			s, ok := printExpr(x)
			if !ok {
				return "", false
			}
			parts = append(parts, s)
		}
		return "(" + strings.Join(parts, " , ") + ")", true
	case *ast.DotExpression:
		if l, ok := printExpr(e.Left); ok {
			return l + "." + e.Identifier.Name.String(), true
		}
		return "", false
	case *ast.BracketExpression:
		l, ok := printExpr(e.Left)
		if !ok {
			return "", false
		}
		if s, isStr := e.Member.(*ast.StringLiteral); isStr {
			return l + "." + s.Value.String(), true
		}
		if m, ok := printExpr(e.Member); ok {
			return l + "[" + m + "]", true
		}
		return "", false
	case *ast.ArrayLiteral:
		parts := make([]string, 0, len(e.Value))
		for _, x := range e.Value {
			if x == nil {
				parts = append(parts, "")
				continue
			}
			s, ok := printExpr(x)
			if !ok {
				return "", false
			}
			parts = append(parts, s)
		}
		return "[" + strings.Join(parts, ",") + "]", true
	}
	return "", false
}

// gojanet: V8's TypeErrors for reading or writing a property of undefined
// or null: "Cannot read properties of null (reading 'x')", "Cannot set
// properties of undefined (setting 'x')". The key is shown as V8 shows it
// without running script code (a symbol's description, "#<Object>"), and
// left out where that is not possible.

func (r *Runtime) readPropertiesError(base Value, key any) *Object {
	if k, ok := r.messageKey(key); ok {
		return r.NewTypeError("Cannot read properties of %s (reading '%s')", nullishName(base), k)
	}
	return r.NewTypeError("Cannot read properties of %s", nullishName(base))
}

func (r *Runtime) setPropertiesError(base Value, key any) *Object {
	if k, ok := r.messageKey(key); ok {
		return r.NewTypeError("Cannot set properties of %s (setting '%s')", nullishName(base), k)
	}
	return r.NewTypeError("Cannot set properties of %s", nullishName(base))
}

// assignmentBase is base as the object an assignment to key goes to:
// undefined and null throw V8's error, other primitives are wrapped.
func (r *Runtime) assignmentBase(base Value, key any) *Object {
	if o, ok := base.(*Object); ok {
		return o
	}
	if base == nil || base == _undefined || base == _null {
		panic(r.setPropertiesError(base, key))
	}
	return base.ToObject(r)
}

func nullishName(v Value) string {
	if v == _null {
		return "null"
	}
	return "undefined"
}

// messageKey renders a property key for a message as V8 does, false when
// only running script code (a toString of its own) could.
func (r *Runtime) messageKey(key any) (string, bool) {
	switch k := key.(type) {
	case unistring.String:
		return k.String(), true
	case string:
		return k, true
	case *Symbol:
		return k.descriptiveString().String(), true
	case *Object:
		s := r.noSideEffectsToString(k)
		return s, strings.HasPrefix(s, "#<")
	case Value:
		if k == nil {
			return "undefined", true
		}
		return k.String(), true
	}
	return "", false
}

// callbackObject is a builtin's callback argument as an object, V8's "x is
// not a function" for a primitive (an object that cannot be called is
// refused by the builtin itself).
func (r *Runtime) callbackObject(v Value) *Object {
	if o, ok := v.(*Object); ok {
		return o
	}
	panic(r.NewTypeError("%s is not a function", r.noSideEffectsToString(v)))
}

// notCallableTyped is V8's message in Map's and Set's forEach: the type, and
// the value for a primitive that has one worth printing ("number 7 is not a
// function", "object is not a function", "object null is not a function").
func (r *Runtime) notCallableTyped(v Value) *Object {
	var what string
	switch v := v.(type) {
	case nil, valueUndefined:
		what = "undefined"
	case valueNull:
		what = "object null"
	case *Object:
		what = "object"
	case *Symbol:
		what = "symbol"
	case String:
		what = `string "` + v.String() + `"`
	case valueInt, valueFloat:
		what = "number " + v.String()
	case valueBool:
		what = "boolean " + v.String()
	case *valueBigInt:
		what = "bigint " + v.String()
	default:
		what = v.String()
	}
	return r.NewTypeError("%s is not a function", what)
}

// maxStringLength is V8's longest string on 64-bit hosts, in UTF-16 code
// units: String.prototype.repeat past it throws "Invalid string length".
const maxStringLength = 1<<29 - 24

// isCallable reports whether v is an object that can be called.
func isCallable(v Value) bool {
	if o, ok := v.(*Object); ok {
		_, ok = o.self.assertCallable()
		return ok
	}
	return false
}

// readOnlyError throws (when throw) V8's TypeError for an assignment to a
// read-only property: "Cannot assign to read only property 'x' of object
// '#<Object>'" (of function 'function f() {}', of string 'abc' for a
// primitive receiver). v is the receiver, not the object holding the
// property: V8 names the object the script assigned to.
func (r *Runtime) readOnlyError(throw bool, name string, v Value) {
	if !throw {
		return
	}
	kind := "object"
	if o, ok := v.(*Object); ok {
		if isCallable(o) {
			kind = "function"
		}
	} else {
		kind = primitiveKind(v)
	}
	r.typeErrorResult(true, "Cannot assign to read only property '%s' of %s '%s'", name, kind, r.noSideEffectsToString(v))
}

// primitiveKind is V8's word for a primitive's type in a message.
func primitiveKind(v Value) string {
	switch v.(type) {
	case String:
		return "string"
	case valueInt, valueFloat:
		return "number"
	case valueBool:
		return "boolean"
	case *Symbol:
		return "symbol"
	case *valueBigInt:
		return "bigint"
	}
	return "object"
}

// createOnPrimitiveError throws (when throw) V8's TypeError for a property
// created on a primitive in strict code: "Cannot create property 'x' on
// string 'abc'".
func (r *Runtime) createOnPrimitiveError(throw bool, name string, v Value) {
	if !throw {
		return
	}
	kind := primitiveKind(v)
	r.typeErrorResult(true, "Cannot create property '%s' on %s '%s'", name, kind, r.noSideEffectsToString(v))
}
