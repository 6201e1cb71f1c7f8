// readline over a stream: 'line' events (\n, \r\n, \r, a last line without an
// end), 'close', async iteration, question() and readline/promises.
const readline = require('readline');
const { Readable, Writable, PassThrough } = require('stream');
const lines = ['one', 'two\r\nthree\rfour', '\n\nlast without newline'];

async function main() {
  const rl = readline.createInterface({ input: Readable.from(lines) });
  const seen = [];
  rl.on('line', (l) => seen.push(l));
  await new Promise((resolve) => rl.on('close', resolve));
  console.log('events:', JSON.stringify(seen));

  const rl2 = readline.createInterface({ input: Readable.from(['a\nb\n', 'c']), crlfDelay: Infinity });
  const iterated = [];
  for await (const l of rl2) iterated.push(l);
  console.log('async iterator:', JSON.stringify(iterated));

  const written = [];
  const output = new Writable({ write(c, e, cb) { written.push(String(c)); cb(); } });
  const input = new PassThrough();
  const rl3 = readline.createInterface({ input, output });
  rl3.question('name? ', (answer) => {
    console.log('answer:', answer, JSON.stringify(written));
    rl3.setPrompt('>> ');
    rl3.prompt();
    console.log(rl3.getPrompt(), JSON.stringify(written));
    rl3.close();
  });
  rl3.on('close', () => console.log('rl3 closed', rl3.closed));
  input.write('gojanet\n');
  await new Promise((r) => setImmediate(r));
  try { rl3.question('again?', () => {}); } catch (e) { console.log(e.code); }

  const rlp = require('readline/promises').createInterface({ input: Readable.from(['42\n']), output: null });
  console.log('promises answer:', await rlp.question('n? '));
  rlp.close();

  const events = [];
  const rl4 = readline.createInterface({ input: new PassThrough() });
  rl4.on('pause', () => events.push('pause'));
  rl4.on('resume', () => events.push('resume'));
  rl4.on('line', (l) => events.push('line ' + l));
  rl4.pause();
  rl4.write('written\n');
  rl4.close();
  console.log(events.join(', '));
  console.log(typeof readline.cursorTo, typeof readline.clearLine, typeof readline.Interface);
}
main();
