'use strict';
console.log(Object.keys(require('util')).sort().join(' '));
console.log(Object.keys(require('util').types).sort().join(' '));
