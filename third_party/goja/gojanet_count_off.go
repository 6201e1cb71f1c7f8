//go:build !gojanetcount

package goja

// countOn is false in normal builds: the counting hooks in the run loop and
// nativeFuncObject.vmCall compile away (see gojanet_count_on.go).
const countOn = false

func countTurn(*vm)                           {}
func countChain(*vm)                          {}
func countNative(*nativeFuncObject)           {}
func countFramed(*vm, *nativeFuncObject, int) {}

// ResetCounts and DumpCounts do nothing without the gojanetcount build tag.
func ResetCounts()                    {}
func DumpCounts(path string, div int) {}

// CountsEnabled reports whether this build counts (the gojanetcount tag).
func CountsEnabled() bool { return false }

// StartCounting and StopCounting do nothing without the gojanetcount tag.
func StartCounting() {}
func StopCounting()  {}

func countRead(string)           {}
func countFast(*propIC, *Object) {}
func countSlow(string, Value)    {}
