// readline in terminal mode: key decoding, line editing, the output it
// draws, history, completion, question/prompt, close and raw mode.
const readline = require('readline');
const { PassThrough } = require('stream');

function make(opts = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = opts.columns;
  let out = '';
  output.on('data', (d) => { out += d; });
  const rl = readline.createInterface({ input, output, terminal: true, ...opts });
  return { input, output, rl, take() { const o = out; out = ''; return JSON.stringify(o); } };
}

// Keys as events.
{
  const { input, rl } = make();
  const keys = [];
  input.on('keypress', (s, k) => keys.push([s, k.name, k.ctrl, k.meta, k.shift, k.code]));
  input.write('aZ\x01\x1b[A\x1b[1;5C\x1bOP\x1b[3~\x1b[31m\x1bb\x1b\r\t \x7f\x1b[200~');
  input.write('\x1b[');
  input.write('B');
  console.log(JSON.stringify(keys));
  rl.close();
}

// Editing and what is drawn.
{
  const { input, rl, take } = make({ prompt: '$ ' });
  rl.prompt();
  console.log('prompt', take());
  input.write('hello world');
  console.log(rl.line, rl.cursor, take());
  input.write('\x1b[D\x1b[D\x01\x1bf\x05\x1bb');
  console.log(rl.cursor, take());
  input.write('\x17');
  console.log(JSON.stringify(rl.line), rl.cursor, take());
  input.write('X\x7f\x7f');
  console.log(JSON.stringify(rl.line), rl.cursor, take());
  input.write('\x01\x0b');
  console.log(JSON.stringify(rl.line), take());
  input.write('abc\x02\x02\x08\x04');
  console.log(JSON.stringify(rl.line), rl.cursor, take());
  input.write('\x15');
  console.log(JSON.stringify(rl.line), rl.cursor, take());
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  rl.on('history', (h) => console.log('history', JSON.stringify(h)));
  input.write('one\rtwo\r\nthree\n');
  take();
  input.write('\x1b[A');
  console.log(JSON.stringify(rl.line), take());
  input.write('\x1b[A\x1b[A');
  console.log(JSON.stringify(rl.line));
  input.write('\x1b[B');
  console.log(JSON.stringify(rl.line));
  input.write('\x1b[B\x1b[B');
  console.log(JSON.stringify(rl.line));
  rl.close();
}

// Wide characters and wrapping at output.columns.
{
  const { rl, take } = make({ prompt: '> ', columns: 10 });
  rl.write('丁丁丁丁');
  console.log(JSON.stringify(rl.getCursorPos()), take());
  rl.write('abcdef');
  console.log(JSON.stringify(rl.getCursorPos()), take());
  rl.write(null, { ctrl: true, name: 'a' });
  console.log(JSON.stringify(rl.getCursorPos()), take());
  rl.close();
}

// Completion.
{
  const { input, rl, take } = make({
    columns: 40,
    completer(line) {
      const all = ['alpha', 'alpine', 'beta', 'alps'];
      const hits = all.filter((c) => c.startsWith(line));
      return [hits.length ? hits : all, line];
    },
  });
  input.write('b\t');
  console.log(JSON.stringify(rl.line), take());
  input.write('\x15al\t');
  console.log(JSON.stringify(rl.line), take());
  input.write('\t');
  console.log(JSON.stringify(rl.line), take());
  rl.close();
}

// question, SIGINT, ctrl+d, close and raw mode.
{
  const { input, output, rl, take } = make();
  let raw = [];
  input.setRawMode = (m) => raw.push(m);
  input.isRaw = false;
  rl.question('name? ', (a) => console.log('answer', JSON.stringify(a), take()));
  input.write('bob\r');
  rl.on('SIGINT', () => console.log('SIGINT'));
  input.write('\x03');
  rl.on('close', () => console.log('close', raw, output.listenerCount('resize')));
  input.write('\x04');
}
{
  const { input, rl } = make();
  rl.on('close', () => console.log('closed by ctrl+c'));
  input.write('\x03');
}
{
  const { input, rl } = make();
  rl.on('line', (l) => console.log('line at end', JSON.stringify(l)));
  rl.on('close', () => console.log('closed at end'));
  input.end('tail');
}
for (const v of [null, {}, NaN, '50']) {
  try {
    readline.createInterface({ input: new PassThrough(), escapeCodeTimeout: v });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
