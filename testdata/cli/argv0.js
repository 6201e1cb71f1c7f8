'use strict';
// process.argv0 and the default process.title are argv[0] as the process
// was started (a child spawned with options.argv0 sees that one).
const { spawnSync } = require('child_process');
if (process.argv[2] === 'child') {
  console.log(JSON.stringify([process.argv0, process.title]));
  return;
}
const plain = JSON.parse(spawnSync(process.execPath, [__filename, 'child']).stdout);
console.log('plain:', plain[0] === process.execPath, plain[1] === process.execPath);
console.log('with argv0:', spawnSync(process.execPath, [__filename, 'child'], { argv0: 'custom-name' }).stdout.toString().trim());
console.log('parent:', process.argv0 === process.title);
