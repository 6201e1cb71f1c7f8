// Package http_parser is the Go half of gojanet's http module: an incremental
// HTTP/1.1 parser for requests and responses, as llhttp is to node, reached
// from JS as internalBinding('http_parser').
//
// The path of a request: js/_http_server.js hands each chunk a socket reads to
// parser.execute(chunk) (binding.go). Execute runs this state machine over the
// bytes, which may be split anywhere: a token cut by a chunk boundary is kept
// in p.acc until the rest arrives. Everything the chunk completed (headers of
// one or more pipelined messages, body ranges, message ends with trailers) is
// recorded as Events and handed to JS in one array, so a request costs one
// call from JS into Go, not one per callback as with llhttp. Body events are
// offsets into the chunk: JS slices its own Buffer, nothing is copied.
//
// An upgrade (Connection: upgrade + Upgrade, or CONNECT) stops parsing after
// the message's headers: the rest of the chunk belongs to the caller (a
// WebSocket, a tunnel); a caller that declines drops it, as node does. An
// Upgrade request with a body waits there for the caller's answer
// (UpgradeBody): taken, it completes without one; declined, its body is read
// as any request's and its end stops the parse (llhttp reads the body when
// node's onHeadersComplete answers 0, and pauses for the upgrade after it).
//
// Errors carry llhttp's codes and reasons (node shows them as
// HPE_INVALID_METHOD "Invalid method encountered" etc.), checked against
// node's own parser in parser_test.go (testdata/llhttp.json was recorded from
// node with record.js).
package http_parser

import (
	"bytes"
	"strings"
)

// Kind of messages a parser reads.
const (
	Request  = 1
	Response = 2
)

// DefaultMaxHeaderSize is node's --max-http-header-size default.
const DefaultMaxHeaderSize = 16 * 1024

// Error is a parse error with llhttp's code and reason.
type Error struct {
	Code   string // HPE_*
	Reason string
	Pos    int // bytes of the current chunk parsed before the error
}

func (e *Error) Error() string { return e.Code + ": " + e.Reason }

// Message is what a message's start line and headers say.
type Message struct {
	Method       string // requests
	URL          string
	Status       int // responses
	Reason       string
	Major, Minor int
	Headers      []string // raw pairs: name, value, name, value...
	Upgrade      bool
	KeepAlive    bool
}

// Event kinds.
const (
	EvHeaders  = 1 // Msg
	EvBody     = 2 // Start, End: a range of the chunk given to Execute
	EvComplete = 3 // Trailers (nil if none)
)

// Event is one thing Execute found.
type Event struct {
	Kind       int
	Msg        *Message
	Start, End int
	Trailers   []string
}

type state uint8

const (
	sStart state = iota
	sMethod
	sURLStart
	sURL
	sReqVersion
	sReqLineCR
	sReqLineLF
	sResVersion
	sResStatus
	sResReason
	sResLineLF
	sFieldStart
	sField
	sValueStart
	sValue
	sValueLF
	sHeadersLF
	sBodyIdentity
	sBodyEOF
	sChunkSize
	sChunkExt
	sChunkSizeLF
	sChunkData
	sChunkDataCR
	sChunkDataLF
	sUpgradeHeld // after an Upgrade request's headers, its body not decided (UpgradeBody)
	sDead        // after an error or an upgrade: nothing more is parsed
)

// Parser is an incremental HTTP/1.1 parser. The zero value is not usable; use New.
type Parser struct {
	kind          int
	MaxHeaderSize int
	// Lenient is node's insecureHTTPParser: bare LF line ends, control
	// characters in header values, Transfer-Encoding with Content-Length,
	// whitespace after a chunk size and data after Connection: close.
	Lenient bool
	// SkipBody is set by a client before a response to HEAD arrives.
	SkipBody bool
	// ExpectConnect is set by a client before the response to CONNECT: a 2xx
	// ends the parse as an upgrade.
	ExpectConnect bool

	Events []Event
	// Tokens, when set, gives the strings of short tokens (methods, URLs,
	// header names and values) that earlier messages had: a client sends
	// the same ones request after request, and a hit is no allocation.
	// (Reset keeps it: the binding's, one per runtime.)
	Tokens *Tokens
	// Messages, when set, hands out the messages (and their header slices)
	// that ReleaseMessages took back. (Reset keeps it.)
	Messages *MessagePool

	st        state
	acc       []byte // the part of a token seen in earlier chunks
	tokN      int    // tokens of this message so far (Tokens.at)
	msg       *Message
	field     string
	trailers  []string
	inTrailer bool
	headerLen int // bytes of start line and header tokens, against MaxHeaderSize
	versionN  int // bytes of "HTTP/x.y" seen

	contentLen   int64
	hasCL        bool
	hasTE        bool
	chunked      bool
	teBad        bool // chunked not last
	connClose    bool
	connKeep     bool
	connUpgrade  bool
	hasUpgrade   bool
	remaining    int64 // body bytes left in the identity body or the current chunk
	chunkSizeN   int
	closed       bool // a message without keep-alive completed
	chunkExtQuot bool
	extLen       int // chunk extension bytes in this message
	lastErr      *Error
	upgradeNext  state // sUpgradeHeld: the body's state, when it is read
	upgradeEnd   bool  // a declined upgrade's body: its message's end ends the parse
	// llhttp's upgrade flag: the last message whose headers completed was an
	// upgrade. Until the next one's headers complete, node's parser reports
	// no error (node_http_parser.cc: `!parser_.upgrade && err != HPE_OK`):
	// after a declined upgrade, bytes from a parse error on are dropped.
	upgradeSet bool
}

