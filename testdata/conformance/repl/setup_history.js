// REPLServer.setupHistory: lines go to the file (newest first) after the
// REPL's debounce, 'flushHistory' says when; an empty name turns history off
// and the first look back says so.
const repl = require('repl');
const stream = require('stream');
const fs = require('fs');
const os = require('os');
const path = require('path');

class Input extends stream.Stream {
  constructor() { super(); this.readable = true; }
  resume() {}
  pause() {}
}
function outputCollector(lines) {
  return new stream.Writable({
    write(chunk, _, next) {
      const s = chunk.toString();
      if (s.charCodeAt(0) !== 27 && !/^[\r\n]+$/.test(s)) lines.push(s);
      next();
    },
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gj-repl-history-'));
const file = path.join(dir, 'history');
fs.writeFileSync(file, "'older'\n'oldest'\n");
const out1 = [];
const input = new Input();
const r = repl.start({ input, output: outputCollector(out1), prompt: '> ', terminal: true, useColors: false });
r.setupHistory(file, (err, server) => {
  console.log('ready', err, server === r, JSON.stringify(r.history));
  input.emit('data', '1 + 1\n');
  input.emit('data', "'x'\n");
  r.once('flushHistory', () => {
    console.log('flushed', JSON.stringify(fs.readFileSync(file, 'utf8')));
    r.close();
    fs.rmSync(dir, { recursive: true });
    const out2 = [];
    const input2 = new Input();
    const r2 = repl.start({ input: input2, output: outputCollector(out2), prompt: '> ', terminal: true, useColors: false });
    r2.setupHistory('  ', () => {
      input2.emit('keypress', '', { name: 'up' });
      setImmediate(() => {
        console.log(JSON.stringify(out2));
        r2.close();
      });
    });
  });
});
