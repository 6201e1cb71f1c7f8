// The process.binding() modules old packages read: 'uv' (handle-thing's
// UV_EOF), 'stream_wrap' (the shared read state of JS stream handles),
// 'http_parser' (http-deceiver: the parser class's callback slots and
// llhttp's method numbering), 'constants' and 'config'. One object each.
process.on('warning', (w) => console.log('warning', w.code, w.message));
const uv = process.binding('uv');
console.log(uv === process.binding('uv'), uv.UV_EOF, uv.UV_ECONNRESET, uv.UV_EAI_AGAIN, uv.errname(-4095), uv.errname(-111));
console.log(Object.keys(uv).filter((k) => k.startsWith('UV_')).length, uv.getErrorMap().get(-2));
const sw = process.binding('stream_wrap');
console.log(Object.keys(sw).sort().join(), sw.kReadBytesOrError, sw.kArrayBufferOffset, sw.kBytesWritten,
  sw.kLastWriteWasAsync, sw.streamBaseState.constructor.name, sw.streamBaseState.length, typeof sw.WriteWrap);
const c = process.binding('constants');
console.log(Object.keys(c).join(), Object.getPrototypeOf(c), c.os === require('os').constants, c.fs === require('fs').constants,
  c.zlib === require('zlib').constants, c.crypto === require('crypto').constants, c.trace.TRACE_EVENT_PHASE_BEGIN);
const cfg = process.binding('config');
console.log(typeof cfg.bits, cfg.hasIntl, cfg.isDebugBuild, cfg.noBrowserGlobals);
const hp = process.binding('http_parser');
console.log(typeof hp.HTTPParser, hp.methods.length, hp.methods[1], hp.methods[24], hp.allMethods.length, hp.allMethods[34]);
const H = hp.HTTPParser;
console.log(H.REQUEST, H.RESPONSE, H.kOnMessageBegin, H.kOnHeaders, H.kOnHeadersComplete, H.kOnBody, H.kOnMessageComplete, H.kOnExecute);
for (const n of ['fs_missing_binding', 'natives_nope']) {
  try { process.binding(n); } catch (e) { console.log(e.message); }
}
setImmediate(() => {});
