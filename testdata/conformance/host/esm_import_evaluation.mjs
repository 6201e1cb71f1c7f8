// import() settles with the imported module's evaluation: a module that
// throws (at once or after a top-level await) rejects every import of it
// with the same error and runs once; a module awaiting at top level is
// imported once its await is over; an importer of a failed module fails.
const first = await import('./esm_eval/throws.mjs').then(() => 'resolved', (e) => e);
console.log('first:', first instanceof Error, first.message);
const second = await import('./esm_eval/throws.mjs').then(() => 'resolved', (e) => e);
console.log('second is the same error:', second === first, 'runs:', globalThis.throwsRuns);
const third = await import('./esm_eval/imports_throws.mjs').then(() => 'resolved', (e) => e);
console.log('importer:', third === first, 'importer ran:', globalThis.importerRan === true);

const slow = await import('./esm_eval/slow.mjs');
console.log('slow:', slow.value);

const rejected = await import('./esm_eval/slow_reject.mjs').then(() => 'resolved', (e) => e);
console.log('slow reject:', rejected.constructor.name, rejected.message);
const again = await import('./esm_eval/slow_reject.mjs').then(() => 'resolved', (e) => e);
console.log('again:', again === rejected);

Promise.all([import('./esm_eval/throws.mjs'), import('./esm_eval/slow.mjs')])
  .catch((e) => console.log('all:', e === first));
