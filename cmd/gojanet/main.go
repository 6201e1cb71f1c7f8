// node accepts RSA keys below 1024 bits; so does gojanet.
//go:debug rsa1024min=0

// Command gojanet runs a JavaScript or TypeScript file the way node does:
//
//	gojanet [options] <script> [args...]
//	gojanet -e "<code>"
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	goruntime "runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/gojanet/gojanet/internal/nodeflags"
	"github.com/gojanet/gojanet/runtime"
)

const usage = `Usage: gojanet [options] [ script.js | script.ts ] [arguments]

Options:
  -e, --eval <code>   evaluate code as a CommonJS script
  -p, --print <code>  evaluate code and print the result (-pe <code>: the same)
  -i, --interactive   start the REPL even if stdin is not a terminal
  --test [paths]      node 20's test runner: run the test files found under the
                      paths (default: the working directory), each in a child
                      process, one report (--test-reporter=spec|tap,
                      --test-reporter-destination, --test-concurrency,
                      --test-timeout, --test-name-pattern, --test-only,
                      --test-shard, --test-force-exit)
                      (with no script on a terminal, gojanet starts it anyway)
  --watch             restart the script when a file it loaded changes (node's
                      watch mode; --watch-path=P: watch P instead,
                      --watch-preserve-output: do not clear the terminal)
  -v, --version       print the node version gojanet follows (--gojanet-version: gojanet's own)
  --allow-net=LIST    only allow listening on / connecting to these addresses
                      (comma-separated host:port, host:*, *:port or socket paths)
  --max-sockets=N     cap the open sockets of each runtime
  --cpu-prof=FILE     write a pprof CPU profile of the script's JavaScript functions
  --go-cpu-prof=FILE  write a pprof CPU profile of the whole process (Go level)
  --go-heap-prof=FILE write a pprof heap profile of the whole process (Go
                      level) when it exits: what is live after a collection
                      then, and what was allocated where
  --workers=N         run N copies of the script in one process, sharing
                      listening ports (SO_REUSEPORT), like node's cluster
  -h, --help          print this help

Node options honoured: -r/--require <module>, --import <module> (an ES module
loaded before the script), --env-file=<file> (node's .env format; the
environment wins), --no-warnings, --no-deprecation,
--throw-deprecation, --trace-warnings, --trace-deprecation, --pending-deprecation
(or NODE_PENDING_DEPRECATION=1), --preserve-symlinks (or NODE_PRESERVE_SYMLINKS=1),
--preserve-symlinks-main, --title=<title>,
--abort-on-uncaught-exception, --redirect-warnings=<file> (or NODE_REDIRECT_WARNINGS),
--unhandled-rejections=<strict|warn|warn-with-error-code|throw|none>,
--disable-warning=<code or type>, --dns-result-order=<verbatim|ipv4first|ipv6first>,
-C/--conditions=<name> (package.json "exports" conditions), --no-addons (no
"node-addons" condition; process.dlopen refused), --completion-bash;
--experimental-require-module and --experimental-detect-module (node 20.19+'s
defaults, which gojanet has), --input-type (-e code is an ES module when it has import/export), --enable-source-maps
and V8 sizing options (--max-old-space-size=N, ...) are accepted, as are
--use-largepages=<off|on|silent> and --use-openssl-ca/--use-bundled-ca (TLS
trusts the system's store either way).

Environment variables are passed to the script as process.env. NODE_OPTIONS
holds node options applied before the command line's (node's allowlist).
GOJANET_CACHE_DIR: where esbuild's output for TypeScript and ES modules is
cached (default: the user cache directory + /gojanet; "off" disables it).
GOJANET_TRACE=<file>[,<duration>]: write a Go execution trace (go tool trace)
until exit, or for duration from start.
GOJANET_GC_TRIGGER=<every MiB>,<runway MiB> (default 48,1): once the main
script has run, collect after every MiB of allocation with a heap goal only
runway MiB away (the mark then runs in short steps on the event loop instead
of in multi-ms slices of Go's background workers; README "p99 and the
collector"). "off": Go's own pacing (GOGC=100). GOGC in the environment turns
it off too and is kept; GOMEMLIMIT is kept.
`

func main() {
	// First: process.title may overwrite the arguments' original space.
	runtime.DetachArgs()
	// Nothing reads Go's heap profile unless --go-heap-prof asks (it turns
	// sampling back on), and its sampling walked the stack of an allocation
	// every 512 KiB, reading the binary's pclntab for every frame.
	goruntime.MemProfileRate = 0
	// As node at start-up: undo signal dispositions inherited as ignored
	// (a shell's background job has SIGINT ignored).
	runtime.ResetSignals()
	tuneProcess = true
	argv0 = os.Args[0]
	tuneForStartup()
	growStack()
	dropInitPages()
	startGoTrace()
	code := run(os.Args[1:], os.Stdout, os.Stderr)
	stopGoTrace()
	os.Exit(code)
}

// growStack gives the main goroutine, which runs the loop and its
// JavaScript, the stack start-up needs in one step while it is shallow
// (package inits leave it at 16 KiB). Grown a doubling at a time instead,
// by the compiler's and the VM's deep recursion, each growth copied the
// whole stack and read the binary's pclntab for every frame on it.
//
//go:noinline
func growStack() {
	var pad [startupStack]byte
	keepStack(&pad)
}

