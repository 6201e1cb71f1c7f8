package runtime

// ReleaseIdleProgramsNow is what the serving settings do after each
// collection (gctrigger.go afterEachGC): with GOGC=off, as under callgrind, nothing
// does it, and BenchmarkHTTPHelloCollection measured programs the CLI
// has released.
var ReleaseIdleProgramsNow = releaseIdlePrograms
