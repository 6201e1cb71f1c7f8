'use strict';
// Under test/: run whatever its name.
const test = require('node:test');
test('helper passes', (t) => {
  t.diagnostic('a note from helper');
});
