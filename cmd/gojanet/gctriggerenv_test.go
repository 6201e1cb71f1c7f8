package main

import "testing"

// TestGCTriggerEnvBounds: GOJANET_GC_TRIGGER's two MiB values are taken
// only in 1..maxGCTriggerMiB (larger ones overflowed the byte counts);
// anything else means no trigger.
func TestGCTriggerEnvBounds(t *testing.T) {
	for _, c := range []struct {
		env           string
		every, runway int64
		ok            bool
	}{
		{"48,1", 48 << 20, 1 << 20, true},
		{"1048576,1048576", 1 << 40, 1 << 40, true},
		{"1048577,1", 0, 0, false},
		{"1,1048577", 0, 0, false},
		{"9223372036854775807,1", 0, 0, false},
		{"0,1", 0, 0, false},
		{"1,-1", 0, 0, false},
		{"48", 0, 0, false},
		{"", 0, 0, false},
	} {
		t.Setenv("GOJANET_GC_TRIGGER", c.env)
		e, r, ok := gcTriggerEnv()
		if e != c.every || r != c.runway || ok != c.ok {
			t.Errorf("%q: %d, %d, %v; want %d, %d, %v", c.env, e, r, ok, c.every, c.runway, c.ok)
		}
	}
}
