// clearTimeout/clearInterval/clearImmediate interplay and bad arguments.
const t = setTimeout(() => console.log('no'), 1);
clearInterval(t); // clearInterval clears timeouts too
const iv = setInterval(() => console.log('no'), 1);
clearTimeout(iv);
const im = setImmediate(() => console.log('no immediate'));
clearImmediate(im);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearImmediate(undefined);
clearTimeout(t); // twice is fine
const t3 = setTimeout(() => console.log('no, closed'), 1);
console.log(t3.close() === t3);
for (const bad of [undefined, null, 'str', 1]) {
  try { setTimeout(bad); } catch (e) { console.log('setTimeout', e.name, e.code); }
}
try { setImmediate(); } catch (e) { console.log('setImmediate', e.name, e.code); }
setImmediate(() => console.log('done'));
