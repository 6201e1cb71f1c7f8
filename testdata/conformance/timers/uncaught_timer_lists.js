// A timer that throws (handled by 'uncaughtException') while another timer
// is due: node resumes the same timer list (same duration) with its next
// timer before the thrown one's ticks and microtasks, but runs those ticks
// and microtasks before a timer of another list.
const log = [];
process.on('uncaughtException', (e) => log.push('caught ' + e.message));
const cases = [[1, 1], [1, 2], [2, 2], [2, 1], [3, 3]];
function run(i) {
  if (i === cases.length) return;
  const [a, b] = cases[i];
  log.length = 0;
  setTimeout(() => {
    const armA = () => setTimeout(() => {
      process.nextTick(() => log.push('tick from A'));
      Promise.resolve().then(() => log.push('promise from A'));
      throw new Error('A');
    }, a);
    const armB = () => setTimeout(() => {
      log.push('B runs');
      process.nextTick(() => log.push('tick from B'));
    }, b);
    // The shorter one is armed first: a clock tick between the two calls
    // (each reads the clock) cannot make them due in the same millisecond.
    if (b < a) {
      armB();
      armA();
    } else {
      armA();
      armB();
    }
    setTimeout(() => {
      console.log(`A ${a} ms, B ${b} ms: ${log.join(' | ')}`);
      run(i + 1);
    }, 40);
    const t = Date.now();
    while (Date.now() - t < 10); // both become due in the same turn
  }, 5);
}
run(0);
