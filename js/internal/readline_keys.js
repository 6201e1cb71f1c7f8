'use strict';
// Key decoding for readline: emitKeypressEvents(stream) turns a stream's
// 'data' into 'keypress' events (node's documented (sequence, key) pairs),
// and getStringWidth measures what a string occupies on a terminal.
//
// A key starts at a character; if that is ESC the key may be a longer
// escape sequence, and more characters are needed before it is known. The
// decoder keeps the characters of the key being read in `pending` and, after
// each new one, re-reads them from the start (readKey): either the key is
// complete (emitted, pending cleared) or more input is needed. An ESC at the
// end of a chunk starts a timer (the interface's escapeCodeTimeout, 500 ms
// by default); when it fires, an empty "character" is appended, which
// completes whatever was pending the way a terminal's lone Escape key reads.

const { StringDecoder } = require('string_decoder');
const { setTimeout, clearTimeout } = require('internal/timers'); // (ours, not the globals a script may replace)

const ESC = '\x1b';
const kDecoder = Symbol('keypress-decoder');
const kKeyState = Symbol('keypress-state');
const NEED_MORE = null;

// Names of the codes that escape sequences end in; a modifier in the
// sequence (xterm's ;N or ESC O N) sets shift/meta/ctrl beside these.
const codeNames = {
  __proto__: null,
  '[P': 'f1', 'OP': 'f1', '[11~': 'f1', '[[A': 'f1',
  '[Q': 'f2', 'OQ': 'f2', '[12~': 'f2', '[[B': 'f2',
  '[R': 'f3', 'OR': 'f3', '[13~': 'f3', '[[C': 'f3',
  '[S': 'f4', 'OS': 'f4', '[14~': 'f4', '[[D': 'f4',
  '[15~': 'f5', '[[E': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8',
  '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[200~': 'paste-start', '[201~': 'paste-end',
  '[A': 'up', 'OA': 'up', '[B': 'down', 'OB': 'down',
  '[C': 'right', 'OC': 'right', '[D': 'left', 'OD': 'left',
  '[E': 'clear', 'OE': 'clear', '[F': 'end', 'OF': 'end', '[H': 'home', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end',
  '[5~': 'pageup', '[6~': 'pagedown', '[[5~': 'pageup', '[[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end',
  '[Z': 'tab',
};
// rxvt: lowercase letters and '$' are shifted keys, 'O'+lowercase and '^'
// are ctrl keys.
const shiftedCodes = {
  __proto__: null,
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
};
const ctrlCodes = {
  __proto__: null,
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
};

function isDigit(c) {
  return c !== undefined && c.length === 1 && c >= '0' && c <= '9';
}

