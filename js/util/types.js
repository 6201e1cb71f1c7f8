'use strict';
// util/types: the same object as util.types.
module.exports = require('util').types;
