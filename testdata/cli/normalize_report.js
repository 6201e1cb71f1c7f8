// normalize takes out of a node:test report what differs between runs and
// runtimes: durations, stack frames (V8's and goja's differ; TAP's `stack: |-`
// blocks, crash output's `at` lines and the runtime's name) and dir, shown as
// <dir>. Shared by node_test.js and node_test_cli.js.
'use strict';

function normalize(out, dir) {
  const lines = [];
  let stackIndent = -1;
  for (const line of out.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (stackIndent >= 0) {
      if (indent > stackIndent) continue;
      stackIndent = -1;
    }
    if (/^ *stack: \|-$/.test(line)) {
      stackIndent = indent;
      continue;
    }
    if (/^(# )?\s*at /.test(line) || /^# (Node\.js v|gojanet )/.test(line)) continue;
    lines.push(line.replace(/(duration_ms:? )[0-9.e-]+/, '$1X').replace(/\([0-9.e-]+ms\)/, '(Xms)')
      .replaceAll(dir, '<dir>'));
  }
  return lines.join('\n');
}

module.exports = { normalize };
