// A module in a package with "exports" requires the package by its own name;
// subpaths go through "exports" (an unexported one fails as from outside).
const pkg = require('./fixtures/self_ref');
console.log(pkg.name, pkg.feature.viaSelf, pkg.feature.unexported);
try {
  require('@fixture/self-ref');
} catch (e) {
  console.log('outside the package:', e.code);
}
