// An unref'd immediate does not stop the loop from waiting in poll: it runs
// only after the poll phase returns (here, when the pending timer is due).
const start = Date.now();
setTimeout(() => console.log('timer'), 100);
setImmediate(() => {
  console.log('unref immediate waited for the timer:', Date.now() - start >= 90);
}).unref();
// A ref'd immediate does not wait.
setTimeout(() => {
  const s = Date.now();
  setTimeout(() => console.log('timer 2'), 100);
  setImmediate(() => console.log('ref immediate ran at once:', Date.now() - s < 90));
}, 150);
