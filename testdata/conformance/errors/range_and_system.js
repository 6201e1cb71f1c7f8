'use strict';
const util = require('util');
for (const v of [0, 1, 2 ** 40, -(2 ** 40), 1.5, -1.5, NaN, Infinity]) {
  try { util.getSystemErrorName(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const v of ['1', null, 1n]) {
  try { util.getSystemErrorName(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
const wanted = ['EPERM', 'ENOENT', 'EINTR', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENOTDIR',
  'EISDIR', 'EINVAL', 'EMFILE', 'ENOSPC', 'EPIPE', 'ENAMETOOLONG', 'ENOTEMPTY', 'ENOTSOCK',
  'EADDRINUSE', 'EADDRNOTAVAIL', 'ENETUNREACH', 'ECONNABORTED', 'ECONNRESET', 'EISCONN', 'ENOTCONN',
  'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTUNREACH', 'EALREADY', 'ECANCELED', 'EAI_AGAIN', 'EAI_NONAME',
  'EAI_FAIL', 'EOF', 'UNKNOWN'];
const map = util.getSystemErrorMap();
const byName = new Map();
for (const [errno, [name, message]] of map) byName.set(name, [errno, message]);
for (const name of wanted) {
  const entry = byName.get(name);
  console.log(name, entry ? entry[0] : 'missing', entry ? entry[1] : '', entry ? util.getSystemErrorName(entry[0]) : '');
}
console.log('total', map.size);
