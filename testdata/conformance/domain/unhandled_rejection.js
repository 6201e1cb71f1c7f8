'use strict';
// An unhandled rejection made inside a domain is that domain's 'error'
// (not process 'unhandledRejection'), whichever domain is active later;
// outside any domain it is 'unhandledRejection' again; a handler added
// later still makes it 'rejectionHandled'.
const domain = require('domain');

process.on('unhandledRejection', (reason) => console.log('unhandledRejection:', reason.message));
process.on('rejectionHandled', () => console.log('rejectionHandled'));

const d1 = domain.create();
d1.on('error', (e) => console.log('d1 error:', e.message, 'active is d1:', process.domain === d1));
const d2 = domain.create();
d2.on('error', (e) => console.log('d2 error:', e.message));

d1.run(() => {
  Promise.reject(new Error('in d1'));
  (async () => { throw new Error('async in d1'); })();
  d2.run(() => {
    Promise.reject(new Error('in d2 inside d1'));
  });
});
Promise.reject(new Error('outside'));
let late;
d2.run(() => {
  late = Promise.reject(new Error('handled later'));
});
setTimeout(() => {
  late.catch(() => console.log('caught late'));
  d1.run(() => {
    setTimeout(() => Promise.reject(new Error('from a timer in d1')), 1);
  });
}, 10);
