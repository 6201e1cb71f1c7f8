// Circular requires see the other module's partial exports, as in node's docs.
const a = require('./fixtures/circular_a.js');
const b = require('./fixtures/circular_b.js');
console.log(a.log.join('\n'));
console.log('a.done', a.done, 'b.done', b.done);
