// An import cycle: the module imported back sees the other's function
// declarations (hoisted) and a ReferenceError for its let, const and class
// bindings until that module's body has run.
import { a } from './fixtures/cycle_a.mjs';
import { readA } from './fixtures/cycle_b.mjs';
console.log('main:', a, readA());
