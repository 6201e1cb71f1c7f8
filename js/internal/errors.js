'use strict';
// Shared error machinery for gojanet's builtin modules.
//
// Written from Node's documentation and by observing the behaviour of the
// real node binary (messages, classes, property order).  Every error created
// through `codes` has:
//   * the right base class (TypeError / RangeError / Error / ...),
//   * an own enumerable `code` property,
//   * `name` inherited from the base class (e.g. 'TypeError'),
//   * a stack whose first line is `TypeError [ERR_X]: message`,
//   * toString() returning `TypeError [ERR_X]: message`.

// codes.ERR_X is the error class of code ERR_X, made when first read: the
// ≈ 200 classes (a constructor, a prototype and a toString each) are not
// built at start-up, where a builtin reads only the few it names.
const registered = new Map(); // code → [Base, otherClasses]
const made = {};
const codes = new Proxy(made, {
  get(target, code) {
    const ctor = target[code];
    if (ctor !== undefined || typeof code !== 'string') return ctor;
    const r = registered.get(code);
    return r === undefined ? undefined : makeCode(code, r[0], r[1]);
  },
  has(target, code) {
    return code in target || registered.has(code);
  },
});
const messages = new Map();

let inspectModule = null;
function lazyInspect() {
  if (inspectModule === null) {
    try {
      inspectModule = require('internal/util/inspect');
    } catch (e) {
      inspectModule = {
        inspect(v) {
          if (typeof v === 'string') return "'" + v + "'";
          if (typeof v === 'bigint') return v + 'n';
          try { return JSON.stringify(v) || String(v); } catch (e2) { return String(v); }
        },
        format(...a) { return a.map(String).join(' '); },
      };
    }
  }
  return inspectModule;
}
function inspect(v, opts) { return lazyInspect().inspect(v, opts); }

// Rewrites the header of a freshly created error's stack so that it reads
// `Name [CODE]: message` like node's.  goja formats `stack` lazily on first
// access, V8 eagerly; reading and replacing it works with both.
function fixStackHeader(err, name, code, message) {
  let stack;
  try { stack = err.stack; } catch (e) { return; }
  if (typeof stack !== 'string') return;
  const orig = message ? name + ': ' + message : name;
  const repl = (message ? name + ' [' + code + ']: ' + message : name + ' [' + code + ']');
  if (stack.startsWith(orig)) {
    stack = repl + stack.slice(orig.length);
  } else {
    return;
  }
  Object.defineProperty(err, 'stack', { __proto__: null,
    value: stack, writable: true, enumerable: false, configurable: true,
  });
}

function formatMessage(code, msg, args, holder) {
  if (typeof msg === 'function') {
    return msg.apply(holder, args);
  }
  if (args.length === 0) return msg;
  // String messages use printf-like substitution (%s, %d, %j, %i).
  return lazyInspect().format(msg, ...args);
}

function makeNodeErrorWithCode(Base, code) {
  const NodeError = class extends Base {
    constructor(...args) {
      const holder = {};
      const message = formatMessage(code, messages.get(code), args, holder);
      super(message);
      fixStackHeader(this, this.name, code, message);
      this.code = code;
      for (const k of Object.keys(holder)) this[k] = holder[k];
    }
    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  };
  Object.defineProperty(NodeError, 'name', { __proto__: null, value: 'NodeError', configurable: true });
  // node's errors say they were made by their base class (err.constructor
  // is RangeError, TypeError, ...), through a getter as node's do.
  Object.defineProperty(NodeError.prototype, 'constructor', {
    __proto__: null, get() { return Base; }, enumerable: false, configurable: true,
  });
  return NodeError;
}

// E registers a new error code.  `msg` is either a string (with optional
// printf-style %s placeholders filled from the constructor arguments) or a
// function receiving the constructor arguments; inside that function `this`
// is a plain object whose own properties are copied onto the error after
// `code` (used for extra properties such as `input` or `reason`).
// E's own table below only registers; a builtin that adds a code of its
// own later gets its class back at once.
let registering = true;
function E(code, msg, Base, ...otherClasses) {
  messages.set(code, msg);
  delete made[code];
  registered.set(code, [Base || Error, otherClasses]);
  return registering ? undefined : codes[code];
}
function makeCode(code, Base, otherClasses) {
  const ctor = makeNodeErrorWithCode(Base, code);
  for (let i = 0; i < otherClasses.length; i++) { // no iterator a script may have replaced
    const Other = otherClasses[i];
    ctor[Other.name] = makeNodeErrorWithCode(Other, code);
  }
  made[code] = ctor;
  return ctor;
}

