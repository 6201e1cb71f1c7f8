'use strict';
// The deprecated `constants` builtin: os.constants' dlopen, errno, priority
// and signals tables, fs.constants and crypto.constants in one frozen
// object, in node's order (tedious still loads it).

const os = require('os');
const fs = require('fs');
const crypto = require('crypto');

const all = Object.assign({},
  os.constants.dlopen, os.constants.errno, os.constants.priority, os.constants.signals,
  fs.constants, crypto.constants);
delete all.defaultCipherList; // crypto's JS adds it; node's binding table has none
module.exports = Object.freeze(all);
