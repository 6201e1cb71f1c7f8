package zlib

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"
	"sync"
)

// inflater decompresses for INFLATE, INFLATERAW, GUNZIP and UNZIP.
//
// Go's flate reader pulls its input and cannot resume after running out of
// it, while node's zlib is pushed one chunk at a time. So each inflater runs
// its decoder on a goroutine of its own that blocks when it needs input it
// does not have yet ("starved"). process hands it a chunk and waits until it
// has consumed all input and is starved again, has finished (end of stream
// or an error), or has produced limit bytes. The goroutine lives as long as
// the stream (the decoder's state is its stack) and ends on close.
//
// flate hands out decoded bytes at the end of each block that ends in a
// flush (Z_SYNC_FLUSH/Z_FULL_FLUSH markers: the empty stored block
// 00 00 ff ff), when its 32 KiB window is full, and at the end of the
// stream; between those points output waits in the decoder, so a chunk cut
// mid-block may yield its output with a later chunk (zlib would return it
// at once). The bytes are the same in the end.
//
// The framing (zlib and gzip headers, dictionaries, checksums, concatenated
// gzip members) is parsed here, so errors carry zlib's messages.
type inflater struct {
	mode       int
	windowBits int
	dict       []byte

	mu      sync.Mutex
	cond    sync.Cond
	pending [][]byte // input not yet taken by the decoder
	eof     bool     // the last input has been given (Z_FINISH)
	closed  bool
	starved bool // the decoder waits for input
	running bool
	done    bool
	err     *zerr
	out     bytes.Buffer
	limit   int
	fed     int // input bytes given
	left    int // input bytes unused when the stream ended
	exited  chan struct{}

	// owned by the decoder goroutine
	cur []byte
	buf []byte
}

var errClosed = errors.New("zlib: closed")

func newInflater(mode, windowBits int, dict []byte) *inflater {
	i := &inflater{mode: mode, windowBits: windowBits, limit: 1 << 16}
	if len(dict) > 0 {
		i.dict = append([]byte(nil), dict...)
	}
	i.cond.L = &i.mu
	return i
}

func (i *inflater) process(in []byte, flush, limit int) result {
	i.mu.Lock()
	defer i.mu.Unlock()
	if i.closed {
		return result{}
	}
	i.limit = max(limit, 1)
	if len(in) > 0 {
		if i.done {
			i.left += len(in)
		} else {
			i.pending = append(i.pending, in)
		}
		i.fed += len(in)
		i.starved = false
	}
	if flush == zFinish && !i.eof {
		i.eof = true
		i.starved = false
	}
	if !i.running && !i.done {
		i.running = true
		i.exited = make(chan struct{})
		go i.run()
	}
	i.cond.Broadcast()
	for !i.done && !(i.starved && len(i.pending) == 0) && i.out.Len() < i.limit {
		i.cond.Wait()
	}
	if i.err != nil {
		err := i.err
		i.out.Reset()
		return result{err: err}
	}
	res := takeOut(&i.out, i.limit)
	res.more = i.out.Len() > 0 || (!i.done && !(i.starved && len(i.pending) == 0))
	res.consumed = i.fed - i.left
	res.ended = i.done
	i.cond.Broadcast() // the decoder may wait for room
	return res
}

func (i *inflater) close() {
	i.mu.Lock()
	i.closed = true
	i.cond.Broadcast()
	running := i.running && !i.done
	i.mu.Unlock()
	if running {
		<-i.exited
	}
}

func (i *inflater) run() {
	i.buf = make([]byte, 32<<10)
	err := i.decode()
	i.mu.Lock()
	if err != nil && err != errStop {
		i.err = err
	}
	i.left = len(i.cur)
	for _, p := range i.pending {
		i.left += len(p)
	}
	i.pending, i.cur = nil, nil
	i.done = true
	i.cond.Broadcast()
	close(i.exited)
	i.mu.Unlock()
}

