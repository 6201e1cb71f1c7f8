'use strict';
const { types } = require('util');
const samples = {
  promise: Promise.resolve(1),
  thenable: { then() {} },
  date: new Date(0),
  regexp: /x/,
  error: new TypeError('t'),
  errorLike: { name: 'Error', message: 'm' },
  map: new Map(),
  set: new Set(),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  arrayBuffer: new ArrayBuffer(1),
  u8: new Uint8Array(1),
  i32: new Int32Array(1),
  f64: new Float64Array(1),
  buffer: Buffer.alloc(1),
  dataView: new DataView(new ArrayBuffer(1)),
  asyncFn: async function () {},
  genFn: function* () {},
  arrow: () => {},
  numObj: new Number(1),
  strObj: new String('s'),
  boolObj: new Boolean(false),
  symObj: Object(Symbol('s')),
  bigObj: Object(1n),
  num: 1,
  plain: {},
  args: (function () { return arguments; })(),
  mapIter: new Map().entries(),
  setIter: new Set().values(),
  genObj: (function* () {})(),
};
const checks = [
  'isPromise', 'isDate', 'isRegExp', 'isNativeError', 'isMap', 'isSet', 'isWeakMap', 'isWeakSet',
  'isArrayBuffer', 'isAnyArrayBuffer', 'isArrayBufferView', 'isTypedArray', 'isUint8Array',
  'isInt32Array', 'isFloat64Array', 'isDataView', 'isAsyncFunction', 'isGeneratorFunction',
  'isGeneratorObject', 'isNumberObject', 'isStringObject', 'isBooleanObject', 'isSymbolObject',
  'isBigIntObject', 'isBoxedPrimitive', 'isArgumentsObject', 'isMapIterator', 'isSetIterator',
];
for (const check of checks) {
  const hits = Object.keys(samples).filter((k) => types[check](samples[k]));
  console.log(check.padEnd(20), hits.join(' '));
}
