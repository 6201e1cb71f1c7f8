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
// names only looked up, then set in another case; a long name; a name looked
// up before it is set invalidly (the key table holds looked-up names too)
t(() => [res.getHeader('Last-Modified'), res.hasHeader('LAST-modified'), res.getHeader('X-Looked')]);
t(() => { res.setHeader('last-MODIFIED', 'Tue'); return [res.getHeader('Last-Modified'), res.hasHeader('LAST-MODIFIED'), res.getRawHeaderNames()]; });
t(() => { const n = 'X-' + 'Long'.repeat(20); res.setHeader(n, 'v'); return [res.getHeader(n.toUpperCase()), res.hasHeader(n.toLowerCase())]; });
t(() => [res.getHeader('Bad Name'), res.hasHeader('Bad Name')]);
t(() => res.setHeader('Bad Name', 'x'));
t(() => [res.getHeader('Bad Name'), res.getHeader('X-Looked'), res.hasHeader('x-looked')]);
