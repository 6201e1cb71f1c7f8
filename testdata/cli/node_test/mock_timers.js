'use strict';
// mock.timers: a fake clock for setTimeout, setInterval, setImmediate,
// timers/promises and Date.
const { test } = require('node:test');
const assert = require('assert');
const timersPromises = require('timers/promises');

test('timeouts and intervals run as the clock ticks', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'setImmediate'] });
  const order = [];
  setTimeout(() => order.push('t500'), 500);
  const id = setInterval((x) => order.push(`i${x}`), 200, 'v');
  setImmediate(() => order.push('immediate'));
  setTimeout(() => order.push('cleared'), 100).unref();
  clearTimeout(setTimeout(() => order.push('never'), 50));
  t.mock.timers.tick(450);
  assert.deepStrictEqual(order, ['immediate', 'cleared', 'iv', 'iv']);
  t.mock.timers.tick(100);
  clearInterval(id);
  t.mock.timers.runAll();
  assert.deepStrictEqual(order, ['immediate', 'cleared', 'iv', 'iv', 't500']);
});

test('timers/promises and Date', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'Date'], now: 1000 });
  assert.strictEqual(Date.now(), 1000);
  const p = timersPromises.setTimeout(300, 'done');
  t.mock.timers.tick(300);
  assert.strictEqual(await p, 'done');
  assert.strictEqual(new Date().getTime(), 1300);
  // The interval starts at the first next(); later firings wait for next().
  const it = timersPromises.setInterval(100, 'x');
  const first = it.next();
  t.mock.timers.tick(250);
  assert.deepStrictEqual(await first, { done: false, value: 'x' });
  assert.deepStrictEqual(await it.next(), { done: false, value: 'x' });
  await it.return();
  t.mock.timers.setTime(5000);
  assert.strictEqual(Date.now(), 5000);
});

test('errors and reset', (t) => {
  assert.throws(() => t.mock.timers.tick(), { code: 'ERR_INVALID_STATE' });
  assert.throws(() => t.mock.timers.enable({ apis: ['nope'] }), { code: 'ERR_INVALID_ARG_VALUE' });
  const before = Object.getOwnPropertyDescriptor(globalThis, 'setTimeout');
  t.mock.timers.enable();
  assert.throws(() => t.mock.timers.enable(), { code: 'ERR_INVALID_STATE' });
  assert.throws(() => t.mock.timers.tick(-1), { code: 'ERR_INVALID_ARG_VALUE' });
  t.mock.timers.reset();
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, 'setTimeout'), before);
});
