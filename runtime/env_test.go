package runtime

import (
	"strconv"
	"sync"
	"testing"
)

// The environment store a SHARE_ENV worker shares with its parent is used
// from both loops' goroutines at once.
func TestEnvStoreShared(t *testing.T) {
	s := newEnvStore([]string{"A=1", "B=2", "=ignored", "C=x=y"})
	if got := s.list(); len(got) != 3 || got[0] != "A" || got[1] != "B" || got[2] != "C" {
		t.Fatalf("keys %v", got)
	}
	if v, _ := s.get("C"); v != "x=y" {
		t.Fatalf("C = %q", v)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				k := "K" + strconv.Itoa(g) + "_" + strconv.Itoa(i%10)
				s.set(k, strconv.Itoa(i))
				_, _ = s.get(k)
				_ = s.list()
				if i%3 == 0 {
					s.del(k)
				}
			}
		}(g)
	}
	wg.Wait()
	s.del("B")
	s.set("B", "again") // a variable set anew is listed last, as environ's
	got := s.list()
	if got[len(got)-1] != "B" || got[0] != "A" {
		t.Fatalf("order after delete and set: %v", got)
	}
	seen := map[string]bool{}
	for _, k := range got {
		if seen[k] {
			t.Fatalf("%s listed twice: %v", k, got)
		}
		seen[k] = true
		if _, ok := s.get(k); !ok {
			t.Fatalf("%s listed but not set", k)
		}
	}
}
