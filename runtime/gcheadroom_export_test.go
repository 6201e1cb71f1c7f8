package runtime

// PauseGCHeadroom stops the GC headroom's re-tunes until the returned
// function is called (a benchmark's callgrind window runs with the
// collector off, and a re-tune after a cycle that ended as it began turned
// it back on).
func PauseGCHeadroom() (resume func()) {
	headroom.Lock()
	base := headroom.base
	headroom.base = -1
	headroom.Unlock()
	return func() {
		headroom.Lock()
		headroom.base = base
		headroom.Unlock()
	}
}
