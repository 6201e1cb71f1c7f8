package http2

import (
	"bytes"
	"encoding/binary"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// Errors the sending methods return, as nghttp2's codes (the script maps
// them to node's errors).
const (
	ErrStreamIDExhausted = -509 // NGHTTP2_ERR_STREAM_ID_NOT_AVAILABLE
	ErrInvalidStream     = -501 // NGHTTP2_ERR_INVALID_ARGUMENT
	ErrStreamClosed      = -510 // NGHTTP2_ERR_STREAM_CLOSED
	ErrPushDisabled      = -529 // NGHTTP2_ERR_PUSH_DISABLED
	ErrGoawaySent        = -512 // NGHTTP2_ERR_START_STREAM_NOT_ALLOWED
)

// Fields turns a flat [name, value, ...] list into header fields;
// sensitive names are never indexed.
func Fields(flat []string, sensitive map[string]bool) []hpack.HeaderField {
	fs := make([]hpack.HeaderField, 0, len(flat)/2)
	for i := 0; i+1 < len(flat); i += 2 {
		name, value := flat[i], flat[i+1]
		// never indexed, as nghttp2 decides: credentials, short cookies
		// (guessable from the compressed size) and what the script names
		never := sensitive[name] || name == "authorization" || name == "proxy-authorization" ||
			name == "cookie" && len(value) < 20
		fs = append(fs, hpack.HeaderField{Name: name, Value: value, Sensitive: never})
	}
	return fs
}

// unindexedNames are the fields nghttp2 never adds to the dynamic table
// (values that change with each message, or that would tell a cookie): it
// sends them as literals without indexing, naming them by their first
// static-table index (RFC 7541 Appendix A). x/net's encoder would index
// them, and name :path by index 5.
var unindexedNames = map[string]uint64{
	":path": 4, "age": 21, "content-length": 28, "etag": 34, "if-modified-since": 40,
	"if-none-match": 41, "location": 46, "set-cookie": 55,
}

// appendUnindexed writes f as nghttp2 does when it is one of
// unindexedNames: a full static-table match as that index, else a literal
// without indexing (never indexed when sensitive). False for other fields.
func appendUnindexed(buf *bytes.Buffer, f hpack.HeaderField) bool {
	idx, ok := unindexedNames[f.Name]
	if !ok {
		return false
	}
	// (a sensitive field is a never-indexed literal even where its value is
	// a static entry's, as nghttp2 sends it)
	switch {
	case f.Sensitive:
	case f.Name == ":path" && f.Value == "/index.html":
		buf.Write(appendHpackInt(nil, 7, 0x80, 5))
		return true
	case f.Name == ":path" && f.Value == "/", f.Name != ":path" && f.Value == "":
		buf.Write(appendHpackInt(nil, 7, 0x80, idx))
		return true
	}
	first := byte(0x00)
	if f.Sensitive {
		first = 0x10
	}
	out := appendHpackInt(nil, 4, first, idx)
	if n := hpack.HuffmanEncodeLength(f.Value); n < uint64(len(f.Value)) {
		out = appendHpackInt(out, 7, 0x80, n)
		out = hpack.AppendHuffmanString(out, f.Value)
	} else {
		out = appendHpackInt(out, 7, 0, uint64(len(f.Value)))
		out = append(out, f.Value...)
	}
	buf.Write(out)
	return true
}

// appendHpackInt appends an HPACK integer with an n-bit prefix, the first
// byte's other bits being first's (RFC 7541 section 5.1).
func appendHpackInt(dst []byte, n uint, first byte, v uint64) []byte {
	max := uint64(1)<<n - 1
	if v < max {
		return append(dst, first|byte(v))
	}
	dst = append(dst, first|byte(max))
	v -= max
	for v >= 128 {
		dst = append(dst, byte(v&0x7f|0x80))
		v >>= 7
	}
	return append(dst, byte(v))
}

// headerBlock encodes fields and writes them as HEADERS (or PUSH_PROMISE)
// and as many CONTINUATION frames as the peer's frame size needs.
func (s *Session) headerBlock(id uint32, promised uint32, fields []hpack.HeaderField, end bool) {
	s.headerBlockPriority(id, promised, fields, end, http2.PriorityParam{}, false)
}

func (s *Session) headerBlockPriority(id uint32, promised uint32, fields []hpack.HeaderField, end bool, prio http2.PriorityParam, hasPrio bool) {
	s.encBuf.Reset()
	for i, f := range fields {
		// (after the peer's SETTINGS_HEADER_TABLE_SIZE the first field goes
		// through the encoder, which puts the table size update first)
		if (i > 0 || !s.encSizeUpdate) && appendUnindexed(&s.encBuf, f) {
			continue
		}
		s.enc.WriteField(f)
		s.encSizeUpdate = false // (written: an empty block leaves it owed)
	}
	block := s.encBuf.Bytes()
	max := int(s.Remote.MaxFrameSize)
	if max < 16384 {
		max = 16384
	}
	first := block
	if len(first) > max {
		first = first[:max]
	}
	block = block[len(first):]
	if s.Padding != PaddingNone && len(block) == 0 && s.paddedHeaders(id, promised, first, end, prio, hasPrio) {
		return
	}
	if promised != 0 {
		s.fr.WritePushPromise(http2.PushPromiseParam{StreamID: id, PromiseID: promised, BlockFragment: first, EndHeaders: len(block) == 0})
	} else {
		if prio.IsZero() && hasPrio {
			// weight 1 on stream 0 is x/net's "no priority": write the frame
			// ourselves with the PRIORITY flag and a zero dependency
			flags := http2.FlagHeadersPriority
			if end {
				flags |= http2.FlagHeadersEndStream
			}
			if len(block) == 0 {
				flags |= http2.FlagHeadersEndHeaders
			}
			payload := append(make([]byte, 5, 5+len(first)), first...)
			s.fr.WriteRawFrame(http2.FrameHeaders, flags, id, payload)
		} else {
			s.fr.WriteHeaders(http2.HeadersFrameParam{StreamID: id, BlockFragment: first, EndStream: end, EndHeaders: len(block) == 0, Priority: prio})
		}
	}
	for len(block) > 0 {
		n := min(len(block), max)
		s.fr.WriteContinuation(id, n == len(block), block[:n])
		block = block[n:]
	}
}

// Node's padding strategies (http2.constants.PADDING_STRATEGY_*; CALLBACK
// is ALIGNED).
const (
	PaddingNone    = 0
	PaddingAligned = 1
	PaddingMax     = 2
)

// padTo is the payload length a frame whose payload is n bytes is padded
// to, at most limit, as node's strategies choose it: aligned makes the
// whole frame (its 9-byte header included) a multiple of 8, max pads to the
// limit. n means no padding.
func (s *Session) padTo(n, limit int) int {
	p := n
	switch s.Padding {
	case PaddingAligned:
		if r := (n + 9) % 8; r != 0 {
			p = min(n+8-r, limit)
		}
	case PaddingMax:
		p = limit
	}
	return max(p, n)
}

// paddedHeaders writes a header block that fits in one frame as a padded
// HEADERS (or PUSH_PROMISE) frame, when the strategy pads it; nghttp2 pads
// such a frame to at most 16384 bytes or 256 more than its payload. It says
// whether it wrote the frame.
func (s *Session) paddedHeaders(id, promised uint32, block []byte, end bool, prio http2.PriorityParam, hasPrio bool) bool {
	var head []byte
	flags := http2.FlagHeadersEndHeaders
	t := http2.FrameHeaders
	switch {
	case promised != 0:
		t = http2.FramePushPromise
		head = binary.BigEndian.AppendUint32(nil, promised&(1<<31-1))
	case hasPrio || !prio.IsZero():
		dep := prio.StreamDep & (1<<31 - 1)
		if prio.Exclusive {
			dep |= 1 << 31
		}
		head = append(binary.BigEndian.AppendUint32(nil, dep), prio.Weight)
		flags |= http2.FlagHeadersPriority
	}
	if end && promised == 0 {
		flags |= http2.FlagHeadersEndStream
	}
	n := len(head) + len(block)
	p := s.padTo(n, min(16384, n+256))
	if p == n {
		return false
	}
	// p counts the pad length byte and the zeroed padding after the block
	payload := make([]byte, 0, p)
	payload = append(payload, byte(p-n-1))
	payload = append(append(payload, head...), block...)
	payload = payload[:p]
	s.fr.WriteRawFrame(t, flags|http2.FlagHeadersPadded, id, payload)
	return true
}

// writeData writes one DATA frame, padded as the strategy asks within the
// stream's and the connection's windows and the peer's frame size, and
// returns the flow-controlled length it used (padding counts).
func (s *Session) writeData(st *stream, end bool, data []byte) int64 {
	n := int64(len(data))
	if s.Padding != PaddingNone {
		limit := min(n+256, st.sendWin, s.sendWin, int64(s.Remote.MaxFrameSize))
		if p := int64(s.padTo(int(n), int(max(limit, n)))); p > n {
			s.fr.WriteDataPadded(st.id, end, data, make([]byte, p-n-1))
			return p
		}
	}
	s.fr.WriteData(st.id, end, data)
	return n
}

// maxHeadersLen is nghttp2's NGHTTP2_MAX_HEADERSLEN: a header block whose
// estimated size is larger is never sent (nghttp2 estimates before it
// compresses, so the compression state is untouched).
const maxHeadersLen = 65536

// headerBlockTooBig estimates a block's size as nghttp2's
// nghttp2_hd_deflate_bound does.
func headerBlockTooBig(fields []hpack.HeaderField) bool {
	n := 12
	for _, f := range fields {
		n += 6*2 + len(f.Name) + len(f.Value)
	}
	return n > maxHeadersLen
}

// Request opens a client stream with a request's headers.
func (s *Session) Request(fields []hpack.HeaderField, end bool) int64 {
	return s.RequestPriority(fields, end, 0, 0, false)
}

// RequestPriority is Request with a priority (weight 1-256, 0: none).
func (s *Session) RequestPriority(fields []hpack.HeaderField, end bool, weight int, parent uint32, exclusive bool) int64 {
	if s.server {
		return ErrInvalidStream
	}
	if s.goawayRecv || s.goawaySent || s.dead {
		return ErrGoawaySent
	}
	if s.nextID > 1<<31-1 {
		return ErrStreamIDExhausted
	}
	hold := len(s.heldIDs) > 0 || s.ownOpen() >= s.Remote.MaxConcurrentStreams
	id := s.nextID
	s.nextID += 2
	st := s.newStream(id, StateOpen)
	var prio http2.PriorityParam
	hasPrio := weight >= 1 && weight <= 256 && parent != id
	if hasPrio {
		prio = http2.PriorityParam{StreamDep: parent, Weight: uint8(weight - 1), Exclusive: exclusive}
		st.weight = weight
	}
	if hold {
		st.held = &heldRequest{fields: fields, end: end, prio: prio, hasPrio: hasPrio}
		s.heldIDs = append(s.heldIDs, id)
		return int64(id)
	}
	if headerBlockTooBig(fields) {
		s.refuseRequest(st)
		return int64(id)
	}
	s.headerBlockPriority(id, 0, fields, end, prio, hasPrio)
	if end {
		s.localEnded(st)
	}
	return int64(id)
}

// ownOpen counts the streams of ours that are open on the wire (not held),
// against the peer's SETTINGS_MAX_CONCURRENT_STREAMS; it only walks the
// streams when there could be that many.
func (s *Session) ownOpen() uint32 {
	if uint32(len(s.streams)) < s.Remote.MaxConcurrentStreams {
		return 0
	}
	n := uint32(0)
	for id, st := range s.streams {
		if !s.peerInitiated(id) && st.held == nil && st.state != StateIdle && st.state != StateReservedRemote {
			n++
		}
	}
	return n
}

// sendHeld sends the held requests the peer's limit now allows, in order,
// with the data queued on them meanwhile.
func (s *Session) sendHeld() {
	for len(s.heldIDs) > 0 && !s.dead && s.ownOpen() < s.Remote.MaxConcurrentStreams {
		id := s.heldIDs[0]
		s.heldIDs = s.heldIDs[1:]
		st := s.streams[id]
		if st == nil || st.held == nil {
			continue
		}
		h := st.held
		st.held = nil
		if headerBlockTooBig(h.fields) {
			s.refuseRequest(st)
			continue
		}
		s.headerBlockPriority(id, 0, h.fields, h.end, h.prio, h.hasPrio)
		if h.end {
			s.localEnded(st)
		} else {
			s.flush(st)
		}
	}
}

// dropHeld forgets a held request closed before it went out.
func (s *Session) dropHeld(id uint32) {
	for i, h := range s.heldIDs {
		if h == id {
			s.heldIDs = append(s.heldIDs[:i], s.heldIDs[i+1:]...)
			return
		}
	}
}

// Headers sends a header block on an open stream: a response, a 1xx or
// (end set, after DATA) trailers, which wait behind queued DATA.
func (s *Session) Headers(id uint32, fields []hpack.HeaderField, end bool, trailers bool) int64 {
	st := s.streams[id]
	if st == nil || st.state == StateClosed || st.state == StateHalfClosedLocal {
		return ErrStreamClosed
	}
	if trailers {
		st.queue = append(st.queue, write{trailers: fields, isTrl: true, end: true})
		s.flush(st)
		return 0
	}
	if st.state == StateReservedLocal {
		st.state = StateHalfClosedRemote
	}
	if headerBlockTooBig(fields) {
		s.refuseBlock(st)
		return 0
	}
	s.headerBlock(id, 0, fields, end)
	if end {
		s.localEnded(st)
	}
	return 0
}

// refuseBlock is nghttp2's answer to a header block over maxHeadersLen: it
// is not sent, the stream hears a frame error and is reset with
// FRAME_SIZE_ERROR (the peer sees that code).
func (s *Session) refuseBlock(st *stream) {
	s.emit(EvFrameError, st.id, int(http2.FrameHeaders), int(http2.ErrCodeFrameSize))
	st.queue = nil
	s.resetStream(st.id, uint32(http2.ErrCodeFrameSize), false)
}

// refuseRequest is nghttp2's answer to a request whose header block is over
// maxHeadersLen: it is not sent, the stream hears a frame error and closes
// with REFUSED_STREAM (the client may retry it), with no RST_STREAM: the
// peer never saw the stream.
func (s *Session) refuseRequest(st *stream) {
	s.emit(EvFrameError, st.id, int(http2.FrameHeaders), int(http2.ErrCodeFrameSize))
	st.queue = nil
	s.closeStream(st, uint32(http2.ErrCodeRefusedStream), false)
}

// Push promises a stream on parent; the promised stream is reserved.
func (s *Session) Push(parent uint32, fields []hpack.HeaderField) int64 {
	if !s.server {
		return ErrInvalidStream
	}
	if s.Remote.EnablePush == 0 {
		return ErrPushDisabled
	}
	p := s.streams[parent]
	if p == nil || p.state == StateClosed || p.state == StateHalfClosedLocal {
		return ErrStreamClosed
	}
	if s.nextID > 1<<31-1 {
		return ErrStreamIDExhausted
	}
	id := s.nextID
	s.nextID += 2
	s.newStream(id, StateReservedLocal)
	s.headerBlock(parent, id, fields, false)
	return int64(id)
}

// Data queues bytes (end: the last) on a stream and sends what the windows
// allow. It says whether everything went out now; otherwise EvSent reports
// it later.
func (s *Session) Data(id uint32, p []byte, end bool) (bool, int64) {
	st := s.streams[id]
	if st == nil || st.state == StateHalfClosedLocal || st.state == StateClosed {
		return false, ErrStreamClosed
	}
	st.queue = append(st.queue, write{data: p, end: end})
	if len(st.queue) > 1 {
		return false, 0
	}
	mark := len(s.events)
	s.flush(st)
	if len(st.queue) == 0 {
		// written at once: no EvSent for it (it is the first event flush added)
		if len(s.events) >= mark+3 && s.events[mark] == EvSent {
			s.events = append(s.events[:mark], s.events[mark+3:]...)
		}
		return true, 0
	}
	return false, 0
}

// flush sends a stream's queued writes while the windows allow and reports
// finished ones with EvSent.
func (s *Session) flush(st *stream) {
	if st.held != nil {
		return // its HEADERS have not gone out yet
	}
	done := 0
	maxFrame := int64(s.Remote.MaxFrameSize)
	ended := false
	for len(st.queue) > 0 && !s.dead {
		w := &st.queue[0]
		if w.isTrl {
			if headerBlockTooBig(w.trailers) {
				s.refuseBlock(st) // as nghttp2: not sent, the stream reset
				return
			}
			s.headerBlock(st.id, 0, w.trailers, true)
			st.queue = st.queue[1:]
			done++
			ended = true
			break
		}
		if len(w.data) == 0 {
			if w.end {
				used := s.writeData(st, true, nil)
				st.sendWin -= used
				s.sendWin -= used
				ended = true
			}
			st.queue = st.queue[1:]
			done++
			if ended {
				break
			}
			continue
		}
		for len(w.data) > 0 {
			n := min(int64(len(w.data)), st.sendWin, s.sendWin, maxFrame)
			if n <= 0 {
				break
			}
			last := n == int64(len(w.data))
			st.lastDataOff, st.lastDataGen = s.out.Len(), s.outGen+1
			used := s.writeData(st, w.end && last, w.data[:n])
			w.data = w.data[n:]
			st.sendWin -= used
			s.sendWin -= used
			st.sentBytes += n
		}
		if len(w.data) > 0 {
			break
		}
		end := w.end
		st.queue = st.queue[1:]
		done++
		if end {
			ended = true
			break
		}
	}
	if len(st.queue) == 0 {
		st.queue = nil
	}
	if done > 0 {
		s.emit(EvSent, st.id, done)
	}
	if ended {
		st.queue = nil
		s.localEnded(st)
	}
}

// EndLast ends a stream on the DATA frame it wrote last, setting that
// frame's END_STREAM flag, when the frame has not been taken by Output yet
// and the stream has nothing queued after it: a write followed by end() in
// the same tick then goes out as one frame, as nghttp2 (which builds frames
// when it sends them) packs it. It says whether it could.
func (s *Session) EndLast(id uint32) bool {
	st := s.streams[id]
	if st == nil || s.dead || len(st.queue) > 0 || st.lastDataGen != s.outGen+1 {
		return false
	}
	if st.state != StateOpen && st.state != StateHalfClosedRemote {
		return false
	}
	b := s.out.Bytes()
	off := st.lastDataOff
	if off+9 > len(b) || http2.FrameType(b[off+3]) != http2.FrameData ||
		binary.BigEndian.Uint32(b[off+5:])&(1<<31-1) != id || b[off+4]&byte(http2.FlagDataEndStream) != 0 {
		return false
	}
	b[off+4] |= byte(http2.FlagDataEndStream)
	st.lastDataGen = 0
	s.localEnded(st)
	return true
}

// QueuedBytes is what a stream (or with id 0 the session) still holds.
func (s *Session) QueuedBytes(id uint32) int {
	n := 0
	for sid, st := range s.streams {
		if id != 0 && sid != id {
			continue
		}
		for _, w := range st.queue {
			n += len(w.data)
		}
	}
	return n
}

// Reset closes a stream with RST_STREAM (the script's close/destroy).
func (s *Session) Reset(id uint32, code uint32) {
	st := s.streams[id]
	if st == nil {
		return
	}
	if !s.dead && st.held == nil { // a held request never reached the peer
		s.fr.WriteRSTStream(id, http2.ErrCode(code))
	}
	s.closeStream(st, code, false)
}

// Settings sends our SETTINGS; they apply once acknowledged.
func (s *Session) Settings(set []http2.Setting) {
	if s.dead {
		return
	}
	s.fr.WriteSettings(set...)
	s.pending = append(s.pending, set)
}

// Ping sends a PING.
func (s *Session) Ping(payload [8]byte) {
	if !s.dead {
		s.fr.WritePing(false, payload)
	}
}

// Goaway sends GOAWAY; the peer's new streams after lastID are refused.
func (s *Session) Goaway(code uint32, lastID int64, debug []byte) {
	if s.dead {
		return
	}
	if lastID < 0 {
		lastID = int64(s.lastPeerID)
	}
	s.fr.WriteGoAway(uint32(lastID), http2.ErrCode(code), debug)
	s.goawaySent = true
}

// Priority sends a PRIORITY frame.
func (s *Session) Priority(id, parent uint32, weight int, exclusive bool) {
	if s.dead || parent == id || weight < 1 || weight > 256 {
		return
	}
	s.fr.WritePriority(id, http2.PriorityParam{StreamDep: parent, Weight: uint8(weight - 1), Exclusive: exclusive})
	if st := s.streams[id]; st != nil {
		st.weight = weight
	}
}

// SetLocalWindowSize grows (or shrinks, for later updates) the connection's
// receive window to n.
func (s *Session) SetLocalWindowSize(n int64) {
	if s.dead {
		return
	}
	d := n - s.connWindowTarget
	if d > 0 {
		s.fr.WriteWindowUpdate(0, uint32(d))
		s.recvWin += d
	}
	s.connWindowTarget = n
}

// Raw writes an extension frame (ALTSVC, ORIGIN).
func (s *Session) Raw(t uint8, flags uint8, id uint32, payload []byte) {
	if !s.dead {
		s.fr.WriteRawFrame(http2.FrameType(t), http2.Flags(flags), id, payload)
	}
}

// TakeEvents returns and forgets the events the script has not seen.
func (s *Session) TakeEvents() []any {
	ev := s.events
	s.events = nil
	return ev
}

// StreamInfo is a stream's state for stream.state.
type StreamInfo struct {
	State                     int
	Weight                    int
	LocalWindow, RemoteWindow int64
	SumDependencyWeight       int
	LocalClose, RemoteClose   bool
}

// Stream reports a stream's state (ok false when unknown or closed).
func (s *Session) Stream(id uint32) (StreamInfo, bool) {
	st := s.streams[id]
	if st == nil {
		return StreamInfo{State: StateClosed}, false
	}
	lc := st.state == StateHalfClosedLocal || st.state == StateClosed
	rc := st.state == StateHalfClosedRemote || st.state == StateClosed
	return StreamInfo{st.state, st.weight, st.recvWin, st.sendWin, 0, lc, rc}, true
}

// Info is the session's state for session.state.
type Info struct {
	EffectiveLocalWindowSize, EffectiveRecvDataLength, NextStreamID int64
	LocalWindowSize, LastProcStreamID, RemoteWindowSize             int64
	OutboundQueueSize, DeflateDynamicTableSize                      int64
	InflateDynamicTableSize                                         int64
}

// State reports the session's state.
func (s *Session) State() Info {
	return Info{
		EffectiveLocalWindowSize: s.connWindowTarget,
		EffectiveRecvDataLength:  s.connWindowTarget - s.recvWin,
		NextStreamID:             int64(s.nextID),
		LocalWindowSize:          s.recvWin,
		LastProcStreamID:         int64(s.lastPeerID),
		RemoteWindowSize:         s.sendWin,
		OutboundQueueSize:        int64(len(s.streams)),
		DeflateDynamicTableSize:  int64(s.Remote.HeaderTableSize),
		InflateDynamicTableSize:  int64(s.Local.HeaderTableSize),
	}
}

// ownQueued copies the bytes of a stream's queued writes that still point
// into the script's buffers.
func (s *Session) ownQueued(id uint32) {
	st := s.streams[id]
	if st == nil {
		return
	}
	w := &st.queue[len(st.queue)-1]
	if len(w.data) > 0 {
		w.data = append([]byte(nil), w.data...)
	}
}

// SetNextStreamID sets the id the next request gets (rounded up to the
// right parity); ids past 2^31-1 are exhausted.
func (s *Session) SetNextStreamID(id uint32) {
	if id%2 == 0 != s.server {
		id++
	}
	if id < s.nextID {
		return // ids never go back
	}
	s.nextID = id
}
