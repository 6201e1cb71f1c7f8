package net

// FailPipe2 makes the splice pipe's pipe2 fail with err until the returned
// function is called (tests of the copy fallback).
func FailPipe2(err error) (restore func()) {
	old := pipe2
	pipe2 = func([]int, int) error { return err }
	return func() { pipe2 = old }
}
