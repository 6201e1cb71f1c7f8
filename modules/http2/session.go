// Package http2 is the Go half of the http2 builtin: an HTTP/2 session
// engine, the role nghttp2 plays in node.
//
// The path through it: js/internal/http2/core.js owns a socket (net or
// TLS) and one Session per connection. Every chunk the socket reads goes
// to Session.Receive, which cuts it into frames with x/net/http2's Framer
// (a frame is only parsed once all its bytes are buffered, so no read ever
// blocks), decodes header blocks with hpack, keeps the stream states and
// both directions' flow-control windows, answers SETTINGS, PING and
// WINDOW_UPDATE itself, and returns what the script must see as a flat list
// of events (see the Ev* constants). What the script does (a request, a
// response's headers, DATA, RST_STREAM, GOAWAY, SETTINGS, PING) is a method
// call that appends frames to an output buffer; the script takes that
// buffer with Output and writes it to the socket. DATA waits in a queue
// per stream while the peer's windows are shut; a WINDOW_UPDATE sends what
// fits and reports finished chunks with EvSent, which is how the script's
// Http2Stream sees backpressure. Everything runs on the loop goroutine: no
// goroutine per connection, and Go's http2.Server (which owns its
// net.Conn) is not used.
//
// Errors: a connection error (bad preface, frame order, flow control,
// compression state) writes GOAWAY and reports EvConnError; the session
// reads nothing further. A stream error writes RST_STREAM and reports the
// stream's close.
package http2

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// Events returned by Receive, each followed by its fields.
const (
	EvHeaders     = 1  // id, endStream, fields []string (name, value, ...), sensitive []string
	EvData        = 2  // id, []byte, endStream
	EvClose       = 3  // id, code, byPeer (RST_STREAM received/sent, or both sides ended)
	EvSettings    = 4  // Settings: the remote settings as this SETTINGS frame left them (already acknowledged)
	EvSettingsAck = 5  // our oldest pending SETTINGS was acknowledged
	EvPing        = 6  // payload [8]byte, ack
	EvGoaway      = 7  // code, lastStreamID, debug []byte
	EvPush        = 8  // parentID, promisedID, fields, sensitive
	EvSent        = 9  // id, n: n queued writes of stream id have gone out whole
	EvConnError   = 10 // code, message
	EvAltsvc      = 11 // id, origin, value
	EvOrigin      = 12 // []string
	EvFrameError  = 13 // id, type, code (a frame of ours was not sent; the stream is reset after it)
	EvPriority    = 14 // id, parent, weight, exclusive
)

// Stream states, numbered as nghttp2's (node exposes them in stream.state).
const (
	StateIdle             = 1
	StateOpen             = 2
	StateReservedLocal    = 3
	StateReservedRemote   = 4
	StateHalfClosedLocal  = 5
	StateHalfClosedRemote = 6
	StateClosed           = 7
)

// Settings identifiers node knows (RFC 9113 and RFC 8441).
const (
	SettingHeaderTableSize       = 1
	SettingEnablePush            = 2
	SettingMaxConcurrentStreams  = 3
	SettingInitialWindowSize     = 4
	SettingMaxFrameSize          = 5
	SettingMaxHeaderListSize     = 6
	SettingEnableConnectProtocol = 8
)

const clientPreface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"

// Settings are one side's SETTINGS values.
type Settings struct {
	HeaderTableSize, EnablePush, MaxConcurrentStreams, InitialWindowSize,
	MaxFrameSize, MaxHeaderListSize, EnableConnectProtocol uint32
}

// DefaultSettings are the protocol's initial values (what a peer has
// until its SETTINGS arrive).
func DefaultSettings() Settings {
	return Settings{4096, 1, 0xffffffff, 65535, 16384, 0xffffffff, 0}
}

func (s *Settings) set(id http2.SettingID, v uint32) {
	switch id {
	case SettingHeaderTableSize:
		s.HeaderTableSize = v
	case SettingEnablePush:
		s.EnablePush = v
	case SettingMaxConcurrentStreams:
		s.MaxConcurrentStreams = v
	case SettingInitialWindowSize:
		s.InitialWindowSize = v
	case SettingMaxFrameSize:
		s.MaxFrameSize = v
	case SettingMaxHeaderListSize:
		s.MaxHeaderListSize = v
	case SettingEnableConnectProtocol:
		s.EnableConnectProtocol = v
	}
}

// A write is one queued piece of a stream's output: DATA bytes (possibly
// empty with end) or trailers.
type write struct {
	data     []byte
	end      bool
	trailers []hpack.HeaderField
	isTrl    bool
}

