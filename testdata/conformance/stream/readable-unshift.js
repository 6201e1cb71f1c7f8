'use strict';
const { Readable } = require('stream');
const log = (s) => console.log(s);
const r = new Readable({ read() {} });
r.push('world');
r.unshift('hello ');
log('read ' + r.read());
r.setEncoding('utf8');
r.push('abc');
r.unshift('xy');
log('read str ' + JSON.stringify(r.read()));
r.push(null);
r.on('end', () => {
  log('end');
  r.on('error', (e) => log('error ' + e.code + ' ' + e.message));
  log('unshift after end ' + r.unshift('late'));
});
r.resume();
