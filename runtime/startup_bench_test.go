package runtime

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// BenchmarkStartup is a process's start-up without the process: each
// iteration forgets the compiled builtins (a process compiles each once),
// then boots a runtime and runs a script to its end. B/op and allocs/op
// are what start-up allocates, which drives its GC cycles and its peak
// heap; they do not move with the machine's load as its time does.
// "echo" is the docs' echo server up to 'server bound' (then closed);
// "e0" is `gojanet -e 0`.
func BenchmarkStartup(b *testing.B) {
	for _, bc := range []struct{ name, src string }{
		{"e0", "0"},
		{"echo", `const net = require("net");
const server = net.createServer((c) => {
  console.log("client connected");
  c.on("end", () => console.log("client disconnected"));
  c.write("hello\r\n");
  c.pipe(c);
});
server.on("error", (err) => { throw err; });
server.listen(0, "127.0.0.1", () => {
  console.log("server bound");
  server.close();
});`},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				programs.Lock()
				programs.builtin = map[string]*builtinProgram{}
				programs.Unlock()
				var out bytes.Buffer
				rt, err := New(Options{Stdout: &out, Stderr: &out, IdleGC: -1})
				if err != nil {
					b.Fatal(err)
				}
				code, err := rt.RunScript(context.Background(), "[eval]", bc.src)
				if err != nil || code != 0 || bc.name == "echo" && !strings.Contains(out.String(), "server bound") {
					b.Fatalf("exit %d, %v: %s", code, err, out.String())
				}
			}
		})
	}
}
