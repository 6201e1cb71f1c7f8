'use strict';
// node's one generator of diagnostic file names (reports, heap snapshots):
// <prefix>.<date>.<time>.<pid>.<thread id>.<seq>.<ext>. The sequence is
// one Go-side counter (runtime.go diagSeq) for the runtime and its
// workers, as node's for its process; taken only when a default name is
// made.

function diagnosticFilename(prefix, ext) {
  const host = internalBinding('host');
  const d = new Date();
  const two = (n) => String(n).padStart(2, '0');
  const date = `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}`;
  const time = `${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
  const seq = String(host.nextDiagnosticSeq()).padStart(3, '0');
  return `${prefix}.${date}.${time}.${process.pid}.${host.threadId}.${seq}.${ext}`;
}

module.exports = { diagnosticFilename };
