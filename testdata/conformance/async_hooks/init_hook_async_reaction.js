// An init hook (JavaScript) runs while goja makes an async function's promise,
// after the function's arguments are pushed: a promise reaction that is an
// async function must still get them (it was a Go panic).
const ah = require('async_hooks');
let inits = 0;
ah.createHook({ init(id, type) { if (type === 'PROMISE') inits++; } }).enable();
Promise.resolve(5).then(async (v) => { console.log('async arrow got', v); })
  .then(() => Promise.resolve(6).then(async function (v) { console.log('async function got', v); }))
  .then(() => console.log('inits > 0:', inits > 0));
