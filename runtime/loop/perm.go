package loop

// Permissions are the embedder's limits on a script's file system and
// process access (Options.FSRoot, FSReadOnly, NoChildProcess). The fs and
// child_process bindings enforce them in Go, so no JavaScript can get
// around them; a denied operation fails with node's permission-model error
// (ERR_ACCESS_DENIED). The zero value allows everything, as node does.
type Permissions struct {
	// FSRoot, when set, is the absolute, symlink-free directory outside of
	// which no path may be read or written.
	FSRoot string
	// FSReadOnly forbids every file system operation that writes.
	FSReadOnly bool
	// NoChildProcess forbids spawning processes.
	NoChildProcess bool
}
