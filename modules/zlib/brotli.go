package zlib

import (
	"bytes"
	"errors"
	"io"
	"reflect"

	"github.com/andybalholm/brotli"
)

// Brotli on github.com/andybalholm/brotli. Its decoder, unlike flate's,
// keeps its state when its source has nothing more for now, so it needs no
// goroutine: the source answers errStarved and process returns.

type brotliEncoder struct {
	out      bytes.Buffer
	w        *brotli.Writer
	opts     brotli.WriterOptions
	finished bool
}

func newBrotliEncoder(quality, lgwin int) *brotliEncoder {
	e := &brotliEncoder{opts: brotli.WriterOptions{Quality: quality, LGWin: lgwin}}
	e.w = brotli.NewWriterOptions(&e.out, e.opts)
	return e
}

func (e *brotliEncoder) process(in []byte, flush, limit int) result {
	if !e.finished {
		if len(in) > 0 {
			e.w.Write(in)
		}
		switch flush {
		case brotliFlush:
			e.w.Flush()
		case brotliFinish:
			e.w.Close()
			e.finished = true
		}
	}
	return takeOut(&e.out, limit)
}

func (e *brotliEncoder) params(int, int) {}

func (e *brotliEncoder) reset() {
	e.out.Reset()
	e.w.Reset(&e.out)
	e.finished = false
}

func (e *brotliEncoder) close() {}

var errStarved = errors.New("brotli: needs more input")

type brotliDecoder struct {
	r       *brotli.Reader
	pending [][]byte
	eof     bool
	done    bool
	fed     int
	left    int
	buf     []byte
	out     bytes.Buffer
}

func newBrotliDecoder() *brotliDecoder {
	d := &brotliDecoder{buf: make([]byte, 32<<10)}
	d.r = brotli.NewReader(d)
	return d
}

// Read is the decoder's source.
func (d *brotliDecoder) Read(p []byte) (int, error) {
	for len(d.pending) > 0 && len(d.pending[0]) == 0 {
		d.pending = d.pending[1:]
	}
	if len(d.pending) == 0 {
		if d.eof {
			return 0, io.EOF
		}
		return 0, errStarved
	}
	n := copy(p, d.pending[0])
	d.pending[0] = d.pending[0][n:]
	return n, nil
}

func (d *brotliDecoder) process(in []byte, flush, limit int) result {
	d.fed += len(in)
	if d.done {
		d.left += len(in)
	} else if len(in) > 0 {
		d.pending = append(d.pending, in)
	}
	if flush == brotliFinish {
		d.eof = true
	}
	full := false
	for !d.done {
		if d.out.Len() >= limit {
			full = true
			break
		}
		n, err := d.r.Read(d.buf[:min(len(d.buf), limit-d.out.Len())])
		d.out.Write(d.buf[:n])
		if err == errStarved {
			break
		}
		if err == nil {
			continue
		}
		d.done = true
		d.left += unread(d.r)
		for _, p := range d.pending {
			d.left += len(p)
		}
		d.pending = nil
		switch {
		case err == io.EOF, err.Error() == "brotli: excessive input":
			// the end; bytes after it are ignored, as in node
		case err == io.ErrUnexpectedEOF:
			return result{err: errUnexpectedEOF}
		default:
			return result{err: brotliError(err)}
		}
	}
	res := takeOut(&d.out, limit)
	res.more = d.out.Len() > 0 || full
	res.consumed = d.fed - d.left
	res.ended = d.done
	return res
}

// brotliError carries the decoder's error number; JS names it as node does
// (ERR__ERROR_FORMAT_PADDING_1 for -14).
func brotliError(err error) *zerr {
	errno := -31 // BROTLI_DECODER_ERROR_UNREACHABLE
	if v := reflect.ValueOf(err); v.Kind() == reflect.Int {
		errno = int(v.Int())
	}
	return &zerr{"Decompression failed", "", errno}
}

func (d *brotliDecoder) params(int, int) {}

func (d *brotliDecoder) reset() {
	d.pending, d.eof, d.done, d.fed, d.left = nil, false, false, 0, 0
	d.out.Reset()
	d.r.Reset(d)
}

func (d *brotliDecoder) close() {}

// unread is how much input the brotli reader took from its source but did
// not use when the stream ended (node counts only the stream's bytes in
// bytesWritten). The reader does not export it: read its fields (the
// bytes left in its input slice and its small carry-over buffer); 0 if a
// later version names them differently.
func unread(r *brotli.Reader) int {
	v := reflect.ValueOf(r).Elem()
	n := 0
	if f := v.FieldByName("in"); f.IsValid() && f.Kind() == reflect.Slice {
		n += f.Len()
	}
	if f := v.FieldByName("buffer_length"); f.IsValid() && f.CanInt() {
		n += int(f.Int())
	} else if f.IsValid() && f.CanUint() {
		n += int(f.Uint())
	}
	return n
}
