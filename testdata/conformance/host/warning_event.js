// process.emitWarning emits 'warning' asynchronously with node's Error shapes.
process.on('warning', (w) => {
  console.log([w.name, w.message, w.code, w.detail, w instanceof Error].join(' | '));
});
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('with code', 'CustomWarning', 'CODE_1');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT', detail: 'some detail' });
const e = new Error('an error object');
e.name = 'MyWarning';
process.emitWarning(e);
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0XXX');
console.log('sync first');
try { process.emitWarning(42); } catch (err) { console.log(err.name, err.code); }