const maxChunkExtensions = 16 * 1024

// New makes a parser for Request or Response messages.
func New(kind int) *Parser {
	return &Parser{kind: kind, MaxHeaderSize: DefaultMaxHeaderSize}
}

// Reset makes p ready for a new connection (node's parser.initialize).
func (p *Parser) Reset(kind int) {
	*p = Parser{kind: kind, MaxHeaderSize: p.MaxHeaderSize, Lenient: p.Lenient, Events: p.Events[:0], Tokens: p.Tokens,
		Messages: p.Messages}
}

// Kind is Request or Response.
func (p *Parser) Kind() int { return p.kind }

// Methods node's parser accepts, as in http.METHODS.
var Methods = []string{"ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD", "LINK",
	"LOCK", "M-SEARCH", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY", "OPTIONS",
	"PATCH", "POST", "PROPFIND", "PROPPATCH", "PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH",
	"SOURCE", "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK", "UNLOCK", "UNSUBSCRIBE"}

// methodSet holds Methods (each its own value), maxMethodLen the longest.
var methodSet, maxMethodLen = func() (map[string]string, int) {
	m, n := make(map[string]string, len(Methods)), 0
	for _, s := range Methods {
		m[s], n = s, max(n, len(s))
	}
	return m, n
}()

// rtspMethods are in llhttp's method table too: a request that starts like
// one fails one byte later (where node reports it), though none is accepted.
var rtspMethods = []string{"ANNOUNCE", "DESCRIBE", "FLUSH", "GET_PARAMETER", "PAUSE", "PLAY",
	"RECORD", "REDIRECT", "SETUP", "SET_PARAMETER", "TEARDOWN"}

func isMethodPrefix(b []byte) (prefix, full bool) {
	for _, m := range Methods {
		if len(m) >= len(b) && m[:len(b)] == string(b) {
			prefix = true
			if len(m) == len(b) {
				full = true
			}
		}
	}
	for _, m := range rtspMethods {
		if len(m) > len(b) && m[:len(b)] == string(b) {
			prefix = true
		}
	}
	return
}

// tokenChar: RFC 9110's tchar.
var tokenChar [256]bool

// urlChar: what llhttp takes in a request target (printable ASCII but space).
var urlChar [256]bool

// valueChar: a header value's field-vchar, obs-text and HT.
var valueChar [256]bool

func init() {
	for c := 0; c < 256; c++ {
		switch {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			tokenChar[c] = true
		case strings.IndexByte("!#$%&'*+-.^_`|~", byte(c)) >= 0:
			tokenChar[c] = true
		}
		urlChar[c] = c > 0x20 && c < 0x7f
		valueChar[c] = c == '\t' || (c >= 0x20 && c != 0x7f)
	}
}

func (p *Parser) fail(pos int, code, reason string) *Error {
	p.st = sDead
	p.lastErr = &Error{Code: code, Reason: reason, Pos: pos}
	return p.lastErr
}

// token returns the token that ends at data[start:end], joined with what
// earlier chunks held, and clears the accumulator.
func (p *Parser) token(data []byte, start, end int) string {
	i := p.tokN
	p.tokN++
	if len(p.acc) == 0 {
		return p.Tokens.at(i, data[start:end])
	}
	p.acc = append(p.acc, data[start:end]...)
	s := p.Tokens.at(i, p.acc)
	p.acc = p.acc[:0]
	return s
}

