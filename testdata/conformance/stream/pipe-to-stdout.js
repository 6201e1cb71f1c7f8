'use strict';
// Piping into process.stdout never ends it; console.log keeps working after.
const { Readable, Transform } = require('stream');
const src = Readable.from(['line 1\n', 'line 2\n']);
src.on('end', () => {
  setTimeout(() => {
    console.log('stdout ended? ' + process.stdout.writableEnded);
    const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
    const r = Readable.from(['piped ', 'through\n']);
    r.on('end', () => setTimeout(() => console.log('still writable ' + process.stdout.writable), 1));
    r.pipe(up).pipe(process.stdout);
  }, 1);
});
src.pipe(process.stdout);
process.stdout.write('direct write\n', () => console.log('write callback'));
