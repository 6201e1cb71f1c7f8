package zlib

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"sync"
)

// deflater compresses for DEFLATE (zlib framing), GZIP and DEFLATERAW. The
// compressed stream itself is Go's compress/flate; the framing (header,
// checksum, trailer) is written here so that flushes can happen at any
// point: Z_SYNC_FLUSH is flate's Flush (an empty stored block, 00 00 ff ff),
// Z_FULL_FLUSH is a Flush followed by a fresh compressor, so nothing after
// it refers back before it (what a decoder starting there needs).
//
// flate always searches a 32 KiB window. For windowBits < 15 the input is
// cut into segments no longer than the window, each compressed by a fresh
// compressor after a flush, so no back-reference reaches further than a
// decoder with that window keeps (zlib's inflate rejects them otherwise).
type deflater struct {
	mode      int
	level     int
	strategy  int
	window    int    // 1 << windowBits
	dict      []byte // the preset dictionary (kept for reset)
	dictLen   int    // how much of it the current compressor can refer to
	dictSum   uint32 // adler32 of the whole dictionary (the zlib header's DICTID)
	out       bytes.Buffer
	fw        *flate.Writer
	sum       hash.Hash32 // adler32 (zlib) or crc32 (gzip); nil for raw
	size      uint32      // gzip's ISIZE: input length mod 2^32
	segment   int         // bytes fed to fw since its last reset
	started   bool        // header written
	finished  bool        // trailer written
	lastFlush int
	dirty     bool // input since the last flush
}

func newDeflater(mode, windowBits, level, strategy int, dict []byte) *deflater {
	if windowBits < 9 {
		windowBits = 9 // zlib does the same with 8
	}
	d := &deflater{mode: mode, level: level, strategy: strategy, window: 1 << windowBits}
	if len(dict) > 0 {
		d.dict = append([]byte(nil), dict...)
		d.dictSum = adler32.Checksum(dict)
		if len(d.dict) > d.window/2 && windowBits < 15 {
			d.dict = d.dict[len(d.dict)-d.window/2:]
		}
	}
	switch mode {
	case modeDeflate:
		d.sum = adler32.New()
	case modeGzip:
		d.sum = crc32.NewIEEE()
	}
	return d
}

// flateLevel maps zlib's level and strategy to compress/flate's.
func (d *deflater) flateLevel() int {
	if d.strategy == zHuffmanOnly {
		return flate.HuffmanOnly
	}
	if d.level < -1 || d.level > 9 {
		return flate.DefaultCompression
	}
	return d.level
}

// flate writers hold ≈ 700 KiB of tables; one-shot calls reuse them.
var writerPools [12]sync.Pool

func (d *deflater) newWriter(dict []byte) {
	lvl := d.flateLevel()
	if dict == nil {
		if w, ok := writerPools[lvl+2].Get().(*flate.Writer); ok {
			w.Reset(&d.out)
			d.fw = w
			return
		}
		d.fw, _ = flate.NewWriter(&d.out, lvl)
		return
	}
	d.fw, _ = flate.NewWriterDict(&d.out, lvl, dict)
	d.dictLen = len(dict)
}

func (d *deflater) releaseWriter() {
	if d.fw != nil && d.dictLen == 0 {
		writerPools[d.flateLevel()+2].Put(d.fw)
	}
	d.fw = nil
}

