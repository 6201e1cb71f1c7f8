'use strict';
const util = require('util');
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} makes a sound`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
const d = new Dog('Rex');
console.log(d.speak(), d instanceof Animal, Dog.super_ === Animal);
try { util.inherits(Dog, null); } catch (e) { console.log(e.code, e.message); }
try { util.inherits(null, Animal); } catch (e) { console.log(e.code, e.message); }
console.log(util.isArray([]), util.isArray({}));
console.log(util.isBoolean(false), util.isNull(null), util.isNullOrUndefined(undefined), util.isNumber(1),
  util.isString('s'), util.isSymbol(Symbol()), util.isUndefined(undefined), util.isRegExp(/x/),
  util.isObject({}), util.isObject(null), util.isDate(new Date()), util.isError(new Error()),
  util.isFunction(() => {}), util.isPrimitive(1), util.isPrimitive({}), util.isBuffer(Buffer.alloc(1)));
console.log(JSON.stringify(util.toUSVString('a\ud800b\udc00c\ud83d\ude00')));
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m and \u001b[1mbold\u001b[22m')));
try { util.stripVTControlCharacters(1); } catch (e) { console.log(e.code, e.message); }
console.log(util.getSystemErrorName(-111), util.getSystemErrorName(-2), util.getSystemErrorName(-98));
try { util.getSystemErrorName(1); } catch (e) { console.log(e.code, e.message); }
try { util.getSystemErrorName('x'); } catch (e) { console.log(e.code, e.message); }
const map = util.getSystemErrorMap();
console.log(map instanceof Map, JSON.stringify(map.get(-104)), JSON.stringify(map.get(-32)));
console.log(util._extend({ a: 1 }, { b: 2 }));
console.log(typeof util.debuglog('gojanet_test'), util.debuglog('gojanet_test').enabled);
util.debuglog('gojanet_test')('not printed');
console.log(typeof util.TextEncoder, typeof util.TextDecoder);
console.log(util.inspect === require('util').inspect, util.format === require('node:util').format);
