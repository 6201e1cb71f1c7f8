package runtime

import (
	goruntime "runtime"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// TestReleaseIdlePrograms: a released builtin's program is found again
// until the collector frees it, and compiled again (and runs) after.
func TestReleaseIdlePrograms(t *testing.T) {
	const name = "punycode"
	p1, err := builtinProgramFor(name)
	if err != nil || p1 == nil {
		t.Fatal(p1, err)
	}
	ReleaseIdlePrograms(time.Nanosecond)
	defer ReleaseIdlePrograms(0)
	release := func() bool {
		time.Sleep(time.Millisecond)
		releaseIdlePrograms()
		programs.Lock()
		bp := programs.builtin[name]
		programs.Unlock()
		bp.held.mu.Lock()
		defer bp.held.mu.Unlock()
		return bp.held.prg == nil
	}
	if !release() {
		t.Fatal("not released")
	}
	if p, err := builtinProgramFor(name); p != p1 || err != nil {
		t.Fatalf("released but not freed: %p %v, want %p", p, err, p1)
	}
	if !release() {
		t.Fatal("not released again")
	}
	p1 = nil
	goruntime.GC()
	goruntime.GC()
	p2, err := builtinProgramFor(name)
	if err != nil || p2 == nil {
		t.Fatal(p2, err)
	}
	v, err := goja.New().RunProgram(p2)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := goja.AssertFunction(v); !ok {
		t.Fatalf("the module wrapper is %v", v)
	}
}