type stream struct {
	id        uint32
	state     int
	sendWin   int64
	recvWin   int64 // what the peer may still send
	consumed  int64 // received bytes the script has read, not yet given back
	queue     []write
	sentBytes int64
	recvHdrs  bool // a header block was received (later ones are trailers or 1xx)
	refused   bool // reset with REFUSED_STREAM as it opened
	// a request's content-length (-1: none) and the DATA bytes received,
	// which must agree, as nghttp2 checks
	contentLength, recvData int64
	weight                  int
	cancelled               bool // a promise refused past MaxReservedRemote
	// held is a request not sent yet: the peer's SETTINGS_MAX_CONCURRENT_STREAMS
	// allows no more streams of ours for now (nghttp2 holds them the same way)
	held *heldRequest
	// where the stream's last DATA frame starts in the output not yet
	// taken (valid while lastDataGen is the session's outGen), for EndLast
	lastDataOff int
	lastDataGen uint64
	// the SETTINGS_MAX_HEADER_LIST_SIZE in force when the stream began: a
	// later change applies to later streams, as node takes it per stream
	maxHeaderList uint32
}

type heldRequest struct {
	fields  []hpack.HeaderField
	end     bool
	prio    http2.PriorityParam
	hasPrio bool
}

// Session is one HTTP/2 connection's state.
type Session struct {
	server bool
	in     []byte
	out    bytes.Buffer
	// urgent holds the client preface and the SETTINGS and PING frames
	// (acknowledgements too): they go out ahead of the other frames made
	// since the last Output, as nghttp2 sends its urgent queue first (a
	// SETTINGS ACK precedes a request made before the peer's SETTINGS came)
	urgent  bytes.Buffer
	outGen  uint64 // how many times Output has taken out (see EndLast)
	fr      *http2.Framer
	rd      frameReader
	preface bool // the peer's connection preface has been read (client: not needed)

	enc    *hpack.Encoder
	encBuf bytes.Buffer
	// encSizeUpdate: the encoder may owe a table size update, which must
	// start the next header block (see headerBlockPriority)
	encSizeUpdate bool
	dec           *hpack.Decoder

	// the header block being received
	hdrID       uint32
	hdrPromised uint32
	hdrEnd      bool
	hdrFrag     []byte
	hdrActive   bool

	streams    map[uint32]*stream
	nextID     uint32
	lastPeerID uint32 // the highest stream id the peer opened
	lastProcID uint32 // the highest peer stream id handed to the script

	sendWin          int64
	recvWin          int64
	consumed         int64
	connWindowTarget int64

	Local        Settings
	Remote       Settings
	pending      [][]http2.Setting // our SETTINGS awaiting ACK
	goawaySent   bool
	goawayRecv   bool
	dead         bool
	events       []any
	MaxHeaderBlk int // cap on a header block's encoded size
	// MaxSettings caps the entries of one SETTINGS frame and MaxHeaderPairs
	// the fields of one header block (node's maxSettings and
	// maxHeaderListPairs; 0: no cap).
	MaxSettings, MaxHeaderPairs int
	// MaxInvalidFrames is node's maxSessionInvalidFrames: past it, one
	// more invalid frame ends the session (ERR_HTTP2_TOO_MANY_INVALID_FRAMES).
	MaxInvalidFrames int
	invalidFrames    int
	// MaxReservedRemote is node's maxReservedRemoteStreams: promised streams
	// past it are cancelled.
	MaxReservedRemote int
	// MaxMemory is node's maxSessionMemory in bytes: while the session holds
	// more than this in output not yet written (streams' queued DATA and
	// frames the socket has not taken), a stream the peer opens is refused
	// with ENHANCE_YOUR_CALM, as node's session refuses it in nghttp2's
	// on_begin_headers. 0: no cap.
	MaxMemory int
	// requests held behind the peer's SETTINGS_MAX_CONCURRENT_STREAMS, in
	// the order they were made (their ids are ascending)
	heldIDs []uint32
	// The number of bytes of header block and DATA ever received; used for
	// session.state.
	outboundQueue int
	// Frames received and sent, counted as nghttp2 counts them for node's
	// performance entries: a header block with its CONTINUATIONs is one.
	FramesReceived, FramesSent int
	// Padding is node's paddingStrategy for the HEADERS, PUSH_PROMISE and
	// DATA frames we send (PaddingNone, PaddingAligned, PaddingMax).
	Padding int
	// listLimit is the header list size we enforce (node's default 65535
	// applies without being advertised; an acknowledged
	// SETTINGS_MAX_HEADER_LIST_SIZE replaces it)
	listLimit uint32
}

// frameCounter is the framer's writer: the framer writes each frame in one
// Write call, so counting calls counts frames.
type frameCounter struct{ s *Session }

func (w frameCounter) Write(p []byte) (int, error) {
	if len(p) >= 9 && http2.FrameType(p[3]) != http2.FrameContinuation {
		w.s.FramesSent++
	}
	if len(p) >= 9 && (http2.FrameType(p[3]) == http2.FrameSettings || http2.FrameType(p[3]) == http2.FramePing) {
		return w.s.urgent.Write(p)
	}
	return w.s.out.Write(p)
}

type frameReader struct{ p []byte }

func (r *frameReader) Read(b []byte) (int, error) {
	if len(r.p) == 0 {
		return 0, io.EOF
	}
	n := copy(b, r.p)
	r.p = r.p[n:]
	return n, nil
}

