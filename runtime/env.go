package runtime

import (
	"strings"
	"sync"

	"github.com/dop251/goja"
)

// envStore is a runtime's environment: process.env's variables, in the
// order they were first set (node lists environ's order, a new variable
// last). It is Go data behind a mutex so that runtimes on other goroutines
// may share it: a Worker started with env: SHARE_ENV gets its parent's
// store, and a variable either sets is seen by both, as node's threads
// share the process's environment. Any other Worker gets a store of its own
// (a copy of the env it was given).
type envStore struct {
	mu   sync.Mutex
	keys []string
	vals map[string]string
}

func newEnvStore(pairs []string) *envStore {
	s := &envStore{vals: map[string]string{}}
	for _, kv := range pairs {
		if k, v, ok := strings.Cut(kv, "="); ok && k != "" {
			s.set(k, v)
		}
	}
	return s
}

func (s *envStore) get(k string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.vals[k]
	return v, ok
}

func (s *envStore) set(k, v string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.vals[k]; !ok {
		s.keys = append(s.keys, k)
	}
	s.vals[k] = v
}

func (s *envStore) del(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.vals[k]; !ok {
		return
	}
	delete(s.vals, k)
	for i, key := range s.keys {
		if key == k {
			s.keys = append(s.keys[:i:i], s.keys[i+1:]...)
			break
		}
	}
}

func (s *envStore) list() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.keys...)
}

// envObject is one runtime's view of an envStore: the target of the
// process.env proxy (js/internal/bootstrap.js, which stringifies values and
// refuses symbols and accessors before they reach it). A host object to
// util.inspect and the serializer (utilbinding.go), as node's is.
type envObject struct {
	vm    *goja.Runtime
	store *envStore
}

func (e *envObject) Get(k string) goja.Value {
	if v, ok := e.store.get(k); ok {
		return e.vm.ToValue(v)
	}
	return nil
}

func (e *envObject) Set(k string, v goja.Value) bool {
	if k == "" {
		return true // never stored, as node's
	}
	e.store.set(k, v.String())
	return true
}

func (e *envObject) Has(k string) bool {
	_, ok := e.store.get(k)
	return ok
}

func (e *envObject) Delete(k string) bool {
	e.store.del(k)
	return true
}

func (e *envObject) Keys() []string { return e.store.list() }
