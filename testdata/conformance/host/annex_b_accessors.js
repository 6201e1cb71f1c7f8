const o = {};
o.__defineGetter__('x', function () { return 42; });
o.__defineSetter__('x', function (v) { this.y = v; });
o.x = 5;
console.log(o.x, o.y, Object.keys(o), typeof o.__lookupGetter__('x'), o.__lookupSetter__('nope'));
const child = Object.create(o);
console.log(child.__lookupGetter__('x') === o.__lookupGetter__('x'), child.__lookupGetter__('y'));
try { o.__defineGetter__('z', 1); } catch (e) { console.log(e.name); }
try { Object.prototype.__defineGetter__.call(null, 'a', () => 1); } catch (e) { console.log(e.name); }
console.log(Object.getOwnPropertyNames(Object.prototype).filter((n) => n.startsWith('__')).sort().join());
console.log(Object.prototype.propertyIsEnumerable('__defineGetter__'), Object.prototype.__defineGetter__.length, Object.prototype.__lookupSetter__.name);
const s = Symbol('s');
o.__defineGetter__(s, () => 'sym');
console.log(o[s], 'hasOwn' in Object);
