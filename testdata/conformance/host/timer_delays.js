// Delays are coerced: negative, NaN, non-numbers and too-large values become 1ms
// (the last with a TimeoutOverflowWarning).
const log = [];
process.on('warning', (w) => log.push('warning ' + w.name + ': ' + w.message.split('\n').join(' / ')));
const cases = [-5, NaN, undefined, '10', '1e1', 0, 1, 1.5, 2 ** 31 - 1, 2 ** 31, Infinity, null, true, [20]];
for (const d of cases) {
  const t = setTimeout(() => {}, d);
  log.push(`${String(d)} -> ${t._idleTimeout}`);
  clearTimeout(t);
}
const order = [];
setTimeout(() => order.push('1ms a'), -1);
setTimeout(() => order.push('1ms b'));
setTimeout(() => order.push('10ms'), '10');
setTimeout(() => {
  order.push('20ms');
  console.log(log.join('\n'));
  console.log(order.join(', '));
}, 20);
