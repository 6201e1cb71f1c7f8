package profile

import (
	"bytes"
	"testing"

	pprof "github.com/google/pprof/profile"
)

// What Write writes is what google/pprof reads back.
func TestWriteParses(t *testing.T) {
	m := &Mapping{ID: 1, File: "[ECMAScript code]"}
	f1 := &Function{ID: 1, Name: "loop", Filename: "test.js"}
	f2 := &Function{ID: 2, Name: "<anonymous>", Filename: "node:net"}
	l1 := &Location{ID: 1, Mapping: m, Line: []Line{{Function: f1, Line: 3}}}
	l2 := &Location{ID: 2, Mapping: m, Line: []Line{{Function: f2, Line: 300}}}
	p := &Profile{
		SampleType: []*ValueType{{Type: "samples", Unit: "count"}, {Type: "cpu", Unit: "nanoseconds"}},
		Mapping:    []*Mapping{m},
		Function:   []*Function{f1, f2},
		Location:   []*Location{l1, l2},
		Sample: []*Sample{
			{Location: []*Location{l1, l2}, Value: []int64{7, 70_000_000}},
			{Location: []*Location{l2}, Value: []int64{1, 10_000_000}},
		},
		Period: 10_000_000,
	}
	p.PeriodType = p.SampleType[1]
	var buf bytes.Buffer
	if err := p.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := pprof.Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.SampleType) != 2 || got.SampleType[1].Type != "cpu" || got.SampleType[1].Unit != "nanoseconds" ||
		got.PeriodType == nil || got.PeriodType.Type != "cpu" || got.Period != 10_000_000 {
		t.Fatalf("types: %+v %+v %d", got.SampleType, got.PeriodType, got.Period)
	}
	if len(got.Mapping) != 1 || got.Mapping[0].File != "[ECMAScript code]" {
		t.Fatalf("mapping: %+v", got.Mapping)
	}
	if len(got.Function) != 2 || got.Function[1].Name != "<anonymous>" || got.Function[1].Filename != "node:net" {
		t.Fatalf("functions: %+v", got.Function)
	}
	if len(got.Sample) != 2 || len(got.Sample[0].Location) != 2 || got.Sample[0].Value[1] != 70_000_000 {
		t.Fatalf("samples: %+v", got.Sample)
	}
	top := got.Sample[0].Location[0]
	if top.ID != 1 || top.Mapping.ID != 1 || len(top.Line) != 1 || top.Line[0].Function.Name != "loop" || top.Line[0].Line != 3 {
		t.Fatalf("location: %+v %+v", top, top.Line)
	}
	if got.Sample[1].Location[0].Line[0].Line != 300 {
		t.Fatalf("second sample: %+v", got.Sample[1].Location[0].Line)
	}
}
