package loop

import (
	"sync"

	"github.com/dop251/goja"
)

// nested tracks the goja runtimes running inside the loop's VM right now
// (vm contexts: modules/vm runs a context's runtime from a call of the
// main one, on the loop goroutine). An interrupt of the VM (process.exit,
// an embedder's script timeout) must stop them too, or code looping in a
// context would never return to where the VM can see its interrupt.
type nested struct {
	mu  sync.Mutex
	vms []*goja.Runtime
}

// EnterNested records vm as running inside the loop's VM until the
// returned function is called.
func (l *Loop) EnterNested(vm *goja.Runtime) (leave func()) {
	l.nested.mu.Lock()
	l.nested.vms = append(l.nested.vms, vm)
	l.nested.mu.Unlock()
	return func() {
		l.nested.mu.Lock()
		defer l.nested.mu.Unlock()
		for i := len(l.nested.vms) - 1; i >= 0; i-- {
			if l.nested.vms[i] == vm {
				l.nested.vms = append(l.nested.vms[:i], l.nested.vms[i+1:]...)
				break
			}
		}
	}
}

// InterruptNested interrupts the runtimes running inside the loop's VM
// with v; the runtime calls it with every interrupt of its own VM. Any
// goroutine may call it.
func (l *Loop) InterruptNested(v any) {
	l.nested.mu.Lock()
	defer l.nested.mu.Unlock()
	for _, vm := range l.nested.vms {
		vm.Interrupt(v)
	}
}
