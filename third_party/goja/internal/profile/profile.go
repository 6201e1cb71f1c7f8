// Package profile writes the pprof profiles of goja's JavaScript profiler
// (profiler.go): the types it fills, with the fields it sets, named as
// github.com/google/pprof/profile's, and their encoding (profile.proto,
// gzipped). That package's init compiles the regular expressions of its
// legacy-format parsers, ≈ 3.2 M instructions in every process that links
// goja, before main; writing a profile needs none of it.
package profile

import (
	"compress/gzip"
	"io"
)

// Profile is a profile.proto Profile.
type Profile struct {
	SampleType []*ValueType
	Sample     []*Sample
	Mapping    []*Mapping
	Location   []*Location
	Function   []*Function
	PeriodType *ValueType
	Period     int64
}

// ValueType is a sample value's type and unit.
type ValueType struct {
	Type, Unit string
}

// Sample is a stack (innermost location first) and its values.
type Sample struct {
	Location []*Location
	Value    []int64
}

// Mapping is the binary (here: the scripts) locations belong to.
type Mapping struct {
	ID   uint64
	File string
}

// Location is a program counter and the source lines at it.
type Location struct {
	ID      uint64
	Mapping *Mapping
	Line    []Line
}

// Line is a function and a line in it.
type Line struct {
	Function *Function
	Line     int64
}

// Function is a function's name and source file.
type Function struct {
	ID             uint64
	Name, Filename string
}

// Field numbers of profile.proto.
const (
	profileSampleType  = 1
	profileSample      = 2
	profileMapping     = 3
	profileLocation    = 4
	profileFunction    = 5
	profileStringTable = 6
	profilePeriodType  = 11
	profilePeriod      = 12

	valueTypeType = 1
	valueTypeUnit = 2

	sampleLocationID = 1
	sampleValue      = 2

	mappingID       = 1
	mappingFilename = 5

	locationID        = 1
	locationMappingID = 2
	locationLine      = 4

	lineFunctionID = 1
	lineLine       = 2

	functionID       = 1
	functionName     = 2
	functionFilename = 4
)

// Write writes p gzipped, as google/pprof's Profile.Write does.
func (p *Profile) Write(w io.Writer) error {
	zw := gzip.NewWriter(w)
	if _, err := zw.Write(p.encode()); err != nil {
		return err
	}
	return zw.Close()
}

func (p *Profile) encode() []byte {
	var e encoder
	e.strings = map[string]int64{"": 0}
	e.table = []string{""}
	for _, vt := range p.SampleType {
		e.message(profileSampleType, func() { e.valueType(vt) })
	}
	for _, s := range p.Sample {
		e.message(profileSample, func() {
			ids := make([]uint64, len(s.Location))
			for i, l := range s.Location {
				ids[i] = l.ID
			}
			e.packed(sampleLocationID, ids)
			vs := make([]uint64, len(s.Value))
			for i, v := range s.Value {
				vs[i] = uint64(v)
			}
			e.packed(sampleValue, vs)
		})
	}
	for _, m := range p.Mapping {
		e.message(profileMapping, func() {
			e.uint(mappingID, m.ID)
			e.int(mappingFilename, e.str(m.File))
		})
	}
	for _, l := range p.Location {
		e.message(profileLocation, func() {
			e.uint(locationID, l.ID)
			if l.Mapping != nil {
				e.uint(locationMappingID, l.Mapping.ID)
			}
			for _, ln := range l.Line {
				e.message(locationLine, func() {
					if ln.Function != nil {
						e.uint(lineFunctionID, ln.Function.ID)
					}
					e.int(lineLine, ln.Line)
				})
			}
		})
	}
	for _, f := range p.Function {
		e.message(profileFunction, func() {
			e.uint(functionID, f.ID)
			e.int(functionName, e.str(f.Name))
			e.int(functionFilename, e.str(f.Filename))
		})
	}
	if p.PeriodType != nil {
		e.message(profilePeriodType, func() { e.valueType(p.PeriodType) })
	}
	e.int(profilePeriod, p.Period)
	// The string table goes last: the messages above filled it.
	for _, s := range e.table {
		e.bytes(profileStringTable, []byte(s))
	}
	return e.buf
}

type encoder struct {
	buf     []byte
	strings map[string]int64
	table   []string
}

func (e *encoder) str(s string) int64 {
	i, ok := e.strings[s]
	if !ok {
		i = int64(len(e.table))
		e.strings[s] = i
		e.table = append(e.table, s)
	}
	return i
}

func (e *encoder) valueType(vt *ValueType) {
	e.int(valueTypeType, e.str(vt.Type))
	e.int(valueTypeUnit, e.str(vt.Unit))
}

func (e *encoder) varint(x uint64) {
	for x >= 0x80 {
		e.buf = append(e.buf, byte(x)|0x80)
		x >>= 7
	}
	e.buf = append(e.buf, byte(x))
}

func (e *encoder) key(field, wire int) { e.varint(uint64(field)<<3 | uint64(wire)) }

// uint and int leave zero values out, as proto3 does.
func (e *encoder) uint(field int, x uint64) {
	if x != 0 {
		e.key(field, 0)
		e.varint(x)
	}
}

func (e *encoder) int(field int, x int64) { e.uint(field, uint64(x)) }

func (e *encoder) bytes(field int, b []byte) {
	e.key(field, 2)
	e.varint(uint64(len(b)))
	e.buf = append(e.buf, b...)
}

func (e *encoder) packed(field int, xs []uint64) {
	if len(xs) == 0 {
		return
	}
	e.message(field, func() {
		for _, x := range xs {
			e.varint(x)
		}
	})
}

// message writes what body encodes as a length-delimited field.
func (e *encoder) message(field int, body func()) {
	outer := e.buf
	e.buf = nil
	body()
	inner := e.buf
	e.buf = outer
	e.bytes(field, inner)
}
