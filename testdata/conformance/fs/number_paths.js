// A number path is a descriptor only when it is an int32 (node's isFd);
// a negative one fails in the syscall on the UTF-8/string fast paths.
const fs = require('fs');
const tries = {
  'readFileSync': (v) => fs.readFileSync(v),
  'readFileSync utf8': (v) => fs.readFileSync(v, 'utf8'),
  'writeFileSync str': (v) => fs.writeFileSync(v, 'x'),
  'writeFileSync buf': (v) => fs.writeFileSync(v, Buffer.from('x')),
  'appendFileSync str': (v) => fs.appendFileSync(v, 'x'),
  'appendFileSync buf': (v) => fs.appendFileSync(v, Buffer.from('x')),
};
for (const v of [1.5, -1, 2 ** 31, 2 ** 32, NaN]) {
  for (const [k, f] of Object.entries(tries)) {
    try { f(v); console.log(k, v, 'ok'); } catch (e) { console.log(k, v, e.code, e.message.slice(0, 50)); }
  }
}
