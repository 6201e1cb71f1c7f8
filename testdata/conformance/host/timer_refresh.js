// refresh() restarts a timer from now, and re-arms one that already fired.
const start = Date.now();
let count = 0;
const t = setTimeout(() => {
  count++;
  console.log('fired', count, count > 1 || Date.now() - start >= 60);
  if (count === 1) t.refresh();
}, 50);
setTimeout(() => t.refresh(), 10);
setTimeout(() => t.refresh(), 20);
console.log(t.refresh() === t);
