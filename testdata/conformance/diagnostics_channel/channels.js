// diagnostics_channel: channels, subscribers, stores, tracing channels.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const ch = dc.channel('my-channel');
console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'), ch instanceof dc.Channel, dc.channel('my-channel') === ch);
const sub = (msg, name) => console.log('got', JSON.stringify(msg), name);
dc.subscribe('my-channel', sub);
console.log(ch.hasSubscribers, dc.hasSubscribers('my-channel'), ch instanceof dc.Channel);
ch.publish({ a: 1 });
console.log(dc.unsubscribe('my-channel', sub), dc.unsubscribe('my-channel', sub), ch.hasSubscribers);
ch.publish({ a: 2 });
const sym = Symbol('sym');
dc.channel(sym).subscribe((m, name) => console.log('symbol channel', m, typeof name));
dc.channel(sym).publish(42);
for (const bad of [() => dc.channel(1), () => dc.subscribe('x', 'nope'), () => dc.tracingChannel(1), () => dc.tracingChannel({ start: 1 })]) {
  try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
// A subscriber unsubscribing itself while publishing does not skip others.
const c2 = dc.channel('self-unsub');
const s1 = () => { console.log('s1'); c2.unsubscribe(s1); };
c2.subscribe(s1);
c2.subscribe(() => console.log('s2'));
c2.publish(); c2.publish();

// Stores bound to a channel.
const als = new AsyncLocalStorage();
const c3 = dc.channel('stores');
c3.bindStore(als, (data) => ({ wrapped: data }));
c3.subscribe((m) => console.log('sub sees store', JSON.stringify(als.getStore())));
const r = c3.runStores('msg', function (x, y) { console.log('in runStores', JSON.stringify(als.getStore()), this.t, x, y); return 'ret'; }, { t: 'this' }, 1, 2);
console.log('runStores returned', r, als.getStore());
console.log(c3.unbindStore(als), c3.unbindStore(als));

// Tracing channels.
const tc = dc.tracingChannel('op');
console.log(tc.hasSubscribers, tc.start.name, tc.asyncEnd.name);
const events = [];
const handlers = {};
for (const e of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[e] = (ctx) => events.push(`${e}:${ctx.result ?? ''}${ctx.error ? ctx.error.message : ''}`);
}
tc.subscribe(handlers);
console.log(tc.traceSync((a, b) => a + b, { }, null, 2, 3), events.splice(0).join());
try { tc.traceSync(() => { throw new Error('boom'); }); } catch (e) { console.log('threw', e.message, events.splice(0).join()); }
tc.traceCallback((cb) => setTimeout(() => cb(null, 'cbres'), 1), 0, {}, null, (err, res) => {
  console.log('callback', err, res, events.splice(0).join());
  tc.tracePromise(async () => 'pres', {}).then((v) => {
    console.log('promise', v, events.splice(0).join());
    tc.tracePromise(async () => { throw new Error('prej'); }, {}).catch((e) => {
      console.log('rejected', e.message, events.splice(0).join());
      console.log(tc.unsubscribe(handlers), tc.hasSubscribers, tc.unsubscribe(handlers));
      console.log('untraced', tc.traceSync(() => 7));
      // A subscriber that throws: the error is uncaught on the next tick,
      // the other subscribers still run.
      process.on('uncaughtException', (err) => console.log('uncaught', err.message));
      const c4 = dc.channel('throws');
      c4.subscribe(() => { throw new Error('sub failed'); });
      c4.subscribe(() => console.log('second subscriber ran'));
      c4.publish('x');
      console.log('publish returned');
    });
  });
});
