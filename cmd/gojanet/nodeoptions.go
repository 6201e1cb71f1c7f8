package main

import (
	"errors"
	"os"
	"strings"
	"syscall"

	"github.com/gojanet/gojanet/internal/nodeflags"
)

// NODE_OPTIONS and --env-file, read as node reads them before it runs
// anything: the env files (in order, never overriding the environment)
// first, then NODE_OPTIONS from the environment they made. NODE_OPTIONS'
// options apply before the command line's and are not in process.execArgv.

// nodeOptionsDenied are options node refuses in NODE_OPTIONS ("... is not
// allowed in NODE_OPTIONS"); any option gojanet does not know is refused too.
var nodeOptionsDenied = map[string]bool{
	"-e": true, "--eval": true, "-p": true, "--print": true, "-pe": true, "-i": true, "--interactive": true,
	"-c": true, "--check": true, "-v": true, "--version": true, "-h": true, "--help": true,
	"--test": true, "--test-force-exit": true, "--test-concurrency": true, "--test-timeout": true,
	"--test-name-pattern": true, "--env-file": true, "--stack-size": true,
}

// splitNodeOptions splits NODE_OPTIONS on spaces; double quotes group, and
// inside them a backslash escapes the next character.
func splitNodeOptions(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inToken, quoted := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quoted && c == '\\' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
		case c == '"':
			quoted = !quoted
			inToken = true
		case c == ' ' && !quoted:
			if inToken {
				out = append(out, cur.String())
				cur.Reset()
				inToken = false
			}
		default:
			cur.WriteByte(c)
			inToken = true
		}
	}
	if quoted {
		return nil, errors.New("invalid value for NODE_OPTIONS (unterminated string)")
	}
	if inToken {
		out = append(out, cur.String())
	}
	return out, nil
}

