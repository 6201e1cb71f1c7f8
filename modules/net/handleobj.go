package net

import (
	"slices"

	"github.com/dop251/goja"
)

// handleObject is the property store of a handle's JS object. js/net.js
// keeps a few fields on every handle (owner, onread, reading; a server's
// onconnection): as a plain goja object each handle carried a Go map for
// them (≈ 0.55 KB per socket); here they are fields of a goja DynamicObject,
// and any other property a script sets goes to a short list. Own keys keep
// their insertion order, as on an ordinary object. Symbol keys and
// accessors are refused (goja's dynamic objects have none); nothing in
// js/ puts either on a handle.
type handleObject struct {
	h                                    *handle // the Go side (for StreamOf)
	owner, onread, reading, onconnection goja.Value
	order                                []string // own keys, insertion order
	extra                                []handleProp
	// orderBuf: order's first four keys in the object's own allocation (a
	// socket's handle gets three: three allocations less per connection)
	orderBuf [4]string
}

type handleProp struct {
	key string
	val goja.Value
}

// newHandleObject makes a handle's JS object with the given prototype.
func (b *binding) newHandleObject(proto *goja.Object) *goja.Object {
	o := &handleObject{}
	o.order = o.orderBuf[:0]
	obj := b.vm.NewDynamicObject(o)
	obj.SetPrototype(proto)
	return obj
}

func (o *handleObject) field(key string) *goja.Value {
	switch key {
	case "owner":
		return &o.owner
	case "onread":
		return &o.onread
	case "reading":
		return &o.reading
	case "onconnection":
		return &o.onconnection
	}
	return nil
}

func (o *handleObject) Get(key string) goja.Value {
	if f := o.field(key); f != nil {
		return *f
	}
	for _, p := range o.extra {
		if p.key == key {
			return p.val
		}
	}
	return nil
}

func (o *handleObject) Set(key string, val goja.Value) bool {
	if val == nil {
		val = goja.Undefined()
	}
	if f := o.field(key); f != nil {
		if *f == nil {
			o.order = append(o.order, key)
		}
		*f = val
		return true
	}
	for i := range o.extra {
		if o.extra[i].key == key {
			o.extra[i].val = val
			return true
		}
	}
	o.extra = append(o.extra, handleProp{key, val})
	o.order = append(o.order, key)
	return true
}

func (o *handleObject) Has(key string) bool {
	return o.Get(key) != nil
}

func (o *handleObject) Delete(key string) bool {
	if f := o.field(key); f != nil {
		if *f == nil {
			return true
		}
		*f = nil
	} else {
		i := slices.IndexFunc(o.extra, func(p handleProp) bool { return p.key == key })
		if i < 0 {
			return true
		}
		o.extra = slices.Delete(o.extra, i, i+1)
	}
	o.order = slices.DeleteFunc(o.order, func(k string) bool { return k == key })
	return true
}

func (o *handleObject) Keys() []string {
	return slices.Clone(o.order)
}
