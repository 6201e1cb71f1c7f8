package runtime_test

import (
	"os"
	"testing"

	"github.com/dop251/goja"
)

// TestMain enables goja's JS-level CPU profile when GOJANET_JSPROFILE names
// a file, for finding hot JS functions in benchmarks:
//
//	GOJANET_JSPROFILE=/tmp/js.prof go test -run X -bench Pipe ./runtime/
//	go tool pprof -top /tmp/js.prof
func TestMain(m *testing.M) {
	if path := os.Getenv("GOJANET_JSPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil {
			if err := goja.StartProfile(f); err == nil {
				code := m.Run()
				goja.StopProfile()
				f.Close()
				os.Exit(code)
			}
		}
	}
	os.Exit(m.Run())
}
