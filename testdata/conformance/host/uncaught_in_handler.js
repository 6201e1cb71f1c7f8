// A throw inside the 'uncaughtException' handler itself exits with 7.
process.on('exit', (code) => console.log('exit', code));
process.on('uncaughtException', (err) => {
  console.log('handler got', err.message);
  throw new Error('handler failed');
});
setTimeout(() => { throw new Error('first'); }, 1);
