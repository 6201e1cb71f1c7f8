'use strict';
// DOMException is a global; AbortSignal reasons are DOMExceptions.
const r = AbortSignal.abort().reason;
console.log(typeof DOMException, r instanceof DOMException, r instanceof Error);
const d = new DOMException('msg', 'NotFoundError');
console.log(d.name, d.message, d.code, DOMException.NOT_FOUND_ERR, d.ABORT_ERR, Object.prototype.toString.call(d));
const t = new DOMException('m', { name: 'TimeoutError', cause: 'c' });
console.log(t.name, t.code, t.cause, Object.keys(t).length, String(t));
const plain = new DOMException();
console.log(JSON.stringify(plain.name), JSON.stringify(plain.message), plain.code);
