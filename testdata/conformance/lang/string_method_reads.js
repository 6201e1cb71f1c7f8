'use strict';
// Methods read from string primitives at one call site while
// String.prototype changes under them (gojanet caches the read per site).

function lower(s) { return s.toLowerCase(); }
function idx(s) { return s.indexOf('b'); }
const out = [];
for (let i = 0; i < 3; i++) out.push(lower('ABC'), idx('abc'));

const orig = String.prototype.toLowerCase;
String.prototype.toLowerCase = function () { return 'patched:' + typeof this + ':' + orig.call(this); };
out.push(lower('XY'));
String.prototype.toLowerCase = orig;
out.push(lower('XY'));

delete String.prototype.indexOf;
try { idx('abc'); } catch (e) { out.push(e.constructor.name); }
String.prototype.indexOf = function (x) { return 'mine ' + x; };
out.push(idx('abc'));

Object.defineProperty(String.prototype, 'toLowerCase', {
  get() { const self = this; return () => 'getter this ' + typeof self + ' ' + self; },
  configurable: true,
});
out.push(lower('Q'));
Object.defineProperty(String.prototype, 'toLowerCase', { value: orig, writable: true, configurable: true });
out.push(lower('Q'));

// the same site with wrapper objects and objects inheriting String.prototype
out.push(lower(new String('WRAP')));
const o = Object.create(String.prototype);
o.toLowerCase = () => 'own';
out.push(lower(o));
out.push(lower('Again'));

// a method added to Object.prototype, read through a string
function extra(s) { return s.extra(); }
Object.prototype.extra = function () { return 'from Object.prototype ' + typeof this; };
out.push(extra('s'));
String.prototype.extra = function () { return 'from String.prototype'; };
out.push(extra('s'));
delete String.prototype.extra;
out.push(extra('s'));
delete Object.prototype.extra;
try { extra('s'); } catch (e) { out.push(e.constructor.name); }

// unicode strings at the same site
out.push(lower('ÄÖ'), lower('Plain'));
console.log(out.join('\n'));
