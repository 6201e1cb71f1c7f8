// 'beforeExit' does not fire on process.exit() or an uncaught exception.
process.on('beforeExit', () => console.log('beforeExit: never'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('calling exit');
  process.exit();
}, 1);