// New makes a session; server says which side this is.
func New(server bool) *Session {
	s := &Session{server: server, streams: map[uint32]*stream{}, Local: DefaultSettings(), Remote: DefaultSettings()}
	s.fr = http2.NewFramer(frameCounter{s}, &s.rd)
	s.fr.SetMaxReadFrameSize(1<<24 - 1)
	s.enc = hpack.NewEncoder(&s.encBuf)
	s.dec = hpack.NewDecoder(4096, nil)
	s.dec.SetMaxStringLength(1 << 20)
	s.sendWin, s.recvWin, s.connWindowTarget = 65535, 65535, 65535
	s.MaxHeaderBlk = 1 << 20
	s.MaxSettings, s.MaxHeaderPairs = 32, 128
	s.MaxMemory = 10 * 1000000 // node's default maxSessionMemory: 10 (MB as node counts them)
	s.MaxInvalidFrames = 1000
	s.MaxReservedRemote = 200
	s.listLimit = s.Local.MaxHeaderListSize
	if server {
		s.nextID = 2
	} else {
		s.nextID = 1
		s.preface = true
		s.urgent.WriteString(clientPreface)
	}
	return s
}

// Output returns and forgets the bytes to write to the peer.
func (s *Session) Output() []byte {
	if s.out.Len() == 0 && s.urgent.Len() == 0 {
		return nil
	}
	p := make([]byte, 0, s.urgent.Len()+s.out.Len())
	p = append(append(p, s.urgent.Bytes()...), s.out.Bytes()...)
	s.urgent.Reset()
	s.out.Reset()
	s.outGen++
	return p
}

// Pending says whether output is waiting.
func (s *Session) Pending() bool { return s.out.Len() > 0 || s.urgent.Len() > 0 }

// SplitOutput cuts Output's bytes into the pieces nghttp2 hands node one
// at a time, which node writes separately to a socket that is a plain
// JavaScript stream: the client preface, each frame, and a DATA frame as
// its header, pad length, data and padding.
func SplitOutput(p []byte) [][]byte {
	var out [][]byte
	if bytes.HasPrefix(p, []byte(clientPreface)) {
		out = append(out, p[:len(clientPreface)])
		p = p[len(clientPreface):]
	}
	for len(p) >= 9 {
		n := min(9+(int(p[0])<<16|int(p[1])<<8|int(p[2])), len(p))
		f := p[:n]
		p = p[n:]
		if http2.FrameType(f[3]) != http2.FrameData || n == 9 {
			out = append(out, f)
			continue
		}
		out = append(out, f[:9])
		body := f[9:]
		if http2.Flags(f[4])&http2.FlagDataPadded != 0 {
			pad := int(body[0])
			out = append(out, body[:1])
			body = body[1:]
			if pad > len(body) {
				pad = len(body)
			}
			if len(body) > pad {
				out = append(out, body[:len(body)-pad])
			}
			if pad > 0 {
				out = append(out, body[len(body)-pad:])
			}
			continue
		}
		out = append(out, body)
	}
	if len(p) > 0 {
		out = append(out, p)
	}
	return out
}

// SetListLimit sets the header list size we enforce; advertised: the
// script set it, so it is sent in our SETTINGS and shown as ours at once.
func (s *Session) SetListLimit(n uint32, advertised bool) {
	s.listLimit = n
	if advertised {
		s.Local.MaxHeaderListSize = n
	}
}

// Dead says the session met a connection error and reads nothing more.
func (s *Session) Dead() bool { return s.dead }

// Receive feeds bytes read from the peer and returns the events they caused.
func (s *Session) Receive(p []byte) []any {
	if s.dead {
		return s.TakeEvents()
	}
	s.in = append(s.in, p...)
	if !s.preface {
		n := min(len(s.in), len(clientPreface))
		if string(s.in[:n]) != clientPreface[:n] {
			s.connError(http2.ErrCodeProtocol, "Received bad client magic byte string")
			return s.TakeEvents()
		}
		if n < len(clientPreface) {
			return nil
		}
		s.in = s.in[n:]
		s.preface = true
	}
	off := 0
	for !s.dead && len(s.in)-off >= 9 {
		n := int(s.in[off])<<16 | int(s.in[off+1])<<8 | int(s.in[off+2])
		if uint32(n) > s.Local.MaxFrameSize {
			s.connError(http2.ErrCodeFrameSize, "Frame size error")
			break
		}
		if len(s.in)-off < 9+n {
			break
		}
		s.rd.p = s.in[off : off+9+n]
		off += 9 + n
		f, err := s.fr.ReadFrame()
		if err != nil {
			s.readError(err)
			continue
		}
		if f.Header().Type != http2.FrameContinuation {
			s.FramesReceived++
		}
		s.frame(f)
	}
	// keep the unparsed tail, compacted, so a long-lived session's buffer
	// does not grow
	rest := copy(s.in, s.in[off:])
	s.in = s.in[:rest]
	if cap(s.in) > 64<<10 && rest < 16<<10 {
		s.in = append([]byte(nil), s.in...)
	}
	return s.TakeEvents()
}