// startupStack is the frame growStack asks for: the stack it leaves is the
// next power of two above it, 64 KiB (the docs' echo server needs 32 KiB).
const startupStack = 40 << 10

//go:noinline
func keepStack(*[startupStack]byte) {}

// startupMemory is how much Go memory start-up may use before the collector
// first runs: the docs' echo script reaches 'server bound' with ≈ 15 MB
// allocated.
const startupMemory = 32 << 20

// startupTuned: tuneForStartup turned the collector off.
var startupTuned bool

// tuneForStartup turns the collector off until start-up is over or has
// used startupMemory, whichever comes first. Start-up allocates the
// builtins' syntax trees and compiled programs, and with Go's default GOGC
// it collected five times on the way to the echo script's 'server bound',
// each time marking everything compiled so far: 45% of its instructions
// (callgrind: 356 M with GOGC=100, 194 M without a collection; 96 -> 53 ms
// of CPU), for ≈ 4.5-6.5 MiB more peak RSS. GOGC or GOMEMLIMIT in the
// environment leave it to the user.
func tuneForStartup() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	startupTuned = true
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(startupMemory)
	// A collection means start-up outgrew startupMemory (a large
	// application, or a main script that computes rather than serves): the
	// serving settings from then on. The finalizer of an unreachable
	// sentinel runs after the first collection.
	goruntime.SetFinalizer(new([16]byte), func(*[16]byte) { tuneForServing() })
}

// tuneProcess: run is the whole process (not a test calling run), so it may
// tune the Go runtime for serving once start-up is over.
var tuneProcess bool

// tuneForServing adjusts process-wide Go settings once the main script has
// run (or start-up used startupMemory); start-up runs without them (both
// cost start-up time or memory). GOGC in the environment leaves the
// collector to the user. Safe from any goroutine; runs once.
func tuneForServing() { tuneOnce.Do(tuneNow) }

var tuneOnce sync.Once

// startupOver: tuneNow ran (start-up is over, or outgrew startupMemory).
var startupOver atomic.Bool

func tuneNow() {
	startupOver.Store(true)
	// The modules' top-level code has run; unless workers or vm contexts
	// keep asking for it, the collector may free it (≈ 0.7 MB of the hello
	// server's live heap, marked by every collection).
	runtime.ReleaseIdlePrograms(3 * time.Second)
	if os.Getenv("GOGC") != "" {
		return // the user's collector (start-up left it alone too)
	}
	if startupTuned {
		// start-up's limit only: a GOMEMLIMIT from the environment stays
		debug.SetMemoryLimit(math.MaxInt64)
	}
	every, runway, on := gcTriggerEnv()
	if !on {
		if startupTuned {
			debug.SetGCPercent(100) // Go's own pacing, as without the CLI
		}
		return
	}
	// Collections started by the trigger, each over in ≈ 10 ms of the
	// loop's own assists, instead of paced by Go for its background
	// workers, whose 1-4 ms slices on a shared CPU held up every waiting
	// request (README "p99 and the collector"). 48 MiB: about one
	// collection a second at the hello server's full rate on one core;
	// the loop's idle collection gives the memory back when load stops.
	// GOMAXPROCS is left as the environment or the affinity mask has it: a
	// spare P on the server's one CPU brings back the idle mark worker's
	// 4 ms slice.
	runtime.SetGCTrigger(every, runway)
}

// gcTriggerEnv reads GOJANET_GC_TRIGGER=<every MiB>,<runway MiB> (unset:
// runtime.GCTriggerEvery and GCTriggerRunway; "off": none, on is false).
// Values above maxTriggerMiB (1 TiB) are refused: shifted to bytes they
// would overflow int64 from 2^43 MiB on.
func gcTriggerEnv() (every, runway int64, on bool) {
	v := os.Getenv("GOJANET_GC_TRIGGER")
	if v == "off" {
		return 0, 0, false
	}
	every, runway, ok := parseGCTrigger(v)
	if !ok {
		if v != "" {
			fmt.Fprintf(os.Stderr, "gojanet: GOJANET_GC_TRIGGER=%q ignored: want off or <every MiB>,<runway MiB>, each 1..%d\n", v, maxTriggerMiB)
		}
		every, runway = runtime.GCTriggerEvery, runtime.GCTriggerRunway
	}
	return every, runway, true
}

const maxTriggerMiB = 1 << 20

func parseGCTrigger(v string) (every, runway int64, ok bool) {
	a, b, found := strings.Cut(v, ",")
	e, err1 := strconv.Atoi(a)
	r, err2 := strconv.Atoi(b)
	if !found || err1 != nil || err2 != nil || e <= 0 || r <= 0 || e > maxTriggerMiB || r > maxTriggerMiB {
		return 0, 0, false
	}
	return int64(e) << 20, int64(r) << 20, true
}

func run(args []string, stdout, stderr io.Writer) int {
	return runChecked(args, stdout, stderr, false)
}

