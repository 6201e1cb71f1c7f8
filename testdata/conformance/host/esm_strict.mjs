// ES modules are strict: top-level `this` is undefined, undeclared assignments throw.
export const x = 1;
console.log('this', this);
try {
  undeclaredVariable = 1;
  console.log('no error');
} catch (e) {
  console.log(e.name);
}
console.log((function () { return this; })());
import * as self from './esm_strict.mjs';
console.log(self.x, Object.keys(self).join(','));
