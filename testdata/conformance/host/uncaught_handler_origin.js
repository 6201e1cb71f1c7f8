// 'uncaughtException' listeners receive (err, origin) and the process goes on.
const seen = [];
process.on('uncaughtException', (err, origin) => {
  seen.push(`${origin}: ${err instanceof Error ? err.message : String(err)}`);
});
process.on('uncaughtExceptionMonitor', (err, origin) => {
  seen.push(`monitor ${origin}`);
});
setImmediate(() => {
  setTimeout(() => { throw new Error('from timer'); }, 1);
  setTimeout(() => { throw 'a string'; }, 2);
  setTimeout(() => {
    console.log(seen.join('\n'));
    console.log('still running, exitCode', process.exitCode);
  }, 30);
  throw new RangeError('from immediate');
});
process.nextTick(() => { throw new Error('from tick'); });
Promise.reject(new Error('rejected'));
Promise.reject({ stack: 'error-like object' });
