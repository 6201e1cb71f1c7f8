'use strict';
// A revoked Proxy (no target, no handler) alive in the heap: a snapshot,
// streamed or written to a file, still completes and parses.
const v8 = require('v8');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
revoke();
globalThis.keepRevoked = { proxy, bound: function f() {}.bind(proxy, proxy) };

const file = path.join(os.tmpdir(), `revoked-${process.pid}.heapsnapshot`);
const written = v8.writeHeapSnapshot(file);
const snap = JSON.parse(fs.readFileSync(written, 'utf8'));
fs.unlinkSync(written);
console.log('written', written === file, Array.isArray(snap.nodes) && snap.nodes.length > 0);

const chunks = [];
const st = v8.getHeapSnapshot();
st.on('data', (d) => chunks.push(d));
st.on('end', () => {
  const s = JSON.parse(Buffer.concat(chunks).toString());
  console.log('streamed', s.nodes.length > 0);
});
