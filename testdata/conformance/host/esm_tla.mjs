// Top-level await in an ES module: the body pauses; timers and ticks run meanwhile.
import { setTimeout as sleep } from 'node:timers/promises';
import { answer } from './fixtures/esm_lib.mjs';

process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => console.log('timer runs while the module awaits'), 1);
console.log('before await', answer);
const value = await sleep(20, 'slept');
console.log('after await', value);
for await (const x of [Promise.resolve(1), 2]) console.log('for await at top level', x);
export const late = await Promise.resolve('exported after await');
console.log(late);
