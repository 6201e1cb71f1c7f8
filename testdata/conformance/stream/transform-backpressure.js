'use strict';
const { Transform } = require('stream');
const log = (s) => console.log(s);
const t = new Transform({
  objectMode: true,
  highWaterMark: 2,
  transform(chunk, enc, cb) { log('_transform ' + chunk); cb(null, chunk * 10); },
});
for (let i = 1; i <= 6; i++) log('write ' + i + ' -> ' + t.write(i) + ' rlen=' + t.readableLength + ' wlen=' + t.writableLength);
t.end();
t.on('finish', () => log('finish'));
t.on('end', () => log('end'));
setTimeout(() => {
  log('start reading');
  t.on('readable', () => {
    let v;
    while ((v = t.read()) !== null) log('read ' + v);
  });
}, 2);
