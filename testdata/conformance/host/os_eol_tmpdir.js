// os.EOL/devNull are read-only; os.tmpdir() follows TMPDIR/TMP/TEMP as
// process.env holds them now; the functions convert to their values.
'use strict';
const os = require('os');
console.log(JSON.stringify(os.EOL), os.devNull, Object.keys(os).includes('EOL'));
try { os.EOL = 1; } catch (e) { console.log(e.name); }
for (const [k, v] of [['TMPDIR', '/tmpdir/'], ['TMPDIR', ''], ['TMP', '/t'], ['TEMP', '/x/']]) { process.env[k] = v; console.log(os.tmpdir()); }
console.log(`${os.platform}` === os.platform(), String(os.endianness));
