'use strict';
// Helpers of the http2 builtin that involve no session: turning a header
// object into the flat [name, value, ...] list the Go session encodes (and
// back), settings validation and the packed settings format.

const {
  codes: {
    ERR_HTTP2_HEADER_SINGLE_VALUE,
    ERR_HTTP2_INVALID_CONNECTION_HEADERS,
    ERR_HTTP2_INVALID_PSEUDOHEADER,
    ERR_HTTP2_INVALID_SETTING_VALUE,
    ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_HTTP_TOKEN,
  },
} = require('internal/errors');
const { Buffer } = require('buffer');
const { validateObject } = require('internal/validators');

const kSensitiveHeaders = Symbol('sensitiveHeaders');

// Fields that may appear once; a second value is an error when sending
// and ignored when receiving.
const kSingleValueHeaders = new Set([
  ':status', ':method', ':authority', ':scheme', ':path', ':protocol',
  'access-control-allow-credentials', 'access-control-max-age',
  'access-control-request-method', 'age', 'authorization',
  'content-encoding', 'content-language', 'content-length',
  'content-location', 'content-md5', 'content-range', 'content-type',
  'date', 'dnt', 'etag', 'expires', 'from', 'host', 'if-match',
  'if-modified-since', 'if-none-match', 'if-range', 'if-unmodified-since',
  'last-modified', 'location', 'max-forwards', 'proxy-authorization',
  'range', 'referer', 'retry-after', 'tk', 'upgrade-insecure-requests',
  'user-agent', 'x-content-type-options',
]);

const kConnectionHeaders = new Set([
  'connection', 'upgrade', 'http2-settings', 'te', 'transfer-encoding',
  'keep-alive', 'proxy-connection',
]);

const kValidPseudoRequest = new Set([':method', ':scheme', ':authority', ':path', ':protocol']);

function assertValidPseudoHeaderRequest(key) {
  if (!kValidPseudoRequest.has(key)) throw new ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}
function assertValidPseudoHeaderResponse(key) {
  if (key !== ':status') throw new ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}
function assertValidPseudoHeaderTrailer(key) {
  throw new ERR_HTTP2_INVALID_PSEUDOHEADER(key);
}

const tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;

// mapToHeaders(headers, assertPseudo) → [flat, sensitive]: pseudo-headers
// first, names lowercased, arrays spread into several fields.
function mapToHeaders(map, assertPseudo = assertValidPseudoHeaderRequest) {
  const pseudo = [];
  const regular = [];
  const seen = new Set();
  let sensitive = map[kSensitiveHeaders];
  sensitive = Array.isArray(sensitive) ? sensitive.map((s) => String(s).toLowerCase()) : [];
  const keys = Object.keys(map);
  for (let i = 0; i < keys.length; i++) {
    const raw = keys[i];
    let value = map[raw];
    if (value === undefined || raw === '') continue;
    const key = raw.toLowerCase();
    const isSingle = kSingleValueHeaders.has(key);
    let isArray = Array.isArray(value);
    if (isArray) {
      if (value.length === 0) continue;
      if (value.length === 1) {
        value = String(value[0]);
        isArray = false;
      } else if (isSingle) {
        throw new ERR_HTTP2_HEADER_SINGLE_VALUE(key);
      }
    } else {
      value = String(value);
    }
    if (isSingle) {
      if (seen.has(key)) throw new ERR_HTTP2_HEADER_SINGLE_VALUE(key);
      seen.add(key);
    }
    if (key[0] === ':') {
      assertPseudo(key);
      pseudo.push(key, value);
      continue;
    }
    if (!tokenRe.test(key)) throw new ERR_INVALID_HTTP_TOKEN('Header name', key);
    if (kConnectionHeaders.has(key) && !(key === 'te' && !isArray && value === 'trailers')) {
      throw new ERR_HTTP2_INVALID_CONNECTION_HEADERS(key);
    }
    if (isArray) {
      for (let j = 0; j < value.length; j++) regular.push(key, String(value[j]));
    } else {
      regular.push(key, value);
    }
  }
  return [pseudo.concat(regular), sensitive];
}

// toHeaderObject(flat, sensitive) → node's header object: ':status' a
// number, duplicates joined (cookie with '; ', set-cookie an array, single-
// value fields keep the first), and the never-indexed names under
// http2.sensitiveHeaders.
function toHeaderObject(flat, sensitive) {
  const obj = { __proto__: null };
  for (let i = 0; i < flat.length; i += 2) {
    const name = flat[i];
    let value = flat[i + 1];
    if (name === ':status') value = value | 0;
    const existing = obj[name];
    if (existing === undefined) {
      obj[name] = name === 'set-cookie' ? [value] : value;
    } else if (!kSingleValueHeaders.has(name)) {
      switch (name) {
        case 'cookie':
          obj[name] = `${existing}; ${value}`;
          break;
        case 'set-cookie':
          existing.push(value);
          break;
        default:
          obj[name] = `${existing}, ${value}`;
      }
    }
  }
  obj[kSensitiveHeaders] = sensitive || [];
  return obj;
}

