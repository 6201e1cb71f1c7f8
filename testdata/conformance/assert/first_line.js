'use strict'; const äßert = require('assert'); try { äßert(true); äßert.ok(''); } catch (e) { console.log(JSON.stringify(e.message)); }
// The failing call's source in assert.ok's message: on the module's first line, after
// non-ASCII identifiers (goja's columns are UTF-8 bytes), and spanning lines.
try { äßert.strictEqual(1, 1); äßert.ok(typeof 'ü' === 'number'); } catch (e) { console.log(JSON.stringify(e.message)); }
try {
  äßert(
    0,
  );
} catch (e) { console.log(JSON.stringify(e.message)); }
