// ArrayBuffer's resizable accessors (ES2024) on a fixed-length buffer, as
// packages read them (webidl-conversions takes their descriptors at load).
const b = new ArrayBuffer(4);
console.log(b.resizable, b.maxByteLength, typeof Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'resizable').get);
try { b.resize(8); } catch (e) { console.log(e.name); }
try { Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'resizable').get.call({}); } catch (e) { console.log(e.name); }