// Tokens is a bounded table of short token strings, for one goroutine.
// last holds the tokens of the last message by their place in it (URL,
// then each header's name and value): a client's next request usually
// repeats them in order, and comparing bytes is cheaper than hashing them.
type Tokens struct {
	m          map[string]string
	last       [16]string
	lastMethod string
}

// method looks a whole method up in methodSet, the last one found first.
func (t *Tokens) method(b []byte) (string, bool) {
	if t != nil && t.lastMethod == string(b) && t.lastMethod != "" {
		return t.lastMethod, true
	}
	m, ok := methodSet[string(b)]
	if ok && t != nil {
		t.lastMethod = m
	}
	return m, ok
}

// at is str(b) for the message's token number i.
func (t *Tokens) at(i int, b []byte) string {
	if t == nil || i >= len(t.last) {
		return t.str(b)
	}
	if s := t.last[i]; s == string(b) { // (no string made)
		return s
	}
	s := t.str(b)
	t.last[i] = s
	return s
}

const (
	tokensMax    = 512
	tokensMaxLen = 64
)

// str returns b as a string, the table's when it has it (no allocation:
// Go looks a map up by string(b) without making the string).
func (t *Tokens) str(b []byte) string {
	if t == nil || len(b) > tokensMaxLen {
		return string(b)
	}
	if s, ok := t.m[string(b)]; ok {
		return s
	}
	if t.m == nil || len(t.m) >= tokensMax {
		t.m = make(map[string]string)
	}
	s := string(b)
	t.m[s] = s
	return s
}

// countHeader adds n header bytes and reports whether the limit is passed.
func (p *Parser) countHeader(n int) bool {
	p.headerLen += n
	return p.MaxHeaderSize > 0 && p.headerLen > p.MaxHeaderSize
}

// MessagePool keeps messages whose events were handed on, for one
// goroutine: a keep-alive connection's parser between requests holds none
// (its last message and header slice go back here), and its next request
// takes one back instead of allocating two.
type MessagePool struct{ free []*Message }

const messagePoolMax = 64

func (mp *MessagePool) get() *Message {
	if mp != nil && len(mp.free) > 0 {
		m := mp.free[len(mp.free)-1]
		mp.free = mp.free[:len(mp.free)-1]
		return m
	}
	return &Message{}
}

func (mp *MessagePool) put(m *Message) {
	if mp == nil || len(mp.free) >= messagePoolMax {
		return
	}
	h := m.Headers
	if cap(h) > 64 {
		h = nil // (a message with many headers: not kept)
	}
	clear(h) // (the strings may be large values)
	*m = Message{Headers: h[:0]}
	mp.free = append(mp.free, m)
}

// ReleaseMessages gives the messages of p.Events back to p.Messages once
// their events were handed on (the caller keeps nothing of them), and the
// current one when no message is under way. It does nothing without a pool.
func (p *Parser) ReleaseMessages() {
	if p.Messages == nil {
		return
	}
	for _, e := range p.Events {
		if e.Kind == EvHeaders && e.Msg != p.msg {
			p.Messages.put(e.Msg)
		}
	}
	if p.msg != nil && !p.InMessage() {
		p.Messages.put(p.msg)
		p.msg = nil
	}
}

func (p *Parser) startMessage() {
	p.msg = p.Messages.get()
	p.headerLen = 0
	p.versionN = 0
	p.contentLen, p.hasCL, p.hasTE, p.chunked, p.teBad = 0, false, false, false, false
	p.connClose, p.connKeep, p.connUpgrade, p.hasUpgrade = false, false, false, false
	p.trailers, p.inTrailer = nil, false
	p.extLen = 0
	p.acc = p.acc[:0]
	p.tokN = 0
}

// InMessage reports whether a message has begun and not completed: bytes
// of it arrived but not all (headers trickling in, a body under way).
func (p *Parser) InMessage() bool { return p.st != sStart && p.st != sDead }

// Execute parses data, appending what it finds to p.Events. It returns the
// bytes consumed: len(data), or less after an upgrade (the rest belongs to the
// caller) or an error.
func (p *Parser) Execute(data []byte) (n int, upgraded bool, err *Error) {
	return p.ExecuteFrom(data, 0)
}

