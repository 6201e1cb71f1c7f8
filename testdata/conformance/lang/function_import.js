// import() in a Function body (the trick real-require uses to load ES
// modules from CommonJS; pino's transports go through it), and the
// Function constructor otherwise unchanged.
const imp = new Function('p', 'return import(p)');
console.log(imp.name, imp.length, String(new Function('a', 'b', 'return a + b')), new Function('return this').call(7) == 7);
console.log((function () {}).constructor === Function, Function.prototype.constructor === Function, typeof Function('return 1'));
class F extends Function {}
console.log(new F('return 5')(), Function.length, Function.name, new F('') instanceof F);
(async () => {
  const ns = await imp('path');
  console.log(typeof ns.join, ns.default === require('path'), Object.prototype.toString.call(ns));
  const own = await imp(__dirname + '/function_import_dep.js');
  console.log(own.default.answer, own.answer);
  // Relative to the file that made the function, not the working directory.
  process.chdir('/');
  console.log((await imp('./function_import_dep.js')).answer);
  await imp('./nope.js').catch((e) => console.log(e.code));
})();
