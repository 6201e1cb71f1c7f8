'use strict';
// v8.setFlagsFromString: its argument check, and words that are not flags.
const v8 = require('v8');
for (const v of [1, undefined, null, {}, Symbol('s')]) {
  try {
    v8.setFlagsFromString(v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(v8.setFlagsFromString(''), v8.setFlagsFromString('not-a-flag  plain'));
console.log(v8.setFlagsFromString(' --abort-on-uncaught-exception\t--no-abort_on_uncaught_exception '));
console.log(typeof v8.setFlagsFromString, v8.setFlagsFromString.length);