// checkOptions answers node's option errors for args (its exit code), and
// -1 when it has none: what the watch mode's parent checks of its child's
// command line before it starts watching.
func checkOptions(args []string, stdout, stderr io.Writer) int {
	return runChecked(args, stdout, stderr, true)
}

// runChecked is run; checkOnly stops it once the options have passed node's
// checks.
func runChecked(args []string, stdout, stderr io.Writer, checkOnly bool) int {
	// node reads the env files named anywhere up to "--" before it looks
	// at any option (a missing one is exit 9 even after a bad option)
	if errs := envFileErrors(args); len(errs) > 0 {
		for _, e := range errs {
			fmt.Fprintf(stderr, "%s: %s\n", argv0, e)
		}
		return 9
	}
	// watch mode's child command line is checked here first: what watch
	// mode refuses is one of optionErrors' complaints
	watch, watchPaths, preserve, child := watchOptions(args)
	if watch {
		args = child
	}
	var eval string
	var print, haveEval, interactive, check bool
	var allowNet, execArgv []string
	maxSockets, workers := 0, 1
	var jsProf, goProf, goHeapProf string
	// -v, --gojanet-version, --completion-bash and -h answer once the whole
	// command line passed node's checks (node exits 9 on a bad option after
	// them); the first of them in that order wins, as node's -v does.
	early := ""
	earlyRank := map[string]int{"-v": 4, "--gojanet-version": 3, "--completion-bash": 2, "-h": 1}
	dnsMsg := "" // (--dns-result-order's value is checked when node runs)
	// node's order of answers: NODE_OPTIONS' errors; an option missing its
	// value or an invalid negation, which ends the parse (stopAt), with the
	// bad values and conflicts of the options before it; else every bad
	// value and conflict (exit 9); then --security-revert (12); then every
	// option it does not know (9).
	invalid := map[string]bool{} // options whose last value is bad
	revert := ""                 // the first --security-revert's CVE
	var unknown []string
	// V8's notes on the numbers it was given (out of bounds), up to the
	// first option it refuses (v8Stopped), after which node lists every
	// option it hands V8 as bad
	var v8Notes []string
	v8Stopped := false
	i := 0
	// nextValue takes the option at args[i]'s value from the next argument;
	// false when there is none or it is an option itself (node takes no
	// value starting with '-').
	nextValue := func() (string, bool) {
		if i+1 >= len(args) || strings.HasPrefix(args[i+1], "-") {
			return "", false
		}
		i++
		return args[i], true
	}
	// stopAt: node stops at an option missing its value or an invalid
	// negation and reports it, then the bad values and conflicts of the
	// options before it (exit 9).
	stopAt := func(msg string) int {
		_, nodeOptions, err := environment(execArgv)
		if err != nil { // (NODE_OPTIONS' errors come first)
			return optionsFailed(err, stderr)
		}
		fmt.Fprintf(stderr, "%s: %s\n", argv0, msg)
		for _, e := range optionErrors(append(nodeOptions, execArgv...), invalid, slices.ContainsFunc(execArgv, isFlag("--test")), watch, haveEval, interactive, check) {
			fmt.Fprintf(stderr, "%s: %s\n", argv0, e)
		}
		return 9
	}
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			break
		}
		name, value, hasValue := strings.Cut(a, "=")
		if hasValue && value == "" && nodeValueFlags[name] {
			// node's answer to an empty --option= (before it runs anything)
			return stopAt(a + " requires an argument")
		}
		if gojanetValueFlags[name] {
			if !hasValue {
				var ok bool
				if value, ok = nextValue(); !ok {
					return stopAt(a + " requires an argument")
				}
			}
			switch name {
			case "--allow-net":
				allowNet = append(allowNet, strings.Split(value, ",")...)
			case "--cpu-prof":
				jsProf = value
			case "--go-cpu-prof":
				goProf = value
			case "--go-heap-prof":
				goHeapProf = value
			case "--max-sockets", "--workers":
				n, err := strconv.Atoi(value)
				if err != nil || n < 1 {
					fmt.Fprintf(stderr, "gojanet: %s needs a positive number\n", name)
					return 9
				}
				if name == "--workers" {
					workers = n
				} else {
					maxSockets = n
				}
			}
			continue
		}
		key := a
		if hasValue && (name == "--print" || name == "--eval") {
			key = name // (--print=x is --print, its value unused; --eval=code)
		}
		switch key {
		case "-h", "--help", "-v", "--version", "--gojanet-version", "--completion-bash":
			if a == "--help" || a == "--version" {
				a = a[1:3]
			}
			if earlyRank[a] > earlyRank[early] {
				early = a
			}
		case "-i", "--interactive":
			interactive = true
			execArgv = append(execArgv, a)
		case "-p", "--print":
			// node's --print is a flag; followed by something that is not
			// an option it is --print --eval (-p -e CODE and -e CODE -p
			// print too)
			print = true
			if i+1 < len(args) && !strings.HasPrefix(args[i+1], "-") {
				eval, haveEval = unescapeDash(args[i+1]), true
				execArgv = append(execArgv, a, args[i+1]) // (as given: node's execArgv keeps a \-)
				i++
			} else {
				execArgv = append(execArgv, a)
			}
		case "-c", "--check":
			check = true
			execArgv = append(execArgv, a)
		case "-e", "--eval", "-pe":
			if hasValue {
				if value == "" {
					return stopAt(a + " requires an argument")
				}
				eval, haveEval = value, true
				execArgv = append(execArgv, a)
				continue
			}
			if i+1 >= len(args) {
				return stopAt(a + " requires an argument")
			}
			eval, haveEval = unescapeDash(args[i+1]), true
			// -pe is node's alias for --print --eval.
			print = print || a == "-pe"
			execArgv = append(execArgv, a, args[i+1]) // node lists them in execArgv too, as given
			i++
		default:
			if v8Stopped && (v8Flags[nodeflags.Name(a)] || nodeIgnoredValueFlags[name]) {
				unknown = append(unknown, a)
				continue
			}
			if nodeIgnoredValueFlags[name] && hasValue && !v8Stopped {
				if note := v8NumberNote(name, value); note != "" {
					v8Notes = append(v8Notes, note)
				}
			}
			// node options the runtime honours (or, for V8's, accepts).
			switch {
			case booleanGiven(name, hasValue):
				execArgv = append(execArgv, a)
				continue
			case nodeIgnoredValueFlags[name] && v8Refusal(a) != "":
				unknown = append(unknown, a) // (V8 refuses the value, or its absence)
				v8Stopped = true
				continue
			case nodeValueFlags[name] || (nodeIgnoredValueFlags[name] && hasValue):
				execArgv = append(execArgv, a)
				if !hasValue {
					given, ok := nextValue()
					if !ok {
						return stopAt(a + " requires an argument")
					}
					value = unescapeDash(given)
					execArgv = append(execArgv, given) // (as given; the bootstrap unescapes too)
				}
				invalid[name] = badValue(name, value) != "" // (the last value counts)
				if msg := badDNSOrder(name, value); msg != "" && dnsMsg == "" {
					dnsMsg = msg
				}
				continue
			case name == "--security-revert":
				if !hasValue {
					var ok bool
					if value, ok = nextValue(); !ok {
						return stopAt(a + " requires an argument")
					}
				} else if value == "" {
					return stopAt(a + " requires an argument")
				}
				if revert == "" {
					revert = value
				}
				continue
			}
			// a value option has no negation
			if base, ok := strings.CutPrefix(name, "--no-"); ok &&
				(nodeValueFlags["--"+base] || nodeIgnoredValueFlags["--"+base] || gojanetValueFlags["--"+base]) {
				return stopAt(a + " is an invalid negation because it is not a boolean option")
			}
			unknown = append(unknown, a)
			v8Stopped = v8Stopped || v8Refusal(a) != ""
		}
	}
	rest := args[i:]
	// NODE_OPTIONS is checked before anything runs or stdin is read, as
	// node's
	env, nodeOptions, err := environment(execArgv)
	if err != nil {
		return optionsFailed(err, stderr)
	}
	// node --test [paths]: the runner (js/test.js) runs each file in a child
	// process of this binary; process.argv[1:] are the paths.
	testRunner := slices.ContainsFunc(execArgv, isFlag("--test"))
	if errs := optionErrors(append(slices.Clip(nodeOptions), execArgv...), invalid, testRunner, watch, haveEval, interactive, check); len(errs) > 0 {
		for _, e := range errs {
			fmt.Fprintf(stderr, "%s: %s\n", argv0, e)
		}
		return 9
	}
	if watch {
		return runWatch(watchPaths, preserve, child, stdout, stderr)
	}
	if revert != "" {
		// node 20 can revert no CVE fix: every name is unknown
		fmt.Fprintf(stderr, "%s: Error: Attempt to revert an unknown CVE [%s]\n", argv0, revert)
		return 12
	}
	if len(unknown) > 0 {
		v8Refused(unknown, v8Notes, stderr)
		return 9
	}
	if len(v8Notes) > 0 {
		// (V8's parse goes on: the process runs)
		fmt.Fprint(stderr, strings.Join(v8Notes, "")+v8TryHelp)
	}
	if checkOnly {
		return -1
	}
	switch early {
	case "-h":
		fmt.Fprint(stdout, usage)
		return 0
	case "-v":
		fmt.Fprintf(stdout, "%s\n", runtime.NodeVersion)
		return 0
	case "--gojanet-version":
		fmt.Fprintf(stdout, "gojanet %s\n", runtime.Version)
		return 0
	case "--completion-bash":
		fmt.Fprint(stdout, completionBash())
		return 0
	}
	if dnsMsg != "" {
		fmt.Fprintln(stderr, dnsMsg)
		return 1
	}
	if testRunner {
		haveEval, eval = true, "require('node:test')[Symbol.for('gojanet.testRunnerMain')]()"
	}
	fromStdin := !haveEval && !interactive && (len(rest) > 0 && rest[0] == "-" || len(rest) == 0 && (check || !stdinIsTerminal()))
	if !testRunner && !fromStdin && len(rest) == 0 && (interactive || !haveEval) {
		for _, a := range execArgv {
			if strings.HasPrefix(a, "--input-type") {
				fmt.Fprintln(stderr, "Cannot specify --input-type for REPL")
				return 9
			}
		}
		// -e code given with -i runs once the REPL is up, in its global scope.
		if print {
			eval = "console.log(eval(" + jsString(eval) + "))"
		}
		eval = "require('repl')._startStandalone(" + jsString(eval) + ");"
		haveEval, print = true, false
	}
	if fromStdin {
		src, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(stderr, "gojanet: reading stdin: %v\n", err)
			return 1
		}
		haveEval, eval = true, string(src)
	}

	stop, err := startProfiles(jsProf, goProf, goHeapProf)
	if err != nil {
		fmt.Fprintf(stderr, "gojanet: %v\n", err)
		return 9
	}
	defer stop()
	profileStop = stop

	exe, _ := os.Executable()
	opts := runtime.Options{Stdout: stdout, Stderr: stderr, ExecPath: exe, Argv0: os.Args[0], AllowNet: allowNet, MaxSockets: maxSockets, ExecArgv: execArgv, NodeOptions: nodeOptions, Env: env, HandleSignals: true, ProcessTitle: true}
	opts.OnModuleLoad = watchReporter()
	if tuneProcess {
		opts.OnStarted = tuneForServing
		opts.OnBuiltinLoad = dropPagesWhileStarting
	}
	ctx := context.Background()
	if haveEval {
		opts.Args = rest
		rt, err := runtime.New(opts)
		if err != nil {
			fmt.Fprintf(stderr, "gojanet: %v\n", err)
			return 1
		}
		if !fromStdin && cryptoIdentifier.MatchString(eval) && !inputTypeModule(execArgv) && globalWebcrypto(execArgv) {
			// As node's eval_string, for backward compatibility: the
			// identifier crypto is the node:crypto module, not WebCrypto.
			if print {
				eval = `let crypto=require("node:crypto");{` + eval + `}`
			} else {
				eval = `(crypto=>{{` + eval + `}})(require('node:crypto'))`
			}
		}
		name := "[eval]"
		if fromStdin {
			name = "[stdin]"
		}
		code, err := rt.RunScript(ctx, name, eval)
		return report(code, err, stderr)
	}

	script := rest[0]
	abs, err := filepath.Abs(script)
	if err != nil {
		fmt.Fprintf(stderr, "gojanet: %v\n", err)
		return 1
	}
	if _, err := os.Stat(abs); err != nil && filepath.Ext(abs) == "" {
		// node tries extensions for the main script too.
		for _, ext := range []string{".js", ".ts", ".mjs", ".cjs", ".json"} {
			if _, err := os.Stat(abs + ext); err == nil {
				abs += ext
				break
			}
		}
	}
	opts.Args = append([]string{abs}, rest[1:]...)
	if workers > 1 {
		return runWorkers(ctx, opts, abs, workers, stderr)
	}
	rt, err := runtime.New(opts)
	if err != nil {
		fmt.Fprintf(stderr, "gojanet: %v\n", err)
		return 1
	}
	code, err := rt.RunFile(ctx, abs)
	return report(code, err, stderr)
}

