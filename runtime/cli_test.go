package runtime_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gojanet/gojanet/runtime"
)

// TestCLI builds cmd/gojanet once and checks its options, messages and exit
// codes; where node is on PATH, each case's stdout and exit code must also
// be node's.
func TestCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the gojanet binary")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
	bin := filepath.Join(t.TempDir(), "gojanet")
	build := exec.Command(goTool, "build", "-o", bin, "../cmd/gojanet")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	node, _ := exec.LookPath("node")

	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("hello.js", "console.log('hello', process.argv.slice(2).join(' '));\n")
	write("exit3.js", "setTimeout(() => process.exit(3), 1);\n")
	write("exitcode.js", "process.exitCode = 5;\nconsole.log('set');\n")
	write("throws.js", "console.log('before');\nthrow new Error('boom');\n")
	write("handler_throws.js", "process.on('uncaughtException', () => { throw new Error('again'); });\nthrow new Error('first');\n")
	write("reject.js", "Promise.reject(new Error('nope'));\n")
	write("syntax.js", "const ok = 1;\nlet x = ;\n")
	write("syntax.ts", "const n: number = 1;\nfunction f( {\n")
	write("unsettled.mjs", "await new Promise(() => {});\n")
	write("noext.js", "console.log('found without extension');\n")
	write("upper.js", "let s = '';\nprocess.stdin.setEncoding('utf8');\nprocess.stdin.on('data', (d) => { s += d; });\nprocess.stdin.on('end', () => console.log(s.toUpperCase().trim(), s.length));\n")
	write("lines.js", "const rl = require('readline').createInterface({ input: process.stdin });\n"+
		"let n = 0;\nrl.on('line', (l) => console.log(++n, l));\nrl.on('close', () => console.log('lines:', n));\n")
	write("pre.js", "console.log('preloaded');\nglobalThis.PRELOADED = true;\n")
	write("main.ts", "const greet = (who: string): string => `hi ${who}`;\nconsole.log(greet('ts'));\n")

	// child_process.fork() starts process.execPath: the binary itself.
	forkScript, _ := filepath.Abs("../testdata/cli/fork.js")
	// cluster workers are forked the same way; handles pass over the channel.
	clusterScript, _ := filepath.Abs("../testdata/cli/cluster.js")
	handlesScript, _ := filepath.Abs("../testdata/cli/handles.js")
	stdinHandleScript, _ := filepath.Abs("../testdata/cli/stdin_handle.js")
	// process.stdin.unref()/ref() on a pipe (a child of the binary itself)
	stdinUnrefScript, _ := filepath.Abs("../testdata/cli/stdin_pipe_unref.js")
	advancedScript, _ := filepath.Abs("../testdata/cli/advanced.js")
	argv0Script, _ := filepath.Abs("../testdata/cli/argv0.js")
	redirectScript, _ := filepath.Abs("../testdata/cli/redirect_warnings.js")
	// The credential setters change the whole process: only in a child.
	credentialsScript, _ := filepath.Abs("../testdata/cli/credentials.js")
	// node's refusal of the setters under UV_USE_IO_URING, in children.
	ioUringScript, _ := filepath.Abs("../testdata/cli/io_uring.js")
	ioUringOut, err := os.ReadFile("../testdata/cli/io_uring.stdout")
	if err != nil {
		t.Fatal(err)
	}
	credentialsOut := ""
	for _, name := range []string{"setuid", "seteuid", "setgid", "setegid", "setgroups", "initgroups"} {
		credentialsOut += name + " EPERM, Operation not permitted 1 EPERM " + name + " errno,code,syscall\n"
	}
	advancedOut := "function: Error f() {} could not be cloned.\n0 null true\n1 true true\n2 [ undefined ] true\n3 42 true\n4 -7 true\n5 1099511627776 true\n6 -0 true\n7 NaN true\n8 1.5 true\n9 { big: 123456789012345678901234567890n, neg: -5n, zero: 0n } true\n10 'plain' true\n11 'ünïcödé ✓ 𝄞' true\n12 [ 1, <1 empty item>, 3 ] true\n13 {\n  a: [ { s: 1 }, { s: 1 } ],\n  b: Map(2) { 1 => 'one', 'k' => { v: 2 } },\n  c: Set(2) { 1, 'x' }\n} true\n14 1970-01-01T00:00:00.000Z true\n15 /ab+c/gi true\n16 <Buffer 62 75 66> true\n17 Uint16Array(3) [ 1, 2, 65535 ] true\n18 Float64Array(1) [ 3.141592653589793 ] true\n19 ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 } true\n20 <ref *1> { name: 'loop', self: [Circular *1] } true\n21 RangeError: range true\n22 Error: with cause\n  [cause]: 'why'\n} false\n"
	clusterOut := func(pids string) string {
		return "worker 1 true none 1,2\nsetup string true false\nsetup string true false\ndisconnected 0\n" +
			"worker 1: disconnect, exit 0 null true dead true, fork, listening 127.0.0.1 4 true, message {\"id\":1,\"isWorker\":true,\"env\":null,\"uniqueId\":false}, online\n" +
			"worker 2: disconnect, exit 0 null true dead true, fork, listening 127.0.0.1 4 true, message {\"id\":2,\"isWorker\":true,\"env\":\"hi\",\"uniqueId\":false}, online\n" +
			"ports 1 pids seen " + pids + " workers left 0\n"
	}
	// http's options (--max-http-header-size, --insecure-http-parser) and
	// NODE_DEBUG=http, in children of the binary.
	httpOptsScript, _ := filepath.Abs("../testdata/cli/http_options.js")
	httpOptsOut, err := os.ReadFile("../testdata/cli/http_options.stdout")
	if err != nil {
		t.Fatal(err)
	}
	// 'exit' before the fatal exception's report, in children of the binary.
	exitReportScript, _ := filepath.Abs("../testdata/cli/exit_before_fatal_report.js")
	exitReportOut, err := os.ReadFile("../testdata/cli/exit_before_fatal_report.stdout")
	if err != nil {
		t.Fatal(err)
	}
	// A child's own stdio and command line (-pe, openStdin, realpath of a
	// piped /dev/stdin, stdout on a file, EFBIG past RLIMIT_FSIZE).
	stdioChildrenScript, _ := filepath.Abs("../testdata/cli/stdio_children.js")
	// node:test files run as children, their TAP output normalized.
	nodeTestScript, _ := filepath.Abs("../testdata/cli/node_test.js")
	nodeTestOut, err := os.ReadFile("../testdata/cli/node_test.stdout")
	if err != nil {
		t.Fatal(err)
	}
	// node's test runner command line (--test: discovery, children, the
	// merged report, its flags) and run(), on the fixtures in node_test_cli/.
	nodeTestCLIScript, _ := filepath.Abs("../testdata/cli/node_test_cli.js")
	nodeTestCLIOut, err := os.ReadFile("../testdata/cli/node_test_cli.stdout")
	if err != nil {
		t.Fatal(err)
	}
	// The CLI's REPL (-i), driven line by line over a pipe by a child process.
	replScript, _ := filepath.Abs("../testdata/cli/repl.js")
	replOut, err := os.ReadFile("../testdata/cli/repl.stdout")
	if err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name       string
		args       []string
		stdin      string
		wantOut    string // exact stdout
		wantCode   int
		wantErr    []string // substrings of stderr
		nodeDiffer bool     // gojanet-only behaviour: do not compare with node
	}{
		{name: "version", args: []string{"--version"}, wantOut: runtime.NodeVersion + "\n"},
		{name: "version short", args: []string{"-v"}, wantOut: runtime.NodeVersion + "\n"},
		{name: "gojanet version", args: []string{"--gojanet-version"}, wantOut: "gojanet " + runtime.Version + "\n", nodeDiffer: true},
		{name: "help", args: []string{"--help"}, wantCode: 0, nodeDiffer: true},
		{name: "eval", args: []string{"-e", "console.log(1 + 1)"}, wantOut: "2\n"},
		{name: "eval long", args: []string{"--eval", "console.log(typeof require, __filename, module.id)"}, wantOut: "function [eval] [eval]\n"},
		{name: "eval args", args: []string{"-e", "console.log(process.argv.length, process.argv.slice(1).join(','))", "a", "b"}, wantOut: "3 a,b\n"},
		{name: "print", args: []string{"-p", "1 + 2"}, wantOut: "3\n"},
		{name: "print string", args: []string{"--print", "'a' + 'b'"}, wantOut: "ab\n"},
		{name: "print undefined", args: []string{"-p", "undefined"}, wantOut: "undefined\n"},
		{name: "print stdin", args: []string{"-p"}, stdin: "var x = 5; x\n", wantOut: "5\n"},
		{name: "print stdin dash", args: []string{"-p", "-"}, stdin: "({ a: 1 })\n", wantOut: "{ a: 1 }\n"},
		{name: "print eval alias", args: []string{"-pe", "'a' + 'b'"}, wantOut: "ab\n"},
		// node's eval_string: code naming crypto gets the node:crypto module.
		{name: "eval crypto is the module", args: []string{"-e", "console.log(typeof crypto.createHash, crypto === require('crypto'))"}, wantOut: "function true\n"},
		{name: "print crypto is the module", args: []string{"-p", "typeof crypto.createHash + ' ' + typeof crypto.subtle"}, wantOut: "function object\n"},
		{name: "eval ESM crypto is WebCrypto", args: []string{"--input-type=module", "-e", "console.log(typeof crypto.createHash, typeof crypto.subtle)"}, wantOut: "undefined object\n"},
		{name: "pending deprecation", args: []string{"--pending-deprecation", "-e", "require('punycode'); new Buffer(1); process.binding('util'); process.binding('util')"},
			wantErr: []string{"[DEP0040] DeprecationWarning: The `punycode` module is deprecated.", "[DEP0005]", "[DEP0111] DeprecationWarning: process.binding() is deprecated."}},
		{name: "worker execArgv ends at --", args: []string{"-e", "const { Worker } = require('worker_threads'); new Worker('console.log(JSON.stringify(process.execArgv))', { eval: true, execArgv: ['--no-warnings', '--', 'x'] })"},
			wantOut: "[\"--no-warnings\"]\n"},
		// --disable-warning: a warning whose code or type is named is not printed; 'warning'
		// listeners still get it. The child's stderr is checked by the script itself.
		{name: "disable warning", args: []string{"-e", "const r = require('child_process').spawnSync(process.execPath, ['--disable-warning=XX1', '--disable-warning', 'Odd', '-e', " +
			"\"process.on('warning', (w) => console.log(w.name, w.code)); process.emitWarning('a', { code: 'XX1' }); process.emitWarning('b', 'Odd'); process.emitWarning('c', { code: 'XX2' })\"], { encoding: 'utf8' });" +
			"console.log(r.stdout.trim().split('\\n').join(' | '), /XX1|Odd/.test(r.stderr), r.stderr.includes('[XX2] Warning: c'))"},
			wantOut: "Warning XX1 | Odd undefined | Warning XX2 false true\n"},
		{name: "dns result order", args: []string{"--dns-result-order=ipv4first", "-p", "require('dns').getDefaultResultOrder()"}, wantOut: "ipv4first\n"},
		{name: "dns result order invalid", args: []string{"--dns-result-order=bogus", "-p", "1"}, wantCode: 1,
			wantErr: []string{"TypeError [ERR_INVALID_ARG_VALUE]: The argument '--dns-result-order' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received 'bogus'"}},
		{name: "require module flags", args: []string{"--experimental-require-module", "--experimental-detect-module", "-p", "process.features.require_module"}, wantOut: "true\n"},
		{name: "eval cryptoKey is no crypto", args: []string{"-p", "const cryptoKey = 1; typeof globalThis.crypto.createHash"}, wantOut: "undefined\n"},
		// the code import() is lowered to names nothing the script can see
		{name: "eval import helper hidden", args: []string{"-e", "console.log(typeof __gojanet_import); import('fs').then((m) => console.log(typeof m.readFileSync, typeof __gojanet_import))"},
			wantOut: "undefined\nfunction undefined\n"},
		// nor esbuild's helpers (global lexical bindings of a converted script)
		{name: "eval esbuild helpers hidden", args: []string{"-e", "class A { static #p = 1; static f = 2 }\n" +
			"const h = ['__toESM', '__create', '__copyProps', '__defProp', '__publicField', '__defNormalProp'];\n" +
			"console.log(typeof __toESM, typeof __defProp, h.map((n) => (0, eval)('typeof ' + n)).join(), A.f, Object.getOwnPropertyNames(globalThis).filter((n) => n.startsWith('_')).join());\n" +
			"import('fs').then((m) => console.log(typeof m.readFileSync, typeof __toESM, (0, eval)('typeof __create')))"},
			wantOut: "undefined undefined undefined,undefined,undefined,undefined,undefined,undefined 2 __filename,__dirname\nfunction undefined undefined\n"},
		{name: "eval module import.meta", args: []string{"--input-type=module", "-e", "console.log(Object.keys(import.meta).join(), Object.getPrototypeOf(import.meta), import.meta.filename.endsWith('/[eval1]'))"},
			wantOut: "dirname,filename,resolve,url null true\n"},
		// V8's number options: a value strtoll does not take whole is refused
		// as node 20 refuses it (V8's error, then every option handed to V8
		// from there on is a bad one); a negative size is V8's note only
		{name: "V8 number refused", args: []string{"--max-old-space-size=x", "--stack-size=5", "-e", "1"}, wantCode: 9,
			wantErr: []string{"Error: illegal value for flag --max-old-space-size=x of type size_t\nTry --help for options\n",
				"bad option: --max-old-space-size=x\n", "bad option: --stack-size=5\n", "bad option: --harmony-import-attributes\n"}},
		{name: "V8 number without value", args: []string{"--stack-trace-limit", "x.js"}, wantCode: 9,
			wantErr: []string{"Error: illegal value for flag --stack-trace-limit of type int\nTry --help for options\n", "bad option: --stack-trace-limit\n"}},
		{name: "V8 number out of bounds", args: []string{"--max-old-space-size=-1", "--stack-trace-limit= +7", "-p", "1"}, wantOut: "1\n",
			wantErr: []string{"Error: Value for flag --max-old-space-size=-1 of type size_t is out of bounds [0-18446744073709551615]\nTry --help for options\n"}},
		{name: "V8 boolean refusal stops V8's parse", args: []string{"--expose-gc=1", "--max-old-space-size=5", "-e", "1"}, wantCode: 9,
			wantErr: []string{"type bool\n", "bad option: --max-old-space-size=5\n"}},
		// --eval=code is -e code; --print=x is --print (its value unused)
		{name: "eval with =", args: []string{"--eval=console.log(process.execArgv)", "-p"}, wantOut: "[ '--eval=console.log(process.execArgv)', '-p' ]\nundefined\n"},
		{name: "print with =", args: []string{"--print=0", "6 * 7"}, wantOut: "42\n"},
		{name: "print with = reads stdin", args: []string{"--print=1"}, stdin: "6 * 7", wantOut: "42\n"},
		{name: "eval= needs code", args: []string{"--eval=", "1"}, wantCode: 9, wantErr: []string{"--eval= requires an argument"}},
		{name: "watch with eval=", args: []string{"--watch", "--eval=1"}, wantCode: 9, wantErr: []string{"either --watch or --eval can be used, not both"}},
		{name: "watch with print= and code", args: []string{"--watch", "--print=1", "x.js"}, wantCode: 9, wantErr: []string{"either --watch or --eval can be used, not both"}},
		{name: "watch with print= alone", args: []string{"--watch", "--print=1"}, wantCode: 9, wantErr: []string{"--watch requires specifying a file"}},
		{name: "stdin pipe unref", args: []string{stdinUnrefScript},
			wantOut: "child data \"one\\n\" true\nchild data \"two\\n\" true\nchild exit 2\nclosed 0\n"},
		{name: "eval exit code", args: []string{"-e", "process.exit(4)"}, wantCode: 4},
		{name: "eval throws", args: []string{"-e", "throw new Error('from eval')"}, wantCode: 1, wantErr: []string{"Error: from eval"}},
		{name: "eval syntax error", args: []string{"-e", "let x = ;"}, wantCode: 1, wantErr: []string{"[eval]:1:9", "SyntaxError"}},
		{name: "eval needs code", args: []string{"-e"}, wantCode: 9, wantErr: []string{"requires an argument"}},
		// --heapsnapshot-signal's handler for every entry, a bad name an error there
		{name: "heapsnapshot signal print", args: []string{"--heapsnapshot-signal=SIGUSR2", "-p", "process.listenerCount('SIGUSR2')"}, wantOut: "1\n"},
		{name: "heapsnapshot signal stdin", args: []string{"--heapsnapshot-signal=SIGUSR2"}, stdin: "console.log(process.listenerCount('SIGUSR2'))\n", wantOut: "1\n"},
		{name: "heapsnapshot bad signal eval", args: []string{"--heapsnapshot-signal=SIGFOO", "-e", "console.log('ran')"}, wantCode: 1,
			wantErr: []string{"TypeError [ERR_UNKNOWN_SIGNAL]: Unknown signal: SIGFOO"}},
		{name: "empty option value", args: []string{"--test-reporter=", "-e", "1"}, wantCode: 9, wantErr: []string{"--test-reporter= requires an argument"}}, // node: exit 9 before running
		{name: "empty require", args: []string{"--require=", "-e", "1"}, wantCode: 9, wantErr: []string{"--require= requires an argument"}},
		{name: "bad option", args: []string{"--no-such-option"}, wantCode: 9, wantErr: []string{"bad option: --no-such-option"}},
		// node's booleans ignore a value (--no-warnings=1 is --no-warnings,
		// --warnings=0 is --warnings); V8's refuse one
		{name: "boolean option with a value", args: []string{"--no-warnings=1", "--pending-deprecation=0", "-p", "[process.noProcessWarnings, process.execArgv.length, Buffer(1).length]"},
			wantOut: "[ true, 4, 1 ]\n"},
		{name: "boolean option's other form with a value", args: []string{"--no-warnings", "--warnings=0", "-p", "process.noProcessWarnings"}, wantOut: "undefined\n"},
		{name: "V8 boolean with a value", args: []string{"--expose-gc=1", "-e", "1"}, wantCode: 9,
			wantErr: []string{"Error: illegal value for flag --expose-gc=1 of type bool\nTo set or unset a boolean flag, use --flag or --no-flag.\nTry --help for options\n", "bad option: --expose-gc=1\n", "bad option: --harmony-import-assertions\n", "bad option: --harmony-import-attributes\n"}},
		{name: "V8 booleans with values", args: []string{"--use-strict=1", "--no-such-option", "--no-expose-gc=1", "--expose_gc=true", "-e", "1"}, wantCode: 9,
			wantErr: []string{"Error: illegal value for flag --use-strict=1 of type bool\nTo set or unset a boolean flag, use --flag or --no-flag.\nTry --help for options\n",
				"bad option: --use-strict=1\n", "bad option: --no-such-option\n", "bad option: --no-expose-gc=1\n", "bad option: --expose_gc=true\n"}},
		{name: "value option negated with a value", args: []string{"--no-title=x", "-e", "1"}, wantCode: 9,
			wantErr: []string{"--no-title=x is an invalid negation because it is not a boolean option"}},
		// watch mode checks the options before it watches anything
		// --check and --watch conflict (node: exit 9, nothing watched)
		{name: "watch check", args: []string{"--watch", "--check", "hello.js"}, wantCode: 9, wantErr: []string{"either --watch or --check can be used, not both"}},
		{name: "watch -c", args: []string{"--watch", "-c", "hello.js"}, wantCode: 9, wantErr: []string{"either --watch or --check can be used, not both"}},
		{name: "check watch", args: []string{"--check", "--watch", "hello.js"}, wantCode: 9, wantErr: []string{"either --watch or --check can be used, not both"}},
		// node's refusals of watch mode come after its other checks of the options' combinations
		{name: "watch eval check", args: []string{"--watch", "-e", "1", "--check"}, wantCode: 9,
			wantErr: []string{"either --check or --eval can be used, not both\n", ": either --watch or --check can be used, not both\n"}},
		{name: "watch bad input type eval", args: []string{"--watch", "--input-type=x", "--no-such-option", "-e", "1"}, wantCode: 9,
			wantErr: []string{"--input-type must be \"module\" or \"commonjs\"\n", ": either --watch or --eval can be used, not both\n"}},
		{name: "watch interactive", args: []string{"--watch", "-i"}, wantCode: 9, wantErr: []string{"either --watch or --interactive can be used, not both"}},
		{name: "watch bad option", args: []string{"--watch", "--no-such-option", "hello.js"}, wantCode: 9, wantErr: []string{"bad option: --no-such-option"}},
		// --expose-gc: V8's gc(), enumerable, not configurable; async execution answers a promise
		{name: "expose gc", args: []string{"--expose-gc", "-e", "const d = Object.getOwnPropertyDescriptor(globalThis, 'gc'); " +
			"console.log(typeof gc, gc.name, gc.length, d.writable, d.enumerable, d.configurable, gc()); gc({ execution: 'async' }).then((v) => console.log('async', v))"},
			wantOut: "function gc 0 true true false undefined\nasync undefined\n"},
		{name: "expose_gc", args: []string{"--expose_gc", "-p", "typeof gc"}, wantOut: "function\n"},
		{name: "no expose gc", args: []string{"-p", "typeof gc"}, wantOut: "undefined\n"},
		// without --watch, --watch-preserve-output does nothing (node starts)
		{name: "watch preserve output alone", args: []string{"--watch-preserve-output", "-p", "process.execArgv[0]"}, wantOut: "--watch-preserve-output\n"},
		// -v, --completion-bash and -h answer after the whole command line's checks; -v first
		{name: "completion then bad option", args: []string{"--completion-bash", "--no-such-option"}, wantCode: 9, wantErr: []string{"bad option: --no-such-option"}},
		{name: "version then bad option", args: []string{"-v", "--no-such-option"}, wantCode: 9, wantErr: []string{"bad option: --no-such-option"}},
		{name: "help then conflict", args: []string{"--help", "--test", "-e", "1"}, wantCode: 9, wantErr: []string{"either --test or --eval can be used, not both"}},
		{name: "completion then version", args: []string{"--completion-bash", "-v"}, wantOut: runtime.NodeVersion + "\n"},
		{name: "version then dns order", args: []string{"-v", "--dns-result-order=bogus"}, wantOut: runtime.NodeVersion + "\n"},
		{name: "version then script args", args: []string{"-v", "x.js", "--no-such-option"}, wantOut: runtime.NodeVersion + "\n"},
		// -p of code converted for import(): its completion value (the pending promise)
		{name: "print import()", args: []string{"-p", "import('fs').then((m) => console.log(typeof m.readFile))"}, wantOut: "Promise { <pending> }\nfunction\n"},
		{name: "print import() later value", args: []string{"-p", "1; import('fs'); 'last'"}, wantOut: "last\n"},
		// --check: compiled as it would run, not run; stdin's too
		{name: "check bad", args: []string{"--check", "syntax.js"}, wantCode: 1, wantErr: []string{filepath.Join(dir, "syntax.js") + ":2", "SyntaxError"}},
		{name: "check good", args: []string{"-c", "throws.js"}, wantOut: ""},
		{name: "check missing", args: []string{"-c", "does-not-exist.js"}, wantCode: 1, wantErr: []string{"Cannot find module", "MODULE_NOT_FOUND"}},
		{name: "check stdin", args: []string{"-c"}, stdin: "var foo bar;", wantCode: 1, wantErr: []string{"[stdin]:1", "SyntaxError: Unexpected identifier"}},
		{name: "check stdin module", args: []string{"--input-type=module", "-c"}, stdin: "export var p = 5; throw new Error('not run');", wantOut: ""},
		{name: "check and eval", args: []string{"-c", "-e", "1"}, wantCode: 9, wantErr: []string{"either --check or --eval can be used, not both"}},
		// --print is a flag that takes the code that follows, or -e's
		{name: "print then eval", args: []string{"-p", "-e", "1 + 1"}, wantOut: "2\n"},
		{name: "eval then print", args: []string{"-e", "1 + 2", "-p"}, wantOut: "3\n"},
		{name: "print escaped dash", args: []string{"-p", `\-42`}, wantOut: "-42\n"},
		{name: "print ESM", args: []string{"--input-type=module", "-p", "1"}, wantCode: 1, wantErr: []string{"ERR_EVAL_ESM_CANNOT_PRINT", "--print cannot be used with ESM input"}},
		{name: "process._eval", args: []string{"-p", "process._eval"}, wantOut: "process._eval\n"},
		{name: "process._eval escaped dash", args: []string{"-p", `\-0 || [process._eval, process.execArgv[1]].join(' ')`}, wantOut: `-0 || [process._eval, process.execArgv[1]].join(' ') \-0 || [process._eval, process.execArgv[1]].join(' ')` + "\n"},
		// -e, -p and stdin code is a script in the global scope, with module,
		// exports, require, __filename and __dirname as globals (node's evalScript)
		{name: "eval global scope", args: []string{"-e", `var x = 1; function f() {} let y = 2; console.log(globalThis.x, typeof globalThis.f, globalThis.y, typeof globalThis.require, globalThis.__filename, globalThis.__dirname, globalThis.module.id)`}, wantOut: "1 function undefined function [eval] . [eval]\n"},
		{name: "eval shadows __filename", args: []string{"-e", "const __filename = 1; const require = 2; console.log(__filename, require)"}, wantOut: "1 2\n"},
		{name: "eval return is illegal", args: []string{"-e", "return 1"}, wantCode: 1, wantErr: []string{"[eval]:1", "SyntaxError: Illegal return statement"}},
		{name: "print global var", args: []string{"-p", "var z = 3; globalThis.z + 1"}, wantOut: "4\n"},
		// ... also when it needs converting (import(), for await); a string
		// that looks like the converter's output changes nothing
		{name: "eval import() global scope", args: []string{"-e", `var x = 1; function f() {} const s = '__gojanet_tla(async function'; import('fs').then((m) => console.log(globalThis.x, typeof globalThis.f, typeof m.readFile, typeof require, Object.keys(globalThis).filter((k) => k.startsWith('__'))))`},
			wantOut: "1 function function function [ '__filename', '__dirname' ]\n"},
		{name: "print import() global var", args: []string{"-p", "'use strict'; var g = 2; import('fs'); async function* h() {} globalThis.g + typeof globalThis.h"}, wantOut: "2function\n"},
		// top-level await makes -e code and stdin an ES module (node's detection)
		{name: "eval top-level await", args: []string{"-e", "var v = 1; for await (const a of [2]) console.log(a, globalThis.v, typeof require, import.meta.url.endsWith('/[eval1]'))"}, wantOut: "2 undefined undefined true\n"},
		{name: "stdin top-level await", stdin: "await 0; console.log(typeof require)", wantOut: "undefined\n"},
		{name: "print top-level await", args: []string{"-p", "await 1"}, wantCode: 1, wantErr: []string{"ERR_EVAL_ESM_CANNOT_PRINT"}},
		{name: "eval import.meta", args: []string{"-e", "import 'fs'; console.log(import.meta.url.endsWith('/[eval1]'))"}, wantOut: "true\n"},
		{name: "stdin global scope", args: []string{"-"}, stdin: "var x = 1; console.log(globalThis.x, __filename)", wantOut: "1 [stdin]\n"},
		{name: "eval error arrow", args: []string{"-e", "let a = 1;\n  null.x"}, wantCode: 1, wantErr: []string{"[eval]:2\n  null.x\n       ^\n\nTypeError: Cannot read properties of null (reading 'x')\n    at [eval]:2:8"}},
		{name: "print error", args: []string{"-p", "throw new Error('x')"}, wantCode: 1, wantErr: []string{"[eval]:1\nthrow new Error('x')\n^\n\nError: x\n    at [eval]:1:7\n"}},
		{name: "stdin throw arrow", args: []string{"-"}, stdin: "throw 42", wantCode: 1, wantErr: []string{"[stdin]:1\nthrow 42\n^\n42"}},
		{name: "eval long first line", args: []string{"-e", strings.Repeat("var a = 1;", 25) + " null.x"}, wantCode: 1, wantErr: []string{"at [eval]:1:257"}},
		{name: "print with console replaced", args: []string{"-p", "console = null; 'kept'"}, wantOut: "kept\n"},
		// a paused stdin (a pipe that stays open) lets the child exit, as node's
		{name: "paused stdin exits", args: []string{"-e", "const cp = require('child_process').spawn(process.execPath, ['-e', 'process.stdin.resume(); setTimeout(() => process.stdin.pause(), 10)']); cp.on('exit', (c) => console.log('exit', c))"}, wantOut: "exit 0\n"},
		{name: "process and worker grants without the model", args: []string{"--allow-worker", "--allow-child-process", "-p", "1"}, wantOut: "1\n"},
		// fork() from -e code drops -e from the child's execArgv (node's issue 3574: a fork bomb)
		{name: "fork from eval", args: []string{"-e", "require('child_process').fork('hello.js').on('exit', (c) => console.log('exit', c))"}, wantOut: "hello \nexit 0\n"},
		{name: "builtin global made non-configurable", args: []string{"-p", `Object.defineProperty(global, "fs", { configurable: false }); fs === require("node:fs")`}, wantOut: "true\n"},
		// booleans' other forms; the last one wins
		{name: "warnings again", args: []string{"--no-warnings", "--warnings", "-e", "new Buffer(0)"}, wantErr: []string{"[DEP0005]"}},
		{name: "invalid negation", args: []string{"--no-max-http-header-size", "-e", "1"}, wantCode: 9, wantErr: []string{"--no-max-http-header-size is an invalid negation because it is not a boolean option"}},
		{name: "use strict", args: []string{"--use-strict", "-e", "try { undeclared = 1 } catch (e) { console.log(e.name) }"}, wantOut: "ReferenceError\n"},
		{name: "no global webcrypto", args: []string{"--no-experimental-global-webcrypto", "-p", "var crypto = { randomBytes: 1 }; [typeof crypto.randomBytes, typeof globalThis.Crypto]"}, wantOut: "[ 'number', 'undefined' ]\n"},
		{name: "permission grant without the model", args: []string{"--allow-fs-read=*", "-e", "1"}, wantCode: 1, wantErr: []string{"ERR_MISSING_OPTION", "--experimental-permission is required"}},
		{name: "script args", args: []string{filepath.Join(dir, "hello.js"), "x", "--y"}, wantOut: "hello x --y\n"},
		{name: "relative script", args: []string{"hello.js"}, wantOut: "hello \n"},
		{name: "no extension", args: []string{"noext"}, wantOut: "found without extension\n"},
		{name: "double dash", args: []string{"--", "hello.js", "-e"}, wantOut: "hello -e\n"},
		{name: "exit in timer", args: []string{"exit3.js"}, wantCode: 3},
		{name: "exitCode", args: []string{"exitcode.js"}, wantOut: "set\n", wantCode: 5},
		{name: "uncaught", args: []string{"throws.js"}, wantOut: "before\n", wantCode: 1, wantErr: []string{"Error: boom"}},
		{name: "handler throws", args: []string{"handler_throws.js"}, wantCode: 7, wantErr: []string{"again"}},
		{name: "unhandled rejection", args: []string{"reject.js"}, wantCode: 1, wantErr: []string{"Error: nope"}},
		{name: "missing script", args: []string{"does-not-exist.js"}, wantCode: 1,
			wantErr: []string{"Cannot find module '" + filepath.Join(dir, "does-not-exist.js") + "'", "MODULE_NOT_FOUND"}},
		{name: "syntax error", args: []string{"syntax.js"}, wantCode: 1,
			wantErr: []string{filepath.Join(dir, "syntax.js") + ":2:9", "let x = ;", "SyntaxError"}},
		{name: "ts syntax error", args: []string{"syntax.ts"}, wantCode: 1,
			wantErr: []string{filepath.Join(dir, "syntax.ts") + ":3:1", "SyntaxError"}, nodeDiffer: true},
		{name: "typescript", args: []string{"main.ts"}, wantOut: "hi ts\n", nodeDiffer: true},
		{name: "unsettled top-level await", args: []string{"unsettled.mjs"}, wantCode: 13},
		{name: "script reads stdin", args: []string{"upper.js"}, stdin: strings.Repeat("line\n", 20000) + "end", wantOut: strings.TrimSpace(strings.Repeat("LINE\n", 20000)+"END") + " 100003\n"},
		{name: "preload", args: []string{"-r", "./pre.js", "-p", "PRELOADED + ' ' + process.execArgv.join(' ')"},
			wantOut: "preloaded\ntrue -r ./pre.js -p PRELOADED + ' ' + process.execArgv.join(' ')\n"},
		{name: "preload long", args: []string{"--require=./pre.js", "hello.js"}, wantOut: "preloaded\nhello \n"},
		{name: "rawDebug bypasses process.stderr", args: []string{"-e", "process.stderr.write = () => { throw new Error('no'); }; process.nextTick = null; process._rawDebug('I can still %s!', 'debug', { n: 1 })"},
			wantErr: []string{"I can still debug! { n: 1 }\n"}},
		{name: "bad unhandled-rejections mode", args: []string{"--unhandled-rejections=foobar", "-e", "console.log('ran')"},
			wantCode: 9, wantErr: []string{"invalid value for --unhandled-rejections"}},
		{name: "title", args: []string{"--title=custom", "-p", "process.title"}, wantOut: "custom\n"},
		{name: "ignored V8 option", args: []string{"--max-old-space-size=64", "-p", "1"}, wantOut: "1\n"},
		{name: "unhandled rejections warn", args: []string{"--unhandled-rejections=warn", "-e", "Promise.reject(new Error('x')); setTimeout(() => console.log('alive'), 1)"},
			wantOut: "alive\n", wantErr: []string{"UnhandledPromiseRejectionWarning: Error: x", "(rejection id: 1)"}},
		{name: "unhandled rejections warn-with-error-code", args: []string{"--unhandled-rejections=warn-with-error-code", "-e", "Promise.reject(2)"},
			wantCode: 1, wantErr: []string{"UnhandledPromiseRejectionWarning: 2"}},
		{name: "unhandled rejections strict", args: []string{"--unhandled-rejections=strict", "-e",
			"process.on('unhandledRejection', () => console.log('event')); process.on('uncaughtException', (e, o) => console.log('caught', o)); Promise.reject(1)"},
			wantOut: "caught unhandledRejection\nevent\n"},
		{name: "no warnings", args: []string{"--no-warnings", "-e", "process.on('warning', (w) => console.log('listener', w.message)); process.emitWarning('quiet')"},
			wantOut: "listener quiet\n"},
		{name: "eval module", args: []string{"--input-type=module", "-e", "import { EventEmitter } from 'node:events'; console.log(typeof EventEmitter, await Promise.resolve(1))"},
			wantOut: "function 1\n"},
		{name: "eval import()", args: []string{"-e", "import('node:events').then((m) => console.log(typeof m.once))"}, wantOut: "function\n"},
		{name: "readline on stdin", args: []string{"lines.js"}, stdin: "alpha\nbeta\r\ngamma", wantOut: "1 alpha\n2 beta\n3 gamma\nlines: 3\n"},
		{name: "stdin dash", args: []string{"-"}, stdin: "console.log('from stdin', __filename)", wantOut: "from stdin [stdin]\n"},
		{name: "stdin piped", args: nil, stdin: "console.log('piped')", wantOut: "piped\n"},
		{name: "fork with IPC", args: []string{forkScript},
			wantOut: "{\"ready\":true,\"connected\":true}\n{\"echo\":{\"text\":\"héllo\"},\"n\":1}\n{\"echo\":[1,2,3],\"n\":2}\nexit 0 null\nclose 0 null connected false\n"},
		{name: "cluster round-robin", args: []string{clusterScript}, wantOut: clusterOut("2")},
		{name: "cluster shared handle", args: []string{clusterScript, "none"}, wantOut: clusterOut("1")},
		{name: "handles over IPC", args: []string{handlesScript},
			wantOut: "send returns true\nserver sent null\nparent got {\"sawInternal\":\"NODE_custom\"}\n" +
				"parent got {\"gotServer\":true,\"listening\":true}\nclient read: served by child\nparent got {\"serverClosed\":true}\n" +
				"socket sent; parent handle gone connections 0\nclient read: child writes to a Socket\nparent got {\"gotUdp\":true}\n" +
				"parent got {\"datagram\":\"ping\",\"type\":\"udp4\"}\ndisconnect\nexit 0 null\ndescriptors left open 1\n"},
		{name: "argv0 and title", args: []string{argv0Script}, wantOut: "plain: true true\nwith argv0: [\"custom-name\",\"custom-name\"]\nparent: true\n"},
		{name: "redirect warnings", args: []string{redirectScript}, wantOut: "flag exit 0 stderr empty true\nflag warning true\nflag deprecation true\n" +
			"env exit 0 stderr empty true\nenv warning true\nenv deprecation true\n"},
		{name: "credentials", args: []string{credentialsScript}, wantOut: credentialsOut},
		{name: "credentials under io_uring", args: []string{ioUringScript}, wantOut: string(ioUringOut)},
		{name: "advanced serialization", args: []string{advancedScript}, wantOut: advancedOut},
		{name: "http options", args: []string{httpOptsScript}, wantOut: string(httpOptsOut)},
		{name: "exit before fatal report", args: []string{exitReportScript}, wantOut: string(exitReportOut)},
		// stdin on a pipe has node's _handle: closed (and unref'd after), the
		// resumed stream's read fails with EINVAL (test-stdout-close-unref)
		{name: "stdin handle closed", args: []string{"-e", "process.stdin.resume(); process.stdin._handle.close(); process.stdin._handle.unref();" +
			" process.stdin.on('error', (e) => console.log('error', e.code, e.syscall, e.errno, e.message));"},
			stdin: "ignored\n", wantOut: "error EINVAL read -22 read EINVAL\n"},
		// closed, unref'd, closed while reading: node's order and exits, on
		// a pipe the parent keeps open
		{name: "stdin handle close and unref", args: []string{stdinHandleScript},
			wantOut: "closedResume \"\" 0\nunref \"0 false\\ntimer\\n\" 0\n" +
				"closedWhileReading \"data \\\"hi\\\\n\\\"\\n-1\\n\" 0\nclosedBefore \"error EINVAL\\nclosed cb\\n\" 0\n"},
		{name: "stdio of children", args: []string{stdioChildrenScript}, wantOut: "-pe \"buzz1\\n\" 0\n" +
			"openStdin \"true\\ndata typed\\nend\\n\" 0\n" +
			"realpath \"true true null\\nENOENT: no such file or directory, realpath '/no/such/dir'\\n\" 0\n" +
			"stdout on a file [[false,true],[false,true]] 0\nEFBIG true true 1\n"},
		{name: "node:test", args: []string{nodeTestScript}, wantOut: string(nodeTestOut)},
		{name: "node --test", args: []string{nodeTestCLIScript}, wantOut: string(nodeTestCLIOut)},
		{name: "repl", args: []string{replScript}, wantOut: string(replOut)},
		{name: "repl eval then exit", args: []string{"-i", "-e", "var seeded = 6"}, stdin: "seeded * 7\n",
			wantOut: "Welcome to gojanet " + runtime.Version + " (Node.js " + runtime.NodeVersion + ").\nType \".help\" for more information.\n> 42\n> ", nodeDiffer: true},
		{name: "repl eval output after the prompt", args: []string{"-i", "-e", "console.log('seeded')"}, stdin: "",
			wantOut: "Welcome to gojanet " + runtime.Version + " (Node.js " + runtime.NodeVersion + ").\nType \".help\" for more information.\n> seeded\n", nodeDiffer: true},
		{name: "repl eval throws", args: []string{"-i", "-e", "throw new Error('boom')"}, stdin: "",
			wantOut:  "Welcome to gojanet " + runtime.Version + " (Node.js " + runtime.NodeVersion + ").\nType \".help\" for more information.\n> ",
			wantCode: 1, wantErr: []string{"[eval]:1\nthrow new Error('boom')\n^\n", "Error: boom"}, nodeDiffer: true},
		{name: "repl refuses input-type", args: []string{"-i", "--input-type=module"}, wantCode: 9, wantErr: []string{"Cannot specify --input-type for REPL"}},
	}
	if node != "" {
		// The channel's bytes are node's: a node child echoes them back.
		cases = append(cases, struct {
			name       string
			args       []string
			stdin      string
			wantOut    string
			wantCode   int
			wantErr    []string
			nodeDiffer bool
		}{name: "advanced serialization with a node child", args: []string{advancedScript, "node"}, wantOut: advancedOut})
	}
	// runEnv runs exe with env added to the environment; run without.
	runEnv := func(exe string, env, args []string, stdin string) (string, string, int) {
		// 3 min: the --test driver starts some forty processes, which on a
		// loaded machine (or under -race) took node over 30 s, and gojanet
		// over 90 s at a load average of 30 on 2 cores.
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, exe, args...)
		cmd.Dir = dir
		if len(env) > 0 {
			cmd.Env = append(os.Environ(), env...)
		}
		cmd.Stdin = strings.NewReader(stdin)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("%s %q: %v", exe, args, err)
		}
		return stdout.String(), stderr.String(), code
	}
	run := func(exe string, args []string, stdin string) (string, string, int) {
		return runEnv(exe, nil, args, stdin)
	}
	// Signals from outside: a listener gets them; without one, SIGTERM kills.
	write("signal.js", "process.on('SIGTERM', (s) => { console.log('got', s); process.exit(0); });\n"+
		"setInterval(() => {}, 1000);\nconsole.log('ready');\n")
	write("nosignal.js", "setInterval(() => {}, 1000);\nconsole.log('ready');\n")
	signalCase := func(script string) (string, error) {
		cmd := exec.Command(bin, script)
		cmd.Dir = dir
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 6)
		if _, err := io.ReadFull(out, buf); err != nil || string(buf) != "ready\n" {
			t.Fatalf("%s: read %q, %v", script, buf, err)
		}
		_ = cmd.Process.Signal(syscall.SIGTERM)
		rest, _ := io.ReadAll(out)
		return string(rest), cmd.Wait()
	}
	t.Run("signal listener", func(t *testing.T) {
		out, err := signalCase("signal.js")
		if out != "got SIGTERM\n" || err != nil {
			t.Errorf("printed %q, wait: %v", out, err)
		}
	})
	t.Run("signal default", func(t *testing.T) {
		_, err := signalCase("nosignal.js")
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("wait: %v, want death by SIGTERM", err)
		}
		if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGTERM {
			t.Errorf("exit status %v, want killed by SIGTERM as node is", ee)
		}
	})

	// A fatal exception's report opens with node's arrow: the throw
	// statement's line (not the caller's), and for an error thrown by a vm
	// script with displayErrors, only the script's arrow its stack carries.
	t.Run("fatal report arrow", func(t *testing.T) {
		scripts := map[string]string{
			"arrow_throw.js": "function f() {\n  if (1) throw new TypeError('t');\n}\nf();\n",
			"arrow_vm.js":    "const vm = require('vm');\nvm.runInContext('1;\\nthrow new Error(\"x\")', vm.createContext({}));\n",
			// A rejection's arrow points where the error was made; an ES
			// module's names its URL (a module's throw is a rejection).
			"arrow_reject.js": "async function f() {\n  throw new Error('af');\n}\nf();\n",
			"arrow_esm.mjs":   "const a = 1;\nthrow new Error('esm');\n",
			// The throw site, not where the error was made; thrown
			// primitives and plain objects as node writes them; an fs
			// completion's error has no frames.
			"arrow_rethrow.js":   "const e = new Error('m');\nsetTimeout(() => { throw e; }, 1);\n",
			"arrow_primitive.js": "function f() { throw 'str'; }\nf();\n",
			"arrow_object.js":    "throw { a: 1 };\n",
			"arrow_fs.js":        "require('fs').readFile('/nonexistent', (e) => { throw e; });\n",
			// a thrown Proxy whose every trap throws: nothing to print but the hint
			"arrow_trap.js": "const p = new Proxy({}, new Proxy({}, { get() { return () => { throw new Error('trap'); }; } }));\nsetTimeout(() => { throw p; }, 1);\n",
		}
		want := map[string]string{
			"arrow_throw.js":  filepath.Join(dir, "arrow_throw.js") + ":2\n  if (1) throw new TypeError('t');\n         ^\n\nTypeError: t\n",
			"arrow_vm.js":     "evalmachine.<anonymous>:2\nthrow new Error(\"x\")\n^\n\nError: x\n",
			"arrow_reject.js": filepath.Join(dir, "arrow_reject.js") + ":2\n  throw new Error('af');\n        ^\n\nError: af\n",
			"arrow_esm.mjs": (&url.URL{Scheme: "file", Path: filepath.Join(dir, "arrow_esm.mjs")}).String() + ":2\nthrow new Error('esm');\n      ^\n\n" +
				"Error: esm\n    at " + (&url.URL{Scheme: "file", Path: filepath.Join(dir, "arrow_esm.mjs")}).String() + ":2:7\n",
			"arrow_rethrow.js":   filepath.Join(dir, "arrow_rethrow.js") + ":2\nsetTimeout(() => { throw e; }, 1);\n                   ^\n\nError: m\n",
			"arrow_primitive.js": "\n" + filepath.Join(dir, "arrow_primitive.js") + ":1\nfunction f() { throw 'str'; }\n               ^\nstr\n(Use `",
			"arrow_trap.js":      "\n" + filepath.Join(dir, "arrow_trap.js") + ":2\nsetTimeout(() => { throw p; }, 1);\n                   ^\n\n(Use `",
			"arrow_object.js":    "\n" + filepath.Join(dir, "arrow_object.js") + ":1\nthrow { a: 1 };\n^\n{ a: 1 }\n",
			"arrow_fs.js": filepath.Join(dir, "arrow_fs.js") + ":1\nrequire('fs').readFile('/nonexistent', (e) => { throw e; });\n" +
				strings.Repeat(" ", 48) + "^\n\n[Error: ENOENT: no such file or directory, open '/nonexistent'] {\n",
		}
		for name, src := range scripts {
			write(name, src)
			_, errOut, code := run(bin, []string{name}, "")
			if code != 1 || !strings.HasPrefix(errOut, want[name]) {
				t.Errorf("%s: exit %d, stderr\n%s\nwant it to start with\n%s", name, code, errOut, want[name])
			}
			if node != "" {
				if _, nodeErr, _ := run(node, []string{name}, ""); !strings.HasPrefix(nodeErr, want[name]) {
					t.Errorf("%s: node's stderr\n%s\ndoes not start with the expectation\n%s", name, nodeErr, want[name])
				}
			}
		}
		// --trace-uncaught: the stack where it was thrown instead of the hint.
		wantTrace := "\n" + filepath.Join(dir, "arrow_primitive.js") + ":1\nfunction f() { throw 'str'; }\n               ^\nstr\n" +
			"Thrown at:\n    at f (" + filepath.Join(dir, "arrow_primitive.js") + ":1:16)\n    at " + filepath.Join(dir, "arrow_primitive.js") + ":2:1\n"
		bothRuntimes(bin, node, func(b string) {
			if _, errOut, _ := run(b, []string{"--trace-uncaught", "arrow_primitive.js"}, ""); !strings.HasPrefix(errOut, wantTrace) {
				t.Errorf("%s --trace-uncaught: stderr\n%s\nwant it to start with\n%s", b, errOut, wantTrace)
			}
		})
	})

	// An import of a name an ES module (or a builtin) does not export is a
	// SyntaxError when the graph links, before any module in it runs; its
	// arrow points at the name in the importing file.
	t.Run("ES module link errors", func(t *testing.T) {
		write("link_b.mjs", "console.log('b runs');\nexport const x = 1;\nexport default 2;\n")
		write("link_nodefault.mjs", "console.log('nodefault runs');\nexport const x = 1;\n")
		write("link_ok.mjs", "console.log('ok runs');\n")
		write("link_f.mjs", "import { zz } from './link_b.mjs';\nexport const y = 2;\n")
		write("link_reexport.mjs", "export * from './link_b.mjs';\nexport const own = 1;\n")
		fileURL := func(name string) string {
			return (&url.URL{Scheme: "file", Path: filepath.Join(dir, name)}).String()
		}
		cases := []struct{ name, src, want string }{
			{"link_named.mjs", "console.log('a runs');\nimport { x,\n  nope as n } from './link_b.mjs';\n",
				fileURL("link_named.mjs") + ":3\n  nope as n } from './link_b.mjs';\n  ^^^^\n" +
					"SyntaxError: The requested module './link_b.mjs' does not provide an export named 'nope'\n"},
			{"link_default.mjs", "import d from './link_nodefault.mjs';\n",
				fileURL("link_default.mjs") + ":1\nimport d from './link_nodefault.mjs';\n       ^\n" +
					"SyntaxError: The requested module './link_nodefault.mjs' does not provide an export named 'default'\n"},
			{"link_deep.mjs", "import './link_ok.mjs';\nimport { y } from './link_f.mjs';\n",
				fileURL("link_f.mjs") + ":1\nimport { zz } from './link_b.mjs';\n         ^^\n" +
					"SyntaxError: The requested module './link_b.mjs' does not provide an export named 'zz'\n"},
			// export * brings x but not the default.
			{"link_star.mjs", "import { x, own, default as d } from './link_reexport.mjs';\n",
				fileURL("link_star.mjs") + ":1\nimport { x, own, default as d } from './link_reexport.mjs';\n                 ^^^^^^^\n" +
					"SyntaxError: The requested module './link_reexport.mjs' does not provide an export named 'default'\n"},
			{"link_builtin.mjs", "import { readFile, nope } from 'fs';\n",
				fileURL("link_builtin.mjs") + ":1\nimport { readFile, nope } from 'fs';\n                   ^^^^\n" +
					"SyntaxError: The requested module 'fs' does not provide an export named 'nope'\n"},
		}
		for _, c := range cases {
			write(c.name, c.src)
			bothRuntimes(bin, node, func(b string) {
				out, errOut, code := run(b, []string{c.name}, "")
				if code != 1 || out != "" || !strings.HasPrefix(errOut, c.want) {
					t.Errorf("%s %s: exit %d, stdout %q, stderr\n%s\nwant exit 1, no output and a stderr starting with\n%s", b, c.name, code, out, errOut, c.want)
				}
			})
		}
		// import() rejects with it; the modules that linked fine still run.
		write("link_dynamic.mjs", "try { await import('./link_named.mjs'); } catch (e) { console.log(e.name, e.message); }\n"+
			"const m = await import('./link_b.mjs');\nconsole.log(m.x, m.default);\n")
		want := "SyntaxError The requested module './link_b.mjs' does not provide an export named 'nope'\nb runs\n1 2\n"
		bothRuntimes(bin, node, func(b string) {
			if out, errOut, code := run(b, []string{"link_dynamic.mjs"}, ""); code != 0 || out != want {
				t.Errorf("%s link_dynamic.mjs: exit %d, stdout %q, stderr %s; want %q", b, code, out, errOut, want)
			}
		})
	})

	// --env-file (node 20's parser, its quirks included), NODE_OPTIONS (its
	// quoting and allowlist; not in execArgv; the command line wins) and
	// --import (ES modules before the main script, after -r).
	t.Run("env files, NODE_OPTIONS and --import", func(t *testing.T) {
		write("edge.env", "# comment\nBASIC=basic\nEMPTY=\nSQ='single'\nSQ_SPACED='  sp  '\nDQ=\"double\"\n"+
			"EXPAND=\"a\\nb\"\nNOEXPAND=a\\nb\nSQ_NOEXPAND='a\\nb'\nBT=`tick`\nINLINE=value # comment\n"+
			"G=a#b\nHASH_ONLY=#x\nQUOTED_COMMENT='in # quotes' # out\nEQ=a=b==\nTRIM=   spaced out   \n"+
			"  SPACED_KEY = parsed\nexport EXPORTED=yes\n  export   NOT_TRIMMED=x\nMULTI=\"one\ntwo\" trailing\n"+
			"UNTERMINATED='rest of line\nNEXT=n\nNOEQ\nJOINED=j\nTAB=\tt\t\nDUP=first\nDUP=second\nINHERITED=file\r\nCRLF=c\r\n")
		write("later.env", "DUP=third\nSTOP=before\n=empty key ends the file\nAFTER=x\n")
		write("show_env.js", "const e = Object.entries(process.env).filter(([k]) => /^[A-Z_ ]|NOEQ|export|JOINED/.test(k) && !['_', 'PATH', 'HOME', 'PWD'].includes(k));\n"+
			"console.log(JSON.stringify(e.filter(([k]) => !(k in JSON.parse(process.argv[2] || '{}'))).sort()));\n")
		// process.title defaults to the program's name: node's is not gojanet.
		write("nodeopts.js", "const title = [process.execPath, process.argv0, 'node', 'gojanet'].includes(process.title) ? 'default' : process.title;\n"+
			"console.log(typeof PRELOADED, title, JSON.stringify(process.execArgv), globalThis.IMPORTED);\n")
		write("imported.mjs", "globalThis.IMPORTED = (globalThis.IMPORTED || '') + (globalThis.PRELOADED ? 'after-r' : 'before-r');\n")
		write("imported_tla.mjs", "await new Promise((r) => setTimeout(r, 10));\nglobalThis.IMPORTED += '+tla';\n")
		write("no.env", "NODE_OPTIONS=\"--title=from-env-file\"\n")
		// --conditions/-C add "exports" conditions for require() and import.
		if err := os.MkdirAll(filepath.Join(dir, "node_modules", "cnd"), 0o755); err != nil {
			t.Fatal(err)
		}
		write("node_modules/cnd/package.json", `{"name":"cnd","exports":{"development":"./dev.js","custom":"./custom.mjs","default":"./prod.js"}}`)
		write("node_modules/cnd/dev.js", "module.exports = 'dev';\n")
		write("node_modules/cnd/prod.js", "module.exports = 'prod';\n")
		write("node_modules/cnd/custom.mjs", "export default 'custom';\n")
		write("cnd.js", "const r = require('cnd');\nimport('cnd').then((m) => console.log(typeof r === 'string' ? r : r.default, m.default));\n")
		if err := os.MkdirAll(filepath.Join(dir, "node_modules", "adn"), 0o755); err != nil {
			t.Fatal(err)
		}
		write("node_modules/adn/package.json", `{"name":"adn","exports":{"node-addons":"./a.js","default":"./b.js"}}`)
		write("node_modules/adn/a.js", "module.exports = 'addons';\n")
		write("node_modules/adn/b.js", "module.exports = 'no addons';\n")
		const dlopen = "try { process.dlopen({ exports: {} }, '/nowhere.node') } catch (e) { e.code }"
		// process.title is what ps shows (the arguments' space, cut to it;
		// the main thread's name, 15 bytes)
		write("title.js", "const fs = require('fs');\nconst show = () => [fs.readFileSync('/proc/self/cmdline', 'latin1').replace(/\\0+$/, ''), fs.readFileSync('/proc/self/comm', 'latin1').trim()];\n"+
			"process.title = 'title-test-' + process.pid;\nlet [cmd, comm] = show();\nconsole.log(cmd === process.title, comm === process.title.slice(0, 15));\n"+
			"process.title = 'x'.repeat(5000);\n[cmd, comm] = show();\nconsole.log(process.title.length < 5000, cmd === process.title, comm);\n")
		inherited := map[string]bool{}
		for _, kv := range os.Environ() {
			k, _, _ := strings.Cut(kv, "=")
			inherited[k] = true
		}
		skip, _ := json.Marshal(inherited)
		cases := []struct {
			env      []string
			args     []string
			code     int
			out, err string // want; err is a substring of stderr
		}{
			{[]string{"INHERITED=env"}, []string{"--env-file=edge.env", "--env-file", "later.env", "show_env.js", string(skip)}, 0,
				`[["  NOT_TRIMMED","x"],["BASIC","basic"],["BT","tick"],["CRLF","c"],["DQ","double"],["DUP","third"],["EMPTY",""],` +
					`["EQ","a=b=="],["EXPAND","a\nb"],["EXPORTED","yes"],["G","a"],["HASH_ONLY",""],["INHERITED","env"],` +
					`["INLINE","value"],["MULTI","one\ntwo"],["NEXT","n"],["NOEQ\nJOINED","j"],["NOEXPAND","a\\nb"],` +
					`["QUOTED_COMMENT","in # quotes"],["SPACED_KEY","parsed"],["SQ","single"],["SQ_NOEXPAND","a\\nb"],` +
					`["SQ_SPACED","  sp  "],["STOP","before"],["TAB","\tt\t"],["TRIM","spaced out"],["UNTERMINATED","'rest of line"]]` + "\n", ""},
			{nil, []string{"--env-file=missing.env", "nodeopts.js"}, 9, "", "missing.env: not found"},
			{nil, []string{"--env-file=no.env", "nodeopts.js"}, 0, `undefined from-env-file ["--env-file=no.env"] undefined` + "\n", ""},
			{[]string{`NODE_OPTIONS=--no-warnings --require "./pre.js" --title="a b"`}, []string{"nodeopts.js"}, 0,
				"preloaded\nboolean a b [] undefined\n", ""},
			{[]string{"NODE_OPTIONS=--title=env"}, []string{"--title=cli", "nodeopts.js"}, 0, `undefined cli ["--title=cli"] undefined` + "\n", ""},
			{[]string{"NODE_OPTIONS=-e 1"}, []string{"nodeopts.js"}, 9, "", "-e is not allowed in NODE_OPTIONS"},
			{[]string{"NODE_OPTIONS=--stack-size=100"}, []string{"nodeopts.js"}, 9, "", "--stack-size= is not allowed in NODE_OPTIONS"},
			{[]string{"NODE_OPTIONS=--bogus"}, []string{"nodeopts.js"}, 9, "", "--bogus is not allowed in NODE_OPTIONS"},
			// a V8 boolean with a value: V8 refuses it once node's checks passed
			{[]string{"NODE_OPTIONS=--expose-gc=1"}, []string{"--no-such-option", "nodeopts.js"}, 9, "",
				"Error: illegal value for flag --expose-gc=1 of type bool\nTo set or unset a boolean flag, use --flag or --no-flag.\nTry --help for options\n"},
			{[]string{"NODE_OPTIONS=--expose-gc=1"}, []string{"nodeopts.js"}, 9, "", ": bad option: --expose-gc=1\n"},
			{[]string{"NODE_OPTIONS=--expose-gc=1"}, []string{"nodeopts.js"}, 9, "", ": bad option: --harmony-import-attributes\n"},
			{[]string{"NODE_OPTIONS=--expose-gc=1 --bogus"}, []string{"nodeopts.js"}, 9, "", "--bogus is not allowed in NODE_OPTIONS"},
			{[]string{"NODE_OPTIONS=--env-file=no.env"}, []string{"nodeopts.js"}, 9, "", "--env-file= is not allowed in NODE_OPTIONS"},
			{[]string{`NODE_OPTIONS=--title="open`}, []string{"nodeopts.js"}, 9, "", "invalid value for NODE_OPTIONS (unterminated string)"},
			{[]string{"NODE_OPTIONS=--title"}, []string{"nodeopts.js"}, 9, "", "--title requires an argument"},
			{[]string{"NODE_OPTIONS=words --max-old-space-size=64 --expose_gc"}, []string{"nodeopts.js"}, 0,
				`undefined default [] undefined` + "\n", ""},
			{nil, []string{"--import", "./imported.mjs", "-r", "./pre.js", "--import=./imported_tla.mjs", "nodeopts.js"}, 0,
				`preloaded` + "\n" + `boolean default ["--import","./imported.mjs","-r","./pre.js","--import=./imported_tla.mjs"] after-r+tla` + "\n", ""},
			{[]string{"NODE_OPTIONS=--import ./imported.mjs"}, []string{"-p", "IMPORTED"}, 0, "before-r\n", ""},
			{nil, []string{"--import", "./nowhere.mjs", "nodeopts.js"}, 1, "", "Cannot find module"},
			{nil, []string{"cnd.js"}, 0, "prod prod\n", ""},
			{nil, []string{"--conditions=development", "cnd.js"}, 0, "dev dev\n", ""},
			{nil, []string{"-C", "custom", "cnd.js"}, 0, "custom custom\n", ""},
			{[]string{"NODE_OPTIONS=--conditions development"}, []string{"-p", "require('cnd') + ' ' + JSON.stringify(process.execArgv)"}, 0, "dev [\"-p\",\"require('cnd') + ' ' + JSON.stringify(process.execArgv)\"]\n", ""},
			// --no-addons: no "node-addons" condition, dlopen refused; the last word wins
			{nil, []string{"-p", "require('adn')"}, 0, "addons\n", ""},
			{nil, []string{"--no-addons", "-p", "require('adn')"}, 0, "no addons\n", ""},
			{[]string{"NODE_OPTIONS=--no-addons"}, []string{"--addons", "-p", "require('adn')"}, 0, "addons\n", ""},
			{nil, []string{"--no-addons", "-p", dlopen}, 0, "ERR_DLOPEN_DISABLED\n", ""},
			{nil, []string{"-p", dlopen}, 0, "ERR_DLOPEN_FAILED\n", ""},
			// options checked and then without effect here
			{nil, []string{"--use-largepages=silent", "-p", "1"}, 0, "1\n", ""},
			{nil, []string{"--use-largepages=xyzzy", "-p", "1"}, 9, "", "invalid value for --use-largepages\n"},
			{nil, []string{"--use-openssl-ca", "-p", "1"}, 0, "1\n", ""},
			{nil, []string{"--use-bundled-ca", "--use-openssl-ca", "-p", "1"}, 9, "", ": either --use-openssl-ca or --use-bundled-ca can be used, not both\n"},
			{nil, []string{"--security-revert=CVE-2000-1", "-p", "1"}, 12, "", ": Error: Attempt to revert an unknown CVE [CVE-2000-1]\n"},
			{nil, []string{"--security-revert"}, 9, "", ": --security-revert requires an argument\n"},
			{nil, []string{"--security-revert=", "-p", "1"}, 9, "", ": --security-revert= requires an argument\n"},
			// node's order: a missing value, then every bad value and
			// conflict (9), then the revert (12), then every unknown option (9)
			{nil, []string{"--no-such", "--security-revert=CVE-2000-1", "--also-no", "-p", "1"}, 12, "", ": Error: Attempt to revert an unknown CVE [CVE-2000-1]\n"},
			{nil, []string{"--security-revert=CVE-2000-1", "--unhandled-rejections=bogus", "-c", "-e", "1", "--input-type=x"}, 9, "",
				": --input-type must be \"module\" or \"commonjs\"\n"},
			{nil, []string{"--security-revert=CVE-2000-1", "--unhandled-rejections=bogus", "-c", "-e", "1", "--input-type=x"}, 9, "",
				": either --check or --eval can be used, not both\n"},
			{nil, []string{"--security-revert=CVE-2000-1", "--unhandled-rejections=bogus", "-c", "-e", "1", "--input-type=x"}, 9, "",
				": invalid value for --unhandled-rejections\n"},
			{nil, []string{"--no-such", "--security-revert=CVE-2000-1", "--title"}, 9, "", ": --title requires an argument\n"},
			// ... then the bad values and conflicts of the options before it
			{nil, []string{"--unhandled-rejections=x", "--test", "-e", "1", "--require"}, 9, "",
				": --require requires an argument\nX: invalid value for --unhandled-rejections\nX: either --test or --eval can be used, not both\n"},
			{nil, []string{"--input-type=x", "--no-input-type"}, 9, "",
				": --no-input-type is an invalid negation because it is not a boolean option\nX: --input-type must be \"module\" or \"commonjs\"\n"},
			{[]string{"NODE_OPTIONS=--tls-min-v1.3"}, []string{"--tls-max-v1.2", "--title"}, 9, "",
				": --title requires an argument\nX: either --tls-min-v1.3 or --tls-max-v1.2 can be used, not both\n"},
			// NODE_OPTIONS' errors come first, all of them in the same order
			{[]string{"NODE_OPTIONS=--input-type=x --unhandled-rejections=y"}, []string{"--title"}, 9, "",
				": --input-type must be \"module\" or \"commonjs\"\nX: invalid value for --unhandled-rejections\n"},
			{[]string{"NODE_OPTIONS=--input-type=x --no-title"}, []string{"-p", "1"}, 9, "",
				": --no-title is an invalid negation because it is not a boolean option\nX: --input-type must be \"module\" or \"commonjs\"\n"},
			{nil, []string{"--no-such", "-e", "1", "--also-no"}, 9, "", ": bad option: --no-such\n"},
			{nil, []string{"--no-such", "-e", "1", "--also-no"}, 9, "", ": bad option: --also-no\n"},
			{nil, []string{"--unhandled-rejections=bogus", "--unhandled-rejections=strict", "-p", "1"}, 0, "1\n", ""},
			{[]string{"NODE_OPTIONS=--tls-min-v1.3"}, []string{"--tls-max-v1.2", "-p", "1"}, 9, "", ": either --tls-min-v1.3 or --tls-max-v1.2 can be used, not both\n"},
			// env files are read before any option is looked at, up to "--"
			{nil, []string{"--no-such", "--env-file=missing.env", "-p", "1", "--env-file", "missing2.env"}, 9, "", ": missing2.env: not found\n"},
			{nil, []string{"nodeopts.js", "--env-file=missing.env"}, 9, "", ": missing.env: not found\n"},
			{nil, []string{"-p", "1", "--", "--env-file=missing.env"}, 0, "1\n", ""},
			{nil, []string{"--env-file=node_modules", "-p", "1"}, 9, "", ": node_modules: invalid format\n"},
			// an option's value is never an option itself
			{nil, []string{"--security-revert", "-"}, 9, "", ": --security-revert requires an argument\n"},
			{nil, []string{"--title", "-x", "-p", "1"}, 9, "", ": --title requires an argument\n"},
			{nil, []string{"--max-http-header-size", "-1", "-p", "1"}, 9, "", ": --max-http-header-size requires an argument\n"},
			{nil, []string{"title.js"}, 0, "true true\ntrue true xxxxxxxxxxxxxxx\n", ""},
			{nil, []string{"--title=named", "-p", "process.title + ' ' + require('fs').readFileSync('/proc/self/comm', 'latin1').trim()"}, 0, "named named\n", ""},
		}
		for _, c := range cases {
			bothRuntimes(bin, node, func(b string) {
				out, errOut, code := runEnv(b, c.env, c.args, "")
				errOut = strings.ReplaceAll(errOut, "\n"+b+": ", "\nX: ") // (each line names the binary)
				if code != c.code || out != c.out || !strings.Contains(errOut, c.err) {
					t.Errorf("%s %v %q: exit %d, stdout %q, stderr %q; want exit %d, stdout %q, stderr with %q",
						b, c.env, c.args, code, out, errOut, c.code, c.out, c.err)
				}
			})
		}
		// NODE_OPTIONS' checks know nothing of the command line's --watch:
		// its errors alone, every line of them (not watch mode's refusal)
		v8Bool := "Error: illegal value for flag --expose-gc=1 of type bool\nTo set or unset a boolean flag, use --flag or --no-flag.\nTry --help for options\n"
		for _, c := range []struct {
			env, args []string
			want      string
		}{
			{[]string{"NODE_OPTIONS=--unhandled-rejections=bad"}, []string{"--watch", "-e", "1"}, "X: invalid value for --unhandled-rejections\n"},
			{[]string{"NODE_OPTIONS=--expose-gc=1"}, []string{"--watch", "-e", "1"},
				v8Bool + "X: bad option: --expose-gc=1\nX: bad option: --harmony-import-assertions\nX: bad option: --harmony-import-attributes\n"},
		} {
			bothRuntimes(bin, node, func(b string) {
				out, errOut, code := runEnv(b, c.env, c.args, "")
				errOut = strings.ReplaceAll(errOut, b+": ", "X: ")
				if code != 9 || out != "" || errOut != c.want {
					t.Errorf("%s %v %q: exit %d, stdout %q, stderr %q; want exit 9, stderr %q", b, c.env, c.args, code, out, errOut, c.want)
				}
			})
		}
		// --trace-sync-io: a warning for each synchronous fs call once the
		// main script has run (statSync is one call in both runtimes; existsSync is
		// none in node)
		write("syncio.js", "const fs = require('fs');\nfs.statSync(__filename);\nsetImmediate(function later() { fs.existsSync(__filename); fs.statSync(__filename); });\n")
		bothRuntimes(bin, node, func(b string) {
			for _, on := range []bool{true, false} {
				args := []string{"syncio.js"}
				want := 0
				if on {
					args = append([]string{"--trace-sync-io"}, args...)
					want = 1
				}
				out, errOut, code := runEnv(b, nil, args, "")
				got := strings.Count(errOut, ") WARNING: Detected use of sync API\n    at ")
				if code != 0 || out != "" || got != want || on && !strings.Contains(errOut, "syncio.js:3:") {
					t.Errorf("%s %q: exit %d, stdout %q, stderr %q; want %d warnings", b, args, code, out, errOut, want)
				}
			}
		})
		// ... one per system call node's makes for it: readFileSync opens,
		// fstats, reads and closes (its utf8 read none), writeFileSync and
		// truncateSync open, write and close, realpathSync lstats each
		// component, a recursive rmSync walks as node's rimraf
		write("syncio_calls.js", "const fs = require('fs');\nconst f = __dirname + '/syncio_calls.txt';\nfs.writeFileSync(f, 'x');\nfs.mkdirSync(__dirname + '/syncio_tree/a', { recursive: true });\n"+
			"const loop = __dirname + '/syncio_loop';\ntry { fs.symlinkSync('syncio_loop', loop); } catch {}\n"+
			"setImmediate(() => ({ read: () => fs.readFileSync(f), readUtf8: () => fs.readFileSync(f, 'utf8'), write: () => fs.writeFileSync(f, 'y'),\n"+
			"  truncate: () => fs.truncateSync(f), realpath: () => fs.realpathSync(f), rmTree: () => fs.rmSync(__dirname + '/syncio_tree', { recursive: true }),\n"+
			"  rmMissing: () => fs.rmSync(__dirname + '/syncio_none', { force: true }), realpathDotDot: () => fs.realpathSync(loop + '/..'),\n"+
			"  realpathLoop: () => { try { fs.realpathSync(loop); } catch (e) { if (e.syscall !== 'stat') throw e; } } })[process.argv[2]]());\n")
		bothRuntimes(bin, node, func(b string) {
			for call, want := range map[string]int{"read": 4, "readUtf8": 0, "write": 3, "truncate": 3, "realpath": strings.Count(filepath.Join(dir, "syncio_calls.txt"), "/"), "rmTree": 7,
				"rmMissing": 2, "realpathDotDot": strings.Count(dir, "/"), "realpathLoop": strings.Count(dir, "/") + 2} {
				_, errOut, code := runEnv(b, nil, []string{"--trace-sync-io", "syncio_calls.js", call}, "")
				if got := strings.Count(errOut, ") WARNING: Detected use of sync API\n"); code != 0 || got != want {
					t.Errorf("%s --trace-sync-io %s: exit %d, %d warnings, want %d: %s", b, call, code, got, want, errOut)
				}
			}
		})
		// ... and none for http2's respondWithFD checking its descriptor
		write("syncio_h2fd.js", "const http2 = require('http2');\nconst fd = require('fs').openSync(__filename, 'r');\n"+
			"const server = http2.createServer().on('stream', (s) => s.respondWithFD(fd));\n"+
			"server.listen(0, () => { const c = http2.connect('http://localhost:' + server.address().port);\n"+
			"  c.request().resume().on('end', () => { console.log('done'); c.close(); server.close(); }); });\n")
		bothRuntimes(bin, node, func(b string) {
			out, errOut, code := runEnv(b, nil, []string{"--trace-sync-io", "syncio_h2fd.js"}, "")
			if code != 0 || out != "done\n" || strings.Contains(errOut, "WARNING") {
				t.Errorf("%s --trace-sync-io syncio_h2fd.js: exit %d, stdout %q, stderr %q; want done and no warning", b, code, out, errOut)
			}
		})
		// --trace-exit: process.exit() (a worker's too, naming its thread)
		// prints a warning with its stack; an exit at the loop's end none
		write("traceexit.js", "const { Worker } = require('worker_threads');\nif (process.argv[2] === 'w') new Worker('process.exit(3)', { eval: true }).on('exit', (c) => process.exit(c + 1));\nelse if (process.argv[2] === 'x') (function quit() { process.exit(2); })();\n")
		bothRuntimes(bin, node, func(b string) {
			for _, c := range []struct {
				args []string
				code int
				n    int // warnings
				want []string
			}{
				{[]string{"--trace-exit", "traceexit.js", "x"}, 2, 1, []string{") WARNING: Exited the environment with code 2\n    at ", "at quit (", "traceexit.js:3:"}},
				{[]string{"--trace-exit", "traceexit.js", "w"}, 4, 2, []string{", thread:1) WARNING: Exited the environment with code 3\n", ") WARNING: Exited the environment with code 4\n"}},
				{[]string{"--trace-exit", "traceexit.js"}, 0, 0, nil},
				{[]string{"traceexit.js", "x"}, 2, 0, nil},
			} {
				out, errOut, code := runEnv(b, nil, c.args, "")
				ok := code == c.code && out == "" && strings.Count(errOut, "WARNING: Exited") == c.n
				for _, w := range c.want {
					ok = ok && strings.Contains(errOut, w)
				}
				if !ok {
					t.Errorf("%s %q: exit %d, stdout %q, stderr %q; want exit %d, %d warnings with %q", b, c.args, code, out, errOut, c.code, c.n, c.want)
				}
			}
		})
		// --trace-atomics-wait: each Atomics.wait's start and end, with the
		// memory's address, the byte offset in hex, the value and the timeout
		write("atomicswait.js", "const a = new Int32Array(new SharedArrayBuffer(64));\nAtomics.wait(a, 5, -2);\nAtomics.wait(a, 4, 0, 1.7);\nAtomics.wait(new BigInt64Array(a.buffer), 2, 5n);\nconst { Worker } = require('worker_threads');\nnew Worker('Atomics.wait(require(\"worker_threads\").workerData, 0, 0, 0)', { eval: true, workerData: a });\n")
		addr := regexp.MustCompile(`\(node:\d+\) (\[Thread \d\] Atomics\.wait\()0x[0-9a-f]+ \+`)
		bothRuntimes(bin, node, func(b string) {
			out, errOut, code := runEnv(b, nil, []string{"--trace-atomics-wait", "atomicswait.js"}, "")
			got := addr.ReplaceAllString(errOut, "$1<address> +")
			want := "[Thread 0] Atomics.wait(<address> + 14, -2, inf) started\n" +
				"[Thread 0] Atomics.wait(<address> + 14, -2, inf) did not wait because the values mismatched\n" +
				"[Thread 0] Atomics.wait(<address> + 10, 0, 2) started\n" +
				"[Thread 0] Atomics.wait(<address> + 10, 0, 2) timed out\n" +
				"[Thread 0] Atomics.wait(<address> + 10, 5, inf) started\n" +
				"[Thread 0] Atomics.wait(<address> + 10, 5, inf) did not wait because the values mismatched\n" +
				"[Thread 1] Atomics.wait(<address> + 0, 0, 0) started\n" +
				"[Thread 1] Atomics.wait(<address> + 0, 0, 0) timed out\n"
			if code != 0 || out != "" || got != want {
				t.Errorf("%s --trace-atomics-wait: exit %d, stdout %q, stderr %q; want %q", b, code, out, got, want)
			}
		})
		// --completion-bash: node's script, with each runtime's own options:
		// gojanet's are of node's list (but its own), -pe and positive
		// names of booleans among them
		listed := map[string][]string{}
		bothRuntimes(bin, node, func(b string) {
			out, _, code := runEnv(b, nil, []string{"--completion-bash"}, "")
			if code != 0 || !strings.HasPrefix(out, "_node_complete() {\n") || !strings.Contains(out, " --use-openssl-ca ") ||
				!strings.Contains(out, " -pe ") || !strings.Contains(out, " --warnings ") ||
				!strings.HasSuffix(out, "\ncomplete -o filenames -o nospace -o bashdefault -F _node_complete node node_g\n") {
				t.Errorf("%s --completion-bash: exit %d, %q", b, code, out)
			}
			if _, list, ok := strings.Cut(out, "compgen -W '"); ok {
				list, _, _ = strings.Cut(list, "'")
				listed[b] = strings.Fields(list)
			}
		})
		if nodeList := listed[node]; node != "" {
			for _, o := range listed[bin] {
				own := map[string]bool{"--allow-net": true, "--max-sockets": true, "--workers": true, "--go-cpu-prof": true, "--go-heap-prof": true, "--gojanet-version": true}
				if !own[o] && !slices.Contains(nodeList, o) {
					t.Errorf("--completion-bash lists %s, which node's list does not", o)
				}
			}
		}
	})

	// --input-type=module makes -e code and stdin an ES module (top-level
	// await with no import or export; import.meta.url node's), and an ES
	// import resolves a file named in full: a package's directory fails as
	// node's (its require() and a bare package name still resolve).
	t.Run("input-type module and strict imports", func(t *testing.T) {
		pkg := filepath.Join(dir, "node_modules", "tpkg", "reporters")
		if err := os.MkdirAll(pkg, 0o755); err != nil {
			t.Fatal(err)
		}
		write("node_modules/tpkg/index.js", "module.exports = { marker: 1 };\n")
		write("node_modules/tpkg/reporters/index.js", "module.exports = { marker: 2 };\n")
		write("frame.mjs", "export const where = new Error('x').stack.split('\\n')[1].trim();\n")
		cases := []struct {
			args  []string
			stdin string
			code  int
			out   string
		}{
			{[]string{"--input-type=module", "-e", "console.log(await Promise.resolve(5), typeof fs, this, import.meta.url.endsWith('/[eval1]'))"}, "", 0, "5 object undefined true\n"},
			{[]string{"--input-type=module"}, "console.log(await 7)", 0, "7\n"},
			{[]string{"--input-type=module", "-e", "await new Promise(() => {})"}, "", 13, ""},
			// node detects a module (top-level await) only without --input-type
			{[]string{"-e", "await 1; console.log('ran')"}, "", 0, "ran\n"},
			{[]string{"--input-type=commonjs", "-e", "await 1; console.log('ran')"}, "", 1, ""},
			{[]string{"--input-type=commonjs"}, "await 1; console.log('ran')", 1, ""},
			{[]string{"-e", "console.log(require('tpkg/reporters'))"}, "", 0, "{ marker: 2 }\n"},
			{[]string{"-e", "import('tpkg').then((m) => console.log(m.default))"}, "", 0, "{ marker: 1 }\n"},
			{[]string{"-e", "import('tpkg/reporters').catch((e) => console.log(e.code))"}, "", 0, "ERR_UNSUPPORTED_DIR_IMPORT\n"},
			{[]string{"--input-type=module", "-e", "import t from 'tpkg/reporters';"}, "", 1, ""},
			{[]string{"--input-type=module", "-e", "console.log((await import('tpkg')).default)"}, "", 0, "{ marker: 1 }\n"},
			// a module it imports is a file of the working directory: its frames name its URL
			{[]string{"--input-type=module", "-e", "import { where } from './frame.mjs'; console.log(where.startsWith('at file:///'), where.endsWith('/frame.mjs:1:22'))"}, "", 0, "true true\n"},
		}
		for _, c := range cases {
			bothRuntimes(bin, node, func(b string) {
				out, errOut, code := run(b, c.args, c.stdin)
				if code != c.code || out != c.out {
					t.Errorf("%s %q: exit %d, stdout %q, stderr %s; want exit %d, stdout %q", b, c.args, code, out, errOut, c.code, c.out)
				}
			})
		}
	})

	// --loader (node 20's --experimental-loader) registers module hooks from
	// the working directory, with node's warning; --import of a module that
	// calls module.register() does the same without it. The hooks see the
	// main entry (by its URL) and its imports.
	t.Run("loader hooks", func(t *testing.T) {
		write("loader_hooks.mjs", `export async function resolve(specifier, context, next) {
  if (specifier === 'virtual:greeting') return { url: specifier, shortCircuit: true };
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url === 'virtual:greeting') return { format: 'module', source: 'export default "hello from the hooks";', shortCircuit: true };
  const r = await next(url, context);
  if (url.endsWith('/loader_main.mjs')) return { ...r, source: String(r.source).replace('MAIN', 'main, through the hooks') };
  return r;
}
`)
		write("loader_main.mjs", "import g from 'virtual:greeting';\nconsole.log(g, '/', 'MAIN');\n")
		register := `data:text/javascript,import { register } from "node:module"; import { pathToFileURL } from "node:url"; register("./loader_hooks.mjs", pathToFileURL("./"));`
		const want = "hello from the hooks / main, through the hooks\n"
		bothRuntimes(bin, node, func(b string) {
			out, errOut, code := run(b, []string{"--loader", "./loader_hooks.mjs", "loader_main.mjs"}, "")
			if code != 0 || out != want || !strings.Contains(errOut, "ExperimentalWarning: `--experimental-loader` may be removed in the future; instead use `register()`:") {
				t.Errorf("%s --loader: exit %d, stdout %q, stderr %s", b, code, out, errOut)
			}
			out, errOut, code = run(b, []string{"--import", register, "loader_main.mjs"}, "")
			if code != 0 || out != want {
				t.Errorf("%s --import register: exit %d, stdout %q, stderr %s", b, code, out, errOut)
			}
		})
	})

	// --watch restarts the script when a file it loaded changes, with
	// node's messages; a file it did not load changes nothing; SIGTERM stops
	// both processes with the child's exit code.
	t.Run("watch mode", func(t *testing.T) {
		bothRuntimes(bin, node, func(b string) {
			wd := t.TempDir()
			put := func(name, src string) {
				if err := os.WriteFile(filepath.Join(wd, name), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			put("app.js", "console.log('v', require('./dep.json').v);\n")
			put("dep.json", `{"v":1}`)
			cmd := exec.Command(b, "--watch", "app.js")
			cmd.Dir = wd
			var out syncBuffer
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitFor := func(want string) {
				deadline := time.Now().Add(20 * time.Second)
				for !strings.Contains(out.String(), want) {
					if time.Now().After(deadline) {
						t.Fatalf("%s --watch: no %q in\n%s", b, want, out.String())
					}
					time.Sleep(20 * time.Millisecond)
				}
			}
			waitFor("Completed running 'app.js'\n")
			time.Sleep(300 * time.Millisecond) // the watches are in place
			put("unrelated.txt", "x")
			put("dep.json", `{"v":2}`)
			waitFor("v 2\nCompleted running 'app.js'\n")
			put("app.js", "process.on('SIGTERM', () => { console.log('stopping'); process.exit(4); });\nsetInterval(() => {}, 1000);\nconsole.log('running');\n")
			waitFor("running\n")
			_ = cmd.Process.Signal(syscall.SIGTERM)
			err := cmd.Wait()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			}
			want := "v 1\nCompleted running 'app.js'\nRestarting 'app.js'\nv 2\nCompleted running 'app.js'\n" +
				"Restarting 'app.js'\nrunning\nstopping\n"
			if out.String() != want || code != 4 {
				t.Errorf("%s --watch: exit %d, output\n%s\nwant exit 4 and\n%s", b, code, out.String(), want)
			}
		})
	})

	// node:test on a terminal reports with node's spec reporter.
	t.Run("node:test spec on a terminal", func(t *testing.T) {
		script, _ := filepath.Abs("../testdata/cli/node_test/spec.js")
		out, code := runOnPTY(t, bin, script, "TERM=xterm-256color")
		for _, want := range []string{"\x1b[32m\u2714 passes \x1b[90m(X)\x1b[39m\x1b[39m", "\u25b6 a suite\n",
			"  \x1b[32m\u2714 nested \x1b[90m(X)\x1b[39m\x1b[39m", "\x1b[34m\u2139 tests 4\x1b[39m", "\u2716 failing tests:"} {
			if !strings.Contains(out, want) {
				t.Errorf("spec output lacks %q:\n%s", want, out)
			}
		}
		if code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
		if node == "" {
			return
		}
		// The colours depend on the terminal's kind as node reads it from
		// the environment; an unknown CI or TERM=dumb gets plain text.
		for _, env := range [][]string{{"TERM=xterm-256color"}, {"TERM=dumb"}, {"TERM=xterm", "CI=1"}, {"FORCE_COLOR=1"}, {}} {
			out, code := runOnPTY(t, bin, script, env...)
			nout, ncode := runOnPTY(t, node, script, env...)
			if nout != out || ncode != code {
				t.Errorf("env %q: node differs: node printed\n%s(exit %d)\ngojanet printed\n%s(exit %d)", env, nout, ncode, out, code)
			}
		}
	})

	// stdin on /dev/null, a character device but no terminal, is read as
	// the script (node's isatty test), not a REPL's input
	t.Run("stdin on /dev/null", func(t *testing.T) {
		bothRuntimes(bin, node, func(b string) {
			for _, args := range [][]string{{"-p"}, {}} {
				cmd := exec.Command(b, args...)
				cmd.Dir = dir
				out, err := cmd.Output() // (Stdin nil: /dev/null)
				want := map[int]string{1: "undefined\n", 0: ""}[len(args)]
				if err != nil || string(out) != want {
					t.Errorf("%s %q: %q, %v; want %q", b, args, out, err, want)
				}
			}
		})
	})

	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := run(bin, c.args, c.stdin)
			if code != c.wantCode {
				t.Errorf("exit code %d, want %d (stderr: %s)", code, c.wantCode, errOut)
			}
			if c.wantOut != "" && out != c.wantOut {
				t.Errorf("stdout %q, want %q (stderr: %s)", out, c.wantOut, errOut)
			}
			if c.name == "no warnings" && errOut != "" {
				t.Errorf("--no-warnings still printed: %s", errOut)
			}
			for _, s := range c.wantErr {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut)
				}
			}
			if node == "" || c.nodeDiffer {
				return
			}
			nout, _, ncode := run(node, c.args, c.stdin)
			if nout != out || ncode != code {
				t.Errorf("node differs: node printed %q and exited %d; gojanet printed %q and exited %d", nout, ncode, out, code)
			}
		})
	}
}

