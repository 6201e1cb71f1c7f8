package http_parser

import (
	"github.com/dop251/goja"
)

// headersObject(raw, n, join) is IncomingMessage's `headers` (or
// `trailers`) built from raw's first n entries as node's _addHeaderLine
// builds it, pair by pair into {}: keys in lower case, in first-seen order;
// set-cookie's values in an array; the names node drops duplicates of
// (host, user-agent, content-type, ...) keep the first value, unless join
// (joinDuplicateHeaders), which joins them with ", " as every other name's
// are (cookie's with "; "). It answers undefined when it cannot be sure to
// build what the JS loop would (a hole or accessor in raw, a value or name
// that is not a string, a non-ASCII name, a non-ASCII value to join, a key
// Object.prototype has): the JS loop then runs. The object is made in one
// step (goja's NewDataObject), where each assignment from JS or Go costs a
// property addition's generic path; with the last request's names in the
// same order, in one allocation with that one's shape.
type headerBuilder struct {
	vm    *goja.Runtime
	keys  map[string]headerKey // raw name -> key and duplicate rule, bounded
	names []string             // (reused: the keys of the object being built)
	vals  []goja.Value
	// the last object's names and shape: a client's requests carry the
	// same headers one after another (goja's NewDataObjectCached)
	layout goja.DataObjectLayout
}

type headerKey struct {
	key  string
	flag byte // as _http_incoming's fieldInfo: 0 join ", ", 1 set-cookie, 2 join "; ", 3 keep the first
}

// node's matchKnownFields, by lower-case name: the names whose flag is not
// 0 (joined with ", ")
var knownFlags = map[string]byte{
	"age": 3, "host": 3, "from": 3, "etag": 3, "server": 3, "referer": 3, "expires": 3, "location": 3,
	"user-agent": 3, "retry-after": 3, "content-type": 3, "max-forwards": 3, "authorization": 3,
	"last-modified": 3, "content-length": 3, "if-modified-since": 3, "proxy-authorization": 3,
	"if-unmodified-since": 3, "set-cookie": 1, "cookie": 2,
}

const (
	headerKeysMax  = 512
	headerNamesMax = 64
)

func (b *headerBuilder) keyOf(name string) (headerKey, bool) {
	if k, ok := b.keys[name]; ok {
		return k, true
	}
	if name == "" || len(name) > 256 {
		return headerKey{}, false
	}
	lower := name
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 0x80 {
			return headerKey{}, false // (toLowerCase's Unicode rules: the JS loop's)
		}
		if 'A' <= c && c <= 'Z' {
			buf := []byte(name)
			for j := i; j < len(buf); j++ {
				if 'A' <= buf[j] && buf[j] <= 'Z' {
					buf[j] += 'a' - 'A'
				}
			}
			lower = string(buf)
			break
		}
	}
	k := headerKey{key: lower, flag: knownFlags[lower]}
	if len(b.keys) >= headerKeysMax {
		clear(b.keys)
	}
	b.keys[name] = k
	return k, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func (b *headerBuilder) build(call goja.FunctionCall) goja.Value {
	raw, ok := call.Argument(0).(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	src, ok := raw.DenseArrayValues()
	n := call.Argument(1).ToInteger()
	if !ok || n < 0 || n > int64(len(src)) {
		return goja.Undefined()
	}
	join := call.Argument(2).ToBoolean()
	names, vals := b.names[:0], b.vals[:0]
	cookie := -1 // (set-cookie's index in names)
	var cookies []goja.Value
	defer func() {
		clear(vals)
		b.names, b.vals = names[:0], vals[:0]
	}()
	for i := 0; i < int(n); i += 2 {
		if i+1 >= len(src) || !goja.IsString(src[i]) || !goja.IsString(src[i+1]) {
			return goja.Undefined()
		}
		k, ok := b.keyOf(src[i].String())
		if !ok {
			return goja.Undefined()
		}
		v := src[i+1]
		if k.flag == 1 {
			if cookie < 0 {
				cookie = len(names)
				names, vals = append(names, k.key), append(vals, nil)
			}
			cookies = append(cookies, v)
			continue
		}
		at := -1
		for j, name := range names {
			if name == k.key {
				at = j
				break
			}
		}
		if at < 0 {
			if len(names) >= headerNamesMax {
				return goja.Undefined() // (a linear search per line: many names are the JS loop's)
			}
			names, vals = append(names, k.key), append(vals, v)
			continue
		}
		if k.flag == 3 && !join {
			continue // (duplicates dropped)
		}
		sep := ", "
		if k.flag == 2 {
			sep = "; "
		}
		prev, next := vals[at].String(), v.String()
		if !isASCII(prev) || !isASCII(next) {
			return goja.Undefined()
		}
		vals[at] = b.vm.ToValue(prev + sep + next)
	}
	if cookie >= 0 {
		vals[cookie] = b.vm.NewArrayFromValues(cookies)
	}
	o := b.vm.NewDataObjectCached(&b.layout, names, vals)
	if o == nil {
		return goja.Undefined()
	}
	return o
}
