// A rejection handled before microtasks drain is not unhandled; one handled
// in a later macrotask fires 'unhandledRejection' then 'rejectionHandled'.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason));
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p === late));
const early = Promise.reject('early');
process.nextTick(() => early.catch(() => console.log('early caught in a tick')));
const micro = Promise.reject('micro');
Promise.resolve().then(() => micro.catch(() => console.log('micro caught in a microtask')));
const late = Promise.reject('late');
setTimeout(() => {
  late.catch(() => console.log('late caught in a timer'));
}, 1);
