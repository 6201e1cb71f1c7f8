'use strict';
// An 'uncaughtExceptionMonitor' listener that throws while no
// 'uncaughtException' listener is there: the monitor runs once, and the
// process exits with 7 (the handler threw), without 'exit' events.
setTimeout(() => {}, 1e6);
process.on('exit', () => console.log('exit event'));
process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log(`monitored: ${err.message} (${origin})`);
  missingFunction(); // eslint-disable-line no-undef
});
throw new Error('shall exit');