// refill takes the next pending chunk, waiting for one if need be.
func (i *inflater) refill() error {
	i.mu.Lock()
	defer i.mu.Unlock()
	for len(i.cur) == 0 {
		if i.closed {
			return errClosed
		}
		if len(i.pending) > 0 {
			i.cur, i.pending = i.pending[0], i.pending[1:]
			continue
		}
		if i.eof {
			return io.EOF
		}
		i.starved = true
		i.cond.Broadcast()
		i.cond.Wait()
	}
	i.starved = false
	return nil
}

// ReadByte and Read make the inflater the decoder's flate.Reader, so flate
// takes exactly the bytes it needs and the trailer that follows is left here.
func (i *inflater) ReadByte() (byte, error) {
	if len(i.cur) == 0 {
		if err := i.refill(); err != nil {
			return 0, err
		}
	}
	b := i.cur[0]
	i.cur = i.cur[1:]
	return b, nil
}

func (i *inflater) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if len(i.cur) == 0 {
		if err := i.refill(); err != nil {
			return 0, err
		}
	}
	n := copy(p, i.cur)
	i.cur = i.cur[n:]
	return n, nil
}

func (i *inflater) peekByte() (byte, error) {
	if len(i.cur) == 0 {
		if err := i.refill(); err != nil {
			return 0, err
		}
	}
	return i.cur[0], nil
}

// emit publishes decoded bytes, waiting while limit bytes are unclaimed.
func (i *inflater) emit(p []byte) error {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.out.Write(p)
	for i.out.Len() >= i.limit && !i.closed {
		i.cond.Broadcast()
		i.cond.Wait()
	}
	if i.closed {
		return errClosed
	}
	return nil
}

// errStop ends decoding without an error (closed, or gzip's zero padding).
var errStop = &zerr{}

var (
	errUnexpectedEOF = &zerr{"unexpected end of file", "Z_BUF_ERROR", -5}
	errHeader        = dataError("incorrect header check")
	errMethod        = dataError("unknown compression method")
)

func dataError(msg string) *zerr { return &zerr{msg, "Z_DATA_ERROR", -3} }

func (i *inflater) fail(err error) *zerr {
	switch {
	case err == errClosed:
		return errStop
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return errUnexpectedEOF
	}
	var ce flate.CorruptInputError
	if errors.As(err, &ce) {
		// Go's flate does not say what was wrong; zlib's most common
		// complaint about data that is not deflate.
		return dataError("invalid block type")
	}
	return dataError(err.Error())
}

func (i *inflater) readN(n int) ([]byte, *zerr) {
	p := make([]byte, n)
	if _, err := io.ReadFull(i, p); err != nil {
		return nil, i.fail(err)
	}
	return p, nil
}

func (i *inflater) readByte() (byte, *zerr) {
	b, err := i.ReadByte()
	if err != nil {
		return 0, i.fail(err)
	}
	return b, nil
}

func (i *inflater) decode() *zerr {
	if i.mode == modeInflateRaw {
		_, err := i.inflate(i.dict, nil)
		return err
	}
	b0, err := i.readByte()
	if err != nil {
		return err
	}
	b1, err := i.readByte()
	if err != nil {
		return err
	}
	if i.mode == modeInflate || (i.mode == modeUnzip && (b0 != 0x1f || b1 != 0x8b)) {
		return i.zlibStream(b0, b1)
	}
	for {
		if err := i.gzipMember(b0, b1); err != nil {
			return err
		}
		// Another member follows unless the input ends or continues with
		// a zero byte (padding: the rest is ignored), as in node.
		b, perr := i.peekByte()
		if perr == io.EOF || (perr == nil && b == 0) {
			return nil
		}
		if perr != nil {
			return i.fail(perr)
		}
		if b0, err = i.readByte(); err != nil {
			return err
		}
		if b1, err = i.readByte(); err != nil {
			return err
		}
	}
}

