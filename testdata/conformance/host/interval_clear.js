// setInterval repeats until clearInterval from inside its own callback.
let n = 0;
const iv = setInterval((a, b) => {
  n++;
  console.log('tick', n, a, b);
  if (n === 3) {
    clearInterval(iv);
    setTimeout(() => console.log('done, n =', n), 10);
  }
}, 1, 'x', 'y');
