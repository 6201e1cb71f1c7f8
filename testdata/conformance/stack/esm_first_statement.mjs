import { where } from './esm_first_statement_where.mjs'; console.log('first statement', where(new Error('a')), [1].map(() => 0));
// The first statement's line gets the module's async body opening put before
// it, and a late import moves to line 1: stack positions must not move.
function thrower() { throw new TypeError('from a function'); }
try { thrower(); } catch (e) { console.log('in function', where(e)); }
import { basename } from 'node:path';
console.log(basename('/a/b.mjs'), where(new Error('c')), [2].map((x) => x));
