// TypeScript modules: "./x.js" specifiers that mean x.ts, deno std node/ URLs
// mapped to builtins, createRequire(import.meta.url) and top-level await.
import { createRequire } from "https://deno.land/std@0.177.0/node/module.ts";
import { EventEmitter } from "https://deno.land/std@0.177.0/node/events.ts";
import { delay, VERSION } from './fixtures/ts/util.js';

const require = createRequire(import.meta.url);
const events = require('events');
console.log(events.EventEmitter === EventEmitter, VERSION);
const emitter: InstanceType<typeof EventEmitter> = new EventEmitter();
emitter.on('ping', (n: number) => console.log('ping', n));
emitter.emit('ping', 1);
const v: string = await delay<string>(5, 'delayed value');
console.log(v);
console.log(import.meta.url.endsWith('/host/ts_modules.ts'));
