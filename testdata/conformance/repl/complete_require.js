'use strict';
// Completion of require() specifiers: builtins, their node: names (a group
// of their own), and modules added to repl.builtinModules.
const repl = require('repl');
const { PassThrough } = require('stream');

const r = repl.start({ input: new PassThrough(), output: new PassThrough(), terminal: false });
const show = (line) => r.complete(line, (err, [list, on]) => console.log(JSON.stringify(line), err, JSON.stringify(list), on));
show("require('ne");
show("require('node:ne");
repl.builtinModules.push('zz-added');
show("require('zz");
r.close();
