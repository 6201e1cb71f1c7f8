'use strict';
// The process.binding() modules old packages still read, made in
// JavaScript from gojanet's own builtins (process.binding is deprecated in
// node; these answer as node 20's do): 'uv' (errname and the UV_* codes),
// 'stream_wrap' (the stream handle's shared read state: handle-thing,
// under spdy, restify and webpack-dev-server), 'http_parser' (the parser
// class with node's callback slots: http-deceiver, also under spdy, hands
// a socket's parser HTTP/2 requests through them), 'constants' and
// 'config'.

const { uvErrName, getSystemErrorMap, codes } = require('internal/errors');

// V8's trace event phases (node's binding has them; nothing reads them
// here, tracing is not available).
const tracePhases = {
  TRACE_EVENT_PHASE_BEGIN: 66, TRACE_EVENT_PHASE_END: 69, TRACE_EVENT_PHASE_COMPLETE: 88,
  TRACE_EVENT_PHASE_INSTANT: 73, TRACE_EVENT_PHASE_ASYNC_BEGIN: 83, TRACE_EVENT_PHASE_ASYNC_STEP_INTO: 84,
  TRACE_EVENT_PHASE_ASYNC_STEP_PAST: 112, TRACE_EVENT_PHASE_ASYNC_END: 70,
  TRACE_EVENT_PHASE_NESTABLE_ASYNC_BEGIN: 98, TRACE_EVENT_PHASE_NESTABLE_ASYNC_END: 101,
  TRACE_EVENT_PHASE_NESTABLE_ASYNC_INSTANT: 110, TRACE_EVENT_PHASE_FLOW_BEGIN: 115,
  TRACE_EVENT_PHASE_FLOW_STEP: 116, TRACE_EVENT_PHASE_FLOW_END: 102, TRACE_EVENT_PHASE_METADATA: 77,
  TRACE_EVENT_PHASE_COUNTER: 67, TRACE_EVENT_PHASE_SAMPLE: 80, TRACE_EVENT_PHASE_CREATE_OBJECT: 78,
  TRACE_EVENT_PHASE_SNAPSHOT_OBJECT: 79, TRACE_EVENT_PHASE_DELETE_OBJECT: 68,
  TRACE_EVENT_PHASE_MEMORY_DUMP: 118, TRACE_EVENT_PHASE_MARK: 82, TRACE_EVENT_PHASE_CLOCK_SYNC: 99,
  TRACE_EVENT_PHASE_ENTER_CONTEXT: 40, TRACE_EVENT_PHASE_LEAVE_CONTEXT: 41, TRACE_EVENT_PHASE_LINK_IDS: 61,
};

function make(name) {
  switch (name) {
    case 'uv': {
      const uv = {
        errname(err) {
          // node asserts err < 0 (the process aborts); a script gets an error
          if (typeof err !== 'number' || !(err < 0)) throw new codes.ERR_OUT_OF_RANGE('err', '< 0', err);
          return uvErrName(err);
        },
        getErrorMap: getSystemErrorMap,
      };
      for (const [code, [errName]] of getSystemErrorMap()) uv[`UV_${errName}`] = code;
      return uv;
    }
    case 'stream_wrap': {
      const tcp = internalBinding('tcp_wrap');
      const sb = require('internal/stream_base_state');
      return {
        ShutdownWrap: tcp.ShutdownWrap,
        WriteWrap: tcp.WriteWrap,
        kReadBytesOrError: sb.kReadBytesOrError,
        kArrayBufferOffset: sb.kArrayBufferOffset,
        kBytesWritten: sb.kBytesWritten,
        kLastWriteWasAsync: sb.kLastWriteWasAsync,
        streamBaseState: sb.streamBaseState,
      };
    }
    case 'http_parser':
      return httpParserBinding();
    case 'constants':
      return {
        __proto__: null,
        os: require('os').constants,
        fs: require('fs').constants,
        crypto: require('crypto').constants,
        zlib: require('zlib').constants,
        trace: { __proto__: null, ...tracePhases },
      };
    case 'config':
      // process.features' answers (no inspector, no tracing here).
      return {
        isDebugBuild: false, hasOpenSSL: true, fipsMode: false, hasIntl: true, hasTracing: false,
        hasNodeOptions: true, hasInspector: false, noBrowserGlobals: false, bits: 64,
      };
  }
  return undefined;
}

// llhttp's method numbering, which the binding's methods and allMethods
// keep (http.METHODS is sorted).
const llhttpMethods = ['DELETE', 'GET', 'HEAD', 'POST', 'PUT', 'CONNECT', 'OPTIONS', 'TRACE', 'COPY', 'LOCK', 'MKCOL',
  'MOVE', 'PROPFIND', 'PROPPATCH', 'SEARCH', 'UNLOCK', 'BIND', 'REBIND', 'UNBIND', 'ACL', 'REPORT', 'MKACTIVITY',
  'CHECKOUT', 'MERGE', 'M-SEARCH', 'NOTIFY', 'SUBSCRIBE', 'UNSUBSCRIBE', 'PATCH', 'PURGE', 'MKCALENDAR', 'LINK',
  'UNLINK', 'SOURCE'];
const llhttpAllMethods = [...llhttpMethods, 'PRI', 'DESCRIBE', 'ANNOUNCE', 'SETUP', 'PLAY', 'PAUSE', 'TEARDOWN',
  'GET_PARAMETER', 'SET_PARAMETER', 'REDIRECT', 'RECORD', 'FLUSH', 'QUERY'];

// httpParserBinding: _http_common's parser class, whose parsers (a server
// socket's socket.parser) get node's callback slots, parser[kOnHeadersComplete]
// (versionMajor, versionMinor, headers, method, url, statusCode,
// statusMessage, upgrade, shouldKeepAlive), parser[kOnBody](buffer) and
// parser[kOnMessageComplete]() (_http_common's addCallbackSlots).
function httpParserBinding() {
  const HTTPParser = require('_http_common').HTTPParser;
  const common = require('internal/builtin_internals').httpCommon;
  const slots = {
    kOnMessageBegin: common.kOnMessageBegin, kOnHeaders: common.kOnHeaders,
    kOnHeadersComplete: common.kOnHeadersComplete, kOnBody: common.kOnBody,
    kOnMessageComplete: common.kOnMessageComplete, kOnExecute: common.kOnExecute, kOnTimeout: common.kOnTimeout,
  };
  for (const k of Object.keys(slots)) {
    if (!(k in HTTPParser)) Object.defineProperty(HTTPParser, k, { value: slots[k], enumerable: true });
  }
  common.addCallbackSlots();
  return {
    HTTPParser,
    methods: [...llhttpMethods, 'QUERY'],
    allMethods: llhttpAllMethods.slice(),
  };
}

module.exports = { make, llhttpAllMethods };