// bothRuntimes calls check with gojanet's binary and then, where node is on
// PATH (node is not ""), with node's: a case must behave alike in both.
func bothRuntimes(bin, node string, check func(b string)) {
	for _, b := range []string{bin, node} {
		if b != "" {
			check(b)
		}
	}
}

// runOnPTY runs exe script with stdout and stderr on a new pseudo-terminal
// and returns what it printed, durations and stack frames taken out (V8's
// and goja's differ), and its exit code.
func runOnPTY(t *testing.T, exe, script string, env ...string) (string, int) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skip("no pseudo-terminals here:", err)
	}
	defer m.Close()
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	pts, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, script)
	cmd.Dir = filepath.Dir(script)
	cmd.Env = append(colorlessEnv(), env...)
	cmd.Stdout, cmd.Stderr = pts, pts
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pts.Close()
	var buf bytes.Buffer
	io.Copy(&buf, m) // ends with EIO once the child has closed the terminal
	err = cmd.Wait()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(strings.ReplaceAll(buf.String(), "\r\n", "\n"), "\n") {
		if frameRE.MatchString(l) {
			continue
		}
		l = durationRE.ReplaceAllString(l, "(X)")
		lines = append(lines, strings.TrimSuffix(durationMsRE.ReplaceAllString(l, "duration_ms X"), " {"))
	}
	return strings.Join(lines, "\n"), code
}

// colorlessEnv is the test's environment without the variables that decide
// a terminal's colours.
func colorlessEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "TERM", "COLORTERM", "TERM_PROGRAM", "TMUX", "CI", "FORCE_COLOR", "NO_COLOR", "NODE_DISABLE_COLORS", "TEAMCITY_VERSION":
			continue
		}
		env = append(env, kv)
	}
	return env
}

var (
	frameRE      = regexp.MustCompile(`^\s*(\x1b\[90m)?\s*at `)
	durationRE   = regexp.MustCompile(`\([0-9.e-]+ms\)`)
	durationMsRE = regexp.MustCompile(`duration_ms [0-9.e-]+`)
)
