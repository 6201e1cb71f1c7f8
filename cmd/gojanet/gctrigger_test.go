package main_test

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestGCTrigger: after start-up the collections come about once every
// GOJANET_GC_TRIGGER MiB (default 48), each with a heap goal about runway
// above the heap; "off" leaves them to Go's pacing at GOGC=100, which
// collects far more often with this script's few MiB of live heap.
func TestGCTrigger(t *testing.T) {
	n, tight := triggerCollections(t, "16,1")
	// 256 MiB at one collection every 16: ≈ 16 (start-up's not counted)
	if n < 8 || n > 40 {
		t.Errorf("16,1: %d collections, want ≈ 16", n)
	}
	if tight < n*3/4 {
		t.Errorf("16,1: %d of %d collections started within 1 MB of their goal, want most", tight, n)
	}
	n, tight = triggerCollections(t, "")
	// the default, 48,1: ≈ 5
	if n < 3 || n > 12 {
		t.Errorf("default: %d collections, want ≈ 5", n)
	}
	if tight < n*3/4 {
		t.Errorf("default: %d of %d collections started within 1 MB of their goal, want most", tight, n)
	}
	if off, _ := triggerCollections(t, "off"); off < 2*n {
		t.Errorf("off: %d collections, want Go's pacing at GOGC=100 (far more than the default's %d)", off, n)
	}
}

// triggerCollections runs a script that allocates 256 MiB of buffers after
// start-up, 256 KiB every 2 ms at most (a busy server's rate is tens of
// MB/s), with GOJANET_GC_TRIGGER=v, and counts its collections after
// start-up and those that started within 1 MB of their goal.
func triggerCollections(t *testing.T, v string) (n, tight int) {
	t.Helper()
	script := `setImmediate(async () => {
		for (let i = 0; i < 1024; i++) {
			Buffer.alloc(1 << 18);
			await new Promise((r) => setTimeout(r, 2));
		}
	});`
	cmd := exec.Command(gojanetBin(t), "-e", script)
	cmd.Env = append(os.Environ(), "GODEBUG=gctrace=1", "GOGC=", "GOMEMLIMIT=", "GOJANET_GC_TRIGGER="+v)
	var errOut strings.Builder
	cmd.Stderr = &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, errOut.String())
	}
	// gc N @Ts P%: ..., A->B->C MB, G MB goal, ...
	re := regexp.MustCompile(`(\d+)->\d+->\d+ MB, (\d+) MB goal`)
	for _, line := range strings.Split(errOut.String(), "\n") {
		m := re.FindStringSubmatch(line)
		if m == nil || strings.Contains(line, "(forced)") {
			continue
		}
		n++
		start, _ := strconv.Atoi(m[1])
		goal, _ := strconv.Atoi(m[2])
		if goal-start <= 1 {
			tight++
		}
	}
	if t.Failed() || testing.Verbose() {
		t.Logf("GOJANET_GC_TRIGGER=%q: %d collections, %d tight:\n%s", v, n, tight, errOut.String())
	}
	return n, tight
}

// TestGCTriggerLeavesUserSettings: the trigger (the default) keeps a
// GOMEMLIMIT from the environment (only start-up's own limit is lifted:
// v8's heap_size_limit reports Go's limit), and GOGC in the environment
// turns it off (with GOGC=off nothing collects, where the trigger would
// have every 16 MiB).
func TestGCTriggerLeavesUserSettings(t *testing.T) {
	cmd := exec.Command(gojanetBin(t), "-e",
		`setTimeout(() => console.log(require('v8').getHeapStatistics().heap_size_limit), 20)`)
	cmd.Env = append(os.Environ(), "GOGC=", "GOMEMLIMIT=300MiB", "GOJANET_GC_TRIGGER=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got := strings.TrimSpace(string(out)); got != strconv.Itoa(300<<20) {
		t.Errorf("heap_size_limit %s, want GOMEMLIMIT's %d", got, 300<<20)
	}

	script := `setImmediate(async () => {
		for (let i = 0; i < 256; i++) {
			Buffer.alloc(1 << 18);
			await new Promise((r) => setTimeout(r, 1));
		}
	});`
	cmd = exec.Command(gojanetBin(t), "-e", script)
	cmd.Env = append(os.Environ(), "GODEBUG=gctrace=1", "GOGC=off", "GOMEMLIMIT=", "GOJANET_GC_TRIGGER=16,1")
	var errOut strings.Builder
	cmd.Stderr = &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, errOut.String())
	}
	for _, line := range strings.Split(errOut.String(), "\n") {
		if strings.HasPrefix(line, "gc ") && !strings.Contains(line, "(forced)") {
			t.Errorf("a collection with GOGC=off:\n%s", errOut.String())
			break
		}
	}
}
