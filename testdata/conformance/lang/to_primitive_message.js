'use strict';
// An object with no usable toString/valueOf: V8's TypeError message.
const bare = Object.create(null);
const cases = {
  template: () => `${bare}`,
  plus: () => bare + 1,
  String: () => String(bare),
  join: () => [bare].join(),
  number: () => +{ valueOf() { return {}; }, toString() { return {}; } },
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, e.name, e.message);
  }
}
