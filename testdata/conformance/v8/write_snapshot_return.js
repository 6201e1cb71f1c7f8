// writeHeapSnapshot answers the path it was given (a Buffer or Uint8Array
// itself, a URL as its path string); GCProfiler's private field is
// #profiler, named in the brand-check TypeError.
'use strict';
const v8 = require('v8');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsnap-'));
const buf = Buffer.from(path.join(dir, 'a.heapsnapshot'));
const r1 = v8.writeHeapSnapshot(buf);
console.log('buffer returned itself:', r1 === buf);
const u8 = new Uint8Array(Buffer.from(path.join(dir, 'b.heapsnapshot')));
const r2 = v8.writeHeapSnapshot(u8);
console.log('uint8array returned itself:', r2 === u8, r2 instanceof Uint8Array);
const s = path.join(dir, 'c.heapsnapshot');
console.log('string returned:', v8.writeHeapSnapshot(s) === s);
const u = new URL('file://' + path.join(dir, 'd.heapsnapshot'));
const r3 = v8.writeHeapSnapshot(u);
console.log('url returned:', r3 === u, typeof r3);
console.log(fs.readdirSync(dir).sort().join(' '));
fs.rmSync(dir, { recursive: true });
for (const m of ['start', 'stop']) {
  try { v8.GCProfiler.prototype[m].call({}); console.log(m, 'no throw'); }
  catch (e) { console.log(m, e.name, e.message); }
}
