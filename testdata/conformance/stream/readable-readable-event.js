'use strict';
const { Readable } = require('stream');
const log = (s) => console.log(s);
const r = new Readable({ read() {} });
r.push('a');
r.push('bc');
log('len ' + r.readableLength + ' flowing=' + r.readableFlowing);
r.on('readable', () => {
  log('readable len=' + r.readableLength);
  let c;
  while ((c = r.read()) !== null) log('read ' + c);
});
r.on('end', () => log('end'));
r.on('close', () => log('close'));
setTimeout(() => { r.push('def'); log('pushed def'); }, 5);
setTimeout(() => { r.push(null); log('pushed null'); }, 10);
process.nextTick(() => log('tick flowing=' + r.readableFlowing));
