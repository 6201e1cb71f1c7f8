package main

import "testing"

// parseGCTrigger refuses values whose bytes would overflow int64 (from
// 2^43 MiB) and anything above 1 TiB, instead of a wrapped-around trigger.
func TestParseGCTrigger(t *testing.T) {
	for _, c := range []struct {
		in            string
		every, runway int64
		ok            bool
	}{
		{"16,1", 16 << 20, 1 << 20, true},
		{"1048576,1048576", 1 << 40, 1 << 40, true},
		{"1048577,1", 0, 0, false},
		{"1,1048577", 0, 0, false},
		{"8796093022208,1", 0, 0, false}, // 2^43: << 20 overflows
		{"1,9223372036854775807", 0, 0, false},
		{"0,1", 0, 0, false},
		{"1,-1", 0, 0, false},
		{"16", 0, 0, false},
		{"", 0, 0, false},
	} {
		e, r, ok := parseGCTrigger(c.in)
		if e != c.every || r != c.runway || ok != c.ok {
			t.Errorf("%q: %d, %d, %v; want %d, %d, %v", c.in, e, r, ok, c.every, c.runway, c.ok)
		}
	}
}
