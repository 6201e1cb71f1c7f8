'use strict';
const assert = require('assert');
function t(fn) { try { fn(); console.log('ok'); } catch (e) { console.log(JSON.stringify(e.message)); } }
t(() => assert.strictEqual('line one\nline two\nline three\n', 'line one\nline 2\nline three\n'));
t(() => assert.strictEqual('x'.repeat(100), 'x'.repeat(99) + 'y'));
t(() => assert.deepStrictEqual({ s: 'a long string value that goes on\nand on and on and on and on and on and on and on' }, { s: 'a long string value that goes on\nand on' }));
t(() => assert.strictEqual([1, 2, 3].join('\n'), '1\n2\n4'));
t(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
t(() => assert.deepStrictEqual(new Array(60).fill(0), new Array(60).fill(1)));
t(() => assert.notDeepStrictEqual(new Array(60).fill(0), new Array(60).fill(0)));
t(() => assert.notStrictEqual('x'.repeat(10), 'x'.repeat(10)));
t(() => assert.strictEqual(Symbol('a'), Symbol('a')));
t(() => assert.strictEqual(function a() {}, function a() {}));
t(() => assert.strictEqual(null, {}));
t(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
t(() => assert.deepStrictEqual([new Date(0)], [new Date(1)]));
t(() => assert.deepEqual({ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 4 }] }));
t(() => assert.strictEqual(1, 2, 'msg\nwith lines'));
