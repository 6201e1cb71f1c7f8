// process.allowedNodeEnvironmentFlags: has() takes a flag's spellings, the set
// cannot be changed, replacing the property works.
const f = process.allowedNodeEnvironmentFlags;
for (const k of ['--perf_basic_prof', 'perf-basic-prof', '-r', 'r', '--r', '-R', '--stack-trace-limit=1', '--max-old-space-size', 'max_old_space_size=5', '---inspect-brk', 'INSPECT-BRK', '--inspect-brk', 42])
  console.log(k, f.has(k));
console.log(f instanceof Set, Object.isFrozen(f), f.constructor.name, typeof f.size, f.size > 200);
f.add('--x'); Set.prototype.add.call(f, '--x'); console.log(f.has('--x'), [...f].includes('--x'));
process.allowedNodeEnvironmentFlags = 1; console.log(process.allowedNodeEnvironmentFlags);
