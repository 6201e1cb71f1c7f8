package loop

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// A Task and a func queued for the same phase run in one order: deferred
// ones first queued first, close callbacks newest first (Defer, OnClosed).
type recordTask struct {
	name string
	out  *[]string
}

func (r *recordTask) Run() { *r.out = append(*r.out, r.name) }

func TestTasksAndFuncsShareTheirPhaseOrder(t *testing.T) {
	l, err := New(goja.New())
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var out []string
	add := func(s string) func() { return func() { out = append(out, s) } }
	l.Defer(add("d1"))
	l.DeferTask(&recordTask{"d2", &out})
	l.Defer(add("d3"))
	l.OnClosed(add("c1"))
	l.OnClosedTask(&recordTask{"c2", &out})
	l.OnClosed(add("c3"))
	for l.Alive() {
		l.Iterate()
	}
	if got, want := strings.Join(out, " "), "d1 d2 d3 c3 c2 c1"; got != want {
		t.Errorf("ran %q, want %q", got, want)
	}
}
