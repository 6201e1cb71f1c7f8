// The URL constructor's parse failure is a plain TypeError with code, input
// and base (node throws it from C++); the href setter's is a NodeError.
for (const [i, b] of [['x'], ['/p', 'nope'], ['http://[::1', undefined]]) {
  try { new URL(i, b) } catch (e) { console.log(String(e), Object.keys(e), e.code, e.input, e.base, Object.getOwnPropertyNames(e), e instanceof TypeError, e.name) }
}
try { new URL('http://a').href = 'x' } catch (e) { console.log(String(e), Object.keys(e)) }
