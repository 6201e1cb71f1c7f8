'use strict';
const util = require('util');
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
class Money {
  constructor(v) { this.v = v; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${this.v}>`;
  }
}
console.log(util.inspect(new Money(5)));
console.log(util.inspect({ wallet: [new Money(1), new Money(2)] }));
console.log(new Money(3));
console.log('%s and %O', new Money(4), new Money(5));
class Box {
  constructor(inner) { this.inner = inner; }
  [util.inspect.custom](depth, options, inspect) {
    if (depth < 0) return '[Box]';
    const next = Object.assign({}, options, { depth: options.depth === null ? null : options.depth - 1 });
    return `Box(${inspect(this.inner, next)})`;
  }
}
console.log(util.inspect(new Box(new Box(new Box(new Box({ x: 1 }))))));
console.log(util.inspect({ a: { b: { c: new Box(1) } } }));
console.log(util.inspect({ a: { b: { c: { d: new Box(1) } } } }));
const returnsObject = { [util.inspect.custom]() { return { replaced: true, list: [1, 2] }; } };
console.log(util.inspect(returnsObject));
console.log(util.inspect({ nested: returnsObject }));
const returnsSelf = { x: 1, [util.inspect.custom]() { return this; } };
console.log(util.inspect(returnsSelf));
const multi = { [util.inspect.custom]() { return 'line1\nline2'; } };
console.log(util.inspect({ key: multi, other: [multi] }));
const disabled = { [util.inspect.custom]() { return 'CUSTOM'; }, v: 1 };
console.log(util.inspect(disabled, { customInspect: false }));
const stylized = { [util.inspect.custom](d, opts) { return opts.stylize('styled', 'special'); } };
console.log(util.inspect(stylized));
const legacy = { inspect() { return 'not used'; } };
console.log(util.inspect(legacy));
const depthReport = { [util.inspect.custom](depth, opts) { return `depth=${depth} opts.depth=${opts.depth}`; } };
console.log(util.inspect({ a: { b: depthReport } }));
console.log(util.inspect(depthReport, { depth: 7 }));
console.log(util.inspect(depthReport, { depth: null }));
