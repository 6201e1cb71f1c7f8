// Header names through setHeader/getHeader/hasHeader/removeHeader as the response's
// cache of valid names sees them: a number or an object where a string name was cached
// (node's errors), names Object.prototype has, __proto__.
const http = require('http');
const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
const t = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log('threw', e.code, e.message); } };
t(() => { res.setHeader('5', 'a'); return res.getHeader('5'); });
t(() => res.setHeader(5, 'b') && res.getHeaders());
t(() => res.setHeader({ toString() { return 'X-Obj'; } }, 'c') && res.getHeaders());
t(() => res.getHeader(5));
t(() => res.hasHeader('__proto__'));
t(() => { res.setHeader('__proto__', 'p'); return [res.getHeader('__proto__'), res.hasHeader('__PROTO__'), res.getHeaderNames()]; });
t(() => { res.setHeader('Constructor', 'k'); return [res.getHeader('constructor'), res.getRawHeaderNames()]; });
t(() => res.hasHeader('toString'));
t(() => { res.removeHeader('5'); return res.getHeaderNames(); });