// runWorkers runs n independent runtimes of the script, each with its own
// loop on its own goroutine, sharing listening ports through SO_REUSEPORT.
// The process exits when all have finished, with the first nonzero code.
func runWorkers(ctx context.Context, opts runtime.Options, script string, n int, stderr io.Writer) int {
	opts.ReusePort = true
	opts.Stdout = &lockedWriter{w: opts.Stdout}
	opts.Stderr = &lockedWriter{w: opts.Stderr}
	codes := make(chan int, n)
	for i := 0; i < n; i++ {
		o := opts
		base := opts.Env
		if base == nil {
			base = os.Environ()
		}
		o.Env = append(slices.Clip(base), "GOJANET_WORKER_ID="+strconv.Itoa(i+1))
		go func() {
			rt, err := runtime.New(o)
			if err != nil {
				fmt.Fprintf(stderr, "gojanet: %v\n", err)
				codes <- 1
				return
			}
			code, err := rt.RunFile(ctx, script)
			codes <- report(code, err, stderr)
		}()
	}
	exit := 0
	for i := 0; i < n; i++ {
		if c := <-codes; c != 0 && exit == 0 {
			exit = c
		}
	}
	return exit
}

// lockedWriter serializes writes from several runtimes' goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// booleanGiven says whether an option named name (its text before any '=')
// is one of node's booleans, in either form (--no-X for --X, --X for a
// --no-X), given with a value or not: node's own ignore a value
// (`--warnings=0` is --warnings), the ones it hands V8 refuse one
// (`--expose-gc=1`: "illegal value for flag", exit 9).
func booleanGiven(name string, hasValue bool) bool {
	flag := name
	if base, ok := strings.CutPrefix(name, "--no-"); ok && nodeFlags["--"+base] {
		flag = "--" + base
	} else if !nodeFlags[name] {
		if !strings.HasPrefix(name, "--") || !nodeFlags["--no-"+name[2:]] {
			return false
		}
		flag = "--no-" + name[2:]
	}
	return !hasValue || !v8Flags[flag]
}

