// An 'uncaughtException' listener sees a failed top-level await, with origin
// 'unhandledRejection'; the process then exits normally.
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
process.on('exit', (code) => console.log('exit', code));
await new Promise((resolve) => setTimeout(resolve, 1));
throw new Error('tla failure');
