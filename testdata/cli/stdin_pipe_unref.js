// process.stdin on a pipe is a socket in node: unref() lets the process
// exit while it is flowing and the pipe is still open; ref() holds it again.
// (A file's stdin, an fs.ReadStream, has neither: typeof is 'undefined'.)
const { spawn } = require('child_process');
if (process.argv[2] === 'child') {
  let n = 0;
  process.stdin.on('data', (d) => {
    n++;
    console.log('child data', JSON.stringify(String(d)), process.stdin.unref() === process.stdin);
    if (n === 1) process.stdin.ref(); // held again: the second line arrives
  });
  process.on('exit', () => console.log('child exit', n));
} else {
  const child = spawn(process.execPath, [__filename, 'child'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    out += d;
    if (out === 'child data "one\\n" true\n') child.stdin.write('two\n');
  });
  child.stdin.write('one\n');
  child.on('close', (code) => {
    process.stdout.write(out);
    console.log('closed', code);
    child.stdin.destroy();
  });
}
