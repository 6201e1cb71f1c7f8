// An 'unhandledRejection' listener replaces the default (throw) behaviour.
const p = Promise.reject(new Error('listened'));
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason.message, promise === p);
});
async function fails() { throw new Error('async fn'); }
fails();
new Promise((_, reject) => setTimeout(() => reject('later'), 1));
process.on('exit', (code) => console.log('exit', code));
