// process.loadEnvFile: parsing, no overriding, path forms and errors.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envfile-'));
const file = path.join(dir, 'a.env');
fs.writeFileSync(file, 'GJ_A=1\nGJ_B="two words"\n# comment\nGJ_EXIST=new\nexport GJ_D=4\nGJ_M="multi\\nline"\nGJ_E=x # trailing\n');
process.env.GJ_EXIST = 'old';
console.log(process.loadEnvFile.length, process.loadEnvFile.name, process.loadEnvFile(file));
console.log(process.env.GJ_A, process.env.GJ_B, process.env.GJ_EXIST, process.env.GJ_D, JSON.stringify(process.env.GJ_M), process.env.GJ_E);
fs.writeFileSync(file, 'GJ_X=9\nGJ_A=override');
process.loadEnvFile(new URL('file://' + file));
console.log(process.env.GJ_X, process.env.GJ_A);
process.loadEnvFile(Buffer.from(file));
for (const a of [path.join(dir, 'missing.env'), 5, {}, dir]) {
  try {
    process.loadEnvFile(a);
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message.split(dir).join('<dir>'), e.syscall);
  }
}
fs.rmSync(dir, { recursive: true });
