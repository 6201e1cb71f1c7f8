'use strict';
// process.constrainedMemory(): the cgroup's memory limit as libuv reads it
// (2^64-1 when unlimited), undefined where no cgroup limit can be read.
const fs = require('fs');

function read(path) {
  try {
    const v = fs.readFileSync(path, 'utf8').trim();
    if (v === 'max') return 2 ** 64;
    const n = BigInt(v);
    // cgroup v1's "unlimited": LONG_MAX rounded down to a page
    if (n >= 2n ** 63n - 4096n) return 2 ** 64;
    return Number(n);
  } catch {
    return undefined;
  }
}
let expected;
const lines = fs.readFileSync('/proc/self/cgroup', 'utf8').trim().split('\n').map((l) => l.split(':'));
if (lines.every((l) => l[0] === '0')) {
  const max = read(`/sys/fs/cgroup${lines[0][2]}/memory.max`);
  const high = read(`/sys/fs/cgroup${lines[0][2]}/memory.high`);
  expected = max !== undefined && high !== undefined && high < max ? high : max;
} else {
  const mem = lines.find((l) => l[1].split(',').includes('memory'));
  if (mem) expected = read(`/sys/fs/cgroup/memory${mem[2]}/memory.limit_in_bytes`);
}
const got = process.constrainedMemory();
console.log(typeof process.constrainedMemory, got === expected, got === undefined || got > 0);
