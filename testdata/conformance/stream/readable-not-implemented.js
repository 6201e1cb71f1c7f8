'use strict';
const { Readable, Writable, Transform } = require('stream');
const log = (s) => console.log(s);
const r = new Readable();
r.on('error', (e) => log('readable error ' + e.code + ': ' + e.message));
r.on('close', () => log('readable close'));
r.resume();
const w = new Writable();
w.on('error', (e) => log('writable error ' + e.code + ': ' + e.message));
w.on('close', () => log('writable close'));
try { w.write('x'); } catch (e) { log('write threw ' + e.code + ': ' + e.message); }
const t = new Transform();
t.on('error', (e) => log('transform error ' + e.code + ': ' + e.message));
try { t.write('x'); } catch (e) { log('transform write threw ' + e.code + ': ' + e.message); }
