// Error.captureStackTrace (goja lacks it), with constructorOpt and prepareStackTrace call sites.
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; Error.captureStackTrace(this, MyError); }
}
function thrower() { throw new MyError('custom'); }
try { thrower(); } catch (e) { console.log(e.stack.split('\n')[0], e.stack.split('\n')[1].trim().startsWith('at thrower')); }
const o = {};
Error.captureStackTrace(o);
console.log(o.stack.split('\n')[0], typeof o.stack);
function getStack() {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (obj, stack) => stack;
  const obj = {};
  Error.captureStackTrace(obj, getStack);
  const stack = obj.stack;
  Error.prepareStackTrace = prep;
  return stack;
}
function caller() { return getStack(); }
const cs = caller();
console.log(Array.isArray(cs), cs[0].getFunctionName(), cs[0].getFileName() === __filename, typeof cs[0].getLineNumber(), cs[0].isEval());
try { Error.captureStackTrace(1); } catch (e) { console.log(e.name, e.code); }
console.log(Error.stackTraceLimit);