func (s *Session) readError(err error) {
	var ce http2.ConnectionError
	var se http2.StreamError
	switch {
	case errors.As(err, &se):
		s.resetStream(se.StreamID, uint32(se.Code), false)
	case errors.As(err, &ce):
		s.connError(http2.ErrCode(ce), "Protocol error")
	default:
		s.connError(http2.ErrCodeProtocol, "Protocol error")
	}
}

func (s *Session) emit(ev ...any) { s.events = append(s.events, ev...) }

// connError sends GOAWAY with code and stops reading.
// TooManyInvalidFrames is the message of the EvConnError that ends a
// session past MaxInvalidFrames (node's custom error code for it).
const TooManyInvalidFrames = "ERR_HTTP2_TOO_MANY_INVALID_FRAMES"

// invalidFrame counts a received frame nghttp2 would report as invalid (a
// header block or DATA its stream refuses, an empty DATA frame that does
// not end its stream) and ends the session once there are more than
// MaxInvalidFrames, as node's OnInvalidFrame does. It says whether the
// session is still alive.
func (s *Session) invalidFrame() bool {
	s.invalidFrames++
	if s.invalidFrames > s.MaxInvalidFrames+1 {
		s.connError(http2.ErrCodeInternal, TooManyInvalidFrames)
		return false
	}
	return true
}

// rejectFrame resets the stream an invalid frame came on (PROTOCOL_ERROR).
func (s *Session) rejectFrame(id uint32) {
	if s.invalidFrame() {
		s.resetStream(id, uint32(http2.ErrCodeProtocol), false)
	}
}

func (s *Session) connError(code http2.ErrCode, msg string) {
	if s.dead {
		return
	}
	s.dead = true
	s.fr.WriteGoAway(s.lastPeerID, code, nil)
	s.goawaySent = true
	s.emit(EvConnError, uint32(code), msg)
}

func (s *Session) peerInitiated(id uint32) bool {
	return (id%2 == 1) == s.server
}

func (s *Session) frame(f http2.Frame) {
	if s.hdrActive {
		if c, ok := f.(*http2.ContinuationFrame); ok {
			s.headerFragment(c.HeaderBlockFragment(), c.HeadersEnded())
			return
		}
		// the Framer enforces frame order; this is a safety net
		s.connError(http2.ErrCodeProtocol, "Protocol error")
		return
	}
	switch f := f.(type) {
	case *http2.SettingsFrame:
		s.settingsFrame(f)
	case *http2.HeadersFrame:
		s.headersFrame(f)
	case *http2.ContinuationFrame:
		s.connError(http2.ErrCodeProtocol, "Protocol error")
	case *http2.DataFrame:
		s.dataFrame(f)
	case *http2.WindowUpdateFrame:
		s.windowUpdate(f)
	case *http2.PingFrame:
		if !f.IsAck() {
			s.fr.WritePing(true, f.Data)
		}
		d := f.Data
		s.emit(EvPing, d[:], f.IsAck())
	case *http2.RSTStreamFrame:
		st := s.streams[f.StreamID]
		if st == nil {
			if s.idle(f.StreamID) {
				s.connError(http2.ErrCodeProtocol, "Protocol error")
			}
			return
		}
		s.closeStream(st, uint32(f.ErrCode), true)
	case *http2.GoAwayFrame:
		s.goawayRecv = true
		s.emit(EvGoaway, uint32(f.ErrCode), f.LastStreamID, bytes.Clone(f.DebugData()))
	case *http2.PushPromiseFrame:
		s.pushPromise(f)
	case *http2.PriorityFrame:
		if f.StreamDep == f.StreamID {
			s.rejectFrame(f.StreamID)
			return
		}
		if st := s.streams[f.StreamID]; st != nil {
			st.weight = int(f.Weight) + 1
		}
		s.emit(EvPriority, f.StreamID, f.StreamDep, int(f.Weight)+1, f.Exclusive)
	case *http2.UnknownFrame:
		if f.Type == 0xa { // ALTSVC (RFC 7838), for a client
			p := f.Payload()
			if !s.server && len(p) >= 2 {
				n := int(binary.BigEndian.Uint16(p))
				if 2+n <= len(p) {
					s.emit(EvAltsvc, f.StreamID, string(p[2:2+n]), string(p[2+n:]))
				}
			}
		} else if f.Type == 0xc && !s.server && f.StreamID == 0 { // ORIGIN (RFC 8336)
			p := f.Payload()
			var origins []string
			for len(p) >= 2 {
				n := int(binary.BigEndian.Uint16(p))
				if 2+n > len(p) {
					break
				}
				origins = append(origins, string(p[2:2+n]))
				p = p[2+n:]
			}
			s.emit(EvOrigin, origins)
		}
	}
}

// idle: a stream id that was never opened.
func (s *Session) idle(id uint32) bool {
	if s.peerInitiated(id) {
		return id > s.lastPeerID
	}
	return id >= s.nextID
}

