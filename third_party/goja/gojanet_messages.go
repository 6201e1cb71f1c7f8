package goja

import "github.com/dop251/goja/unistring"

// gojanet: V8's wording for a strict-mode assignment to an accessor without
// a setter ("Cannot set property x of #<Foo> which has only a getter"):
// node's tests and packages match these messages.

// setterMissing throws (when throw) V8's error for assigning name, an
// accessor without a setter, on receiver.
func (r *Runtime) setterMissing(throw bool, name any, receiver Value) {
	if throw {
		if s, ok := name.(*Symbol); ok {
			name = s.descriptiveString()
		}
		panic(r.NewTypeError("Cannot set property %s of %s which has only a getter", name, r.noSideEffectsToString(receiver)))
	}
}

// noSideEffectsToString renders a value as V8's Object::NoSideEffectsToString
// does for a receiver in a message: a function's source, "#<Ctor>" for an
// object whose toString is Object.prototype's and whose constructor has a
// name, else "[object Tag]" (Symbol.toStringTag as a data property, or the
// class). No getter or proxy trap runs.
func (r *Runtime) noSideEffectsToString(v Value) string {
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