// readKey reads one key from the start of chars (one code point, or '' for
// a timeout, per element): NEED_MORE, or { key, length, escaped }.
function readKey(chars) {
  let i = 0;
  const at = () => (i < chars.length ? chars[i] : undefined);
  let c = at();
  if (c === undefined) return NEED_MORE;
  let escaped = false;
  const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };
  if (c === ESC) {
    escaped = true;
    i++;
    c = at();
    if (c === undefined) return NEED_MORE;
    if (c === ESC) {
      i++;
      c = at();
      if (c === undefined) return NEED_MORE;
    }
  }
  if (escaped && (c === 'O' || c === '[')) {
    let code = c;
    let modifier = 0;
    i++;
    if (c === 'O') {
      c = at();
      if (c === undefined) return NEED_MORE;
      i++;
      if (isDigit(c)) {
        modifier = c.charCodeAt(0) - 49;
        c = at();
        if (c === undefined) return NEED_MORE;
        i++;
      }
      code += c;
    } else {
      c = at();
      if (c === undefined) return NEED_MORE;
      i++;
      if (c === '[') {
        code += c;
        c = at();
        if (c === undefined) return NEED_MORE;
        i++;
      }
      // The command: up to three digits, an optional ;modifier, a final
      // character.
      const start = i - 1;
      for (let digits = 0; digits < 3 && isDigit(c); digits++) {
        c = at();
        if (c === undefined) return NEED_MORE;
        i++;
      }
      if (c === ';') {
        c = at();
        if (c === undefined) return NEED_MORE;
        i++;
        if (isDigit(c)) {
          if (at() === undefined) return NEED_MORE;
          i++;
        }
      }
      const cmd = chars.slice(start, i).join('');
      let m;
      if ((m = /^(\d\d?)(;(\d))?([~^$])$/.exec(cmd)) !== null) {
        code += m[1] + m[4];
        modifier = (m[3] || 1) - 1;
      } else if ((m = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd)) !== null) {
        code += m[4];
        modifier = (m[3] || 1) - 1;
      } else {
        code += cmd;
      }
    }
    key.ctrl = (modifier & 4) !== 0;
    key.meta = (modifier & 10) !== 0;
    key.shift = (modifier & 1) !== 0;
    key.code = code;
    if (code in shiftedCodes) {
      key.name = shiftedCodes[code];
      key.shift = true;
    } else if (code in ctrlCodes) {
      key.name = ctrlCodes[code];
      key.ctrl = true;
    } else if (code in codeNames) {
      key.name = codeNames[code];
      if (code === '[Z') key.shift = true;
    } else {
      key.name = 'undefined';
    }
  } else {
    i++;
    if (c === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (c === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (c === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (c === '\b' || c === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (c === ESC) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (c === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && c !== '' && c <= '\x1a') {
      key.name = String.fromCharCode(c.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(c)) {
      key.name = c.toLowerCase();
      key.shift = c >= 'A' && c <= 'Z';
      key.meta = escaped;
    } else if (escaped) {
      key.name = c.length ? undefined : 'escape';
      key.meta = true;
    }
  }
  key.sequence = chars.slice(0, i).join('');
  return { key, length: i, escaped };
}

function emit(stream, r) {
  const s = r.key.sequence;
  if (s.length !== 0 && (r.key.name !== undefined || r.escaped)) {
    stream.emit('keypress', r.escaped ? undefined : s, r.key);
  } else if (s.length !== 0 && Array.from(s).length === 1) {
    stream.emit('keypress', s, r.key);
  }
  // Anything else is a broken sequence: no event.
}

// feed appends one character (or '' on timeout) and emits the keys that
// are complete.
function feed(stream, state, ch) {
  state.pending.push(ch);
  for (;;) {
    const r = readKey(state.pending);
    if (r === NEED_MORE) return;
    state.pending = state.pending.slice(r.length);
    emit(stream, r);
    if (state.pending.length === 0) return;
  }
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kDecoder]) return;
  stream[kDecoder] = new StringDecoder('utf8');
  const state = { pending: [], timer: undefined };
  stream[kKeyState] = state;

  function onTimeout() {
    state.timer = undefined;
    feed(stream, state, '');
  }

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[kDecoder].write(input);
    if (!string) return;
    clearTimeout(state.timer);
    const chars = Array.from(string);
    // Whether this chunk is one keystroke (not a paste): the REPL's editor
    // mode carries indentation over only for typed lines.
    iface._sawKeyPress = chars.length === 1;
    // A pasted chunk of several characters does not tab-complete.
    iface.isCompletionEnabled = false;
    for (let n = 0; n < chars.length; n++) {
      const last = n === chars.length - 1;
      if (last) iface.isCompletionEnabled = true;
      try {
        feed(stream, state, chars[n]);
      } catch (err) {
        state.pending = [];
        throw err;
      }
      if (last && chars[n] === ESC) {
        state.timer = setTimeout(onTimeout, iface.escapeCodeTimeout || 500);
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

// Terminal width of a string: East Asian wide and fullwidth characters
// count 2, combining marks, zero-width and control characters 0, escape
// sequences nothing.
const ansi = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function stripVTControlCharacters(str) {
  return str.replace(ansi, '');
}

function isZeroWidth(cp) {
  return cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x483 && cp <= 0x489) || (cp >= 0x591 && cp <= 0x5bd) ||
    (cp >= 0x610 && cp <= 0x61a) || (cp >= 0x64b && cp <= 0x65f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xfe20 && cp <= 0xfe2f) ||
    cp === 0xfeff || (cp >= 0xe0100 && cp <= 0xe01ef);
}

function isFullWidth(cp) {
  return cp >= 0x1100 && (
    cp <= 0x115f || cp === 0x2329 || cp === 0x232a ||
    (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
    (cp >= 0x3250 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0xa4c6) ||
    (cp >= 0xa960 && cp <= 0xa97c) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6b) || (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1b000 && cp <= 0x1b001) ||
    (cp >= 0x1f200 && cp <= 0x1f251) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd));
}

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    if (isFullWidth(cp)) width += 2;
    else if (!isZeroWidth(cp)) width++;
  }
  return width;
}

// Marks readline/promises' Interface, which keeps a synchronous completer
// as given (the callback Interface wraps it).
const kKeepsCompleter = Symbol('kKeepsCompleter');

module.exports = { emitKeypressEvents, getStringWidth, stripVTControlCharacters, kKeepsCompleter };
