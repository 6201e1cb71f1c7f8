// JSON.parse's SyntaxErrors read as V8's: what was expected or found, the
// position in UTF-16 code units, the text around an unexpected token.
const cases = ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '[1', 'abc', '{"a":1}x', '"abc', '"a\x01"', '"\\q"', '"\\u12"', '"\\u12G4"', '-', '-a', '1e', '1e+', '1.', '1.e', '{a:1}', '[1,]', '{"a":1,}', 'tru', 'trux', 'nul', '[', '[1 2]', '{"a" 1}', '01', '00', '-01', '1 2', '\u00a0 1', '"\t"', 'x'.repeat(50), '{"key": "' + 'v'.repeat(40) + '", "b": x}', '[' + '1,'.repeat(30) + 'x]', 'undefined', 'NaN', '{"a":1}}', '{,}', '[,]', '\n\n  }', '"\\', '"\\u', '1.5e3x', 'true false', '{"a":tru}', '{"a":[1,{"b":}]}', "'a'", '+1', '.5', '\ufeff1', '{"\\uD800":1}'];
for (const c of cases) {
  try { JSON.parse(c); console.log(JSON.stringify(c), 'OK'); } catch (e) { console.log(JSON.stringify(c), '=>', e.message); }
}
try { JSON.parse(undefined); } catch (e) { console.log('undefined arg =>', e.message); }
const more = ['{"a":1,', '[1,', 'tr', '{"a":1 ', 'x'.repeat(19), 'x'.repeat(20), 'x'.repeat(21), 'a' + 'b'.repeat(19), '{"abcdefghijklm":x}', '{"abcdefghijklmn":x}', '{"abcdefghijklmno":x}', 'Infinity', '-Infinity', '"\\uD83D\\uDE00" x', '"😀" x', '["😀", x]', '{"😀😀😀😀😀😀😀😀":x}', '[1]   x', '{"a":1,"a":2}', '"\\"', '{"a":"b"', '{"a":"b",', '[true,', '-1.5e-3', '1E5', '[1e5x]', '"\u2028"', '{"__proto__":1}', '\r\n[]'];
for (const c of more) {
  try { JSON.parse(c); console.log(JSON.stringify(c), 'OK'); } catch (e) { console.log(JSON.stringify(c), '=>', e.name, e.message); }
}
try { JSON.parse({}); } catch (e) { console.log('{} arg =>', e.message); }
