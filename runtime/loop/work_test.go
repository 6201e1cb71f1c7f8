package loop

import (
	"testing"

	"github.com/dop251/goja"
)

func TestQueueRunsWorkOffLoopAndDoneOnIt(t *testing.T) {
	l, err := New(goja.New())
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var order []string
	for i := range 10 {
		res := 0
		l.Queue(func() { res = i * i }, func() {
			order = append(order, "done")
			if res != i*i {
				t.Errorf("job %d: result %d", i, res)
			}
		})
	}
	for l.Alive() {
		l.Iterate()
	}
	if len(order) != 10 {
		t.Fatalf("%d of 10 jobs completed", len(order))
	}
}
