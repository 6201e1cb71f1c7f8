'use strict';
// internal/errors on first use, for the builtins every start-up loads
// (events, buffer, validators, net): they name their errors at the top, and
// destructuring them from internal/errors compiled its ≈ 43 KB of codes and
// messages at each start-up, for errors that are rarely thrown. codes.X is
// internal/errors' codes.X (the class itself); errors() is the module.

let errors;
function load() {
  if (errors === undefined) errors = require('internal/errors');
  return errors;
}

const codes = new Proxy({ __proto__: null }, {
  get(_, name) { return load().codes[name]; },
});

module.exports = { codes, errors: load };
