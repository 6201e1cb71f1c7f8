// Package nodeflags reads node's command-line options out of an argument
// list (execArgv, NODE_OPTIONS' tokens) the way node writes them.
package nodeflags

import (
	"slices"
	"strings"
)

// Values are the values given to any of names in args, in order: both
// "--name=value" and "--name value"; a name last in args with no value
// gives none.
func Values(args []string, names ...string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		name, value, hasValue := strings.Cut(args[i], "=")
		if !slices.Contains(names, name) {
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				break
			}
			i++
			value = args[i]
		}
		out = append(out, value)
	}
	return out
}

// Name is an option's name: arg up to any '='. node's booleans ignore a
// value (`--no-warnings=1` is --no-warnings), so they are matched by name.
func Name(arg string) string {
	name, _, _ := strings.Cut(arg, "=")
	return name
}
