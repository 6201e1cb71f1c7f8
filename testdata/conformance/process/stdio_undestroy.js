// process.stdout cannot be destroyed, as node's: destroy() emits its error
// and 'close', and writes after it still reach the output.
process.stdout.on('close', () => console.log('close event', process.stdout.destroyed));
process.stdout.on('error', (e) => console.log('error event', e.message));
process.stdout.destroy(new Error('x'));
console.log('after destroy', process.stdout.destroyed, process.stdout.writable);
process.stdout.write('still written\n');
setTimeout(() => {
  process.stdout.destroy();
  process.stdout.write('and again\n');
}, 5);