func (s *Session) settingsFrame(f *http2.SettingsFrame) {
	if f.IsAck() {
		if len(s.pending) == 0 {
			s.connError(http2.ErrCodeProtocol, "Protocol error")
			return
		}
		for _, st := range s.pending[0] {
			old := s.Local.InitialWindowSize
			s.Local.set(st.ID, st.Val)
			switch st.ID {
			case SettingInitialWindowSize:
				d := int64(st.Val) - int64(old)
				for _, x := range s.streams {
					x.recvWin += d
				}
			case SettingHeaderTableSize:
				s.dec.SetAllowedMaxDynamicTableSize(st.Val)
			case SettingMaxHeaderListSize:
				s.listLimit = st.Val
			}
		}
		s.pending = s.pending[1:]
		s.emit(EvSettingsAck)
		return
	}
	if s.MaxSettings > 0 && f.NumSettings() > s.MaxSettings {
		s.connError(http2.ErrCodeEnhanceYourCalm, "Protocol error")
		return
	}
	err := f.ForeachSetting(func(st http2.Setting) error {
		if err := st.Valid(); err != nil {
			return err
		}
		switch st.ID {
		case SettingInitialWindowSize:
			d := int64(st.Val) - int64(s.Remote.InitialWindowSize)
			for _, x := range s.streams {
				x.sendWin += d
				if x.sendWin > 1<<31-1 {
					return http2.ConnectionError(http2.ErrCodeFlowControl)
				}
			}
		case SettingHeaderTableSize:
			s.enc.SetMaxDynamicTableSizeLimit(st.Val)
			s.encSizeUpdate = true
		case SettingEnablePush:
			if !s.server && st.Val != 0 {
				return http2.ConnectionError(http2.ErrCodeProtocol)
			}
		case SettingEnableConnectProtocol:
			if st.Val > 1 || (st.Val == 0 && s.Remote.EnableConnectProtocol == 1) {
				return http2.ConnectionError(http2.ErrCodeProtocol)
			}
		}
		s.Remote.set(st.ID, st.Val)
		return nil
	})
	if len(s.heldIDs) > 0 {
		defer s.sendHeld()
	}
	if err != nil {
		code := http2.ErrCodeProtocol
		var ce http2.ConnectionError
		if errors.As(err, &ce) {
			code = http2.ErrCode(ce)
		}
		s.connError(code, "Protocol error")
		return
	}
	s.fr.WriteSettingsAck()
	// the settings as this frame left them: a later frame read in the same
	// chunk must not show through in this frame's 'remoteSettings'
	s.emit(EvSettings, s.Remote)
	for _, x := range s.streams {
		s.flush(x)
	}
}

func (s *Session) headersFrame(f *http2.HeadersFrame) {
	id := f.StreamID
	st := s.streams[id]
	if st == nil {
		if !s.peerInitiated(id) || id <= s.lastPeerID {
			if s.idle(id) {
				s.connError(http2.ErrCodeProtocol, "Protocol error")
				return
			}
			// a closed stream: decode the block (the HPACK state must
			// follow) and answer STREAM_CLOSED
			s.hdrPromised = 0
			s.startBlock(id, f.StreamEnded(), f.HeaderBlockFragment(), f.HeadersEnded())
			return
		}
		s.lastPeerID = id
		st = s.newStream(id, StateOpen)
		if s.goawaySent {
			st.state = StateClosed
		} else if s.MaxMemory > 0 && s.QueuedBytes(0)+s.out.Len() > s.MaxMemory {
			// over maxSessionMemory: refused, its block decoded as above
			st.state, st.refused = StateClosed, true
			s.fr.WriteRSTStream(id, http2.ErrCodeEnhanceYourCalm)
			s.hdrPromised = 0
			s.startBlock(id, f.StreamEnded(), f.HeaderBlockFragment(), f.HeadersEnded())
			return
		} else if s.peerStreams() > int(s.maxStreams()) {
			// over our SETTINGS_MAX_CONCURRENT_STREAMS: refused, its header
			// block still decoded for the HPACK state
			st.state, st.refused = StateClosed, true
			s.fr.WriteRSTStream(id, http2.ErrCodeRefusedStream)
			s.hdrPromised = 0
			s.startBlock(id, f.StreamEnded(), f.HeaderBlockFragment(), f.HeadersEnded())
			return
		}
	} else if st.state == StateHalfClosedRemote || st.state == StateClosed {
		s.resetStream(id, uint32(http2.ErrCodeStreamClosed), false)
		s.hdrPromised = 0
		s.startBlock(id, f.StreamEnded(), f.HeaderBlockFragment(), f.HeadersEnded())
		return
	}
	if st.state == StateReservedRemote {
		st.state = StateHalfClosedLocal // a pushed stream's response
	}
	if f.HasPriority() {
		if f.Priority.StreamDep == id {
			s.rejectFrame(id)
		} else {
			st.weight = int(f.Priority.Weight) + 1
		}
	}
	s.hdrPromised = 0
	s.startBlock(id, f.StreamEnded(), f.HeaderBlockFragment(), f.HeadersEnded())
}

