// A static import whose evaluation throws is fatal with origin
// 'unhandledRejection' (node's ES module loader), and the main module's
// later imports and body do not run.
import './fixtures/eval_failure/listen.mjs';
import './fixtures/eval_failure/throws.mjs';
import './fixtures/eval_failure/after.mjs';
console.log('main: body');
