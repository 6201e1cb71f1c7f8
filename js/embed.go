// Package js holds the JavaScript halves of gojanet's builtin modules.
// A file <name>.js is the builtin <name>; files under internal/ are private
// to builtins. The runtime compiles each once per process.
package js

import "embed"

//go:embed *.js */*.js */*/*.js
var FS embed.FS
