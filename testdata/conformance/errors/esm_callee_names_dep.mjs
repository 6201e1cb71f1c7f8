export const notFn = 42;
export const obj = { a: { b: 1 }, f() { return {}; } };
export default { nested: {} };
