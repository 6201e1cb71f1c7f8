// An import's specifier is a URL: a query or fragment makes another
// instance of an ES module (import.meta.url keeps them; ESLint imports its
// config with ?mtime=), a CommonJS file stays one module, percent-escapes
// name the file's characters, and data: URLs are modules of their own
// (text/javascript, application/json), with node's errors.
import { pathToFileURL } from 'node:url';
import a1 from './fixtures/url_instance.mjs?x=1';
import a2 from './fixtures/url_instance.mjs?x=2';
import a3 from './fixtures/url_instance.mjs#frag';
import plain from './fixtures/url_instance.mjs';
import fromData from 'data:text/javascript,export default "static data import";';

console.log(a1, a2, a3, plain);
console.log(fromData);
const href = pathToFileURL(new URL('./fixtures/url_instance.mjs', import.meta.url).pathname).href;
console.log((await import(`${href}?mtime=123`)).default);
console.log((await import('./fixtures/url_instance.mjs?x=1')).default === a1);
const c1 = await import('./fixtures/url_cjs.cjs?a');
const c2 = await import('./fixtures/url_cjs.cjs?b');
console.log('cjs once:', c1.default === c2.default, c1.default.n);
console.log((await import('./fixtures/url%20spaced.mjs')).default);
console.log((await import(`${href.replace('url_instance', 'url%20spaced')}#x`)).default);
for (const spec of ['./fixtures/url_instance.mjs%3Fx', './fixtures%2Furl_instance.mjs']) {
  try {
    await import(spec);
  } catch (e) {
    console.log(e.constructor.name, e.code, e.message.split(import.meta.dirname).join('<dir>').split(import.meta.url).join('<url>'));
  }
}

const d1 = await import('data:text/javascript,export default {}; export const x = "a%20b";');
const d2 = await import('data:text/javascript,export default {}; export const x = "a%20b";');
console.log('data:', d1 === d2, d1.x, Object.keys(d1));
console.log((await import('data:text/javascript;base64,' + btoa('export const y = 7'))).y);
console.log((await import('data:text/javascript;charset=utf-8,export default import.meta.url')).default);
console.log((await import('data:text/javascript,import { sep } from "path"; export default sep')).default);
console.log((await import('data:application/json,{"a":[1,2]}', { with: { type: 'json' } })).default);
console.log((await import('data:text/javascript,export default await Promise.resolve(5)')).default);
for (const src of [
  'data:text/javascript,import "./x.js"',
  'data:text/javascript,import "zpkg"',
  'data:text/javascript,throw new RangeError("boom")',
  'data:text/plain,hello',
  'data:,hello',
  'data:xx',
]) {
  try {
    await import(src);
    console.log('loaded', src);
  } catch (e) {
    console.log(e.constructor.name, e.code, e.message);
  }
}
try {
  await import('data:application/json,{', { with: { type: 'json' } });
} catch (e) {
  console.log(e.constructor.name, e.message.split(':')[0]);
}
// A JSON module's namespace has default only.
const jsonNs = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log(Object.keys(jsonNs), jsonNs);
console.log(await import('data:application/json,{"default": 2, "x": 1}', { with: { type: 'json' } }));
