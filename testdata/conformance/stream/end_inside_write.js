// A Writable ended from inside its own _write (ws's Receiver does this on a
// close frame) finishes once that write's callback is called, whether the
// callback comes synchronously or later.
const { Writable } = require('stream');
const events = [];
function make(name, later) {
  const w = new Writable({
    write(chunk, enc, cb) {
      events.push(`${name} write ${chunk}`);
      this.end();
      events.push(`${name} ended inside write: finished=${this.writableFinished}`);
      if (later) setImmediate(cb); else cb();
    },
  });
  w.on('prefinish', () => events.push(`${name} prefinish`));
  w.on('finish', () => events.push(`${name} finish`));
  w.on('close', () => {
    events.push(`${name} close`);
    if (++closed === 3) console.log(events.join('\n'));
  });
  return w;
}
let closed = 0;
make('sync', false).write('a');
make('later', true).write('b');
const withCb = make('cb', false);
withCb.write('c', () => events.push('cb write callback'));
