'use strict';
// --redirect-warnings=<file> and NODE_REDIRECT_WARNINGS: a child's warnings
// are appended to the file (not written to stderr), prefixed as node's.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
if (process.argv[2] === 'child') {
  process.emitWarning('a bad practice warning');
  process.emitWarning('old API', 'DeprecationWarning', 'DEP0999');
  return;
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redirect-warnings-'));
for (const how of ['flag', 'env']) {
  const file = path.join(dir, `${how}.txt`);
  const args = how === 'flag' ? [`--redirect-warnings=${file}`, __filename, 'child'] : [__filename, 'child'];
  const env = how === 'env' ? { ...process.env, NODE_REDIRECT_WARNINGS: file } : process.env;
  const child = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const text = fs.readFileSync(file, 'utf8');
  console.log(how, 'exit', child.status, 'stderr empty', child.stderr === '');
  console.log(how, 'warning', /^\(node:\d+\) Warning: a bad practice warning$/m.test(text));
  console.log(how, 'deprecation', /^\(node:\d+\) \[DEP0999\] DeprecationWarning: old API$/m.test(text));
}
fs.rmSync(dir, { recursive: true });
