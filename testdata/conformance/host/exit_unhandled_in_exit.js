// A rejection left unhandled by an 'exit' listener is still fatal: exit 1.
process.on('exit', (c) => {
  console.log('exit', c);
  Promise.reject(new Error('late rejection'));
});
