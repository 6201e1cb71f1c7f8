// node:test's run(): the files in child processes, node's events on the stream.
const { run } = require('node:test');
run({ files: ['math.test.js', 'exit/exit-test.js'] })
  .on('test:pass', (d) => console.log('pass', d.name, d.nesting, d.testNumber, d.skip, d.todo))
  .on('test:fail', (d) => console.log('fail', d.name, d.nesting, d.testNumber, d.details.error.failureType,
    d.details.error.exitCode, d.file && require('path').relative(__dirname, d.file), d.line, d.column))
  .on('test:diagnostic', (d) => d.message.startsWith('duration_ms') || console.log('diagnostic', d.message));
