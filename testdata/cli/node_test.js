// node:test: runs the test files in node_test/ as children (stdout piped, so
// node 20 reports TAP) and prints their output with the durations and the
// stack frames (V8's and goja's differ) taken out, and their exit codes.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

function normalize(out) {
  return require('./normalize_report').normalize(out, __dirname);
}

for (const file of ['passing.js', 'hooks_mocks.js', 'esm_suite.mjs', 'mock_timers.js']) {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'node_test', file)], { encoding: 'utf8' });
  console.log(`=== ${file} exit ${r.status}`);
  console.log(normalize(r.stdout));
}
console.log(require('module').isBuiltin('node:test'), require('module').isBuiltin('test'),
  require('module').builtinModules.includes('test'));
try {
  require('test');
} catch (e) {
  console.log(e.code);
}
