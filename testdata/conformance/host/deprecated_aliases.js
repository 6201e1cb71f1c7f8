// require('constants') and require('sys'), the deprecated aliases.
const c = require('constants');
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');
console.log(Object.keys(c).length, Object.isFrozen(c), c.ENOENT, c.SIGINT, c.O_RDONLY, c.RTLD_LAZY, c.PRIORITY_LOW);
const all = Object.assign({}, os.constants.dlopen, os.constants.errno, os.constants.priority,
  os.constants.signals, fs.constants, crypto.constants);
delete all.defaultCipherList;
console.log(JSON.stringify(Object.keys(c)) === JSON.stringify(Object.keys(all)), JSON.stringify(Object.keys(os.constants.signals)), Object.keys(os.constants.errno).length);
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(require('sys') === require('util'), require('node:sys') === require('util'));
console.log(require('module').builtinModules.includes('sys'), require('module').builtinModules.includes('constants'));
