package runtime

import "testing"

func TestVLQRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, -1, 15, 16, -16, 31, 32, 1000, -1000, 123456} {
		s := vlqEncode(n)
		got, ok := vlqDecode(s)
		if !ok || got != n {
			t.Fatalf("%d -> %q -> %d %v", n, s, got, ok)
		}
		for i := 0; i < len(s)-1; i++ {
			if !vlqContinues(s[i]) {
				t.Fatalf("%q: digit %d should continue", s, i)
			}
		}
		if vlqContinues(s[len(s)-1]) {
			t.Fatalf("%q: last digit continues", s)
		}
	}
}

func TestShiftSourceMapColumns(t *testing.T) {
	// mappings "AAAA,CAAC;AACA": line 0 segments at columns 0 and 1, line 1 at 0.
	const comment = "\n//# sourceMappingURL=data:application/json;base64," +
		"eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImEuanMiXSwibWFwcGluZ3MiOiJBQUFBLENBQUM7QUFDQSJ9"
	got := shiftSourceMapColumns(comment, map[int]int{0: 10, 1: 3})
	want := "\n//# sourceMappingURL=data:application/json;base64," +
		"eyJtYXBwaW5ncyI6IlVBQUEsQ0FBQztHQUNBIiwic291cmNlcyI6WyJhLmpzIl0sInZlcnNpb24iOjN9"
	if got != want {
		t.Fatalf("got %s", got)
	}
	if shiftSourceMapColumns("not a map", map[int]int{0: 1}) != "not a map" {
		t.Fatal("a comment that is no inline map must stay")
	}
}
