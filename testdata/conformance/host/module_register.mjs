// module.register(): hooks on a thread of their own resolve and load what
// the ES module loader loads, chained last-registered first, each handing
// on to the next and ending in node's default resolve and load.
import { register } from 'node:module';

console.log('register:', register('./fixtures/module_register/hooks_a.mjs', import.meta.url, { data: { prefix: '>> ' } }));
const answer = await import('virtual:answer');
console.log('virtual module:', answer.default, answer.from);
console.log('virtual json:', (await import('virtual:json')).default);
console.log('text module:', (await import('./fixtures/module_register/greeting.txt')).default);

register(new URL('./fixtures/module_register/hooks_b.mjs', import.meta.url));
console.log('chained:', (await import('upper:./fixtures/module_register/greeting.txt')).default);
console.log('import.meta.resolve:', import.meta.resolve('virtual:answer'), import.meta.resolve('upper:./fixtures/module_register/greeting.txt').replace(/.*\//, ''));
const cjs = await import('./fixtures/module_register/cjs_dep.cjs');
console.log('commonjs through the hooks:', cjs.default.kind, cjs.default.filename);
console.log('esm through the hooks:', (await import('./fixtures/module_register/esm_dep.mjs')).kind);
console.log('builtin:', typeof (await import('node:path')).join, typeof (await import('fs')).readFileSync);
try {
  await import('./fixtures/module_register/missing.mjs');
} catch (e) {
  console.log('missing:', e.code);
}

register('./fixtures/module_register/hooks_bad.mjs', import.meta.url);
for (const spec of ['bad:incomplete', 'bad:url']) {
  try {
    await import(spec);
  } catch (e) {
    console.log(spec, e.name, e.code, e.message.replace(/file:\/\/\S*\//, ''));
  }
}
try {
  register(42);
} catch (e) {
  console.log('register(42):', e.code, e.message);
}
