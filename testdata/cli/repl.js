// The CLI's REPL (`-i`, stdin a pipe): each line is sent once the previous
// one has been answered with a prompt, so asynchronous results (top-level
// await, errors thrown by timers) land in a fixed order. The timer's error
// comes with a prompt of its own, which answers no line: it is not counted
// (else the lines after it raced the await after it). The welcome banner
// names the runtime and is left out.
const { spawn } = require('child_process');

const lines = [
  'let n = await Promise.resolve(41)',
  'n + 1',
  'const { a, b: [c] } = await ({ a: 1, b: [2] })',
  'a + c',
  'await new Promise((r) => setTimeout(r, 10, "late"))',
  'for (var i = 0; i < 3; i++) await null',
  'i',
  'await Promise.reject(new Error("rejected"))',
  'setTimeout(() => { throw new Error("from a timer") }, 1); "scheduled"',
  'await new Promise((r) => setTimeout(r, 50))',
  '[3]',
  '_',
  'process.exitCode = 3',
  '.exit',
];

const child = spawn(process.execPath, ['-i'], { stdio: ['pipe', 'pipe', 'inherit'] });
let out = '';
let sent = 0;
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => {
  out += d;
  const answered = countPrompts(out) - (out.includes('Uncaught Error: from a timer') ? 1 : 0);
  while (out.endsWith('> ') && answered > sent && sent < lines.length) {
    child.stdin.write(lines[sent++] + '\n');
  }
});
function countPrompts(s) { return s.split('\n').filter((l) => l.startsWith('> ')).length + (s.endsWith('> ') ? 0 : 0); }
child.on('close', (code) => {
  console.log(out.split('\n').slice(2).join('\n'));
  console.log('exit code', code);
});
