'use strict';
// A Console swallows its stream's write errors, thrown or emitted later,
// as node's does; with ignoreErrors: false they reach the caller.
const { Console } = require('console');
const { Writable } = require('stream');

const syncBad = new Writable({ write() { throw new Error('sync boom'); } });
const asyncBad = new Writable({ write(chunk, enc, cb) { setTimeout(cb, 1, new Error('async boom')); } });
new Console(syncBad).log('a');
new Console(asyncBad).log('b');
new Console(asyncBad).log('c');
console.log('errors swallowed, listeners left:', syncBad.listenerCount('error'));
const strict = new Console({ stdout: syncBad, stderr: syncBad, ignoreErrors: false });
try {
  strict.log('d');
} catch (e) {
  console.log('ignoreErrors false:', e.message);
}
setTimeout(() => console.log('still running'), 20);