func (s *Session) pushPromise(f *http2.PushPromiseFrame) {
	if s.server || s.Local.EnablePush == 0 {
		s.connError(http2.ErrCodeProtocol, "Protocol error")
		return
	}
	if f.PromiseID%2 != 0 || f.PromiseID <= s.lastPeerID {
		s.connError(http2.ErrCodeProtocol, "Protocol error")
		return
	}
	parent := s.streams[f.StreamID]
	s.lastPeerID = f.PromiseID
	full := s.reservedRemote() >= s.MaxReservedRemote
	st := s.newStream(f.PromiseID, StateReservedRemote)
	if parent == nil || full {
		st.state = StateClosed
		// past maxReservedRemoteStreams nghttp2 cancels the promise (its
		// header block is still decoded, for HPACK's sake)
		st.cancelled = full
	}
	s.hdrPromised = f.PromiseID
	s.startBlock(f.StreamID, false, f.HeaderBlockFragment(), f.HeadersEnded())
}

// reservedRemote counts the streams the peer promised that have not begun.
func (s *Session) reservedRemote() int {
	n := 0
	for _, st := range s.streams {
		if st.state == StateReservedRemote {
			n++
		}
	}
	return n
}

// peerStreams counts the open streams the peer started.
func (s *Session) peerStreams() int {
	n := 0
	for id, st := range s.streams {
		if s.peerInitiated(id) && st.state != StateClosed && st.state != StateReservedRemote {
			n++
		}
	}
	return n
}

// maxStreams is our concurrent stream limit, counting SETTINGS not yet
// acknowledged when they lower it (as nghttp2 enforces them at once).
func (s *Session) maxStreams() uint32 {
	m := s.Local.MaxConcurrentStreams
	for _, set := range s.pending {
		for _, st := range set {
			if st.ID == SettingMaxConcurrentStreams && st.Val < m {
				m = st.Val
			}
		}
	}
	return m
}

func (s *Session) newStream(id uint32, state int) *stream {
	st := &stream{id: id, state: state, sendWin: int64(s.Remote.InitialWindowSize), recvWin: int64(s.Local.InitialWindowSize), weight: 16, contentLength: -1, maxHeaderList: s.listLimit}
	s.streams[id] = st
	return st
}

func (s *Session) startBlock(id uint32, end bool, frag []byte, ended bool) {
	s.hdrID, s.hdrEnd, s.hdrActive = id, end, true
	s.hdrFrag = append(s.hdrFrag[:0], frag...)
	if ended {
		s.endBlock()
	}
}

func (s *Session) headerFragment(frag []byte, ended bool) {
	if len(s.hdrFrag)+len(frag) > s.MaxHeaderBlk {
		s.connError(http2.ErrCodeEnhanceYourCalm, "Protocol error")
		return
	}
	s.hdrFrag = append(s.hdrFrag, frag...)
	if ended {
		s.endBlock()
	}
}

func (s *Session) endBlock() {
	s.hdrActive = false
	var fields []hpack.HeaderField
	size := 0
	tooBig := false
	pairs := 0
	limit := s.listLimit
	if st := s.streams[s.hdrID]; st != nil && s.hdrPromised == 0 {
		limit = st.maxHeaderList
	}
	s.dec.SetEmitFunc(func(f hpack.HeaderField) {
		pairs++
		if s.MaxHeaderPairs > 0 && pairs > s.MaxHeaderPairs {
			tooBig = true
			return
		}
		size += len(f.Name) + len(f.Value) + 32
		if size > int(limit) && limit != 0 {
			tooBig = true
			return
		}
		fields = append(fields, f)
	})
	_, err := s.dec.Write(s.hdrFrag)
	if err == nil {
		err = s.dec.Close()
	}
	frag := s.hdrFrag
	s.hdrFrag = frag[:0]
	if cap(frag) > 64<<10 {
		s.hdrFrag = nil
	}
	if err != nil {
		s.connError(http2.ErrCodeCompression, "Compression error")
		return
	}
	id := s.hdrID
	if s.hdrPromised != 0 {
		pid := s.hdrPromised
		st := s.streams[pid]
		if st == nil || st.state == StateClosed || s.streams[id] == nil {
			delete(s.streams, pid)
			code := http2.ErrCodeRefusedStream
			if st != nil && st.cancelled {
				code = http2.ErrCodeCancel
			}
			s.fr.WriteRSTStream(pid, code)
			return
		}
		var ok bool
		fields, ok = filterFields(fields)
		if tooBig || !ok || !validRequest(fields) {
			s.rejectFrame(pid)
			return
		}
		names, sens := flatten(fields)
		s.emit(EvPush, id, pid, names, sens)
		return
	}
	st := s.streams[id]
	if st == nil || st.state == StateClosed {
		if st != nil {
			delete(s.streams, id) // refused (after GOAWAY, or over the limit)
		}
		if !s.dead && (st == nil || !st.refused) {
			s.fr.WriteRSTStream(id, http2.ErrCodeStreamClosed)
		}
		return
	}
	trailers := st.recvHdrs
	fields, ok := filterFields(fields)
	ok = ok && !tooBig
	informational := false
	if ok {
		switch {
		case trailers:
			ok = validTrailers(fields) && s.hdrEnd
		case s.server:
			ok = validRequest(fields)
		default:
			status := ""
			ok, status = validResponse(fields)
			informational = ok && len(status) == 3 && status[0] == '1'
			if informational && (s.hdrEnd || status == "101") {
				ok = false
			}
		}
	}
	if !ok {
		if tooBig {
			// as nghttp2: too large a header list resets the stream
			s.resetStream(id, uint32(http2.ErrCodeEnhanceYourCalm), false)
			return
		}
		s.rejectFrame(id)
		return
	}
	if !informational {
		st.recvHdrs = true
	}
	if s.server && !trailers {
		st.contentLength = -1
		for _, f := range fields {
			if f.Name == "content-length" {
				n, err := strconv.ParseInt(f.Value, 10, 64)
				if err != nil || n < 0 || st.contentLength >= 0 {
					s.rejectFrame(id)
					return
				}
				st.contentLength = n
			}
		}
		if s.hdrEnd && st.contentLength > 0 {
			s.rejectFrame(id)
			return
		}
	}
	if trailers && st.contentLength >= 0 && st.recvData != st.contentLength {
		s.rejectFrame(id)
		return
	}
	if s.server && !trailers && id > s.lastProcID {
		s.lastProcID = id
	}
	names, sens := flatten(fields)
	s.emit(EvHeaders, id, s.hdrEnd, names, sens)
	if s.hdrEnd {
		s.remoteEnded(st)
	}
}

