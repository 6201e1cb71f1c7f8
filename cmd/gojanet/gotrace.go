// GOJANET_TRACE=<file>[,<duration>] writes a Go execution trace of the
// process (go tool trace <file>): from start until exit, or for duration
// from start when given (a benchmark's server is killed, so its trace has
// to end on its own). Off unless set; what README "p99 and the collector"
// used to see what the loop goroutine does while a request is slow. Only
// this process is traced: the variable is removed from the environment.
package main

import (
	"fmt"
	"os"
	"runtime/trace"
	"strings"
	"sync"
	"time"
)

var stopGoTrace = func() {}

func startGoTrace() {
	spec := os.Getenv("GOJANET_TRACE")
	if spec == "" {
		return
	}
	// Children (spawnSync(process.execPath), --watch's runs, fork, cluster
	// workers) would inherit it and write the same file over this trace;
	// node has no such variable, so the script's process.env loses it too.
	os.Unsetenv("GOJANET_TRACE")
	file, dur, _ := strings.Cut(spec, ",")
	var d time.Duration
	if dur != "" {
		var err error
		if d, err = time.ParseDuration(dur); err != nil {
			fmt.Fprintf(os.Stderr, "%s: GOJANET_TRACE: %v\n", argv0, err)
			return
		}
	}
	f, err := os.Create(file)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: GOJANET_TRACE: %v\n", argv0, err)
		return
	}
	if err := trace.Start(f); err != nil {
		fmt.Fprintf(os.Stderr, "%s: GOJANET_TRACE: %v\n", argv0, err)
		f.Close()
		return
	}
	var once sync.Once
	stopGoTrace = func() {
		once.Do(func() {
			trace.Stop()
			f.Close()
		})
	}
	if d > 0 {
		time.AfterFunc(d, stopGoTrace)
	}
}
