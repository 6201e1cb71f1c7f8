// An ES module's imports of CommonJS see the names node's lexer finds in
// the source (cjs-module-lexer's grammar), each the value module.exports
// has for it once the module has run, and default: module.exports. A name
// not found is a SyntaxError when the graph links, with node's hint.
import forms, { dot, moduleDot, chainA, chainB, valued, safeGetter, shortGetter, neverSet } from './fixtures/cjs_named/forms.js';
import * as formsNs from './fixtures/cjs_named/forms.js';
import * as literal from './fixtures/cjs_named/literal.js';
import * as whole from './fixtures/cjs_named/whole.js';
import * as tsStar from './fixtures/cjs_named/ts_star.js';
import * as babelStar from './fixtures/cjs_named/babel_star.js';
import babelDefault from './fixtures/cjs_named/babel_star.js';
import { built, other } from './fixtures/cjs_named/esbuild_cjs.js';
import changing, { count, bump } from './fixtures/cjs_named/changing.js';
import * as star from './fixtures/cjs_named/star.mjs';
import * as qsNs from 'node:querystring';

console.log(dot, moduleDot, chainA, chainB, valued, safeGetter, shortGetter, neverSet);
console.log('forms:', Object.keys(formsNs));
console.log('bracket:', formsNs['bracket-name'], 'hidden in default:', forms.hidden, 'computed in default:', forms.computed);
console.log(Object.getOwnPropertyDescriptor(formsNs, 'dot'), Object.prototype.toString.call(formsNs), Object.isExtensible(formsNs));
console.log('literal:', Object.keys(literal));
console.log('whole:', Object.keys(whole));
console.log('ts star:', Object.keys(tsStar));
console.log('babel star:', Object.keys(babelStar), typeof babelDefault, babelStar.default === babelDefault);
console.log('esbuild:', built, other);
bump();
console.log('changing:', count, changing.count);
console.log('star:', Object.keys(star));

// import() gives the same namespace.
const again = await import('./fixtures/cjs_named/forms.js');
console.log('same namespace:', again === formsNs);
// A builtin's namespace: its names in order, the same for import().
console.log('builtin:', Object.keys(qsNs).join(), (await import('node:querystring')) === qsNs);

for (const file of ['missing.mjs', 'missing_renamed.mjs', 'missing_multiline.mjs']) {
  try {
    await import(`./fixtures/cjs_named/${file}`);
  } catch (e) {
    console.log(file, e.name);
    console.log(e.message);
  }
}
