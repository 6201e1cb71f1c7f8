// A test file for node:test (run as a child by ../node_test.js): hooks,
// suites, subtests, done callbacks, skip/todo, timeouts, mocks.
'use strict';
const { test, describe, it, before, after, beforeEach, afterEach, mock } = require('node:test');
const assert = require('assert');

const log = [];

describe('outer', () => {
  before(() => log.push('before outer'));
  after(() => log.push('after outer'));
  beforeEach((t) => log.push(`beforeEach outer ${t.name}`));
  afterEach((t) => log.push(`afterEach outer ${t.name}`));
  it('first', () => log.push('first'));
  describe('inner', () => {
    beforeEach(() => log.push('beforeEach inner'));
    it('second', async () => {
      await new Promise((r) => setTimeout(r, 5));
      log.push('second');
    });
    it.skip('skipped', () => log.push('never'));
    it.todo('todo without fn');
  });
  it('third fails', () => {
    throw new TypeError('wrong type');
  });
});

test('hook order', () => {
  assert.deepStrictEqual(log, [
    'before outer', 'beforeEach outer first', 'first', 'afterEach outer first',
    'beforeEach outer second', 'beforeEach inner', 'second', 'afterEach outer second',
    'beforeEach outer todo without fn', 'beforeEach inner',
    'afterEach outer todo without fn',
    'beforeEach outer third fails', 'afterEach outer third fails', 'after outer',
  ]);
});

test('subtests', async (t) => {
  t.beforeEach((t) => t.diagnostic(`starting ${t.name}`));
  await t.test('a', () => {});
  await t.test('b', { skip: 'not today' }, () => {});
  await t.test('c', (t) => {
    t.skip('skipped at run time');
  });
  await t.test('d', (t) => {
    t.todo('not done');
    throw new Error('todo failures do not count');
  });
  await t.test(async function named() {});
  t.test('not awaited', () => new Promise((r) => setTimeout(r, 50)));
});

test('done callback', (t, done) => {
  setTimeout(() => done(), 1);
});

test('done with an error', (t, done) => {
  setImmediate(() => done(new RangeError('out of range')));
});

test('callback and promise', async (t, done) => {
  done();
});

test('times out', { timeout: 20 }, () => new Promise((r) => setTimeout(r, 300)));

test('rejects', async () => {
  await Promise.reject(new Error('rejected'));
});

test('throws a non-error', () => {
  throw 'a string'; // eslint-disable-line no-throw-literal
});

test('assertion with objects', () => {
  assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] });
});

test('mocks', (t) => {
  const sum = mock.fn((a, b) => a + b);
  assert.strictEqual(sum(1, 2), 3);
  assert.strictEqual(sum.mock.callCount(), 1);
  const call = sum.mock.calls[0];
  assert.deepStrictEqual(call.arguments, [1, 2]);
  assert.strictEqual(call.result, 3);
  assert.strictEqual(call.error, undefined);
  assert.strictEqual(call.this, undefined);
  assert.strictEqual(Object.getPrototypeOf(call), null);
  sum.mock.mockImplementationOnce(() => 'once');
  sum.mock.mockImplementation(() => 'always');
  assert.strictEqual(sum(), 'once');
  assert.strictEqual(sum(), 'always');
  sum.mock.resetCalls();
  assert.strictEqual(sum.mock.callCount(), 0);

  const obj = { value: 2, get twice() { return this.value * 2; }, add(n) { return this.value + n; } };
  const add = t.mock.method(obj, 'add');
  assert.strictEqual(obj.add(3), 5);
  assert.strictEqual(add.mock.calls[0].this, obj);
  t.mock.method(obj, 'add', () => 42, { times: 1 });
  assert.strictEqual(obj.add(1), 42);
  assert.strictEqual(obj.add(1), 3);
  const getter = t.mock.getter(obj, 'twice', () => 7);
  assert.strictEqual(obj.twice, 7);
  assert.strictEqual(getter.mock.callCount(), 1);
  const throwing = mock.fn(() => { throw new Error('inside'); });
  assert.throws(() => throwing(), /inside/);
  assert.strictEqual(throwing.mock.calls[0].error.message, 'inside');
  class Point { constructor(x) { this.x = x; } }
  const P = mock.fn(Point);
  const p = new P(4);
  assert.strictEqual(p.x, 4);
  assert.strictEqual(P.mock.calls[0].target, Point);
  for (const bad of [() => mock.fn(1), () => mock.method({}, 'nope'), () => mock.fn({ times: 0 }),
    () => mock.method({ f() {} }, 'f', { getter: true, setter: true })]) {
    try {
      bad();
    } catch (e) {
      t.diagnostic(`${e.name} ${e.code} ${e.message}`);
    }
  }
});

test('mocks are restored after their test', () => {
  const fs = require('fs');
  assert.strictEqual(typeof fs.readFileSync.mock, 'undefined');
});

test('context', (t) => {
  assert.strictEqual(t.name, 'context');
  assert.strictEqual(t.signal.aborted, false);
  t.diagnostic('a note # with a hash');
});

test.todo('todo test', () => {
  throw new Error('expected to fail');
});

test('name # with \\ escapes');
