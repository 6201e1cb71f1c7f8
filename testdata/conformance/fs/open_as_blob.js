'use strict';
// fs.openAsBlob: a Blob over a file read when the Blob is (text,
// arrayBuffer, stream, slices, Blobs made of it), failing with a
// NotReadableError once the file changed or went away; node's errors for
// bad arguments and missing files; file-backed Blobs are not cloneable,
// memory Blobs clone as Blobs (a File as a Blob).
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'open-as-blob-'));
const file = path.join(dir, 'a.txt');
const data = `${'a'.repeat(1000)}${'b'.repeat(70000)}`;
fs.writeFileSync(file, data);

const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

(async () => {
  const blob = await fs.openAsBlob(file, { type: 'Text/Plain' });
  console.log(blob, Object.prototype.toString.call(blob), blob instanceof Blob);
  console.log('text', (await blob.text()) === data, (await blob.arrayBuffer()).byteLength);
  const chunks = [];
  for await (const chunk of blob.stream()) chunks.push(chunk.length);
  console.log('stream chunks', chunks);
  const slice = blob.slice(995, 1005, 'x/y');
  console.log('slice', slice.size, slice.type, JSON.stringify(await slice.text()));
  const combined = new Blob(['hello ', blob.slice(0, 3), ' world']);
  console.log('combined', combined.size, JSON.stringify(await combined.text()));
  show('structuredClone of a file-backed Blob', () => structuredClone(blob));
  show('structuredClone of a Blob made of one', () => structuredClone(combined));
  const clonedSlice = structuredClone(blob.slice(1, 4));
  console.log('cloned slice', clonedSlice, JSON.stringify(await clonedSlice.text()));
  const clone = structuredClone(new File(['file bytes'], 'f.txt', { type: 'text/plain', lastModified: 1 }));
  console.log('cloned File', clone, clone instanceof File, await clone.text());

  fs.writeFileSync(file, data + '!');
  for (const [label, b] of [['modified', blob], ['slice of modified', slice], ['Blob made of it', combined],
    ['cloned slice of modified', clonedSlice]]) {
    await b.text().then(() => console.log(label, 'read'), (e) => console.log(label, e.name, e.message, e instanceof DOMException));
  }
  const reader = blob.stream().getReader();
  await reader.read().then(() => console.log('stream read'), (e) => console.log('stream of modified', e.name));

  const again = await fs.openAsBlob(file);
  console.log('reopened', again.size, JSON.stringify(again.type));
  fs.unlinkSync(file);
  await again.text().then(() => console.log('deleted read'), (e) => console.log('deleted', e.name));

  show('missing file', () => fs.openAsBlob(path.join(dir, 'none')));
  show('bad path', () => fs.openAsBlob(1));
  show('bad options', () => fs.openAsBlob(file, 'x'));
  show('bad type', () => fs.openAsBlob(file, { type: 1 }));
  const empty = path.join(dir, 'empty.txt');
  fs.writeFileSync(empty, '');
  const e = await fs.openAsBlob(empty);
  console.log('empty', e.size, JSON.stringify(await e.text()));
  fs.writeFileSync(empty, 'abc');
  await e.text().then(() => console.log('empty read'), (err) => console.log('empty modified', err.name));
  fs.rmSync(dir, { recursive: true });
})();
