//go:build race

package runtime_test

// underRace: the race detector makes goja ≈ 10-20× slower; tests that run a
// whole npm toolchain skip under it and run in the README's plain pass.
const underRace = true
