// The Function constructor's parameters closed by a ')' where a parameter
// could start (none yet, or after a trailing comma) end early, in V8's
// words; a template where a token was expected is a template string.
const cases = [[')', ''], ['a, )', ''], [') {', '}'], ['a,', 'return a'], ['a, b,', 'return b'],
  ['`x`', ''], ['a = `', '`'], ['', ''], [',', ''], ['a,,', '']];
for (const args of cases) {
  let r;
  try { r = typeof Function(...args); } catch (e) { r = `${e.name}: ${e.message}`; }
  console.log(JSON.stringify(args), r);
}
for (const s of ['var `x`', 'function f(`x`){}', 'class A { `x`(){} }', 'let {`a`} = 1']) {
  try { eval(s); } catch (e) { console.log(JSON.stringify(s), e.name, e.message); }
}
