package procmaps

import (
	"os"
	"reflect"
	"testing"
)

// The test binary's own code is among its file mappings, at an address
// inside one of them.
func TestFilesHasOwnCode(t *testing.T) {
	ms, err := Files()
	if err != nil {
		t.Skip("no /proc/self/maps:", err)
	}
	exe, _ := os.Readlink("/proc/self/exe")
	pc := uint64(reflect.ValueOf(TestFilesHasOwnCode).Pointer())
	for _, m := range ms {
		if m.Path == exe && m.Perms == "r-xp" && m.Lo <= pc && pc < m.Hi && m.Inode != 0 {
			return
		}
	}
	t.Errorf("no r-xp mapping of %s holds %#x in %+v", exe, pc, ms)
}