// nodeOptionsArgs checks NODE_OPTIONS' tokens and returns its options in
// execArgv's form; words that are not options are skipped, as node does.
// Its errors are node's, one a line: an option refused or missing its
// value ends the parse, followed by the bad values and conflicts of the
// options before it.
func nodeOptionsArgs(tokens []string) ([]string, error) {
	var out, v8bad []string
	invalid := map[string]bool{}
	fail := func(msg string) ([]string, error) {
		errs := append([]string{msg}, optionErrors(out, invalid, false, false, false, false, false)...)
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	for i := 0; i < len(tokens); i++ {
		a := tokens[i]
		if !strings.HasPrefix(a, "-") || a == "-" {
			continue
		}
		name, value, hasValue := strings.Cut(a, "=")
		shown := name
		if hasValue {
			shown += "="
		}
		base, negated := strings.CutPrefix(name, "--no-")
		switch {
		case nodeOptionsDenied[name]:
		case hasValue && (v8Flags[name] || negated && v8Flags["--"+base]),
			hasValue && nodeIgnoredValueFlags[name] && v8Refusal(a) != "":
			// (node hands it to V8, which refuses a boolean's value once
			// node's own checks of NODE_OPTIONS passed: v8Refused)
			v8bad = append(v8bad, a)
			continue
		case booleanGiven(name, hasValue):
			out = append(out, a)
			continue
		case negated && (nodeValueFlags["--"+base] || nodeIgnoredValueFlags["--"+base]):
			return fail(a + " is an invalid negation because it is not a boolean option")
		case nodeValueFlags[name] || nodeIgnoredValueFlags[name] && hasValue:
			if !hasValue {
				if i+1 >= len(tokens) {
					return fail(name + " requires an argument")
				}
				i++
				value = tokens[i]
				out = append(out, a, value)
			} else {
				out = append(out, a)
			}
			invalid[name] = badValue(name, value) != "" // (the last value counts)
			if msg := badDNSOrder(name, value); msg != "" {
				return nil, errors.New(msg)
			}
			continue
		}
		return fail(shown + " is not allowed in NODE_OPTIONS")
	}
	if errs := optionErrors(out, invalid, false, false, false, false, false); len(errs) > 0 {
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	if len(v8bad) > 0 {
		return nil, v8Error(v8bad)
	}
	return out, nil
}

// v8Error: V8 options V8 refused (optionsFailed prints them as v8Refused).
type v8Error []string

func (e v8Error) Error() string { return "bad option: " + strings.Join(e, ", ") }

// environment is the runtime's environment (nil: the process's own) after
// the --env-file files, and NODE_OPTIONS' options from it.
func environment(execArgv []string) (env, nodeOptions []string, err error) {
	environ := os.Environ()
	if files := nodeflags.Values(execArgv, "--env-file"); len(files) > 0 {
		if environ, err = loadEnvFiles(files, environ); err != nil {
			return nil, nil, err
		}
		env = environ
	}
	for _, kv := range environ {
		if v, ok := strings.CutPrefix(kv, "NODE_OPTIONS="); ok && v != "" {
			tokens, err := splitNodeOptions(v)
			if err != nil {
				return nil, nil, err
			}
			if nodeOptions, err = nodeOptionsArgs(tokens); err != nil {
				return nil, nil, err
			}
		}
	}
	return env, nodeOptions, nil
}

// envFileErrors are node's complaints about the env files named in args
// (its first look at the command line: every --env-file up to "--", past
// the script too, a value taken whatever it looks like), one per file.
func envFileErrors(args []string) []string {
	var errs []string
	for i := 0; i < len(args) && args[i] != "--"; i++ {
		path, ok := strings.CutPrefix(args[i], "--env-file=")
		if !ok && args[i] == "--env-file" && i+1 < len(args) {
			path, ok = args[i+1], true
		}
		if ok {
			if _, err := readEnvFile(path); err != nil {
				errs = append(errs, err.Error())
			}
		}
	}
	return errs
}

// readEnvFile reads an env file; errors are node's.
func readEnvFile(path string) ([]byte, error) {
	src, err := os.ReadFile(path)
	switch {
	case errors.Is(err, syscall.EISDIR):
		return nil, errors.New(path + ": invalid format") // (opened, not read)
	case err != nil:
		return nil, errors.New(path + ": not found")
	}
	return src, nil
}

// loadEnvFiles adds the env files' variables to environ (KEY=VALUE lines)
// where the environment has none of that name; among the files, the last
// value wins. A missing file is node's "not found".
func loadEnvFiles(paths []string, environ []string) ([]string, error) {
	inherited := map[string]bool{}
	for _, kv := range environ {
		k, _, _ := strings.Cut(kv, "=")
		inherited[k] = true
	}
	values := map[string]string{}
	var order []string
	for _, p := range paths {
		src, err := readEnvFile(p)
		if err != nil {
			return nil, err
		}
		for _, kv := range parseDotenv(string(src)) {
			if kv[0] == "" || strings.ContainsRune(kv[0], '=') || inherited[kv[0]] {
				continue
			}
			if _, seen := values[kv[0]]; !seen {
				order = append(order, kv[0])
			}
			values[kv[0]] = kv[1]
		}
	}
	for _, k := range order {
		environ = append(environ, k+"="+values[k])
	}
	return environ, nil
}

// parseDotenv reads a .env file as node 20's parser does, quirks included
// (checked against node in TestCLI): KEY=VALUE lines, '#' comments (also
// after an unquoted value), values in '…', "…" or `…` (a double-quoted one
// may span lines and turns \n into a newline; an unterminated quote keeps the
// rest of the line, quote included), an `export ` prefix, spaces (not tabs)
// trimmed; a line without '=' runs into the next key, an empty key ends the
// file. Later lines win.
func parseDotenv(src string) [][2]string {
	var out [][2]string
	set := func(k, v string) { out = append(out, [2]string{k, v}) }
	s := trimSpaces(strings.ReplaceAll(src, "\r", ""))
	for len(s) > 0 {
		if s[0] == '\n' || s[0] == '#' {
			if nl := strings.IndexByte(s, '\n'); nl >= 0 {
				s = s[nl+1:]
				continue
			}
		}
		eq := strings.IndexByte(s, '=')
		if eq < 0 {
			break
		}
		key := trimSpaces(s[:eq])
		s = s[eq+1:]
		if len(s) == 0 || s[0] == '\n' {
			set(key, "")
			continue
		}
		s = trimSpaces(s)
		if key == "" {
			break
		}
		key = strings.TrimPrefix(key, "export ")
		if len(s) == 0 {
			set(key, "")
			break
		}
		q := s[0]
		if q == '"' || q == '\'' || q == '`' {
			end := strings.IndexByte(s[1:], q)
			if end < 0 {
				// Unterminated: the rest of the line, quote and all.
				nl := strings.IndexByte(s, '\n')
				if nl < 0 {
					continue // left to the next round, as node leaves it
				}
				set(key, s[:nl])
				s = s[nl:]
				continue
			}
			v := s[1 : 1+end]
			if q == '"' {
				v = strings.ReplaceAll(v, `\n`, "\n")
			}
			set(key, v)
			rest := s[2+end:]
			if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
				s = rest[nl:]
			} else {
				s = ""
			}
			continue
		}
		v := s
		if nl := strings.IndexByte(s, '\n'); nl >= 0 {
			v, s = s[:nl], s[nl:]
		} else {
			s = ""
		}
		if h := strings.IndexByte(v, '#'); h >= 0 {
			v = v[:h]
		}
		set(key, trimSpaces(v))
	}
	return out
}

func trimSpaces(s string) string { return strings.Trim(s, " ") }
