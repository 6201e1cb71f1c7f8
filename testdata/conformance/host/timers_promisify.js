// util.promisify(setTimeout / setImmediate) are the timers/promises functions.
const util = require('util');
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
(async () => {
  console.log(await sleep(5, 'slept'));
  console.log(await immediate('immediate'));
  console.log(sleep === require('timers/promises').setTimeout, immediate === require('timers/promises').setImmediate);
  console.log(Object.keys(setTimeout).length, typeof setTimeout[util.promisify.custom]);
})();
