// A module that does not await still waits for the top-level awaits of what
// it imports, transitively; export * and re-exports see settled values.
import { port } from './fixtures/tla_user.mjs';
import * as re from './fixtures/reexport.mjs';
console.log('main: port', port);
console.log(Object.keys(re).sort().join(','));
console.log(re.reexportedPort, re.own, re.answer);
