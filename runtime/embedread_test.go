package runtime

import (
	"bytes"
	"io/fs"
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/gojanet/gojanet/js"
)

// TestReadEmbedded: every builtin's source read from the executable is the
// embedded file's, and on Linux the read does not fall back to memory
// (embed's layout, which readEmbedded mirrors, has not changed).
func TestReadEmbedded(t *testing.T) {
	n := 0
	err := fs.WalkDir(js.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".js") {
			return err
		}
		want, err := fs.ReadFile(js.FS, p)
		if err != nil {
			return err
		}
		f, err := js.FS.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		got := make([]byte, len(want))
		ok := readEmbedded(f, p, got)
		if !ok && goruntime.GOOS == "linux" && len(want) > 0 {
			t.Errorf("%s: not read from the executable", p)
		}
		if ok && !bytes.Equal(got, want) {
			t.Errorf("%s: read differs from the embedded file", p)
		}
		n++
		return nil
	})
	if err != nil || n < 100 {
		t.Fatalf("walked %d files: %v", n, err)
	}
	f, _ := js.FS.Open("events.js")
	defer f.Close()
	if readEmbedded(f, "net.js", make([]byte, 10)) {
		t.Error("read a file under another's name")
	}
}