// v8Refusal is V8's complaint about an option node hands it that it
// refuses (a boolean given a value, `--expose-gc=1`; a number option
// without a value or with one that is not a whole decimal number,
// `--max-old-space-size=x`), or "".
func v8Refusal(a string) string {
	name, value, hasValue := strings.Cut(a, "=")
	if hasValue && booleanGiven(name, false) && !booleanGiven(name, true) {
		return "Error: illegal value for flag " + a + " of type bool\nTo set or unset a boolean flag, use --flag or --no-flag.\n"
	}
	if t := v8NumberTypes[name]; t != "" && (!hasValue || !v8Number(value)) {
		return "Error: illegal value for flag " + a + " of type " + t + "\n"
	}
	return ""
}

// v8TryHelp ends V8's complaints and notes.
const v8TryHelp = "Try --help for options\n"

// v8NumberTypes are the types of the number options node hands V8.
var v8NumberTypes = map[string]string{"--max-old-space-size": "size_t", "--max-semi-space-size": "size_t", "--stack-size": "int", "--stack-trace-limit": "int"}

// v8Number: V8 takes s as a number (strtoll's whole string: spaces, a
// sign, decimal digits; "" is 0).
func v8Number(s string) bool {
	i := 0
	for i < len(s) && strings.IndexByte(" \t\n\v\f\r", s[i]) >= 0 {
		i++
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == digits {
		return s == "" // (no number: strtoll's end is the start)
	}
	return i == len(s)
}

// v8NumberNote is V8's note on a size_t option's value it takes but that
// is out of its bounds (negative, or past int64 as strtoll reads it), or "".
func v8NumberNote(name, value string) string {
	if v8NumberTypes[name] != "size_t" || value == "" || !v8Number(value) {
		return ""
	}
	if n, err := strconv.ParseInt(strings.TrimLeft(value, " \t\n\v\f\r"), 10, 64); err == nil && n >= 0 {
		return ""
	}
	return "Error: Value for flag " + name + "=" + value + " of type size_t is out of bounds [0-18446744073709551615]\n"
}

// v8Refused is node's answer to options it does not know or V8 refused:
// V8's notes and its complaint about the first it refuses (v8Refusal),
// then a line for each option, and
// then, where V8's parse failed, the two V8 options node 20 adds itself,
// which that parse lists too.
func v8Refused(unknown, notes []string, stderr io.Writer) {
	msgs := slices.Clone(notes)
	v8 := false
	for _, a := range unknown {
		if m := v8Refusal(a); m != "" {
			msgs, v8 = append(msgs, m), true
			break // (V8's parse stops at the first)
		}
	}
	if len(msgs) > 0 {
		fmt.Fprint(stderr, strings.Join(msgs, "")+v8TryHelp)
	}
	for _, a := range unknown {
		fmt.Fprintf(stderr, "%s: bad option: %s\n", argv0, a)
	}
	if v8 {
		fmt.Fprintf(stderr, "%s: bad option: --harmony-import-assertions\n%s: bad option: --harmony-import-attributes\n", argv0, argv0)
	}
}

// isFlag matches a boolean option given as flag, with a value or not.
func isFlag(flag string) func(string) bool {
	return func(a string) bool { return nodeflags.Name(a) == flag }
}

// v8Flags are the booleans among nodeFlags that node hands to V8.
var v8Flags = map[string]bool{"--expose-gc": true, "--expose_gc": true, "--use-strict": true,
	"--abort-on-uncaught-exception": true, "--abort_on_uncaught_exception": true}

// node's options that gojanet honours (see runtime.Options.ExecArgv), and
// V8/node tuning options it accepts and ignores, so scripts' command lines work.
var (
	nodeFlags = map[string]bool{
		"--no-warnings": true, "--no-deprecation": true, "--throw-deprecation": true,
		"--trace-warnings": true, "--trace-deprecation": true,
		"--enable-source-maps": true, "--expose-gc": true, "--expose_gc": true, "--trace-uncaught": true,
		// V8's: every script strict (runtime/loader.go compile)
		"--use-strict":                    true,
		"--experimental-global-webcrypto": true,
		// node's permission model's grants for processes and workers: without
		// --experimental-permission node 20 ignores them (the fs grants, value
		// options, are refused at start-up: the bootstrap); the model itself
		// is not gojanet's, and --experimental-permission is refused
		"--allow-child-process": true, "--allow-worker": true,
		"--abort-on-uncaught-exception": true, "--abort_on_uncaught_exception": true,
		"--insecure-http-parser": true, "--pending-deprecation": true, "--no-pending-deprecation": true,
		"--tls-min-v1.0": true, "--tls-min-v1.1": true, "--tls-min-v1.2": true, "--tls-min-v1.3": true,
		"--tls-max-v1.2": true, "--tls-max-v1.3": true,
		"--preserve-symlinks": true, "--preserve-symlinks-main": true,
		// watch mode's (cmd/gojanet/watch.go); alone it does nothing, as node's
		"--watch-preserve-output": true,
		"--test":                  true, "--test-only": true, "--test-force-exit": true,
		// node 20.19+'s defaults, which gojanet has: require() of ES modules
		// and module syntax detection.
		"--experimental-require-module": true, "--experimental-detect-module": true,
		// --no-addons: no "node-addons" condition, process.dlopen refused
		"--addons": true,
		// TLS roots: gojanet always uses the system's store (on Linux
		// distributions Mozilla's list, which node bundles); the choice is
		// checked as node checks it
		"--use-openssl-ca": true, "--use-bundled-ca": true,
		// a warning for each synchronous fs call after the main script
		"--trace-sync-io": true,
		// a warning with a stack trace when process.exit() ends the process
		"--trace-exit": true,
		// each Atomics.wait traced on stderr (node 20; deprecated in 22)
		"--trace-atomics-wait": true,
	}
	// gojanet's own options that take a value.
	gojanetValueFlags = map[string]bool{"--allow-net": true, "--max-sockets": true, "--workers": true, "--cpu-prof": true, "--go-cpu-prof": true, "--go-heap-prof": true}
	nodeValueFlags    = map[string]bool{"-r": true, "--conditions": true, "-C": true, "--dns-result-order": true, "--disable-warning": true, "--require": true, "--import": true, "--loader": true, "--experimental-loader": true, "--env-file": true, "--title": true, "--unhandled-rejections": true, "--input-type": true, "--allow-fs-read": true, "--allow-fs-write": true, "--max-http-header-size": true, "--redirect-warnings": true, "--tls-keylog": true, "--tls-cipher-list": true,
		// heap snapshots on a signal, near the heap limit, and where they go (js/internal/heap_utils.js)
		"--heapsnapshot-signal": true, "--heapsnapshot-near-heap-limit": true, "--diagnostic-dir": true,
		// node 20's test runner (js/test.js reads them from process.execArgv).
		"--test-reporter": true, "--test-reporter-destination": true, "--test-concurrency": true,
		"--test-timeout": true, "--test-name-pattern": true, "--test-shard": true,
		// large pages for the binary's code: a hint node drops where the
		// system has none; gojanet checks the value and drops it
		"--use-largepages": true,
	}
	// V8's options, which node's list of its own leaves out
	v8Only                  = map[string]bool{"--abort_on_uncaught_exception": true, "--expose_gc": true, "--stack-size": true, "--use-strict": true}
	unhandledRejectionModes = map[string]bool{"strict": true, "warn": true, "warn-with-error-code": true, "throw": true, "none": true}
	nodeIgnoredValueFlags   = map[string]bool{"--max-old-space-size": true, "--stack-size": true, "--stack-trace-limit": true, "--max-semi-space-size": true}
)

// completionBash is node's --completion-bash script, offering the options
// of node's list that gojanet takes (a boolean by its positive name, as
// node lists it; V8's own not), and gojanet's.
func completionBash() string {
	var opts []string
	for _, m := range []map[string]bool{nodeFlags, nodeValueFlags, nodeIgnoredValueFlags, gojanetValueFlags} {
		for k := range m {
			if base, ok := strings.CutPrefix(k, "--no-"); ok {
				k = "--" + base
			}
			if !v8Only[k] {
				opts = append(opts, k)
			}
		}
	}
	opts = append(opts, "-h", "--help", "-v", "--version", "-e", "--eval", "-p", "--print", "-pe", "-c", "--check",
		"-i", "--interactive", "--completion-bash", "--security-revert", "--gojanet-version",
		"--watch", "--watch-path", "--watch-preserve-output")
	slices.Sort(opts)
	opts = slices.Compact(opts)
	return `_node_complete() {
  local cur_word options
  cur_word="${COMP_WORDS[COMP_CWORD]}"
  if [[ "${cur_word}" == -* ]] ; then
    COMPREPLY=( $(compgen -W '` + strings.Join(opts, " ") + `' -- "${cur_word}") )
    return 0
  else
    COMPREPLY=( $(compgen -f "${cur_word}") )
    return 0
  fi
}
complete -o filenames -o nospace -o bashdefault -F _node_complete node node_g
`
}

// optionsFailed prints the env files' or NODE_OPTIONS' errors, one a line,
// as node's (exit 9).
func optionsFailed(err error, stderr io.Writer) int {
	var v8 v8Error
	if errors.As(err, &v8) {
		v8Refused(v8, nil, stderr)
		return 9
	}
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Fprintf(stderr, "%s: %s\n", argv0, line)
	}
	return 9
}

