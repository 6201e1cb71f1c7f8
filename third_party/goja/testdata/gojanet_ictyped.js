var out = [];
function p() { out[out.length] = Array.prototype.join.call(arguments, ' '); }
// named reads of typed arrays through the inline caches: the getters on
// %TypedArray%.prototype, a subclass's prototype (node's Buffer), own
// properties, plain objects of the same prototype at the same sites, and
// names a typed array answers itself (canonical numeric strings)
class FB extends Uint8Array {}
function len(o) { return o.length; }
function blen(o) { return o.byteLength; }
function boff(o) { return o.byteOffset; }
function foo(o) { return o.foo; }
function nan(o) { return o.NaN; }
function inf(o) { return o.Infinity; }
function tag(o) { return o[Symbol.toStringTag]; }
var bufs = [new FB(3), new FB(300), new Uint8Array(5), new Uint16Array(4), new FB(new ArrayBuffer(16), 4, 8)];
for (var r = 0; r < 3; r++) for (var i = 0; i < bufs.length; i++) { len(bufs[i]); blen(bufs[i]); boff(bufs[i]); foo(bufs[i]); }
p('typed', bufs.map(len).join(), bufs.map(blen).join(), bufs.map(boff).join(), bufs.map(foo).join(), bufs.map(tag).join());
function call(o) { try { return o.length(); } catch (e) { return e.constructor.name; } }
for (var r = 0; r < 3; r++) call(bufs[r]);
p('callee', call(bufs[0]), call(bufs[1]), typeof bufs[0].subarray, bufs[1].subarray(1, 4).length);
// a plain object of the same prototype: the getters throw
var fake = Object.create(FB.prototype);
try { len(fake); p('no throw'); } catch (e) { p('plain', e.constructor.name); }
try { blen(fake); p('no throw'); } catch (e) { p('plain', e.constructor.name); }
p('after plain', bufs.map(len).join());
// own named properties on a typed array
bufs[0].foo = 'own';
bufs[1].length2 = 1;
p('own', bufs.map(foo).join(), len(bufs[0]));
// numeric names: a typed array answers them itself, a plain object asks its prototype
FB.prototype.NaN = 'proto NaN';
FB.prototype.Infinity = 'proto Infinity';
var plainFB = Object.create(FB.prototype);
for (var r = 0; r < 3; r++) { nan(plainFB); inf(plainFB); nan(bufs[0]); inf(bufs[0]); }
p('numeric', nan(plainFB), inf(plainFB), nan(bufs[0]), inf(bufs[0]), nan(bufs[1]), inf(bufs[4]));
// the prototype's getter replaced, shadowed, then deleted
Object.defineProperty(FB.prototype, 'length', { get: function () { return 'shadow ' + this.byteLength; }, configurable: true });
p('shadowed', bufs.map(len).join());
delete FB.prototype.length;
p('unshadowed', bufs.map(len).join());
var saved = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'length');
Object.defineProperty(Object.getPrototypeOf(Uint8Array.prototype), 'length', { get: function () { return 'replaced'; }, configurable: true });
p('replaced', bufs.map(len).join());
Object.defineProperty(Object.getPrototypeOf(Uint8Array.prototype), 'length', saved);
p('restored', bufs.map(len).join());
// another prototype
Object.setPrototypeOf(bufs[2], { get length() { return 'own proto'; }, foo: 'proto foo' });
p('setPrototypeOf', bufs.map(len).join(), bufs.map(foo).join());
// a typed array as a prototype
var child = Object.create(bufs[3]);
try { p('child', len(child)); } catch (e) { p('child', e.constructor.name); }
for (var r = 0; r < 3; r++) foo(child);
p('child foo before', foo(child));
bufs[3].foo = 'holder';
p('child foo', foo(child));
Object.defineProperty(bufs[3], 'foo', { get: function () { return 'getter ' + (this === child); } });
p('child getter', foo(child));
out.join("\n");