func (d *deflater) header() {
	d.started = true
	switch d.mode {
	case modeDeflate:
		cmf := byte(8 | (bitsOf(d.window)-8)<<4)
		var lvl byte
		switch {
		case d.strategy >= zHuffmanOnly || (d.level >= 0 && d.level < 2):
			lvl = 0
		case d.level >= 0 && d.level < 6:
			lvl = 1
		case d.level == 6 || d.level == -1:
			lvl = 2
		default:
			lvl = 3
		}
		flg := lvl << 6
		if d.dict != nil {
			flg |= 0x20
		}
		flg += byte(31 - (uint16(cmf)<<8|uint16(flg))%31)
		d.out.Write([]byte{cmf, flg})
		if d.dict != nil {
			d.out.Write(binary.BigEndian.AppendUint32(nil, d.dictSum))
		}
	case modeGzip:
		xfl := byte(0)
		if d.level == 9 {
			xfl = 2
		} else if d.level == 1 {
			xfl = 4
		}
		d.out.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
	d.newWriter(d.dict)
}

func bitsOf(n int) int {
	b := 0
	for n > 1 {
		n >>= 1
		b++
	}
	return b
}

// restart ends the current compressor at a byte boundary and starts a fresh
// one with no history.
func (d *deflater) restart() {
	d.fw.Flush()
	d.releaseWriter()
	d.dictLen, d.segment = 0, 0
	d.newWriter(nil)
}

func (d *deflater) write(p []byte) {
	if d.sum != nil {
		d.sum.Write(p)
	}
	d.size += uint32(len(p))
	for len(p) > 0 {
		n := len(p)
		if d.window < 1<<15 {
			room := d.window - d.dictLen - d.segment
			if room <= 0 {
				d.restart()
				continue
			}
			n = min(n, room)
		}
		d.fw.Write(p[:n])
		d.dirty = true
		d.segment += n
		p = p[n:]
	}
}

func (d *deflater) process(in []byte, flush, limit int) result {
	if !d.finished {
		if !d.started {
			d.header()
		}
		if len(in) > 0 {
			d.write(in)
		}
		idle := len(in) == 0 && flushRank(flush) <= flushRank(d.lastFlush)
		d.lastFlush = flush
		switch {
		case flush == zFinish:
			if d.dirty {
				d.fw.Close()
			} else {
				// At a byte boundary (nothing written, or just flushed):
				// the final block can be zlib's two-byte empty one
				// instead of flate's five-byte stored one.
				d.out.Write([]byte{3, 0})
			}
			d.releaseWriter()
			d.finished = true
			switch d.mode {
			case modeDeflate:
				d.out.Write(binary.BigEndian.AppendUint32(nil, d.sum.Sum32()))
			case modeGzip:
				d.out.Write(binary.LittleEndian.AppendUint32(nil, d.sum.Sum32()))
				d.out.Write(binary.LittleEndian.AppendUint32(nil, d.size))
			}
		case idle:
		case flush == zFullFlush:
			d.restart()
			d.dirty = false
		case flush == zSyncFlush || flush == zPartialFlush:
			d.fw.Flush()
			d.dirty = false
		}
	}
	return takeOut(&d.out, limit)
}

// takeOut hands over up to limit pending bytes in a fresh slice (JS owns it
// afterwards).
func takeOut(buf *bytes.Buffer, limit int) result {
	n := min(buf.Len(), limit)
	if n == 0 {
		return result{}
	}
	out := make([]byte, n)
	buf.Read(out)
	return result{out: out, more: buf.Len() > 0}
}

// params switches level and strategy. JS has flushed (Z_SYNC_FLUSH) first,
// so the new compressor starts at a byte boundary.
func (d *deflater) params(level, strategy int) {
	if d.started && !d.finished {
		if d.dirty {
			d.fw.Flush()
			d.dirty = false
		}
		d.releaseWriter()
		d.dictLen, d.segment = 0, 0
		d.level, d.strategy = level, strategy
		d.newWriter(nil)
		return
	}
	d.level, d.strategy = level, strategy
}

func (d *deflater) reset() {
	d.releaseWriter()
	dict, sum := d.dict, d.dictSum
	*d = *newDeflater(d.mode, bitsOf(d.window), d.level, d.strategy, nil)
	d.dict, d.dictSum = dict, sum
}

func (d *deflater) close() { d.releaseWriter() }

// flushRank orders flush kinds as zlib does (Z_BLOCK sits between
// Z_NO_FLUSH and Z_PARTIAL_FLUSH).
func flushRank(f int) int {
	switch f {
	case zNoFlush:
		return 0
	case zBlock:
		return 1
	case zPartialFlush:
		return 2
	case zSyncFlush:
		return 3
	case zFullFlush:
		return 4
	}
	return 5
}
