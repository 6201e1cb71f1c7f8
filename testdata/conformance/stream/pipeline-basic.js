'use strict';
const { pipeline, Readable, Transform, Writable } = require('stream');
const log = (s) => console.log(s);
const src = Readable.from(['a', 'b', 'c']);
const up = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
const out = [];
const sink = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
['end', 'close'].forEach((ev) => src.on(ev, () => log('src ' + ev)));
['finish', 'end', 'close'].forEach((ev) => up.on(ev, () => log('up ' + ev)));
['finish', 'close'].forEach((ev) => sink.on(ev, () => log('sink ' + ev)));
const ret = pipeline(src, up, sink, (err) => {
  log('pipeline done err=' + err + ' out=' + out.join(''));
});
log('returns last ' + (ret === sink));
try { pipeline(src); } catch (e) { log('one stream ' + e.code); }
try { pipeline(src, sink); } catch (e) { log('no callback ' + e.code); }