// badValue is node's start-up error for a value of name it refuses (exit
// 9), or "".
func badValue(name, value string) string {
	switch {
	case name == "--unhandled-rejections" && !unhandledRejectionModes[value],
		name == "--use-largepages" && value != "off" && value != "on" && value != "silent":
		return "invalid value for " + name
	case name == "--input-type" && value != "module" && value != "commonjs":
		return `--input-type must be "module" or "commonjs"`
	}
	return ""
}

// optionErrors are node's complaints about the options' values and
// combinations (all: NODE_OPTIONS' and the command line's), every one of
// them, in node's order.
func optionErrors(all []string, invalid map[string]bool, testRunner, watch, eval, interactive, check bool) []string {
	var errs []string
	given := func(flag string) bool { return slices.ContainsFunc(all, isFlag(flag)) }
	both := func(a, b string) bool { return given(a) && given(b) }
	if both("--use-openssl-ca", "--use-bundled-ca") {
		errs = append(errs, "either --use-openssl-ca or --use-bundled-ca can be used, not both")
	}
	for _, name := range []string{"--use-largepages", "--input-type"} {
		if invalid[name] {
			errs = append(errs, badValue(name, ""))
		}
	}
	if check && eval {
		errs = append(errs, "either --check or --eval can be used, not both")
	}
	if invalid["--unhandled-rejections"] {
		errs = append(errs, badValue("--unhandled-rejections", ""))
	}
	if both("--tls-min-v1.3", "--tls-max-v1.2") {
		errs = append(errs, "either --tls-min-v1.3 or --tls-max-v1.2 can be used, not both")
	}
	for _, other := range []struct {
		on   bool
		name string
	}{{check, "--check"}, {eval, "--eval"}, {interactive, "--interactive"}} {
		if testRunner && other.on {
			errs = append(errs, "either --test or "+other.name+" can be used, not both")
		}
	}
	// watch mode's refusal is the last, of the first of these it meets
	switch {
	case !watch:
	case check:
		errs = append(errs, "either --watch or --check can be used, not both")
	case eval:
		errs = append(errs, "either --watch or --eval can be used, not both")
	case interactive:
		errs = append(errs, "either --watch or --interactive can be used, not both")
	}
	return errs
}

