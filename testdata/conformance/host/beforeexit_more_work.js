// 'beforeExit' runs when the loop drains; work it schedules keeps the process
// going, and 'beforeExit' fires again when that work is done.
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit', rounds, code);
  if (rounds === 1) {
    setTimeout(() => console.log('timer from beforeExit'), 1);
  } else if (rounds === 2) {
    setImmediate(() => {
      console.log('immediate from beforeExit');
      process.exitCode = 6;
    });
  } else if (rounds === 3) {
    Promise.resolve().then(() => console.log('promise from beforeExit (does not keep alive)'));
    process.nextTick(() => console.log('tick from beforeExit'));
  }
});
process.on('exit', (code) => console.log('exit', code, rounds));
console.log('main');
