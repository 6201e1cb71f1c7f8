// import.meta as node's: a null-prototype object whose own data properties
// are dirname, filename, resolve (a function named resolve) and url, in
// that order; for a worker's data: URL module resolve and url only.
import { Worker } from 'worker_threads';
import path from 'path';

const here = path.dirname(new URL(import.meta.url).pathname);
const shape = (meta) => Object.entries(Object.getOwnPropertyDescriptors(meta)).map(([k, d]) =>
  `${k}:${'value' in d ? typeof d.value : 'accessor'}:${d.writable}${d.enumerable}${d.configurable}`).join(' ');
console.log(Object.keys(import.meta), Object.getPrototypeOf(import.meta));
console.log(shape(import.meta));
console.log(import.meta.dirname === here, import.meta.filename === path.join(here, 'import_meta_shape.mjs'));
console.log(import.meta.resolve.name, import.meta.resolve.length, typeof import.meta.resolve.prototype, import.meta.resolve('fs'));
import.meta.extra = 1;
console.log(Object.keys(import.meta));
const src = 'console.log(Object.keys(import.meta).join(), Object.getPrototypeOf(import.meta), typeof import.meta.resolve, import.meta.resolve("fs"))';
new Worker(new URL('data:text/javascript,' + encodeURIComponent(src)));
