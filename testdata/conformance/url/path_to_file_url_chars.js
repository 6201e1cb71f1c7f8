// pathToFileURL escapes every printable ASCII character node 20 escapes in a
// path, and fileURLToPath brings each back.
const { pathToFileURL, fileURLToPath } = require('url');
let out = '';
for (let c = 32; c < 127; c++) {
  const ch = String.fromCharCode(c);
  if (ch === '/' || ch === '.') continue;
  const url = pathToFileURL('/x' + ch + 'y');
  const m = url.href.slice(9, -1);
  if (m !== ch) out += `${JSON.stringify(ch)}=>${m} `;
  if (fileURLToPath(url) !== '/x' + ch + 'y') out += `(round trip of ${JSON.stringify(ch)} failed) `;
}
console.log(out);