// ---- settings ------------------------------------------------------------

const kMaxInt = 2 ** 32 - 1;
const kMaxInitialWindowSize = 2 ** 31 - 1;
const kMaxFrameSize = 2 ** 24 - 1;

// [name, id, min, max] in the order node packs them (by id).
const kSettingsSpec = [
  ['headerTableSize', 1, 0, kMaxInt],
  ['enablePush', 2],
  ['maxConcurrentStreams', 3, 0, kMaxInt],
  ['initialWindowSize', 4, 0, kMaxInitialWindowSize],
  ['maxFrameSize', 5, 16384, kMaxFrameSize],
  ['maxHeaderListSize', 6, 0, kMaxInt],
  ['enableConnectProtocol', 8],
];

function assertWithinRange(name, value, min, max) {
  if (value !== undefined && (typeof value !== 'number' || value < min || value > max)) {
    const err = new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError(name, value, min, max);
    Error.captureStackTrace(err, assertWithinRange);
    throw err;
  }
}

function validateSettings(settings) {
  if (settings === undefined) return;
  validateObject(settings, 'settings', { allowFunction: true, allowArray: true });
  for (const [name, , min, max] of kSettingsSpec) {
    const value = settings[name];
    if (min === undefined) {
      if (value !== undefined && typeof value !== 'boolean') {
        throw new ERR_HTTP2_INVALID_SETTING_VALUE(name, value);
      }
    } else {
      assertWithinRange(name, value, min, max);
    }
  }
  assertWithinRange('maxHeaderSize', settings.maxHeaderSize, 0, kMaxInt);
  if (settings.customSettings !== undefined) {
    validateObject(settings.customSettings, 'settings.customSettings');
  }
}

// settingsList(settings) → [id, value, ...] for the session (maxHeaderSize
// is the older name of maxHeaderListSize).
function settingsList(settings) {
  const out = [];
  if (!settings) return out;
  for (const [name, id, min] of kSettingsSpec) {
    let value = settings[name];
    if (name === 'maxHeaderListSize' && settings.maxHeaderSize !== undefined) value = settings.maxHeaderSize;
    if (value === undefined) continue;
    if (min === undefined) value = value ? 1 : 0;
    out.push(id, value);
  }
  const custom = settings.customSettings;
  if (custom) {
    for (const k of Object.keys(custom)) {
      const id = Number(k);
      if (id > 0 && id <= 0xffff && !kSettingsSpec.some((s) => s[1] === id)) out.push(id, custom[k] >>> 0);
    }
  }
  return out;
}

function getPackedSettings(settings) {
  if (settings !== undefined) validateObject(settings, 'settings');
  settings = settings || {};
  validateSettings(settings);
  if (settings.maxHeaderSize !== undefined && settings.maxHeaderListSize !== undefined &&
      settings.maxHeaderSize !== settings.maxHeaderListSize) {
    process.emitWarning('settings.maxHeaderSize overwrite settings.maxHeaderListSize');
  }
  const list = settingsList(settings);
  const buf = Buffer.alloc(list.length * 3);
  for (let i = 0, o = 0; i < list.length; i += 2, o += 6) {
    buf.writeUInt16BE(list[i], o);
    buf.writeUInt32BE(list[i + 1] >>> 0, o + 2);
  }
  return buf;
}

function getUnpackedSettings(buf, options = {}) {
  if (!ArrayBuffer.isView(buf) || buf instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray'], buf);
  }
  if (buf.byteLength % 6 !== 0) throw new ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH();
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const settings = {};
  for (let o = 0; o < buf.byteLength; o += 6) {
    const id = view.getUint16(o);
    const value = view.getUint32(o + 2);
    const spec = kSettingsSpec.find((s) => s[1] === id);
    if (spec) {
      settings[spec[0]] = spec[2] === undefined ? value !== 0 : value;
      if (id === 6) settings.maxHeaderSize = value;
    } else {
      if (!settings.customSettings) settings.customSettings = {};
      settings.customSettings[id] = value;
    }
  }
  if (options != null && options.validate) validateSettings(settings);
  return settings;
}

function getDefaultSettings() {
  return {
    __proto__: null,
    headerTableSize: 4096,
    enablePush: true,
    initialWindowSize: 65535,
    maxFrameSize: 16384,
    maxConcurrentStreams: 4294967295,
    maxHeaderSize: 65535,
    maxHeaderListSize: 65535,
    enableConnectProtocol: false,
  };
}

module.exports = {
  kSensitiveHeaders,
  kSingleValueHeaders,
  mapToHeaders,
  toHeaderObject,
  assertValidPseudoHeaderRequest,
  assertValidPseudoHeaderResponse,
  assertValidPseudoHeaderTrailer,
  validateSettings,
  settingsList,
  getPackedSettings,
  getUnpackedSettings,
  getDefaultSettings,
};
