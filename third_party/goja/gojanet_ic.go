package goja

import "sync/atomic"

// protoEpoch is bumped whenever an object that inline caches rely on as a
// prototype gains a property or changes its prototype.
var protoEpoch atomic.Uint64

func bumpProtoEpoch() {
	protoEpoch.Add(1)
}
