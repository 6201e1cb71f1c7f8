// An 'exit' listener may change process.exitCode; that is the final status.
process.on('exit', (code) => {
  console.log('exit event code', code);
  process.exitCode = 9;
});
process.exitCode = 4;
console.log('main');
process.exit();
