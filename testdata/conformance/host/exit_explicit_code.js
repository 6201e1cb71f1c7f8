// process.exit(code) overrides exitCode; the 'exit' event gets the code.
process.exitCode = 7;
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => {
  process.exit(0);
}, 1);
