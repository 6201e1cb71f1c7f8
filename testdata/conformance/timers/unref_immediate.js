'use strict';
// An unref'd immediate with nothing else alive never runs: node's loop runs
// no turn at all.
setImmediate(() => console.log('unref immediate ran')).unref();
process.on('exit', () => console.log('exit'));
