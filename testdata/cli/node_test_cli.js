// `node --test` (gojanet --test): runs the command lines below in
// node_test_cli/ and prints their stdout with the durations and the stack
// frames (V8's and goja's differ) taken out, and their exit codes.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const dir = path.join(__dirname, 'node_test_cli');

function normalize(out) {
  return require('./normalize_report').normalize(out, dir);
}

const runs = [
  ['--test'],
  ['--test', 'math.test.js', 'test', 'math.test.js'],
  ['--test', '--test-name-pattern=adds', 'math.test.js'],
  ['--test', '--test-name-pattern=/^SUITE$/i', 'math.test.js'],
  ['--test', '--test-only', 'only/only.test.js'],
  ['--test', '--test-timeout=2000', 'slow/never.js'],
  ['--test', '--test-reporter=spec', 'math.test.js', 'exit/exit-test.js'],
  ['--test', '--test-concurrency=1', '--test-reporter', 'tap', '--test-reporter-destination', 'stdout', 'lib', 'crash'],
  ['--test', '--test-shard=2/2'],
  ['--test', '--test-reporter=dot', '--test-reporter-destination=stdout', '--test-reporter=spec',
    '--test-reporter-destination=stderr', 'math.test.js', 'exit/exit-test.js'],
  ['--test', '--test-reporter=dot', '--test-reporter=tap', 'math.test.js'],
  ['--test', '--test-reporter=./reporters/custom.mjs', 'math.test.js', 'exit/exit-test.js'],
  ['--test', '--test-reporter', './reporters/custom.cjs', '--test-reporter=tap', '--test-reporter-destination=stdout',
    '--test-reporter-destination', 'stderr', 'math.test.js'],
  ['--test', 'nothere.js'],
  ['run_api.js'],
];
for (const args of runs) {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  console.log(`=== ${args.join(' ').split('\n')[0]}: exit ${r.status}`);
  console.log(normalize(r.stdout));
}
