// package.json "imports" (#subpaths) and require.resolve(request, { paths }).
const req = require('module').createRequire(__dirname + '/fixtures/x.js');
console.log(req('imports-pkg'));
console.log(req('imports-pkg/missing.js'));
const rel = (p) => p.slice(__dirname.length + 1);
console.log(rel(require.resolve('simple-pkg', { paths: [__dirname + '/fixtures'] })));
console.log(rel(require.resolve('./math', { paths: ['/nonexistent', __dirname + '/fixtures'] })));
try {
  require.resolve('simple-pkg', { paths: ['/nonexistent'] });
} catch (e) {
  console.log(e.code);
}
try { require('#no-package-imports'); } catch (e) { console.log(e.code); }
try { req('exp-pkg/internal.js'); } catch (e) { console.log(e.name, e.code); }
