package main_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// gcCycles runs the CLI with Go's GC trace and counts its collections.
func gcCycles(t *testing.T, env []string, args ...string) (stdout string, cycles int) {
	t.Helper()
	cmd := exec.Command(gojanetBin(t), args...)
	cmd.Env = append(append(os.Environ(), "GODEBUG=gctrace=1"), env...)
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, errOut.String())
	}
	for _, line := range strings.Split(errOut.String(), "\n") {
		if strings.HasPrefix(line, "gc ") {
			cycles++
		}
	}
	return out.String(), cycles
}

// TestStartupWithoutCollections: start-up runs without Go's collector (it
// marked the builtins' compiled programs over and over); GOGC in the
// environment is the user's choice.
func TestStartupWithoutCollections(t *testing.T) {
	env := []string{"GOGC=", "GOMEMLIMIT="}
	if _, n := gcCycles(t, env, "-e", "0"); n != 0 {
		t.Errorf("-e 0 collected %d times", n)
	}
	if _, n := gcCycles(t, []string{"GOGC=100", "GOMEMLIMIT="}, "-e", "0"); n == 0 {
		t.Errorf("with GOGC=100 in the environment, -e 0 did not collect")
	}
}

// TestStartupThatComputes: a main script that allocates far past the
// start-up allowance gets the collector back (serving settings), instead of
// collecting at the memory limit over and over.
func TestStartupThatComputes(t *testing.T) {
	const script = `
let kept = 0;
for (let round = 0; round < 8; round++) {
  const a = [];
  for (let i = 0; i < 100000; i++) a.push({ i, s: 'x' + i });
  kept += a.length;
}
console.log(kept);`
	out, n := gcCycles(t, []string{"GOGC=", "GOMEMLIMIT="}, "-e", script)
	if strings.TrimSpace(out) != "800000" {
		t.Fatalf("output %q", out)
	}
	if n == 0 || n > 100 {
		t.Errorf("%d collections for ≈ 200 MB allocated", n)
	}
}

// TestGoHeapProfile: --go-heap-prof writes a pprof heap profile (gzipped
// protobuf) when the script ends, by process.exit() too.
func TestGoHeapProfile(t *testing.T) {
	for _, script := range []string{"globalThis.kept = Array.from({ length: 1e5 }, (_, i) => ({ i }))", "process.exit(0)"} {
		path := t.TempDir() + "/heap.prof"
		cmd := exec.Command(gojanetBin(t), "--go-heap-prof="+path, "-e", script)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v: %s", script, err, out)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) < 100 || b[0] != 0x1f || b[1] != 0x8b {
			t.Errorf("%s: %d bytes, not a gzipped profile", script, len(b))
		}
	}
}

// TestRemovedWorkingDirectory: started in a directory that was removed,
// gojanet runs as node does: process.cwd() throws ENOENT (uv_cwd), -e code
// runs, and process.chdir() to a real directory brings cwd() back.
func TestRemovedWorkingDirectory(t *testing.T) {
	dir := t.TempDir() + "/gone"
	script := `try { process.cwd() } catch (e) { console.log(e.code, e.syscall, e.message) } process.chdir('/'); console.log(process.cwd())`
	cmd := exec.Command("sh", "-c", `mkdir "$1" && cd "$1" && rmdir "$1" && exec "$2" -e "$3"`, "sh", dir, gojanetBin(t), script)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if want := "ENOENT uv_cwd ENOENT: no such file or directory, uv_cwd\n/\n"; string(out) != want {
		t.Fatalf("got %q, want %q", out, want)
	}
}
