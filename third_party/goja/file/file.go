// Package file encapsulates the file abstractions used by the ast & parser.
package file

import (
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/go-sourcemap/sourcemap"
)

// Idx is a compact encoding of a source position within a file set.
// It can be converted into a Position for a more convenient, but much
// larger, representation.
type Idx int

// Position describes an arbitrary source position
// including the filename, line, and column location.
type Position struct {
	Filename string // The filename where the error occurred, if any
	Line     int    // The line number, starting at 1
	Column   int    // The column number, starting at 1 (The character count)

}

// A Position is valid if the line number is > 0.

func (self *Position) isValid() bool {
	return self.Line > 0
}

// String returns a string in one of several forms:
//
//	file:line:column    A valid position with filename
//	line:column         A valid position without filename
//	file                An invalid position with filename
//	-                   An invalid position without filename
func (self Position) String() string {
	str := self.Filename
	if self.isValid() {
		if str != "" {
			str += ":"
		}
		str += fmt.Sprintf("%d:%d", self.Line, self.Column)
	}
	if str == "" {
		str = "-"
	}
	return str
}

// FileSet

// A FileSet represents a set of source files.
type FileSet struct {
	files []*File
	last  *File
}

// AddFile adds a new file with the given filename and src.
//
// This an internal method, but exported for cross-package use.
func (self *FileSet) AddFile(filename, src string) int {
	base := self.nextBase()
	file := &File{
		name: filename,
		src:  src,
		base: base,
	}
	self.files = append(self.files, file)
	self.last = file
	return base
}

func (self *FileSet) nextBase() int {
	if self.last == nil {
		return 1
	}
	return self.last.base + len(self.last.src) + 1
}

func (self *FileSet) File(idx Idx) *File {
	for _, file := range self.files {
		if idx <= Idx(file.base+len(file.src)) {
			return file
		}
	}
	return nil
}

// Position converts an Idx in the FileSet into a Position.
func (self *FileSet) Position(idx Idx) Position {
	for _, file := range self.files {
		if idx <= Idx(file.base+len(file.src)) {
			return file.Position(int(idx) - file.base)
		}
	}
	return Position{}
}

type File struct {
	mu                sync.Mutex
	name              string
	src               string
	base              int // This will always be 1 or greater
	sourceMap         *sourcemap.Consumer
	loadSourceMap     func() *sourcemap.Consumer // gojanet: SetSourceMapLoader
	lineOffsets       []int
	lastScannedOffset int
}

func NewFile(filename, src string, base int) *File {
	return &File{
		name: filename,
		src:  src,
		base: base,
	}
}

func (fl *File) Name() string {
	return fl.name
}

func (fl *File) Source() string {
	return fl.src
}

func (fl *File) Base() int {
	return fl.base
}

func (fl *File) SetSourceMap(m *sourcemap.Consumer) {
	fl.mu.Lock()
	fl.sourceMap, fl.loadSourceMap = m, nil
	fl.mu.Unlock()
}

// SetSourceMapLoader makes load the source of the file's source map, called
// once, when a position is first asked for. gojanet: the parser defers
// decoding and parsing a map so: every file the host lowers carries an
// inline one (its mappings were a tenth of Next.js's heap after start-up),
// and most are never read.
func (fl *File) SetSourceMapLoader(load func() *sourcemap.Consumer) {
	fl.mu.Lock()
	fl.sourceMap, fl.loadSourceMap = nil, load
	fl.mu.Unlock()
}

// sourceMapNow is the file's source map, loaded on the first call.
func (fl *File) sourceMapNow() *sourcemap.Consumer {
	fl.mu.Lock()
	defer fl.mu.Unlock()
	if load := fl.loadSourceMap; load != nil {
		fl.loadSourceMap = nil
		fl.sourceMap = load()
	}
	return fl.sourceMap
}

func (fl *File) Position(offset int) Position {
	row, col := fl.rowCol(offset)

	if sm := fl.sourceMapNow(); sm != nil {
		// gojanet: source maps count columns from 0, positions from 1.
		if source, _, row, col, ok := sm.Source(row, col-1); ok {
			col++
			sourceUrlStr := source
			sourceURL := ResolveSourcemapURL(fl.Name(), source)
			if sourceURL != nil {
				sourceUrlStr = sourceURL.String()
			}

			return Position{
				Filename: sourceUrlStr,
				Line:     row,
				Column:   col,
			}
		}
	}

	return Position{
		Filename: fl.name,
		Line:     row,
		Column:   col,
	}
}

