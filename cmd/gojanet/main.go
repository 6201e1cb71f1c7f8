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
	"os"
	"path/filepath"
	"strings"

	"github.com/gojanet/gojanet/runtime"
)

const usage = `Usage: gojanet [options] [ script.js | script.ts ] [arguments]

Options:
  -e, --eval <code>   evaluate code as a CommonJS script
  -p, --print <code>  evaluate code and print the result
  -v, --version       print gojanet's version (and the node version it follows)
  -h, --help          print this help

Environment variables are passed to the script as process.env.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	var eval string
	var print, haveEval bool
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			i++
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			break
		}
		switch a {
		case "-h", "--help":
			fmt.Fprint(stdout, usage)
			return 0
		case "-v", "--version":
			fmt.Fprintf(stdout, "%s\n", runtime.NodeVersion)
			return 0
		case "--gojanet-version":
			fmt.Fprintf(stdout, "gojanet %s\n", runtime.Version)
			return 0
		case "-e", "--eval", "-p", "--print":
			if i+1 >= len(args) {
				fmt.Fprintf(stderr, "gojanet: %s requires an argument\n", a)
				return 9
			}
			eval, haveEval = args[i+1], true
			print = a == "-p" || a == "--print"
			i++
		default:
			fmt.Fprintf(stderr, "gojanet: bad option: %s\n", a)
			return 9
		}
	}
	rest := args[i:]
	if !haveEval && len(rest) == 0 {
		fmt.Fprint(stderr, usage)
		return 9
	}

	exe, _ := os.Executable()
	opts := runtime.Options{Stdout: stdout, Stderr: stderr, ExecPath: exe}
	ctx := context.Background()
	if haveEval {
		opts.Args = rest
		rt, err := runtime.New(opts)
		if err != nil {
			fmt.Fprintf(stderr, "gojanet: %v\n", err)
			return 1
		}
		if print {
			eval = "console.log(eval(" + jsString(eval) + "))"
		}
		code, err := rt.RunScript(ctx, "[eval]", eval)
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
	rt, err := runtime.New(opts)
	if err != nil {
		fmt.Fprintf(stderr, "gojanet: %v\n", err)
		return 1
	}
	code, err := rt.RunFile(ctx, abs)
	return report(code, err, stderr)
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