func flatten(fields []hpack.HeaderField) ([]string, []string) {
	names := make([]string, 0, 2*len(fields))
	var sens []string
	for _, f := range fields {
		names = append(names, f.Name, f.Value)
		if f.Sensitive {
			sens = append(sens, f.Name)
		}
	}
	return names, sens
}

// checkField checks what RFC 9113 §8.2 asks of a field, as nghttp2 does: a
// field with an uppercase name, a bad pseudo-header or a connection-specific
// field is an error; a regular field with other bad characters in its name
// or value is dropped.
func checkField(f hpack.HeaderField) (ok, drop bool) {
	if f.Name == "" {
		return false, false
	}
	pseudo := f.Name[0] == ':'
	for i := 0; i < len(f.Name); i++ {
		c := f.Name[i]
		if c >= 'A' && c <= 'Z' {
			return false, false
		}
		if c <= ' ' || c >= 0x7f || (c == ':' && i > 0) || c == '"' || c == '(' || c == ')' ||
			c == ',' || c == '/' || c == ';' || c == '<' || c == '=' || c == '>' || c == '?' ||
			c == '@' || c == '[' || c == '\\' || c == ']' || c == '{' || c == '}' {
			if pseudo {
				return false, false
			}
			return true, true
		}
	}
	if f.Name == ":path" {
		for i := 0; i < len(f.Value); i++ {
			if c := f.Value[i]; c <= ' ' || c == 0x7f {
				return false, false
			}
		}
	}
	if strings.ContainsAny(f.Value, "\x00\r\n") {
		if pseudo {
			return false, false
		}
		return true, true
	}
	switch f.Name {
	case "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade":
		return false, false
	case "te":
		return f.Value == "trailers", false
	}
	return true, false
}

// filterFields checks every field and drops those nghttp2 ignores.
func filterFields(fields []hpack.HeaderField) ([]hpack.HeaderField, bool) {
	out := fields[:0]
	for _, f := range fields {
		ok, drop := checkField(f)
		if !ok {
			return nil, false
		}
		if !drop {
			out = append(out, f)
		}
	}
	return out, true
}

func validRequest(fields []hpack.HeaderField) bool {
	var method, path, scheme, protocol string
	var nm, np, ns, na, nproto int
	regular := false
	for _, f := range fields {
		if f.IsPseudo() {
			if regular {
				return false
			}
			switch f.Name {
			case ":method":
				method, nm = f.Value, nm+1
			case ":path":
				path, np = f.Value, np+1
			case ":scheme":
				scheme, ns = f.Value, ns+1
			case ":authority":
				na++
			case ":protocol":
				protocol, nproto = f.Value, nproto+1
			default:
				return false
			}
		} else {
			regular = true
		}
	}
	if nm != 1 || na > 1 || nproto > 1 {
		return false
	}
	if method == "CONNECT" && protocol == "" {
		return np == 0 && ns == 0 && na == 1
	}
	_ = scheme
	return np == 1 && ns == 1 && path != ""
}

func validResponse(fields []hpack.HeaderField) (bool, string) {
	status := ""
	n := 0
	regular := false
	for _, f := range fields {
		if f.IsPseudo() {
			if regular || f.Name != ":status" {
				return false, ""
			}
			status, n = f.Value, n+1
		} else {
			regular = true
		}
	}
	if n != 1 || len(status) != 3 {
		return false, ""
	}
	for i := 0; i < 3; i++ {
		if status[i] < '0' || status[i] > '9' {
			return false, ""
		}
	}
	return true, status
}

func validTrailers(fields []hpack.HeaderField) bool {
	for _, f := range fields {
		if f.IsPseudo() {
			return false
		}
	}
	return true
}