// gojanet: OriginalText is the original source of the generated span
// [start, end) where the file has a source map carrying its sources: from
// where start maps to, to the end of the identifier (or the one character)
// that end-1 maps into. Used to print a callee as the script wrote it
// ("ts.transpileModule", not esbuild's "import_typescript.default...").
func (fl *File) OriginalText(start, end int) (string, bool) {
	sm := fl.sourceMapNow()
	if sm == nil || start < 0 || end <= start || end > len(fl.src) {
		return "", false
	}
	mapped := func(offset int) (string, int, int, bool) {
		row, col := fl.rowCol(offset)
		source, _, line, column, ok := sm.Source(row, col-1)
		return source, line, column, ok
	}
	srcA, lineA, colA, okA := mapped(start)
	srcB, lineB, colB, okB := mapped(end - 1)
	if !okA || !okB || srcA != srcB {
		return "", false
	}
	content := sm.SourceContent(srcA)
	a, b := offsetAt(content, lineA, colA), offsetAt(content, lineB, colB)
	if a < 0 || b < a {
		return "", false
	}
	if b < len(content) && !isIdentByte(content[b]) {
		b++
	}
	for b < len(content) && isIdentByte(content[b]) {
		b++
	}
	return content[a:b], true
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// offsetAt is the byte offset of line (1-based) and column (0-based) in
// text, or -1.
func offsetAt(text string, line, column int) int {
	o := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(text[o:], '\n')
		if i < 0 {
			return -1
		}
		o += i + 1
	}
	if o+column > len(text) {
		return -1
	}
	return o + column
}

// rowCol is offset's line (1-based) and column (1-based) in the generated source.
func (fl *File) rowCol(offset int) (int, int) {
	var line int
	var lineOffsets []int
	fl.mu.Lock()
	if offset > fl.lastScannedOffset {
		line = fl.scanTo(offset)
		lineOffsets = fl.lineOffsets
		fl.mu.Unlock()
	} else {
		lineOffsets = fl.lineOffsets
		fl.mu.Unlock()
		line = sort.Search(len(lineOffsets), func(x int) bool { return lineOffsets[x] > offset }) - 1
	}

	var lineStart int
	if line >= 0 {
		lineStart = lineOffsets[line]
	}

	return line + 2, offset - lineStart + 1
}

func ResolveSourcemapURL(basename, source string) *url.URL {
	// if the url is absolute(has scheme) there is nothing to do
	smURL, err := url.Parse(filepath.ToSlash(strings.TrimSpace(source)))
	if err == nil && !smURL.IsAbs() {
		basename = filepath.ToSlash(strings.TrimSpace(basename))
		baseURL, err1 := url.Parse(basename)
		if err1 == nil && path.IsAbs(baseURL.Path) {
			smURL = baseURL.ResolveReference(smURL)
		} else {
			// pathological case where both are not absolute paths and using Resolve
			// as above will produce an absolute one
			smURL, _ = url.Parse(path.Join(path.Dir(basename), smURL.Path))
		}
	}
	return smURL
}

func findNextLineStart(s string) int {
	for pos, ch := range s {
		switch ch {
		case '\r':
			if pos < len(s)-1 && s[pos+1] == '\n' {
				return pos + 2
			}
			return pos + 1
		case '\n':
			return pos + 1
		case '\u2028', '\u2029':
			return pos + 3
		}
	}
	return -1
}

func (fl *File) scanTo(offset int) int {
	o := fl.lastScannedOffset
	for o < offset {
		p := findNextLineStart(fl.src[o:])
		if p == -1 {
			fl.lastScannedOffset = len(fl.src)
			return len(fl.lineOffsets) - 1
		}
		o = o + p
		fl.lineOffsets = append(fl.lineOffsets, o)
	}
	fl.lastScannedOffset = o

	if o == offset {
		return len(fl.lineOffsets) - 1
	}

	return len(fl.lineOffsets) - 2
}
