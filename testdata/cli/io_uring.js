'use strict';
// node refuses the credential setters while libuv may use io_uring
// (CVE-2024-22017): UV_USE_IO_URING read as C's atoi, nonzero, on x64 or
// arm64 with a kernel of at least 5.10.186. Runs as a CLI child (runtime's
// TestCLI) since children get the variable; no setter here can succeed
// (unknown names, or refused), so the process's ids never change.
const { execFileSync } = require('child_process');
const os = require('os');

const [maj, min, patch] = /^(\d+)\.(\d+)\.(\d+)/.exec(os.release()).slice(1).map(Number);
const newKernel = ((maj << 16) | (min << 8) | patch) >= 0x050ABA;
const may = newKernel && (process.arch === 'x64' || process.arch === 'arm64');

const calls = [
  ['setuid', '"no-such-user-4242"'], ['seteuid', '"no-such-user-4242"'],
  ['setgid', '"no-such-group-4242"'], ['setegid', '"no-such-group-4242"'],
  ['setgroups', '["no-such-group-4242"]'], ['initgroups', '"no-such-user-4242", "no-such-group-4242"'],
  ['setuid', '{}'], ['setgroups', '[1, {}]'], ['initgroups', '0, null'],
];
for (const value of ['1', '0', '-1', ' 7x', 'yes']) {
  for (const [name, args] of value === '1' ? calls : calls.slice(0, 6)) {
    const code = `try { process.${name}(${args}); console.log('no error'); } catch (e) {` +
      ' console.log(e.name, e.code, Object.keys(e).join(), e.message); }';
    let out = execFileSync(process.execPath, ['-e', code], {
      encoding: 'utf8', env: { ...process.env, UV_USE_IO_URING: value },
    }).trim();
    const refused = out.includes('io_uring may be enabled');
    // on an old kernel or another architecture nothing is refused
    if (refused !== (may && !['0', 'yes', ''].includes(value) && !args.includes('{') && !args.includes('null')))
      out = `UNEXPECTED ${out}`;
    console.log(JSON.stringify(value), name, args.length > 24 ? '...' : args, '->', out);
  }
}
// The variable is read when the process starts: setting it later is no refusal.
console.log(execFileSync(process.execPath, ['-e',
  'process.env.UV_USE_IO_URING = "1"; try { process.setuid("no-such-user-4242"); } catch (e) { console.log(e.code); }'],
{ encoding: 'utf8', env: { ...process.env, UV_USE_IO_URING: '0' } }).trim());
// A refusal's stack starts at the setter.
console.log(execFileSync(process.execPath, ['-e',
  'try { process.setgid(1); } catch (e) { console.log(e.stack.split("\\n")[1].trim().split(" (")[0]); }'],
{ encoding: 'utf8', env: { ...process.env, UV_USE_IO_URING: '1' } }).trim());
