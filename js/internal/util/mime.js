'use strict';
// util.MIMEType / util.MIMEParams, written from Node's documentation and
// the WHATWG MIME Sniffing parsing rules, checked against node.

const { codes, E } = require('internal/errors');

if (!codes.ERR_INVALID_MIME_SYNTAX) {
  E('ERR_INVALID_MIME_SYNTAX', function (production, str, invalidIndex) {
    const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
    return `The MIME syntax for a ${production} in "${str}" is invalid${msg}`;
  }, TypeError);
}
const { ERR_INVALID_MIME_SYNTAX } = codes;

// State lives in WeakMaps so that inspect() shows `MIMEType {}` like node.
const typeState = new WeakMap();
const paramsState = new WeakMap();

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const notTokenRe = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
// HTTP quoted-string token code points: tab, 0x20-0x7E, 0x80-0xFF.
const notQuotedStringRe = /[^\t\u0020-\u007e\u0080-\u00ff]/;

function isHTTPWhitespace(c) {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function trimHTTPWhitespace(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isHTTPWhitespace(s[start])) start++;
  while (end > start && isHTTPWhitespace(s[end - 1])) end--;
  return s.slice(start, end);
}

function invalidIndex(s, re) {
  const m = re.exec(s);
  return m === null ? -1 : m.index;
}

function serializeValue(value) {
  if (value.length > 0 && tokenRe.test(value)) return value;
  return `"${value.replace(/(["\\])/g, '\\$1')}"`;
}

// Parses the parameters part (after the first ';') into map.
function parseParams(str, position, map) {
  const len = str.length;
  while (position < len) {
    position++; // skip ';'
    while (position < len && isHTTPWhitespace(str[position])) position++;
    let nameEnd = position;
    while (nameEnd < len && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = str.slice(position, nameEnd).toLowerCase();
    position = nameEnd;
    if (position < len) {
      if (str[position] === ';') continue;
      position++; // skip '='
    }
    if (position >= len) break;
    let value;
    if (str[position] === '"') {
      value = '';
      position++;
      while (position < len) {
        const c = str[position];
        if (c === '"') { position++; break; }
        if (c === '\\') {
          position++;
          if (position >= len) { value += '\\'; break; }
          value += str[position++];
          continue;
        }
        value += c;
        position++;
      }
      while (position < len && str[position] !== ';') position++;
    } else {
      let valueEnd = position;
      while (valueEnd < len && str[valueEnd] !== ';') valueEnd++;
      value = str.slice(position, valueEnd);
      position = valueEnd;
      let end = value.length;
      while (end > 0 && isHTTPWhitespace(value[end - 1])) end--;
      value = value.slice(0, end);
      if (value === '') continue;
    }
    if (name !== '' && tokenRe.test(name) && !notQuotedStringRe.test(value) && !map.has(name)) {
      map.set(name, value);
    }
  }
}

class MIMEParams {
  constructor() {
    paramsState.set(this, new Map());
  }

  delete(name) {
    paramsState.get(this).delete(`${name}`);
  }

  get(name) {
    const map = paramsState.get(this);
    const key = `${name}`;
    return map.has(key) ? map.get(key) : null;
  }

  has(name) {
    return paramsState.get(this).has(`${name}`);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const nameBad = name.length === 0 ? 0 : invalidIndex(name, notTokenRe);
    if (nameBad !== -1 || name.length === 0) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, name.length === 0 ? -1 : nameBad);
    }
    const valueBad = invalidIndex(value, notQuotedStringRe);
    if (valueBad !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, valueBad);
    }
    paramsState.get(this).set(name, value);
  }

  *entries() {
    yield* paramsState.get(this).entries();
  }

  *keys() {
    yield* paramsState.get(this).keys();
  }

  *values() {
    yield* paramsState.get(this).values();
  }

  toString() {
    let out = '';
    for (const [name, value] of paramsState.get(this)) {
      out += `${out === '' ? '' : ';'}${name}=${serializeValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  [Symbol.iterator]() {
    return this.entries();
  }
}

function validateType(value, production) {
  const bad = invalidIndex(value, notTokenRe);
  if (value.length === 0 || bad !== -1) {
    throw new ERR_INVALID_MIME_SYNTAX(production, value, value.length === 0 ? -1 : bad);
  }
}

class MIMEType {
  constructor(string) {
    string = `${string}`;
    const trimmed = trimHTTPWhitespace(string);
    const slash = trimmed.indexOf('/');
    const type = slash === -1 ? trimmed : trimmed.slice(0, slash);
    if (slash === -1 || type.length === 0) {
      throw new ERR_INVALID_MIME_SYNTAX('type', string, -1);
    }
    const typeBad = invalidIndex(type, notTokenRe);
    if (typeBad !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', string, typeBad);
    let semi = trimmed.indexOf(';', slash + 1);
    if (semi === -1) semi = trimmed.length;
    let subtype = trimmed.slice(slash + 1, semi);
    let end = subtype.length;
    while (end > 0 && isHTTPWhitespace(subtype[end - 1])) end--;
    subtype = subtype.slice(0, end);
    if (subtype.length === 0) throw new ERR_INVALID_MIME_SYNTAX('subtype', string, -1);
    const subBad = invalidIndex(subtype, notTokenRe);
    if (subBad !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', string, subBad);
    const params = new MIMEParams();
    parseParams(trimmed, semi, paramsState.get(params));
    typeState.set(this, { type: type.toLowerCase(), subtype: subtype.toLowerCase(), params });
  }

  get type() { return typeState.get(this).type; }

  set type(v) {
    v = `${v}`;
    validateType(v, 'type');
    typeState.get(this).type = v.toLowerCase();
  }

  get subtype() { return typeState.get(this).subtype; }

  set subtype(v) {
    v = `${v}`;
    validateType(v, 'subtype');
    typeState.get(this).subtype = v.toLowerCase();
  }

  get essence() {
    const s = typeState.get(this);
    return `${s.type}/${s.subtype}`;
  }

  get params() { return typeState.get(this).params; }

  toString() {
    const params = `${this.params}`;
    return `${this.essence}${params ? `;${params}` : ''}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
