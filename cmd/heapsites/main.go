// Command heapsites summarises a Go heap dump (runtime/debug.WriteHeapDump)
// by allocation site: per site, the objects, their bytes, their pointer
// words (what the collector's bitmap makes it load), the non-nil ones, those
// into the heap and those into the object itself. A collection's mark work
// follows the words (ARCHITECTURE.md, "Round five"). Sites need the dump's
// alloc samples: run the process with GODEBUG=memprofilerate=1, e.g.
//
//	GODEBUG=memprofilerate=1 GOJANET_HEAPPROFILE=/tmp/p GOJANET_HEAPDUMP=/tmp/d \
//	  ./runtime.test -test.run XXX -test.bench '^BenchmarkHTTPHelloCollection$' -test.benchtime 2x
//	heapsites -noline /tmp/d
//
// The dump also holds objects that died since the last collection (the
// heap profile's writer's: -exclude drops them by a frame).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type object struct {
	addr, size uint64
	slots      int      // pointer words
	ptrs       []uint64 // the non-nil ones' values
	bucket     uint64   // its allocation's profile bucket
}

type frame struct {
	fn   string
	line uint64
}

// dump is what heapsites reads of a dump.
type dump struct {
	objs    []*object // by address
	buckets map[uint64][]frame
}

func main() {
	depth := flag.Int("depth", 1, "frames naming a site")
	skip := flag.String("skip", "runtime.,reflect.,sync.,internal/,slices.,strings.,bytes.,unique.,maps.", "frame prefixes not naming a site")
	exclude := flag.String("exclude", "pprof.", "drop objects allocated under a frame containing this")
	match := flag.String("match", "", "only sites containing this")
	noline := flag.Bool("noline", false, "sites by function, without lines")
	top := flag.Int("top", 40, "rows")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: heapsites [flags] dumpfile")
		os.Exit(2)
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	d, err := read(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		fmt.Fprintln(os.Stderr, "heapsites:", err)
		os.Exit(1)
	}
	skips := strings.Split(*skip, ",")
	site := func(b uint64) string {
		var parts []string
		for _, fr := range d.buckets[b] {
			if hasPrefix(fr.fn, skips) {
				continue
			}
			fn := fr.fn[strings.LastIndex(fr.fn, "/")+1:]
			if !*noline {
				fn = fmt.Sprintf("%s:%d", fn, fr.line)
			}
			if parts = append(parts, fn); len(parts) == *depth {
				break
			}
		}
		if len(parts) == 0 {
			return "(no site)"
		}
		return strings.Join(parts, " < ")
	}
	type row struct {
		site                               string
		objs, bytes, slots, ptrs, heap, me int
	}
	rows := map[string]*row{}
	var total row
	for _, o := range d.objs {
		if *exclude != "" && under(d.buckets[o.bucket], *exclude) {
			continue
		}
		s := site(o.bucket)
		if !strings.Contains(s, *match) {
			continue
		}
		r := rows[s]
		if r == nil {
			r = &row{site: s}
			rows[s] = r
		}
		r.objs++
		r.bytes += int(o.size)
		r.slots += o.slots
		r.ptrs += len(o.ptrs)
		for _, p := range o.ptrs {
			if t := d.find(p); t != nil {
				r.heap++
				if t == o {
					r.me++
				}
			}
		}
	}
	var list []*row
	for _, r := range rows {
		list = append(list, r)
		total.objs += r.objs
		total.bytes += r.bytes
		total.slots += r.slots
		total.ptrs += r.ptrs
		total.heap += r.heap
		total.me += r.me
	}
	sort.Slice(list, func(i, j int) bool { return list[i].slots > list[j].slots })
	fmt.Printf("%8s %9s %8s %8s %8s %7s  %s\n", "objects", "bytes", "words", "non-nil", "heap", "self", "site")
	total.site = "TOTAL"
	for i, r := range append([]*row{&total}, list...) {
		if i > *top {
			break
		}
		fmt.Printf("%8d %9d %8d %8d %8d %7d  %s\n", r.objs, r.bytes, r.slots, r.ptrs, r.heap, r.me, r.site)
	}
}

func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if p != "" && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func under(stack []frame, s string) bool {
	for _, fr := range stack {
		if strings.Contains(fr.fn, s) {
			return true
		}
	}
	return false
}

// find returns the object holding address p, nil if none does.
func (d *dump) find(p uint64) *object {
	i := sort.Search(len(d.objs), func(i int) bool { return d.objs[i].addr > p }) - 1
	if i >= 0 && p < d.objs[i].addr+d.objs[i].size {
		return d.objs[i]
	}
	return nil
}

