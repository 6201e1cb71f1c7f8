// An 'exit' listener that throws: the error is fatal (exit 1) and later
// listeners do not run.
process.on('exit', (c) => {
  console.log('first listener', c);
  throw new Error('from exit listener');
});
process.on('exit', () => console.log('second listener: never'));
console.log('main');
