package zlib

import (
	"bytes"
	"compress/flate"
	"testing"
)

// A stream's decoder goroutine ends when the stream is closed mid-input,
// and process after close is a no-op.
func TestInflaterCloseEndsGoroutine(t *testing.T) {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, 6)
	w.Write(bytes.Repeat([]byte("gojanet "), 10000))
	w.Close()
	i := newInflater(modeInflateRaw, 15, nil)
	r := i.process(b.Bytes()[:b.Len()/2], zNoFlush, 1<<20)
	if r.err != nil || r.ended {
		t.Fatalf("half a stream: %+v", r.err)
	}
	i.close()
	select {
	case <-i.exited:
	default:
		t.Fatal("decoder goroutine still running after close")
	}
	if r := i.process([]byte{1, 2, 3}, zFinish, 100); r.out != nil || r.err != nil {
		t.Fatalf("process after close: %+v", r)
	}
}

// Output is handed out at most limit bytes at a time; more says when to
// ask again, and the decoder waits meanwhile.
func TestInflaterLimit(t *testing.T) {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, 9)
	w.Write(make([]byte, 1<<20))
	w.Close()
	i := newInflater(modeInflateRaw, 0, nil)
	defer i.close()
	total := 0
	r := i.process(b.Bytes(), zFinish, 4096)
	for {
		if r.err != nil {
			t.Fatal(r.err.msg)
		}
		if len(r.out) > 4096 {
			t.Fatalf("%d bytes at once, limit 4096", len(r.out))
		}
		total += len(r.out)
		if !r.more {
			break
		}
		r = i.process(nil, zFinish, 4096)
	}
	if total != 1<<20 || !r.ended {
		t.Fatalf("got %d bytes, ended %v", total, r.ended)
	}
}

// Unknown flush kinds and empty input never break a codec.
func TestOddFlushKinds(t *testing.T) {
	for _, mode := range []int{modeDeflate, modeGzip, modeDeflateRaw} {
		d := newDeflater(mode, 15, 6, 0, nil)
		for _, f := range []int{-1, 99, zBlock, zNoFlush, zPartialFlush} {
			d.process([]byte("abc"), f, 1<<16)
		}
		d.process(nil, zFinish, 1<<16)
		d.process([]byte("after the end"), zFinish, 1<<16)
		d.close()
	}
	e := newBrotliEncoder(11, 22)
	e.process([]byte("abc"), 77, 1<<16)
	e.process(nil, brotliFinish, 1<<16)
	dec := newBrotliDecoder()
	if r := dec.process([]byte("garbage garbage"), brotliFinish, 1<<16); r.err == nil {
		t.Fatal("garbage decoded")
	}
}
