// An import clause written over several lines (as packages such as
// node-fetch write them), and line numbers kept below it.
import {
	answer,
	greet,
	counter as count,
} from './fixtures/esm_lib.mjs';
import {
	setTimeout as sleep,
	setImmediate,
} from 'timers/promises';

console.log(answer, greet('multi'), count, typeof sleep, typeof setImmediate);
try {
  throw new Error('where');
} catch (e) {
  console.log(e.stack.split('\n')[1].match(/esm_multiline_import\.mjs:(\d+)/)[1]);
}