func (i *inflater) zlibStream(cmf, flg byte) *zerr {
	if (uint16(cmf)<<8|uint16(flg))%31 != 0 {
		return errHeader
	}
	if cmf&0x0f != 8 {
		return errMethod
	}
	if w := int(cmf>>4) + 8; w > 15 || (i.windowBits != 0 && w > i.windowBits) {
		return dataError("invalid window size")
	}
	var dict []byte
	if flg&0x20 != 0 {
		id, err := i.readN(4)
		if err != nil {
			return err
		}
		if len(i.dict) == 0 {
			return &zerr{"Missing dictionary", "Z_NEED_DICT", 2}
		}
		if adler32.Checksum(i.dict) != binary.BigEndian.Uint32(id) {
			return &zerr{"Bad dictionary", "Z_NEED_DICT", 2}
		}
		dict = i.dict
	}
	sum := adler32.New()
	if _, err := i.inflate(dict, sum); err != nil {
		return err
	}
	trailer, err := i.readN(4)
	if err != nil {
		return err
	}
	if binary.BigEndian.Uint32(trailer) != sum.Sum32() {
		return dataError("incorrect data check")
	}
	return nil
}

func (i *inflater) gzipMember(b0, b1 byte) *zerr {
	if b0 != 0x1f || b1 != 0x8b {
		return errHeader
	}
	method, err := i.readByte()
	if err != nil {
		return err
	}
	if method != 8 {
		return errMethod
	}
	flags, err := i.readByte()
	if err != nil {
		return err
	}
	if flags&0xe0 != 0 {
		return dataError("unknown header flags set")
	}
	rest, err := i.readN(6) // MTIME, XFL, OS
	if err != nil {
		return err
	}
	h := append([]byte{method, flags}, rest...)
	hcrc := crc32.NewIEEE()
	hcrc.Write([]byte{b0, b1})
	hcrc.Write(h)
	if flags&4 != 0 { // FEXTRA
		n, err := i.readN(2)
		if err != nil {
			return err
		}
		extra, err := i.readN(int(binary.LittleEndian.Uint16(n)))
		if err != nil {
			return err
		}
		hcrc.Write(n)
		hcrc.Write(extra)
	}
	for _, f := range []byte{8, 16} { // FNAME, FCOMMENT: zero-terminated
		if flags&f == 0 {
			continue
		}
		for {
			c, err := i.readByte()
			if err != nil {
				return err
			}
			hcrc.Write([]byte{c})
			if c == 0 {
				break
			}
		}
	}
	if flags&2 != 0 { // FHCRC
		c, err := i.readN(2)
		if err != nil {
			return err
		}
		if binary.LittleEndian.Uint16(c) != uint16(hcrc.Sum32()) {
			return dataError("header crc mismatch")
		}
	}
	sum := crc32.NewIEEE()
	size, zerr := i.inflate(nil, sum)
	if zerr != nil {
		return zerr
	}
	trailer, zerr := i.readN(8)
	if zerr != nil {
		return zerr
	}
	if binary.LittleEndian.Uint32(trailer) != sum.Sum32() {
		return dataError("incorrect data check")
	}
	if binary.LittleEndian.Uint32(trailer[4:]) != uint32(size) {
		return dataError("incorrect length check")
	}
	return nil
}

// inflate decodes one raw deflate stream, publishing its output.
func (i *inflater) inflate(dict []byte, sum hash.Hash32) (int, *zerr) {
	fr := flate.NewReaderDict(i, dict)
	size := 0
	for {
		n, err := fr.Read(i.buf)
		if n > 0 {
			if sum != nil {
				sum.Write(i.buf[:n])
			}
			size += n
			if e := i.emit(i.buf[:n]); e != nil {
				return size, i.fail(e)
			}
		}
		if err == io.EOF {
			return size, nil
		}
		if err != nil {
			return size, i.fail(err)
		}
	}
}

func (i *inflater) params(int, int) {}

func (i *inflater) reset() {}