// ExecuteFrom is Execute for data[i:], with body ranges, error positions and
// the count in data's offsets. An error while llhttp's upgrade flag is set
// (upgradeSet) is none: the count stops where it came.
func (p *Parser) ExecuteFrom(data []byte, i int) (n int, upgraded bool, err *Error) {
	n, upgraded, err = p.executeFrom(data, i)
	if err != nil && p.upgradeSet {
		return err.Pos, false, nil
	}
	return n, upgraded, err
}

func (p *Parser) executeFrom(data []byte, i int) (n int, upgraded bool, err *Error) {
	for i < len(data) {
		c := data[i]
		switch p.st {
		case sDead:
			// llhttp's errors are sticky: the parser answers the same again
			if p.lastErr != nil {
				return 0, false, &Error{Code: p.lastErr.Code, Reason: p.lastErr.Reason}
			}
			return i, false, p.fail(i, "HPE_CLOSED_CONNECTION", "Parser is not usable")

		case sStart:
			if c == '\r' || c == '\n' {
				i++
				continue
			}
			if p.closed && !p.Lenient {
				return i + 1, false, p.fail(i+1, "HPE_CLOSED_CONNECTION", "Data after `Connection: close`")
			}
			p.startMessage()
			if p.kind == Request {
				p.st = sMethod
			} else {
				p.st = sResVersion
			}

		case sMethod:
			// a whole method and its space in this chunk: one lookup (the
			// byte-by-byte prefix checks below place the errors)
			if len(p.acc) == 0 {
				if sp := bytes.IndexByte(data[i:min(len(data), i+maxMethodLen+1)], ' '); sp > 0 {
					if m, ok := p.Tokens.method(data[i : i+sp]); ok {
						p.msg.Method = m
						i += sp + 1
						p.st = sURLStart
						continue
					}
				}
			}
			for i < len(data) && data[i] != ' ' {
				p.acc = append(p.acc, data[i])
				if ok, _ := isMethodPrefix(p.acc); !ok {
					if len(p.acc) > 1 {
						if _, full := isMethodPrefix(p.acc[:len(p.acc)-1]); full {
							return i, false, p.fail(i, "HPE_INVALID_METHOD", "Expected space after method")
						}
					}
					return i, false, p.fail(i, "HPE_INVALID_METHOD", "Invalid method encountered")
				}
				i++
			}
			if i == len(data) {
				continue
			}
			if _, full := isMethodPrefix(p.acc); !full {
				return i, false, p.fail(i, "HPE_INVALID_METHOD", "Invalid method encountered")
			}
			p.msg.Method = string(p.acc)
			p.acc = p.acc[:0]
			i++
			p.st = sURLStart

		case sURLStart:
			if c == ' ' {
				i++
				continue
			}
			p.st = sURL

		case sURL:
			start := i
			for i < len(data) && urlChar[data[i]] {
				i++
			}
			if p.countHeader(i - start) {
				return i, false, p.fail(i, "HPE_HEADER_OVERFLOW", "Header overflow")
			}
			if i == len(data) {
				p.acc = append(p.acc, data[start:]...)
				continue
			}
			if data[i] != ' ' {
				if (data[i] == '\r' || data[i] == '\n') && len(p.acc)+i-start > 0 {
					// HTTP/0.9 request lines have no version: llhttp refuses them.
					return i, false, p.fail(i, "HPE_INVALID_VERSION", "Expected HTTP/")
				}
				return i, false, p.fail(i, "HPE_INVALID_URL", "Invalid char in url path")
			}
			p.msg.URL = p.token(data, start, i)
			if p.msg.URL == "" {
				return i, false, p.fail(i, "HPE_INVALID_URL", "Unexpected start char in url")
			}
			i++
			p.st = sReqVersion

		case sReqVersion, sResVersion:
			// "HTTP/" digit "." digit; a whole valid one in this chunk at
			// once, and a request line's CRLF after it (the steps below
			// place the errors)
			if p.versionN == 0 && len(data)-i >= 8 && string(data[i:i+5]) == "HTTP/" && data[i+6] == '.' {
				major, minor := int(data[i+5])-'0', int(data[i+7])-'0'
				if major >= 0 && major <= 9 && minor >= 0 && minor <= 9 && validVersion(major, minor) {
					p.msg.Major, p.msg.Minor = major, minor
					i += 8
					if p.st == sResVersion {
						p.st = sResStatus
						continue
					}
					p.versionN = 8
					if len(data)-i >= 2 && data[i] == '\r' && data[i+1] == '\n' {
						i += 2
						p.st = sFieldStart
					} else {
						p.st = sReqLineCR
					}
					continue
				}
			}
			k := p.versionN
			switch {
			case k < 5:
				if c != "HTTP/"[k] {
					return i, false, p.fail(i, "HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/")
				}
			case k == 5 || k == 7:
				if c < '0' || c > '9' {
					return i, false, p.fail(i, "HPE_INVALID_VERSION", "Invalid major version")
				}
				if k == 5 {
					p.msg.Major = int(c - '0')
				} else {
					p.msg.Minor = int(c - '0')
				}
			case k == 6:
				if c != '.' {
					return i, false, p.fail(i, "HPE_INVALID_VERSION", "Expected dot")
				}
			}
			p.versionN++
			i++
			if p.versionN == 8 {
				if !validVersion(p.msg.Major, p.msg.Minor) {
					return i, false, p.fail(i, "HPE_INVALID_VERSION", "Invalid HTTP version")
				}
				if p.st == sReqVersion {
					p.st = sReqLineCR
				} else {
					p.st = sResStatus
					p.versionN = 0
				}
			}

		case sReqLineCR:
			if c == '\r' {
				p.st = sReqLineLF
				i++
				continue
			}
			if c == '\n' {
				i++ // llhttp reports the offset past the LF
			}
			return i, false, p.fail(i, "HPE_INVALID_VERSION", "Expected CRLF after version")

		case sReqLineLF:
			if c != '\n' {
				return i, false, p.fail(i, "HPE_STRICT", "Expected CRLF after version")
			}
			i++
			p.st = sFieldStart

		case sResStatus:
			// " " 3DIGIT then " " reason, or CR
			k := p.versionN
			switch {
			case k == 0:
				if c != ' ' {
					return i, false, p.fail(i, "HPE_INVALID_VERSION", "Expected space after version")
				}
			case k <= 3:
				if c < '0' || c > '9' {
					return i, false, p.fail(i, "HPE_INVALID_STATUS", "Invalid status code")
				}
				p.msg.Status = p.msg.Status*10 + int(c-'0')
			default:
				switch c {
				case ' ':
					p.st = sResReason
				case '\r':
					p.st = sResLineLF
				case '\n':
					return i + 1, false, p.fail(i+1, "HPE_CR_EXPECTED", "Missing expected CR after response line")
				default:
					return i, false, p.fail(i, "HPE_INVALID_STATUS", "Invalid response status")
				}
			}
			p.versionN++
			i++

		case sResReason:
			start := i
			for i < len(data) && data[i] != '\r' && data[i] != '\n' {
				i++
			}
			if p.countHeader(i - start) {
				return i, false, p.fail(i, "HPE_HEADER_OVERFLOW", "Header overflow")
			}
			if i == len(data) {
				p.acc = append(p.acc, data[start:]...)
				continue
			}
			p.msg.Reason = latin1(p.token(data, start, i))
			if data[i] == '\n' {
				return i + 1, false, p.fail(i+1, "HPE_CR_EXPECTED", "Missing expected CR after response line")
			} else {
				p.st = sResLineLF
			}
			i++

		case sResLineLF:
			if c != '\n' {
				return i, false, p.fail(i, "HPE_STRICT", "Expected LF after CR")
			}
			i++
			p.st = sFieldStart

		case sFieldStart:
			switch {
			case c == '\r':
				p.st = sHeadersLF
				i++
			case c == ' ' || c == '\t':
				return i, false, p.fail(i, "HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value")
			case tokenChar[c]:
				p.st = sField
			default:
				return i, false, p.fail(i, "HPE_INVALID_HEADER_TOKEN", "Invalid header token")
			}

		case sField:
			start := i
			for i < len(data) && tokenChar[data[i]] {
				i++
			}
			if p.countHeader(i - start) {
				return i, false, p.fail(i, "HPE_HEADER_OVERFLOW", "Header overflow")
			}
			if i == len(data) {
				p.acc = append(p.acc, data[start:]...)
				continue
			}
			if data[i] != ':' {
				return i, false, p.fail(i, "HPE_INVALID_HEADER_TOKEN", "Invalid header token")
			}
			p.field = p.token(data, start, i)
			i++
			if !p.Lenient && !p.inTrailer {
				if p.hasCL && strings.EqualFold(p.field, "transfer-encoding") {
					return i, false, p.fail(i, "HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length")
				}
				if p.hasTE && strings.EqualFold(p.field, "content-length") {
					return i, false, p.fail(i, "HPE_INVALID_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding")
				}
			}
			p.st = sValueStart

		case sValueStart:
			if c == ' ' || c == '\t' {
				i++
				continue
			}
			if p.hasCL && !p.Lenient && !p.inTrailer && strings.EqualFold(p.field, "content-length") {
				return i, false, p.fail(i, "HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length")
			}
			p.st = sValue

		case sValue:
			start := i
			for i < len(data) && valueChar[data[i]] {
				i++
			}
			if p.countHeader(i - start) {
				i = min(i+1, len(data)) // llhttp: past the value's end
				return i, false, p.fail(i, "HPE_HEADER_OVERFLOW", "Header overflow")
			}
			if i == len(data) {
				p.acc = append(p.acc, data[start:]...)
				continue
			}
			switch data[i] {
			case '\r':
				p.st = sValueLF
			case '\n':
				return i, false, p.fail(i, "HPE_CR_EXPECTED", "Missing expected CR after header value")
			default:
				if p.Lenient {
					i++
					p.acc = append(p.acc, data[start:i]...)
					continue
				}
				return i, false, p.fail(i, "HPE_INVALID_HEADER_TOKEN", "Invalid header value char")
			}
			value := p.token(data, start, i)
			if n := len(value); n > 0 && (value[n-1] == ' ' || value[n-1] == '\t') {
				value = strings.TrimRight(value, " \t")
			}
			if err := p.header(p.field, value, i); err != nil {
				return err.Pos, false, err
			}
			i++

		case sValueLF:
			if c != '\n' {
				return i, false, p.fail(i, "HPE_LF_EXPECTED", "Missing expected LF after header value")
			}
			i++
			p.st = sFieldStart

		case sHeadersLF:
			if c != '\n' {
				return i, false, p.fail(i, "HPE_STRICT", "Expected LF after headers")
			}
			i++
			if n, up, err := p.headersDone(data, i); err != nil || up {
				return n, up, err
			}

		case sBodyIdentity:
			take := int64(len(data) - i)
			if take > p.remaining {
				take = p.remaining
			}
			p.Events = append(p.Events, Event{Kind: EvBody, Start: i, End: i + int(take)})
			i += int(take)
			p.remaining -= take
			if p.remaining == 0 {
				p.complete()
				if p.upgradeEnd {
					p.upgradeEnd = false
					return i, true, nil
				}
			}

		case sUpgradeHeld:
			// (no answer asked for: node's parser reads the body when
			// onHeadersComplete answers nothing)
			p.UpgradeBody(false)

		case sBodyEOF:
			p.Events = append(p.Events, Event{Kind: EvBody, Start: i, End: len(data)})
			i = len(data)

		case sChunkSize:
			v := hexVal(c)
			if v < 0 {
				if p.chunkSizeN == 0 {
					return i, false, p.fail(i, "HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size")
				}
				switch {
				case c == '\r':
					p.st = sChunkSizeLF
				case c == ';':
					p.st = sChunkExt
					p.chunkExtQuot = false
				case c == '\n':
					return i + 1, false, p.fail(i+1, "HPE_CR_EXPECTED", "Missing expected CR after chunk size")
				case (c == ' ' || c == '\t') && p.Lenient:
				default:
					return i + 1, false, p.fail(i+1, "HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size")
				}
				i++
				continue
			}
			if p.remaining > (1 << 59) {
				return i, false, p.fail(i, "HPE_INVALID_CHUNK_SIZE", "Chunk size overflow")
			}
			p.remaining = p.remaining*16 + int64(v)
			p.chunkSizeN++
			i++

		case sChunkExt:
			// ;name[=value|"quoted"] ...; only what is printable, until CR
			switch {
			case p.chunkExtQuot:
				if c == '"' {
					p.chunkExtQuot = false
				} else if c == '\\' {
					// the escaped char is taken by the next iteration as plain
				} else if c < 0x20 && c != '\t' {
					return i, false, p.fail(i, "HPE_STRICT", "Invalid character in chunk extensions quoted value")
				}
			case c == '"':
				p.chunkExtQuot = true
			case c == '\r':
				p.st = sChunkSizeLF
			case c == '\n':
				return i, false, p.fail(i, "HPE_CR_EXPECTED", "Missing expected CR after chunk extension name")
			case tokenChar[c] || c == '=' || c == ';' || (p.Lenient && (c == ' ' || c == '\t')):
			default:
				return i, false, p.fail(i, "HPE_INVALID_EXTENSIONS", "Invalid character in chunk extensions")
			}
			// node caps a message's chunk extensions at 16 KiB (its 413 answer)
			if p.extLen++; p.extLen > maxChunkExtensions {
				return i, false, p.fail(i, "HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow")
			}
			i++

		case sChunkSizeLF:
			if c != '\n' {
				return i, false, p.fail(i, "HPE_STRICT", "Expected LF after chunk size")
			}
			i++
			p.chunkHeaderDone()

		case sChunkData:
			take := int64(len(data) - i)
			if take > p.remaining {
				take = p.remaining
			}
			p.Events = append(p.Events, Event{Kind: EvBody, Start: i, End: i + int(take)})
			i += int(take)
			p.remaining -= take
			if p.remaining == 0 {
				p.st = sChunkDataCR
			}

		case sChunkDataCR:
			if c == '\r' {
				p.st = sChunkDataLF
			} else if c == '\n' && p.Lenient {
				p.st = sChunkSize
				p.chunkSizeN = 0
				p.extLen = 0
			} else {
				return i, false, p.fail(i, "HPE_STRICT", "Expected LF after chunk data")
			}
			i++

		case sChunkDataLF:
			if c != '\n' {
				return i, false, p.fail(i, "HPE_STRICT", "Expected LF after chunk data")
			}
			i++
			p.st = sChunkSize
			p.chunkSizeN = 0
			p.extLen = 0
		}
	}
	return len(data), false, nil
}

