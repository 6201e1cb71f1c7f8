// A property that changes kind keeps only enumerable and configurable: a data
// property made an accessor and data again is not writable unless told.
const o = { x: 1 }; Object.defineProperty(o, 'x', { get() { return 3; } }); Object.defineProperty(o, 'x', { value: 2 });
console.log(Object.getOwnPropertyDescriptor(o, 'x'));
const p = { y: 1 }; Object.defineProperty(p, 'y', { set: undefined }); console.log(Object.getOwnPropertyDescriptor(p, 'y'));
Object.defineProperty(p, 'y', { enumerable: false }); console.log(Object.getOwnPropertyDescriptor(p, 'y'));
Object.defineProperty(p, 'y', { writable: true }); console.log(Object.getOwnPropertyDescriptor(p, 'y'));