// badDNSOrder is node's start-up error for a --dns-result-order it does not
// know (a TypeError, exit code 1), or "".
func badDNSOrder(name, value string) string {
	switch {
	case name != "--dns-result-order", value == "verbatim", value == "ipv4first", value == "ipv6first":
		return ""
	}
	return "TypeError [ERR_INVALID_ARG_VALUE]: The argument '--dns-result-order' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received '" + value + "'"
}

// stdinIsTerminal: a terminal, as isatty says (node's REPL test); another
// character device (/dev/null) is read as a script, as node reads it.
func stdinIsTerminal() bool {
	return isTerminal(os.Stdin)
}

func report(code int, err error, stderr io.Writer) int {
	if err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintf(stderr, "gojanet: %v\n", err)
		if code == 0 {
			code = 1
		}
	}
	return code
}

var cryptoIdentifier = regexp.MustCompile(`\bcrypto\b`)

// globalWebcrypto says whether the WebCrypto globals are on (node 20's
// default; the last of --[no-]experimental-global-webcrypto wins).
func globalWebcrypto(execArgv []string) bool {
	on := true
	for _, a := range execArgv {
		switch nodeflags.Name(a) {
		case "--no-experimental-global-webcrypto":
			on = false
		case "--experimental-global-webcrypto":
			on = true
		}
	}
	return on
}