func (s *Session) dataFrame(f *http2.DataFrame) {
	id := f.StreamID
	n := int64(f.Length)
	// the connection window counts every DATA frame, padding included
	if n > s.recvWin {
		s.connError(http2.ErrCodeFlowControl, "Flow control error")
		return
	}
	s.recvWin -= n
	st := s.streams[id]
	if st == nil || st.state == StateHalfClosedRemote || st.state == StateClosed || !st.recvHdrs {
		if st == nil && s.idle(id) {
			s.connError(http2.ErrCodeProtocol, "Protocol error")
			return
		}
		s.giveBack(nil, n)
		if st != nil && !st.recvHdrs && st.state != StateClosed && st.state != StateHalfClosedRemote {
			s.rejectFrame(id)
			return
		}
		s.resetStream(id, uint32(http2.ErrCodeStreamClosed), false)
		return
	}
	if n > st.recvWin {
		s.giveBack(nil, n)
		s.resetStream(id, uint32(http2.ErrCodeFlowControl), false)
		return
	}
	st.recvWin -= n
	if n == 0 && !f.StreamEnded() && !s.invalidFrame() {
		return
	}
	data := f.Data()
	st.recvData += int64(len(data))
	if st.contentLength >= 0 && (st.recvData > st.contentLength || f.StreamEnded() && st.recvData != st.contentLength) {
		s.giveBack(nil, n)
		s.rejectFrame(id)
		return
	}
	// padding is consumed at once; the data when the script reads it
	if pad := n - int64(len(data)); pad > 0 {
		s.giveBack(st, pad)
	}
	s.emit(EvData, id, bytes.Clone(data), f.StreamEnded())
	if f.StreamEnded() {
		s.remoteEnded(st)
	}
}

// Consume gives n bytes of stream id's received DATA back to the peer's
// windows (the script has read them).
func (s *Session) Consume(id uint32, n int64) {
	if n <= 0 {
		return
	}
	s.giveBack(s.streams[id], n)
}

// giveBack returns window once half of it has been consumed, as nghttp2's
// automatic WINDOW_UPDATE does.
func (s *Session) giveBack(st *stream, n int64) {
	if s.dead {
		return
	}
	s.consumed += n
	connTarget := max(int64(65535), s.sendTargetConn())
	if s.consumed >= connTarget/2 {
		s.fr.WriteWindowUpdate(0, uint32(s.consumed))
		s.recvWin += s.consumed
		s.consumed = 0
	}
	if st == nil || st.state == StateClosed || st.state == StateHalfClosedRemote {
		return
	}
	st.consumed += n
	if st.consumed >= int64(s.Local.InitialWindowSize)/2 || st.consumed >= 16384 && st.recvWin < 16384 {
		s.fr.WriteWindowUpdate(st.id, uint32(st.consumed))
		st.recvWin += st.consumed
		st.consumed = 0
	}
}

func (s *Session) sendTargetConn() int64 { return s.connWindowTarget }

func (s *Session) windowUpdate(f *http2.WindowUpdateFrame) {
	if f.StreamID == 0 {
		s.sendWin += int64(f.Increment)
		if s.sendWin > 1<<31-1 {
			s.connError(http2.ErrCodeFlowControl, "Flow control error")
			return
		}
		for _, st := range s.streams {
			s.flush(st)
		}
		return
	}
	st := s.streams[f.StreamID]
	if st == nil {
		if s.idle(f.StreamID) {
			s.connError(http2.ErrCodeProtocol, "Protocol error")
		}
		return
	}
	st.sendWin += int64(f.Increment)
	if st.sendWin > 1<<31-1 {
		s.resetStream(st.id, uint32(http2.ErrCodeFlowControl), false)
		return
	}
	s.flush(st)
}

func (s *Session) remoteEnded(st *stream) {
	switch st.state {
	case StateOpen:
		st.state = StateHalfClosedRemote
	case StateHalfClosedLocal:
		s.closeStream(st, 0, false)
	}
}

func (s *Session) localEnded(st *stream) {
	switch st.state {
	case StateOpen, StateReservedLocal:
		st.state = StateHalfClosedLocal
	case StateHalfClosedRemote:
		s.closeStream(st, 0, false)
	}
}

// closeStream forgets a stream and reports it.
func (s *Session) closeStream(st *stream, code uint32, byPeer bool) {
	if s.streams[st.id] != st {
		return
	}
	st.state = StateClosed
	delete(s.streams, st.id)
	if st.consumed > 0 {
		st.consumed = 0
	}
	s.emit(EvClose, st.id, code, byPeer)
	if st.held != nil {
		st.held = nil
		s.dropHeld(st.id)
	} else if len(s.heldIDs) > 0 {
		s.sendHeld()
	}
}

// resetStream writes RST_STREAM and closes the stream.
func (s *Session) resetStream(id uint32, code uint32, _ bool) {
	if !s.dead {
		s.fr.WriteRSTStream(id, http2.ErrCode(code))
	}
	if st := s.streams[id]; st != nil {
		s.closeStream(st, code, false)
	}
}
