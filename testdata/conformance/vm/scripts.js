// vm.Script, runInThisContext, compileFunction, timeouts, errors with the
// script's file and line, node's argument errors.
const vm = require('vm');

const script = new vm.Script('count += 1; name', { filename: 'counter.js' });
const ctx = vm.createContext({ count: 0, name: 'kitty' });
for (let i = 0; i < 3; i++) script.runInContext(ctx);
console.log(ctx.count, script.runInNewContext({ count: 10, name: 'new' }));

globalThis.shared = 1;
console.log(vm.runInThisContext('shared + 1'), vm.runInThisContext('typeof require'));
vm.runInThisContext('var declaredHere = "yes"');
console.log(globalThis.declaredHere);
delete globalThis.shared;

// Errors name the script's file and line (lineOffset too).
try {
  vm.runInNewContext('\n\nthrow new Error("boom")', {}, { filename: 'boom.js' });
} catch (e) {
  console.log(e.message, e.stack.split('\n')[0]);
}
try {
  new vm.Script('let a = ;', { filename: 'bad.js' });
} catch (e) {
  console.log(e.name, e instanceof SyntaxError, e.stack.split('\n')[0]);
}
try {
  vm.runInThisContext('x.y', { filename: 'ref.js', lineOffset: 9 });
} catch (e) {
  console.log(e.name, e.message, /ref\.js:10/.test(e.stack), e.stack.split('\n').slice(0, 2));
}
try {
  vm.runInThisContext('x.y', { filename: 'quiet.js', displayErrors: false });
} catch (e) {
  console.log(e.stack.split('\n')[0]);
}

// Timeouts.
for (const run of [
  () => vm.runInThisContext('while (true) {}', { timeout: 20 }),
  () => vm.runInNewContext('for (;;) {}', {}, { timeout: 20 }),
  () => new vm.Script('while (true) {}').runInContext(vm.createContext(), { timeout: 20 }),
]) {
  try {
    run();
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log(vm.runInNewContext('let s = 0; for (let i = 0; i < 1000; i++) s += i; s', {}, { timeout: 1000 }));

// compileFunction.
const fn = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 100 }] });
console.log(fn(1, 2), fn.length);
const inCtx = vm.compileFunction('return typeof Array + " " + v', [], { parsingContext: vm.createContext({ v: 'abc' }) });
console.log(inCtx());
try {
  vm.compileFunction('return +', []);
} catch (e) {
  console.log(e.name);
}
const strict = vm.compileFunction('"use strict"; return this', []);
console.log(strict());

// Argument validation.
const attempts = [
  () => vm.runInContext('1', {}),
  () => vm.runInContext('1', 5),
  () => vm.createContext({}, 'x'),
  () => vm.createContext({}, { name: 1 }),
  () => vm.createContext({}, { microtaskMode: 'never' }),
  () => new vm.Script('1', { lineOffset: 'x' }),
  () => new vm.Script('1', { cachedData: 'x' }),
  () => vm.runInThisContext('1', { timeout: -1 }),
  () => vm.runInThisContext('1', { displayErrors: 1 }),
  () => vm.compileFunction(1),
  () => vm.compileFunction('', 'a'),
  () => vm.compileFunction('', [], { parsingContext: {} }),
  () => vm.compileFunction('', [], { contextExtensions: [1] }),
  () => vm.isContext(1),
];
for (const f of attempts) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

// cachedData: accepted for its own source, rejected for another.
const produced = new vm.Script('1 + 1', { produceCachedData: true });
console.log(produced.cachedDataProduced, produced.cachedData.length > 0);
console.log(new vm.Script('1 + 1', { cachedData: produced.cachedData }).cachedDataRejected);
console.log(new vm.Script('1 + 2', { cachedData: produced.cachedData }).cachedDataRejected);
console.log(Buffer.isBuffer(new vm.Script('2').createCachedData()));
console.log(Object.keys(vm).sort());
console.log(typeof vm.SourceTextModule, typeof vm.SyntheticModule, typeof vm.measureMemory);
