package runtime

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"
)

// The transpile cache keeps esbuild's output for TypeScript and ES modules
// on disk, as Deno and Bun do, so a later process running the same source
// skips esbuild (≈ 4 ms and ≈ 3.5 MiB of peak RSS for the docs' echo
// script). Entries are content-addressed: each build of gojanet has its own
// subdirectory, and an entry's name is a hash of the file name, its package
// type and its source, so a changed source or a rebuilt gojanet never sees
// an old entry; the first write of a build removes other builds'
// directories unused for a day. Writes go to a temporary file renamed into
// place; a cache that cannot be read or written is ignored.
// GOJANET_CACHE_DIR picks the directory ("off" disables it); the default is
// os.UserCacheDir()/gojanet.

type transpileCache struct {
	dir  string // this build's directory; "" when off
	once sync.Once
}

func newTranspileCache(root, build string) *transpileCache {
	h := sha256.Sum256([]byte(Version + "\x00" + build))
	return &transpileCache{dir: filepath.Join(root, "transpiled", hex.EncodeToString(h[:8]))}
}

var diskCache = sync.OnceValue(func() *transpileCache {
	dir, ok := os.LookupEnv("GOJANET_CACHE_DIR")
	if !ok {
		base, err := os.UserCacheDir()
		if err != nil {
			return &transpileCache{}
		}
		dir = filepath.Join(base, "gojanet")
	}
	build := buildID()
	if dir == "off" || dir == "" || build == "" {
		return &transpileCache{}
	}
	return newTranspileCache(dir, build)
})

// key names an entry within the build's directory (which already stands
// for the build).
func (c *transpileCache) key(filename string, esmPackage bool, src string) string {
	h := sha256.New()
	for _, s := range []string{filename, strconv.FormatBool(esmPackage)} {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	io.WriteString(h, src)
	return hex.EncodeToString(h.Sum(nil))
}

func (c *transpileCache) get(key string) (string, bool) {
	if c.dir == "" {
		return "", false
	}
	b, err := os.ReadFile(filepath.Join(c.dir, key+".js"))
	return string(b), err == nil
}

func (c *transpileCache) put(key, code string) {
	if c.dir == "" {
		return
	}
	c.once.Do(c.prune)
	writeFileAtomic(filepath.Join(c.dir, key+".js"), []byte(code))
}

// writeFileAtomic writes b to path through a temporary file renamed into
// place, so a reader never sees a partial entry; a failure leaves nothing.
func writeFileAtomic(path string, b []byte) {
	dir := filepath.Dir(path)
	if os.MkdirAll(dir, 0o700) != nil {
		return
	}
	f, err := os.CreateTemp(dir, "tmp-*")
	if err != nil {
		return
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
}

// prune removes other builds' directories not written for a day, so
// rebuilding gojanet does not grow the cache without end.
func (c *transpileCache) prune() {
	parent := filepath.Dir(c.dir)
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		if info, err := e.Info(); err == nil && e.IsDir() && e.Name() != filepath.Base(c.dir) && time.Since(info.ModTime()) > 24*time.Hour {
			os.RemoveAll(filepath.Join(parent, e.Name()))
		}
	}
}

// buildID identifies the running executable: Go's build ID (a hash of
// everything that went into the build) from the ELF note near the start of
// the file, else the file's size and modification time.
func buildID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	// The note: namesz 4, descsz, type 4, "Go\0\0", then the ID.
	if i := bytes.Index(head, []byte("\x04\x00\x00\x00Go\x00\x00")); i >= 4 {
		size := int(binary.LittleEndian.Uint32(head[i-4:]))
		if start := i + 8; size > 0 && start+size <= len(head) {
			return string(head[start : start+size])
		}
	}
	st, err := f.Stat()
	if err != nil {
		return ""
	}
	return exe + ":" + strconv.FormatInt(st.Size(), 10) + ":" + strconv.FormatInt(st.ModTime().UnixNano(), 10)
}
