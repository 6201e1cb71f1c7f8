// timers/promises with { ref: false } does not keep the process alive.
const { setTimeout: sleep } = require('timers/promises');
sleep(1000, null, { ref: false }).then(() => console.log('never'));
process.on('exit', (c) => console.log('exit', c));