// The dump's records (runtime/heapdump.go, golang.org/s/go15heapdump).
const (
	tagEOF = iota
	tagObject
	tagOtherRoot
	tagType
	tagGoroutine
	tagStackFrame
	tagParams
	tagFinalizer
	tagItab
	tagOSThread
	tagMemStats
	tagQueuedFinalizer
	tagData
	tagBSS
	tagDefer
	tagPanic
	tagMemProf
	tagAllocSample
)

// reader reads a dump's varints and byte strings; the first error stops it.
type reader struct {
	r   *bufio.Reader
	err error
}

func (r *reader) uint() uint64 {
	var x uint64
	for s := uint(0); r.err == nil; s += 7 {
		b, err := r.r.ReadByte()
		if err != nil {
			r.err = err
			break
		}
		x |= uint64(b&0x7f) << s
		if b < 0x80 {
			break
		}
	}
	return x
}

func (r *reader) uints(n int) {
	for range n {
		r.uint()
	}
}

func (r *reader) bytes() []byte {
	n := r.uint()
	if r.err != nil {
		return nil
	}
	b := make([]byte, n)
	_, r.err = io.ReadFull(r.r, b)
	return b
}

func (r *reader) skipBytes() {
	if n := r.uint(); r.err == nil {
		_, r.err = r.r.Discard(int(n))
	}
}

// fields reads a field list: the offsets of pointer words.
func (r *reader) fields() []uint64 {
	var offs []uint64
	for r.err == nil {
		if r.uint() == 0 {
			break
		}
		offs = append(offs, r.uint())
	}
	return offs
}

func read(br *bufio.Reader) (*dump, error) {
	r := &reader{r: br}
	hdr := make([]byte, len("go1.7 heap dump\n"))
	if _, err := io.ReadFull(br, hdr); err != nil || string(hdr) != "go1.7 heap dump\n" {
		return nil, fmt.Errorf("not a go1.7 heap dump")
	}
	d := &dump{buckets: map[uint64][]frame{}}
	byAddr := map[uint64]*object{}
	var samples [][2]uint64 // address, bucket
	for r.err == nil {
		switch tag := r.uint(); tag {
		case tagEOF:
			return d.finish(byAddr, samples), nil
		case tagObject:
			o := &object{addr: r.uint()}
			c := r.bytes()
			offs := r.fields()
			o.size, o.slots = uint64(len(c)), len(offs)
			for _, off := range offs {
				var v uint64
				for i := range uint64(8) {
					v |= uint64(c[off+i]) << (8 * i)
				}
				if v != 0 {
					o.ptrs = append(o.ptrs, v)
				}
			}
			d.objs = append(d.objs, o)
			byAddr[o.addr] = o
		case tagOtherRoot:
			r.skipBytes()
			r.uint()
		case tagType:
			r.uints(2)
			r.skipBytes()
			r.uint()
		case tagGoroutine:
			r.uints(8)
			r.skipBytes()
			r.uints(4)
		case tagStackFrame:
			r.uints(3)
			r.skipBytes()
			r.uints(3)
			r.skipBytes()
			r.fields()
		case tagParams:
			if r.uints(1); r.uint() != 8 {
				return nil, fmt.Errorf("not a 64-bit dump")
			}
			r.uints(2)
			r.skipBytes()
			r.skipBytes()
			r.uint()
		case tagFinalizer, tagQueuedFinalizer:
			r.uints(5)
		case tagItab:
			r.uints(2)
		case tagOSThread:
			r.uints(3)
		case tagMemStats:
			r.uints(24 + 256 + 1)
		case tagData, tagBSS:
			r.uint()
			r.skipBytes()
			r.fields()
		case tagDefer:
			r.uints(7)
		case tagPanic:
			r.uints(6)
		case tagMemProf:
			b := r.uint()
			r.uint()
			stack := make([]frame, r.uint())
			for i := range stack {
				stack[i].fn = string(r.bytes())
				r.skipBytes() // file
				stack[i].line = r.uint()
			}
			r.uints(2)
			d.buckets[b] = stack
		case tagAllocSample:
			samples = append(samples, [2]uint64{r.uint(), r.uint()})
		default:
			return nil, fmt.Errorf("unknown record %d", tag)
		}
	}
	return nil, r.err
}

// finish sorts the objects and gives each its sample's bucket: an object
// with a malloc header is sampled at its address + 8, a tiny one inside
// its 16-byte block.
func (d *dump) finish(byAddr map[uint64]*object, samples [][2]uint64) *dump {
	sort.Slice(d.objs, func(i, j int) bool { return d.objs[i].addr < d.objs[j].addr })
	for _, s := range samples {
		o := byAddr[s[0]]
		if o == nil {
			o = d.find(s[0])
		}
		if o != nil && o.bucket == 0 {
			o.bucket = s[1]
		}
	}
	return d
}
