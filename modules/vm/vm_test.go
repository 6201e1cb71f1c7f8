package vm

import (
	"testing"

	"github.com/dop251/goja"
)

func runIn(t *testing.T, outer *goja.Runtime, c *context, src string) (goja.Value, error) {
	t.Helper()
	prg, err := goja.Compile("t.js", src, false)
	if err != nil {
		t.Fatal(err)
	}
	v, err := c.inner.RunProgram(prg)
	if err != nil {
		return nil, err
	}
	return c.m.a.in(v), nil
}

func TestContextDeclarations(t *testing.T) {
	outer := goja.New()
	sb := outer.NewObject()
	sb.Set("a", 1)
	c := newContext(outer, sb, "x")
	v, err := runIn(t, outer, c, `var x=1; function f(){ return a }; let y = 2; z = 3; this.w = 4; x + a`)
	t.Log(v, err)
}
