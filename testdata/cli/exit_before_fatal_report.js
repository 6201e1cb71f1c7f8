// An uncaught exception: 'exit' listeners run before the error is printed
// (node prints it after process._fatalException returns), and a listener
// that calls process.exit() ends the process without the report. Each
// child writes stdout and stderr to one pipe, so the order is the order of
// the writes.
const { spawnSync } = require('child_process');

const cases = {
  'throw at top level': `process.on('exit', (c) => console.log('exit', c, process.exitCode)); throw new Error('top');`,
  'throw in a timer, exit listener throws': `process.on('exit', (c) => { console.log('exit', c); throw new Error('in exit'); });
    setTimeout(() => { throw new Error('timer'); }, 1);`,
  'rejection': `process.on('exit', (c) => { console.error('exit on stderr', c); }); Promise.reject(new Error('rej'));`,
  'exit listener calls process.exit': `process.on('exit', (c) => { console.log('exit', c); process.exit(3); }); null.x;`,
  'exit listener sets exitCode': `process.on('exit', (c) => { console.log('exit', c); process.exitCode = 9; }); setImmediate(() => { throw 42; });`,
};

for (const [name, code] of Object.entries(cases)) {
  // stdout and stderr on one pipe (spawnSync's stdio keeps them apart)
  const both = spawnSync('sh', ['-c', '"$0" -e "$1" 2>&1', process.execPath, code], { encoding: 'utf8' });
  const lines = both.stdout.split('\n').filter((l) => l !== '' && !/^ {4}at |^Node\.js v|^gojanet |^\[eval\]:\d+$|^\(Use `/.test(l));
  console.log(`${name}: status ${both.status}`);
  for (const l of lines) console.log('  ' + l);
}