function hideStackFrames(fn) { return fn; }

// ---------------------------------------------------------------------------
// Helpers used by the message builders.

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = [
  'string', 'function', 'number', 'object',
  // Accept 'Function' and 'Object' as alternative to the lower cased version.
  'Function', 'Object', 'boolean', 'bigint', 'symbol',
];

function joinList(list, conj) {
  if (list.length > 2) {
    const last = list[list.length - 1];
    return `${list.slice(0, -1).join(', ')}, ${conj} ${last}`;
  }
  if (list.length === 2) return `${list[0]} ${conj} ${list[1]}`;
  return `${list[0]}`;
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    res = `_${val.slice(i - 3, i)}${res}`;
  }
  return `${val.slice(0, i)}${res}`;
}

// Describes a received value the way node's argument errors do.
function determineSpecificType(value) {
  if (value == null) {
    return '' + value;
  }
  if (typeof value === 'function' && value.name) {
    return `function ${value.name}`;
  }
  if (typeof value === 'function') {
    return 'function ';
  }
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) {
      return `an instance of ${ctor.name}`;
    }
    return `${inspect(value, { depth: -1 })}`;
  }
  let inspected;
  if (typeof value === 'string') {
    inspected = inspect(value.length > 28 ? `${value.slice(0, 25)}...` : value, { colors: false });
  } else {
    inspected = inspect(value, { colors: false });
    if (inspected.length > 28) { inspected = `${inspected.slice(0, 25)}...`; }
  }
  return `type ${typeof value} (${inspected})`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    const type = name.includes('.') ? 'property' : 'argument';
    msg += `"${name}" ${type} `;
  }
  msg += 'must be ';

  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) {
      types.push(value.toLowerCase());
    } else if (classRegExp.test(value)) {
      instances.push(value);
    } else {
      other.push(value);
    }
  }
  // 'object' among the types is shown as an instance of Object when other
  // instances are listed.
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    if (types.length > 2) {
      msg += `one of type ${joinList(types, 'or')}`;
    } else if (types.length === 2) {
      msg += `one of type ${types[0]} or ${types[1]}`;
    } else {
      msg += `of type ${types[0]}`;
    }
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${joinList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${joinList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
}

// ---------------------------------------------------------------------------
// Error codes.

E('ERR_ACCESS_DENIED', function (msg) { return `${msg}`; }, Error);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ASSERTION', function (msg) { return `${msg}`; }, Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', function (name) {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CRYPTO_ENGINE_UNKNOWN', 'Engine "%s" was not found', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
// crypto (modules/crypto): the codes node throws from C++ too.
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
E('ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: %s', TypeError);
E('ERR_CRYPTO_INVALID_COUNTER', 'Invalid counter length', TypeError);
E('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
E('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
E('ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair', RangeError);
E('ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type', RangeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_INVALID_MESSAGELEN', 'Invalid message length', RangeError);
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', function (detail) {
  return detail === undefined ? 'Invalid scrypt params' : `Invalid scrypt params: ${detail}`;
}, RangeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_INVALID_TAG_LENGTH', 'Invalid taglength', RangeError);
E('ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve: %s.', Error);
E('ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error);
E('ERR_CRYPTO_OPERATION_FAILED', function (msg = 'Operation failed') { return msg; }, Error);
E('ERR_CRYPTO_PBKDF2_ERROR', 'PBKDF2 error', Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
E('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error);
E('ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
  'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module',
  Error);
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  'The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()',
  Error);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function (encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FALSY_VALUE_REJECTION', function (reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'HTTP/2 ALTSVC frames require a valid origin', TypeError);
E('ERR_HTTP2_ALTSVC_LENGTH', 'HTTP/2 ALTSVC frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_CONNECT_AUTHORITY', ':authority header is required for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_PATH', 'The :path header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_SCHEME', 'The :scheme header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_GOAWAY_SESSION', 'New streams cannot be created after receiving a GOAWAY', Error);
E('ERR_HTTP2_HEADERS_AFTER_RESPOND', 'Cannot specify additional headers after response initiated', Error);
E('ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.', Error);
E('ERR_HTTP2_HEADER_SINGLE_VALUE', 'Header field "%s" must only have a single value', TypeError);
E('ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'Informational status codes cannot be used', RangeError);
E('ERR_HTTP2_INVALID_CONNECTION_HEADERS', 'HTTP/1 Connection specific headers are forbidden: "%s"', TypeError);
E('ERR_HTTP2_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP2_INVALID_INFO_STATUS', 'Invalid informational status code: %s', RangeError);
E('ERR_HTTP2_INVALID_ORIGIN', 'HTTP/2 ORIGIN frames require a valid origin', TypeError);
E('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'Packed settings length must be a multiple of six', RangeError);
E('ERR_HTTP2_INVALID_PSEUDOHEADER', '"%s" is an invalid pseudoheader or is used incorrectly', TypeError);
E('ERR_HTTP2_INVALID_SESSION', 'The session has been destroyed', Error);
E('ERR_HTTP2_INVALID_SETTING_VALUE', function (name, actual, min, max) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
}, TypeError, RangeError);
E('ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed', Error);
E('ERR_HTTP2_MAX_PENDING_SETTINGS_ACK', 'Maximum number of pending settings acknowledgements', Error);
E('ERR_HTTP2_NESTED_PUSH', 'A push stream cannot initiate another push stream.', Error);
E('ERR_HTTP2_NO_MEM', 'Out of memory', Error);
E('ERR_HTTP2_NO_SOCKET_MANIPULATION', 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)', Error);
E('ERR_HTTP2_ORIGIN_LENGTH', 'HTTP/2 ORIGIN frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_OUT_OF_STREAMS', 'No stream ID is available because maximum stream ID has been reached', Error);
E('ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Responses with %s status must not have a payload', Error);
E('ERR_HTTP2_PING_CANCEL', 'HTTP2 ping cancelled', Error);
E('ERR_HTTP2_PING_LENGTH', 'HTTP2 ping payload must be 8 bytes', RangeError);
E('ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'Cannot set HTTP/2 pseudo-headers', TypeError);
E('ERR_HTTP2_PUSH_DISABLED', 'HTTP/2 client has disabled push streams', Error);
E('ERR_HTTP2_SEND_FILE', 'Directories cannot be sent', Error);
E('ERR_HTTP2_SEND_FILE_NOSEEK', 'Offset or length can only be specified for regular files', Error);
E('ERR_HTTP2_SESSION_ERROR', 'Session closed with error code %s', Error);
E('ERR_HTTP2_SETTINGS_CANCEL', 'HTTP2 session settings canceled', Error);
E('ERR_HTTP2_SOCKET_BOUND', 'The socket is already bound to an Http2Session', Error);
E('ERR_HTTP2_SOCKET_UNBOUND', 'The socket has been disconnected from the Http2Session', Error);
E('ERR_HTTP2_STATUS_101', 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2', Error);
E('ERR_HTTP2_STATUS_INVALID', 'Invalid status code: %s', RangeError);
E('ERR_HTTP2_STREAM_CANCEL', function (error) {
  let msg = 'The pending stream has been canceled';
  if (error) msg += ` (caused by: ${error.message})`;
  return msg;
}, Error);
E('ERR_HTTP2_STREAM_ERROR', 'Stream closed with error code %s', Error);
E('ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'A stream cannot depend on itself', Error);
E('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS', Error);
E('ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Too many invalid HTTP/2 frames', Error);
E('ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Trailing headers have already been sent', Error);
E('ERR_HTTP2_TRAILERS_NOT_READY', 'Trailing headers cannot be sent until after the wantTrailers event is emitted', Error);
E('ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'protocol "%s" is unsupported.', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', "Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header", Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available', Error);
E('ERR_INVALID_ADDRESS_FAMILY', function (addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', function (name, value, reason = 'is invalid') {
  let inspected = inspect(value);
  if (inspected.length > 128) {
    inspected = `${inspected.slice(0, 128)}...`;
  }
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', function (name, reason) {
  return `'${name}' ${reason}`;
}, TypeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', function (name, field) {
  return field ? `Invalid character in ${name} ["${field}"]` : `Invalid character in ${name}`;
}, TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', function (request, reason, base) {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_REPL_EVAL_CONFIG', 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError);
E('ERR_INVALID_REPL_INPUT', function (msg) { return `${msg}`; }, TypeError);
E('ERR_INVALID_RETURN_VALUE', function (input, name, value) {
  return `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`;
}, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function (input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_INVALID_URL_SCHEME', function (expected) {
  if (typeof expected === 'string') expected = [expected];
  const res = expected.length === 2 ? `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', function (...args) {
  let msg = 'The ';
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (len) {
    case 1: msg += `${args[0]} argument`; break;
    case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
    default: {
      const last = args.pop();
      msg += `${args.join(', ')}, and ${last} arguments`;
    }
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
// hint (gojanet's): the resolver's "Did you mean to import ...?" line.
E('ERR_MODULE_NOT_FOUND', function (path, base, exactUrl, hint) {
  if (exactUrl) this.url = `${exactUrl}`;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}${hint ? `\n${hint}` : ''}`;
}, Error);
// The resolver's message, and the importer node's ES module loader names.
function resolverMessage(message, base) {
  return base ? `${message} imported from ${base}` : message;
}
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', resolverMessage, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', resolverMessage, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST',
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.', TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', function (path, base, exactUrl, hint) {
  this.url = `${exactUrl}`;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}${hint ? `\n${hint}` : ''}`;
}, Error);
E('ERR_OUT_OF_RANGE', function (str, range, input, replaceDefaultBoolean = false) {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) {
      received = addNumericalSeparator(received);
    }
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', function (msg) { return `${msg}`; }, TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', function (option, allowPositionals) {
  const suggestDashDash = allowPositionals
    ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}`
    : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', function (filename, parentFilename) {
  let message = 'require() cannot be used on an ESM graph with top-level await. Use import() ' +
    'instead. To see where the top-level await comes from, use --experimental-print-required-tla.';
  if (parentFilename) message += `\n  From ${parentFilename} `;
  if (filename) message += `\n  Requiring ${filename} `;
  return message;
}, Error);
E('ERR_REQUIRE_ESM', function (filename, hasEsmSyntax, parentPath) {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
  return msg;
}, Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_PORT', function (name, port, allowZero = true) {
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', "ALPN callback returned a value (%s) that did not match any of the client's offered protocols (%j)", TypeError);
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS', 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive', TypeError);
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);
E('ERR_TLS_CERT_ALTNAME_INVALID', function (reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_METHOD', '%s', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', '%j is not a valid %s TLS protocol version', TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable', Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT', 'TLS protocol version %j conflicts with secureProtocol %j', TypeError);
E('ERR_TLS_RENEGOTIATE', 'Attempt to renegotiate TLS session failed', Error);
E('ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME', '"servername" is required parameter for Server.addContext', Error);
E('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SCRIPT_EXECUTION_TIMEOUT', 'Script execution timed out after %sms', Error);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'A dynamic import callback was not specified.', TypeError);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG',
  'A dynamic import callback was invoked without --experimental-vm-modules', TypeError);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNHANDLED_ERROR', function (err = undefined) {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_MISSING', 'Module "%s" needs an import attribute of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'Import attribute type "%s" is unsupported', TypeError);
E('ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION', 'Operation cannot be invoked when not in a single-executable application', Error);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_LOADER_CHAIN_INCOMPLETE', '"%s" did not call the next hook in its chain and did not' +
  ' explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook\'s return.', Error);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', function (input, name, prop, value) {
  return `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', function (url, supported) {
  const list = supported.length < 3 ? supported.join(' and ') : `${supported.slice(0, -1).join(', ')}, and ${supported[supported.length - 1]}`;
  const msg = `Only URLs with a scheme in: ${list} are supported by the default ESM loader`;
  if (url.protocol === 'file:' || url.protocol === 'data:' || url.protocol === 'node:') return msg;
  return `${msg}. Received protocol '${url.protocol}'`;
}, Error);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
E('ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST', 'Object that needs transfer was found in message but not listed in transferList', TypeError);
E('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList', TypeError);
E('ERR_WORKER_PATH', function (filename) {
  return 'The worker script or module filename must be an absolute path or a relative path starting with ' +
    "'./' or '../'." +
    (filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
    (filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
    ` Received "${filename}"`;
}, TypeError);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_MESSAGING_ERRORED', 'The destination thread threw an error while processing the message', Error);
E('ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener', Error);
E('ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread', Error);
E('ERR_WORKER_MESSAGING_TIMEOUT', 'Sending a message to another thread timed out', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
E('ERR_WASI_ALREADY_STARTED', 'WASI instance has already started', Error);
E('ERR_WORKER_INVALID_EXEC_ARGV', function (errors, msg = 'invalid execArgv flags') {
  return `Initiated Worker with ${msg}: ${errors.join(', ')}`;
}, Error);

registering = false;

// ---------------------------------------------------------------------------
// AbortError: thrown by APIs that support AbortSignal.

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// ---------------------------------------------------------------------------
// libuv / system errors.  name -> [negative errno, message], as node reports
// them on Linux (see util.getSystemErrorMap()).

const uvErrors = {
  EPERM: [-1, "operation not permitted"],
  ENOENT: [-2, "no such file or directory"],
  ESRCH: [-3, "no such process"],
  EINTR: [-4, "interrupted system call"],
  EIO: [-5, "i/o error"],
  ENXIO: [-6, "no such device or address"],
  E2BIG: [-7, "argument list too long"],
  EBADF: [-9, "bad file descriptor"],
  EAGAIN: [-11, "resource temporarily unavailable"],
  ENOMEM: [-12, "not enough memory"],
  EACCES: [-13, "permission denied"],
  EFAULT: [-14, "bad address in system call argument"],
  EBUSY: [-16, "resource busy or locked"],
  EEXIST: [-17, "file already exists"],
  EXDEV: [-18, "cross-device link not permitted"],
  ENODEV: [-19, "no such device"],
  ENOTDIR: [-20, "not a directory"],
  EISDIR: [-21, "illegal operation on a directory"],
  EINVAL: [-22, "invalid argument"],
  ENFILE: [-23, "file table overflow"],
  EMFILE: [-24, "too many open files"],
  ENOTTY: [-25, "inappropriate ioctl for device"],
  ETXTBSY: [-26, "text file is busy"],
  EFBIG: [-27, "file too large"],
  ENOSPC: [-28, "no space left on device"],
  ESPIPE: [-29, "invalid seek"],
  EROFS: [-30, "read-only file system"],
  EMLINK: [-31, "too many links"],
  EPIPE: [-32, "broken pipe"],
  ERANGE: [-34, "result too large"],
  ENAMETOOLONG: [-36, "name too long"],
  ENOSYS: [-38, "function not implemented"],
  ENOTEMPTY: [-39, "directory not empty"],
  ELOOP: [-40, "too many symbolic links encountered"],
  EUNATCH: [-49, "protocol driver not attached"],
  ENODATA: [-61, "no data available"],
  ENONET: [-64, "machine is not on the network"],
  EPROTO: [-71, "protocol error"],
  EOVERFLOW: [-75, "value too large for defined data type"],
  EILSEQ: [-84, "illegal byte sequence"],
  ENOTSOCK: [-88, "socket operation on non-socket"],
  EDESTADDRREQ: [-89, "destination address required"],
  EMSGSIZE: [-90, "message too long"],
  EPROTOTYPE: [-91, "protocol wrong type for socket"],
  ENOPROTOOPT: [-92, "protocol not available"],
  EPROTONOSUPPORT: [-93, "protocol not supported"],
  ESOCKTNOSUPPORT: [-94, "socket type not supported"],
  ENOTSUP: [-95, "operation not supported on socket"],
  EAFNOSUPPORT: [-97, "address family not supported"],
  EADDRINUSE: [-98, "address already in use"],
  EADDRNOTAVAIL: [-99, "address not available"],
  ENETDOWN: [-100, "network is down"],
  ENETUNREACH: [-101, "network is unreachable"],
  ECONNABORTED: [-103, "software caused connection abort"],
  ECONNRESET: [-104, "connection reset by peer"],
  ENOBUFS: [-105, "no buffer space available"],
  EISCONN: [-106, "socket is already connected"],
  ENOTCONN: [-107, "socket is not connected"],
  ESHUTDOWN: [-108, "cannot send after transport endpoint shutdown"],
  ETIMEDOUT: [-110, "connection timed out"],
  ECONNREFUSED: [-111, "connection refused"],
  EHOSTDOWN: [-112, "host is down"],
  EHOSTUNREACH: [-113, "host is unreachable"],
  EALREADY: [-114, "connection already in progress"],
  EREMOTEIO: [-121, "remote I/O error"],
  ECANCELED: [-125, "operation canceled"],
  EAI_ADDRFAMILY: [-3000, "address family not supported"],
  EAI_AGAIN: [-3001, "temporary failure"],
  EAI_BADFLAGS: [-3002, "bad ai_flags value"],
  EAI_CANCELED: [-3003, "request canceled"],
  EAI_FAIL: [-3004, "permanent failure"],
  EAI_FAMILY: [-3005, "ai_family not supported"],
  EAI_MEMORY: [-3006, "out of memory"],
  EAI_NODATA: [-3007, "no address"],
  EAI_NONAME: [-3008, "unknown node or service"],
  EAI_OVERFLOW: [-3009, "argument buffer overflow"],
  EAI_SERVICE: [-3010, "service not available for socket type"],
  EAI_SOCKTYPE: [-3011, "socket type not supported"],
  EAI_BADHINTS: [-3013, "invalid value for hints"],
  EAI_PROTOCOL: [-3014, "resolved protocol is unknown"],
  EFTYPE: [-4028, "inappropriate file type or format"],
  ECHARSET: [-4080, "invalid Unicode character"],
  UNKNOWN: [-4094, "unknown error"],
  EOF: [-4095, "end of file"],
};

const uvByNumber = new Map();
for (const name of Object.keys(uvErrors)) {
  uvByNumber.set(uvErrors[name][0], name);
}

// uvErrName(-111) === 'ECONNREFUSED'
function uvErrName(errno) {
  const name = uvByNumber.get(errno);
  if (name !== undefined) return name;
  return `Unknown system error ${errno}`;
}

// uvErrCode('ECONNREFUSED') === -111
function uvErrCode(name) {
  const e = uvErrors[name];
  return e === undefined ? undefined : e[0];
}

function uvErrMessage(errnoOrName) {
  const name = typeof errnoOrName === 'number' ? uvByNumber.get(errnoOrName) : errnoOrName;
  const e = name === undefined ? undefined : uvErrors[name];
  return e === undefined ? `Unknown system error ${errnoOrName}` : e[1];
}

function getSystemErrorMap() {
  const m = new Map();
  for (const name of Object.keys(uvErrors)) {
    m.set(uvErrors[name][0], [name, uvErrors[name][1]]);
  }
  return m;
}

// captureBelow is node's ErrorCaptureStackTrace(err, fn) in its error
// helpers: the stack starts below the helper's frame.
function captureBelow(err, fn) {
  require('internal/error_stack').captureStackTrace(err, fn);
  return err;
}

// errnoException(-111, 'connect') -> Error: connect ECONNREFUSED
// with errno, code, syscall own enumerable properties.
function errnoException(err, syscall, original) {
  const code = typeof err === 'string' ? err : uvErrName(err);
  const errno = typeof err === 'string' ? uvErrCode(err) : err;
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  return captureBelow(ex, errnoException);
}

// exceptionWithHostPort(-111, 'connect', '127.0.0.1', 1)
//   -> Error: connect ECONNREFUSED 127.0.0.1:1
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = typeof err === 'string' ? err : uvErrName(err);
  const errno = typeof err === 'string' ? uvErrCode(err) : err;
  let details = '';
  if (port && port > 0) {
    details = ` ${address}:${port}`;
  } else if (address) {
    details = ` ${address}`;
  }
  if (additional) {
    details += ` - Local (${additional})`;
  }
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) {
    ex.port = port;
  }
  return captureBelow(ex, exceptionWithHostPort);
}

// uvException({ errno, syscall, path, dest, message }) like fs errors:
// Error: ENOENT: no such file or directory, open '/x'
function uvException(ctx) {
  const code = ctx.code || uvErrName(ctx.errno);
  let message = `${code}: ${ctx.message || uvErrMessage(ctx.errno)}, ${ctx.syscall}`;
  let path, dest;
  if (ctx.path !== undefined) {
    path = String(ctx.path);
    message += ` '${path}'`;
  }
  if (ctx.dest !== undefined) {
    dest = String(ctx.dest);
    message += ` -> '${dest}'`;
  }
  const err = new Error(message);
  // Own properties in node's order: the context's (errno, syscall, ...),
  // then code, path, dest.
  for (const prop of Object.keys(ctx)) {
    if (prop === 'message' || prop === 'path' || prop === 'dest') continue;
    err[prop] = ctx[prop];
  }
  err.code = code;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return captureBelow(err, uvException);
}

// dnsException(code, syscall, hostname): code may be a negative number
// (getaddrinfo: EAI_NONAME/EAI_NODATA become code 'ENOTFOUND', errno kept)
// or a string such as 'ECONNREFUSED' from c-ares (errno undefined).
// Error: getaddrinfo ENOTFOUND nonexistent.invalid, errno -3008.
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    if (code === uvErrCode('EAI_NODATA') || code === uvErrCode('EAI_NONAME')) {
      code = 'ENOTFOUND';
    } else {
      code = uvErrName(code);
    }
  }
  const message = `${syscall} ${code}${hostname ? ` ${hostname}` : ''}`;
  const ex = new Error(message);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) {
    ex.hostname = hostname;
  }
  return captureBelow(ex, dnsException);
}

// uvExceptionWithHostPort(-13, 'bind', '0.0.0.0', 80)
//   -> Error: bind EACCES: permission denied 0.0.0.0:80
function uvExceptionWithHostPort(err, syscall, address, port) {
  const code = uvErrName(err);
  const message = `${syscall} ${code}: ${uvErrMessage(err)}`;
  let details = '';
  if (port && port > 0) {
    details = ` ${address}:${port}`;
  } else if (address) {
    details = ` ${address}`;
  }
  const ex = new Error(`${message}${details}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return captureBelow(ex, uvExceptionWithHostPort);
}

// connResetException('socket hang up'): Error with code 'ECONNRESET'.
function connResetException(msg) {
  const ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

// node's SystemError: a libuv call's failure reported under a node code
// (ERR_SYSTEM_ERROR, ERR_FS_EISDIR, ...). The message is built from the
// context ({ errno, code, message, syscall, path?, dest? }), which is kept
// on err.info; errno, syscall, path and dest are accessors into it.
class SystemError extends Error {
  constructor(key, prefix, ctx) {
    let message = `${prefix}: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`;
    if (ctx.path !== undefined) message += ` ${ctx.path}`;
    if (ctx.dest !== undefined) message += ` => ${ctx.dest}`;
    super(message);
    fixStackHeader(this, 'Error', key, message);
    rewriteStackName(this, 'Error', 'SystemError');
    this.code = key;
    Object.defineProperty(this, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
    Object.defineProperty(this, 'info', { value: ctx, enumerable: true, writable: false, configurable: true });
    for (const k of ['errno', 'syscall', 'path', 'dest']) {
      if (k !== 'errno' && k !== 'syscall' && ctx[k] === undefined) continue;
      Object.defineProperty(this, k, {
        enumerable: true, configurable: true,
        get() { return ctx[k]; },
        set(v) { ctx[k] = v; },
      });
    }
  }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
  // Shown with the accessors' values, as node shows it.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return inspect(this, Object.assign({}, options, { getters: true, customInspect: false }));
  }
}

function rewriteStackName(err, from, to) {
  let stack;
  try { stack = err.stack; } catch (e) { return; }
  if (typeof stack !== 'string' || !stack.startsWith(from)) return;
  Object.defineProperty(err, 'stack', { __proto__: null,
    value: to + stack.slice(from.length), writable: true, enumerable: false, configurable: true,
  });
}

// ERR_SYSTEM_ERROR(ctx): ctx from a binding that reported a negative errno
// (its code and message are filled in from the errno when absent).
codes.ERR_SYSTEM_ERROR = class extends SystemError {
  constructor(ctx) {
    if (ctx.code === undefined) {
      const { errno, syscall } = ctx;
      ctx = { errno, code: uvErrName(errno), message: uvErrMessage(errno), syscall };
    }
    super('ERR_SYSTEM_ERROR', 'A system error occurred', ctx);
  }
};

// A plain Error with extra own properties (node's genericNodeError).
function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

// Errors whose stack already starts with node's arrow (vm's displayErrors
// puts it there): a fatal report prints no second one, as node's
// `decorated` private symbol says.
const decoratedErrors = new WeakSet();

module.exports = {
  codes,
  E,
  decoratedErrors,
  SystemError,
  AbortError,
  hideStackFrames,
  determineSpecificType,
  addNumericalSeparator,
  errnoException,
  exceptionWithHostPort,
  uvException,
  uvExceptionWithHostPort,
  connResetException,
  dnsException,
  uvErrName,
  uvErrCode,
  uvErrMessage,
  getSystemErrorMap,
  genericNodeError,
  aggregateTwoErrors,
  uvErrors,
};

// Validators live in internal/validators; re-exported lazily for
// convenience as errors.validators.
Object.defineProperty(module.exports, 'validators', { __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return require('internal/validators'); },
});
