// node's module syntax detection: a .js file that no package.json "type"
// classes, which fails to compile as CommonJS only for what an ES module
// allows (here a top-level await inside a call's arguments), runs as an ES
// module: the await works, and this is undefined.
const v = Math.max(await Promise.resolve(5), 2);
console.log(v, this === undefined);
