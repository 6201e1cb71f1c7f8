// An ES module by its package's "type", with no import or export keyword
// needed to tell: top-level await.
export const ready = await Promise.resolve('lib ready');
export default function hello() { return 'hello from lib.js'; }
