'use strict';
// process.exit() ends through process.reallyExit, so a replacement runs
// instead; the script then goes on, and 'exit' is emitted again when the
// loop ends, as in node.
process.on('exit', (code) => console.log('exit event', code, process._exiting));
process.reallyExit = function (code) {
  console.log('really exited with', code);
};
process.exitCode = 3;
process.exit();
console.log('after process.exit()');
setTimeout(() => console.log('timer still runs'), 1);
