// timers/promises setInterval: an async iterator, ended by break or an AbortSignal.
const { setInterval } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of setInterval(1, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  const ac = new AbortController();
  n = 0;
  try {
    for await (const v of setInterval(1, n, { signal: ac.signal })) {
      n++;
      console.log('iteration', n, v);
      if (n === 2) ac.abort();
    }
  } catch (e) {
    console.log('aborted', e.name, e.code);
  }
  console.log('done');
})();
