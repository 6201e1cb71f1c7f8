// The same from CommonJS: import() of an ES module that throws while it is
// evaluated rejects, and the process goes on.
import('./esm_eval/throws.mjs').then(
  () => console.log('resolved'),
  (e) => {
    console.log('rejected:', e.message);
    return import('./esm_eval/throws.mjs').catch((e2) => console.log('same:', e2 === e, globalThis.throwsRuns));
  },
).then(() => import('./esm_eval/slow.mjs')).then((ns) => console.log('slow:', ns.value));
process.on('exit', (code) => console.log('exit', code));
