// readline without a terminal: line splitting across chunks (\r\n split
// between chunks), the async iterator's watermark pausing the input,
// readline/promises' question and Readline.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough, Readable } = require('stream');
{
  const input = new PassThrough();
  // crlfDelay Infinity: a \r and the \n in the next chunk are one newline
  // however long apart (with the default 100 ms, a stall between the two
  // writes under load made them two lines)
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  rl.on('close', () => console.log('close'));
  input.write('a\r');
  input.write('\nb\n\nc\rd');
  input.end('e');
}
(async () => {
  const readable = new Readable({ read() {} });
  readable.push('x\n'.repeat(1500));
  readable.push(null);
  const rl = readline.createInterface({ input: readable });
  const it = rl[Symbol.asyncIterator]();
  const wm = it[Symbol.for('nodejs.watermarkData')];
  let n = 0;
  let pausedSeen = false;
  for await (const line of it) {
    if (readable.isPaused()) pausedSeen = true;
    n++;
  }
  console.log('iterated', n, pausedSeen, wm.size, wm.high);
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => { out += d; });
  const rl2 = rlp.createInterface({ input, output });
  const p = rl2.question('q? ');
  input.write('yes\n');
  console.log('answer', await p, JSON.stringify(out));
  const ac = new AbortController();
  const p2 = rl2.question('again? ', { signal: ac.signal });
  ac.abort();
  await p2.catch((e) => console.log(e.name, e.code));
  rl2.close();
  await rl2.question('closed?').catch((e) => console.log(e.code));
  const w = new rlp.Readline(output);
  w.cursorTo(1, 2).moveCursor(-1, 1).clearLine(0).clearScreenDown();
  out = '';
  await w.commit();
  console.log(JSON.stringify(out));
})();