func (p *Parser) chunkHeaderDone() {
	if p.remaining == 0 {
		p.inTrailer = true
		p.st = sFieldStart
		return
	}
	p.st = sChunkData
}

func validVersion(major, minor int) bool {
	switch major {
	case 0:
		return minor == 9
	case 1:
		return minor == 0 || minor == 1
	case 2:
		return minor == 0
	}
	return false
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// header records one header (or trailer) and what it means for framing.
func (p *Parser) header(name, value string, pos int) *Error {
	value = latin1(value)
	if p.inTrailer {
		p.trailers = append(p.trailers, name, value)
		return nil
	}
	if p.msg.Headers == nil {
		p.msg.Headers = make([]string, 0, 16) // (one allocation for up to 8 headers)
	}
	p.msg.Headers = append(p.msg.Headers, name, value)
	switch len(name) {
	case len("content-length"):
		if !strings.EqualFold(name, "content-length") {
			break
		}
		if value == "" {
			return p.fail(pos, "HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length")
		}
		var n int64
		for j := 0; j < len(value); j++ {
			c := value[j]
			if c < '0' || c > '9' {
				// llhttp stops at the offending character
				return p.fail(max(0, pos-len(value)+j), "HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length")
			}
			if n > (1<<62)/10 {
				return p.fail(pos, "HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow")
			}
			n = n*10 + int64(c-'0')
		}
		p.hasCL = true
		p.contentLen = n
	case len("transfer-encoding"):
		if !strings.EqualFold(name, "transfer-encoding") {
			break
		}
		p.hasTE = true
		// chunked must be the last coding, across repeated headers too
		for _, tok := range strings.Split(value, ",") {
			tok = strings.TrimSpace(tok)
			if p.chunked {
				p.teBad = true
			}
			p.chunked = strings.EqualFold(tok, "chunked")
		}
	case len("connection"):
		if !strings.EqualFold(name, "connection") {
			break
		}
		for _, tok := range strings.Split(value, ",") {
			tok = strings.TrimSpace(tok)
			switch {
			case strings.EqualFold(tok, "close"):
				p.connClose = true
			case strings.EqualFold(tok, "keep-alive"):
				p.connKeep = true
			case strings.EqualFold(tok, "upgrade"):
				p.connUpgrade = true
			}
		}
	case len("upgrade"):
		if strings.EqualFold(name, "upgrade") {
			p.hasUpgrade = true
		}
	}
	return nil
}

// headersDone runs after the empty line ending headers (or trailers); i is
// the offset just past it.
func (p *Parser) headersDone(data []byte, i int) (int, bool, *Error) {
	if p.inTrailer {
		p.complete()
		if p.upgradeEnd {
			p.upgradeEnd = false
			return i, true, nil
		}
		return i, false, nil
	}
	m := p.msg
	if p.hasTE && p.hasCL && !p.Lenient {
		return i, false, p.fail(i, "HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length")
	}
	if p.teBad && !p.Lenient {
		return i, false, p.fail(i, "HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value")
	}
	if p.kind == Request {
		m.Upgrade = (p.connUpgrade && p.hasUpgrade) || m.Method == "CONNECT"
	} else {
		m.Upgrade = (m.Status == 101 && p.hasUpgrade) || (p.ExpectConnect && m.Status >= 200 && m.Status < 300)
	}
	p.upgradeSet = m.Upgrade
	noBody := false
	eofBody := false
	switch {
	case p.kind == Response && (p.SkipBody || m.Status == 204 || m.Status == 304 || (m.Status >= 100 && m.Status < 200)):
		noBody = true
	case p.chunked:
	case p.hasCL:
		noBody = p.contentLen == 0
	case p.kind == Request:
		noBody = true
	default:
		eofBody = true
	}
	m.KeepAlive = keepAlive(m, p.connClose, p.connKeep) && !eofBody
	p.Events = append(p.Events, Event{Kind: EvHeaders, Msg: m})
	if p.kind == Request && p.hasTE && !p.chunked && !m.Upgrade && !p.Lenient {
		return i, false, p.fail(i, "HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`")
	}
	if m.Upgrade && (noBody || eofBody || p.kind != Request || m.Method == "CONNECT") {
		p.complete()
		p.st = sStart
		return i, true, nil
	}
	switch {
	case noBody:
		p.complete()
	case p.chunked:
		p.st = sChunkSize
		p.chunkSizeN = 0
		p.extLen = 0
		p.remaining = 0
	case eofBody:
		p.st = sBodyEOF
	default:
		p.st = sBodyIdentity
		p.remaining = p.contentLen
	}
	if m.Upgrade {
		// an Upgrade request with a body: the caller answers (UpgradeBody)
		p.upgradeNext, p.st = p.st, sUpgradeHeld
		return i, true, nil
	}
	return i, false, nil
}

// UpgradeBody answers for an Upgrade request with a body whose headers
// stopped the parse: skip (the upgrade taken) completes it without a body;
// otherwise its body is read by the next Execute, whose parse ends with it.
func (p *Parser) UpgradeBody(skip bool) {
	if p.st != sUpgradeHeld {
		return
	}
	if skip {
		p.complete()
		return
	}
	p.st = p.upgradeNext
	p.upgradeEnd = true
}

func keepAlive(m *Message, close, keep bool) bool {
	if m.Major == 1 && m.Minor == 1 {
		return !close
	}
	if m.Major == 1 && m.Minor == 0 {
		return keep && !close
	}
	return false
}

func (p *Parser) complete() {
	p.Events = append(p.Events, Event{Kind: EvComplete, Trailers: p.trailers})
	if p.msg != nil && !p.msg.KeepAlive && !(p.kind == Response && p.msg.Status >= 100 && p.msg.Status < 200) {
		p.closed = true
	}
	if p.msg != nil && p.kind == Response && p.msg.Status >= 100 && p.msg.Status < 200 && p.msg.Status != 101 {
		// an interim response: the real one follows on the same message
	} else {
		p.SkipBody = false
		p.ExpectConnect = false
	}
	p.st = sStart
	p.trailers, p.inTrailer = nil, false
}

// Finish tells the parser the peer ended the stream: a body read until EOF
// completes; a message cut short is an error (none while llhttp's upgrade
// flag is set, as in ExecuteFrom).
func (p *Parser) Finish() *Error {
	if err := p.finish(); err != nil && !p.upgradeSet {
		return err
	}
	return nil
}

func (p *Parser) finish() *Error {
	switch p.st {
	case sStart, sDead:
		return nil
	case sUpgradeHeld: // (an upgrade taken without an answer: nothing more is its)
		p.st = sStart
		return nil
	case sBodyEOF:
		p.complete()
		return nil
	}
	return p.fail(0, "HPE_INVALID_EOF_STATE", "Invalid EOF state")
}

// Phase is 0 between messages (nothing of the next one seen yet), 1 in a
// start line or headers, 2 in a body or trailers.
func (p *Parser) Phase() int {
	switch {
	case p.st == sStart || p.st == sDead:
		return 0
	case p.st >= sBodyIdentity || p.inTrailer:
		return 2
	}
	return 1
}

// Remaining is the body left of the current message (identity bodies); for tests.
func (p *Parser) Remaining() int64 { return p.remaining }

// latin1 returns s with each byte as the character of that code (as node
// decodes header bytes), in Go's UTF-8.
func latin1(s string) string {
	for j := 0; j < len(s); j++ {
		if s[j] >= 0x80 {
			var b strings.Builder
			for k := 0; k < len(s); k++ {
				b.WriteRune(rune(s[k]))
			}
			return b.String()
		}
	}
	return s
}