// inputTypeModule says whether execArgv holds --input-type=module (either form).
func inputTypeModule(execArgv []string) bool {
	for i, a := range execArgv {
		if a == "--input-type=module" || a == "--input-type" && i+1 < len(execArgv) && execArgv[i+1] == "module" {
			return true
		}
	}
	return false
}

func jsString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// profileStop flushes profiles; signal-driven exits call it too.
var profileStop = func() {}

// startProfiles starts goja's JS-function profiler and/or Go's CPU profiler.
// argv0 names the process in node's option errors, as node's own do
// ("node: bad option: --x"): os.Args[0] as invoked; "gojanet" for a run
// that is not the whole process (tests calling run).
var argv0 = "gojanet"

// unescapeDash is an option value as node takes it: a leading `\-` stands
// for `-` (-p "\-42" prints -42), so that a value may start with a dash;
// process.execArgv keeps it as given (the bootstrap's value() unescapes).
func unescapeDash(v string) string {
	if strings.HasPrefix(v, `\-`) {
		return v[1:]
	}
	return v
}

func startProfiles(jsPath, goPath, goHeapPath string) (func(), error) {
	var closers []func()
	if goHeapPath != "" {
		f, err := os.Create(goHeapPath)
		if err != nil {
			return nil, err
		}
		// main turned sampling off; Go's default rate: a sample per 512 KiB
		goruntime.MemProfileRate = 512 << 10
		closers = append(closers, func() {
			goruntime.GC() // the profile's live figures are as of the last collection
			_ = pprof.Lookup("heap").WriteTo(f, 0)
			f.Close()
		})
	}
	if jsPath != "" {
		f, err := os.Create(jsPath)
		if err != nil {
			return nil, err
		}
		if err := goja.StartProfile(f); err != nil {
			return nil, err
		}
		closers = append(closers, func() { goja.StopProfile(); f.Close() })
	}
	if goPath != "" {
		f, err := os.Create(goPath)
		if err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, err
		}
		closers = append(closers, func() { pprof.StopCPUProfile(); f.Close() })
	}
	if len(closers) > 0 {
		// A profiled server is usually stopped with Ctrl-C or kill: flush first.
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
		go func() {
			<-ch
			for _, c := range closers {
				c()
			}
			os.Exit(130)
		}()
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			for _, c := range closers {
				c()
			}
		})
	}, nil
}
