// process.exit inside an 'exit' listener ends the process at once with that code;
// later 'exit' listeners do not run and 'exit' is not emitted again.
process.on('exit', (code) => {
  console.log('first listener', code);
  process.exit(2);
  console.log('after exit: never');
});
process.on('exit', () => console.log('second listener: never'));
console.log('main');
