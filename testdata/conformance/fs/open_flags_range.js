// Numeric open flags are a 32-bit integer, as node validates them
// (ERR_OUT_OF_RANGE), in open, openSync and fs.promises.open.
const fs = require('fs');
const show = (label, f) => {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.code, e.message);
  }
};
for (const flags of [4294967296, 2147483648, -2147483649, 1.5, NaN]) {
  show(`openSync ${flags}`, () => fs.openSync(__filename, flags));
  show(`open ${flags}`, () => fs.open(__filename, flags, () => {}));
}
fs.promises.open(__filename, 4294967296).catch((e) => console.log('promises.open', e.code));
const fd = fs.openSync(__filename, fs.constants.O_RDONLY);
console.log('O_RDONLY opens', typeof fd);
fs.closeSync(fd);
