'use strict';
// The credential setters change the OS process, so this runs as a CLI
// child (runtime's TestCLI), never in the test process. As root the
// setters take effect (numeric ids need no entry in the databases); as
// anyone else they fail with node's ErrnoException. Either way the output
// is the same.
const assert = require('assert');

const groups = process.getgroups();
assert(groups.includes(process.getegid()), 'getgroups lists the effective group');

if (process.getuid() === 0) {
  process.setgroups([4343, 4242]);
  // the kernel keeps them sorted; the effective group (0) is added
  assert.deepStrictEqual(process.getgroups(), [4242, 4343, 0]);
  process.initgroups(0, 4444); // root by id: the extra group and root's memberships
  assert(process.getgroups().includes(4444));
  process.setegid(4545);
  assert.deepStrictEqual([process.getegid(), process.getgid()], [4545, 0]);
  process.setgid(4646);
  assert.deepStrictEqual([process.getegid(), process.getgid()], [4646, 4646]);
  process.seteuid(4747);
  assert.deepStrictEqual([process.geteuid(), process.getuid()], [4747, 0]);
  process.seteuid(0);
  process.setuid(4848);
  assert.deepStrictEqual([process.geteuid(), process.getuid()], [4848, 4848]);
}
// Not root (any more): each setter fails with EPERM.
for (const [name, args] of [['setuid', [0]], ['seteuid', [0]], ['setgid', [0]], ['setegid', [0]],
  ['setgroups', [[0]]], ['initgroups', [0, 0]]]) {
  try {
    process[name](...args);
    console.log(name, 'did not throw');
  } catch (e) {
    console.log(name, e.message, e.errno, e.code, e.syscall, Object.keys(e).join());
  }
}
