// v8.getHeapSnapshot / writeHeapSnapshot: a V8 .heapsnapshot (the format
// Chrome DevTools loads): meta as V8's, consistent arrays, and the heap's
// contents: an object of a unique class with its properties, a closure with
// its captured scope, strings by content. Then the options' and path's
// errors, the default file name, and GCProfiler's shape.
'use strict';
const v8 = require('v8');
const fs = require('fs');
const os = require('os');
const path = require('path');

class HeapSnapConfKlass {
  constructor() {
    this.alpha = 2.5;
    this.beta = 'hello snapshot';
    this.gamma = [{ inArray: 'array-marker' }];
  }
}
globalThis.keepKlass = new HeapSnapConfKlass();
function makeClosure() {
  const captured = { marker: 'captured-marker' };
  return function snapInner() { return captured; };
}
globalThis.keepClosure = makeClosure();
globalThis.keepMap = new Map([['k', 'map-value-marker']]);

function check(s) {
  const meta = s.snapshot.meta;
  console.log(Object.keys(s).join());
  console.log(Object.keys(s.snapshot).join());
  console.log(meta.node_fields.join(), '|', meta.edge_fields.join());
  console.log(meta.node_types[0].join());
  console.log(meta.edge_types[0].join());
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const types = meta.node_types[0];
  const etypes = meta.edge_types[0];
  const count = s.nodes.length / nf;
  console.log('counts', count === s.snapshot.node_count, s.edges.length / ef === s.snapshot.edge_count);
  let sum = 0;
  const firstEdge = [];
  const ids = new Set();
  let namesOk = true;
  for (let i = 0; i < s.nodes.length; i += nf) {
    firstEdge.push(sum * ef);
    sum += s.nodes[i + 4];
    ids.add(s.nodes[i + 2]);
    if (s.nodes[i + 1] >= s.strings.length || types[s.nodes[i]] === undefined) namesOk = false;
  }
  console.log('edge_count sum', sum === s.snapshot.edge_count, 'unique ids', ids.size === count, 'names', namesOk);
  let toOk = true;
  for (let j = 0; j < s.edges.length; j += ef) {
    const to = s.edges[j + 2];
    if (to % nf !== 0 || to >= s.nodes.length || etypes[s.edges[j]] === undefined) toOk = false;
  }
  console.log('to_node', toOk, 'root', types[s.nodes[0]]);
  const node = (n) => ({ type: types[s.nodes[n * nf]], name: s.strings[s.nodes[n * nf + 1]] });
  const edges = (n) => {
    const out = [];
    for (let k = 0; k < s.nodes[n * nf + 4]; k++) {
      const j = firstEdge[n] + k * ef;
      const type = etypes[s.edges[j]];
      const name = type === 'element' || type === 'hidden' ? s.edges[j + 1] : s.strings[s.edges[j + 1]];
      out.push({ type, name, to: s.edges[j + 2] / nf });
    }
    return out;
  };
  const find = (type, name) => {
    for (let n = 0; n < count; n++) {
      const x = node(n);
      if (x.type === type && x.name === name) return n;
    }
    return -1;
  };
  const k = find('object', 'HeapSnapConfKlass');
  console.log('klass found', k >= 0);
  // (alpha, a double, is a hidden edge in V8, a property edge here: not compared)
  const props = edges(k).filter((e) => e.type === 'property' && node(e.to).type !== 'number');
  console.log('klass properties', props.map((e) => e.name).filter((n) => n !== '__proto__').sort().join());
  const beta = props.find((e) => e.name === 'beta');
  console.log('beta', node(beta.to).type, node(beta.to).name);
  const gamma = props.find((e) => e.name === 'gamma');
  console.log('gamma', node(gamma.to).type, node(gamma.to).name);
  const inner = find('closure', 'snapInner');
  const ctx = edges(inner).find((e) => e.name === 'context');
  console.log('closure context', node(ctx.to).name);
  const cap = edges(ctx.to).filter((e) => e.type === 'context').find((e) => {
    const m = edges(e.to).find((x) => x.name === 'marker');
    return m !== undefined && node(m.to).name === 'captured-marker';
  });
  console.log('captured object in context', cap !== undefined);
  console.log('strings', ['array-marker', 'map-value-marker', 'captured-marker'].map((v) => find('string', v) >= 0).join());
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'heapsnap-'));
try {
  const file = path.join(tmp, 'my.heapsnapshot');
  console.log('returns its path', v8.writeHeapSnapshot(file) === file);
  check(JSON.parse(fs.readFileSync(file, 'utf8')));

  process.chdir(tmp);
  const dflt = v8.writeHeapSnapshot();
  console.log('default name', /^Heap\.\d{8}\.\d{6}\.\d+\.0\.\d{3}\.heapsnapshot$/.test(dflt), fs.existsSync(dflt));
  fs.mkdirSync('dir');
  try {
    v8.writeHeapSnapshot('dir');
  } catch (e) {
    console.log('directory', e.code, e.syscall);
  }
  for (const bad of [1, null, {}]) {
    try { v8.writeHeapSnapshot(bad); } catch (e) { console.log(e.code, e.message); }
  }
  for (const bad of [1, null, []]) {
    try { v8.getHeapSnapshot(bad); } catch (e) { console.log(e.code, e.message); }
  }
  try { v8.getHeapSnapshot({ exposeInternals: 1 }); } catch (e) { console.log(e.code, e.message); }
} finally {
  process.chdir(__dirname);
  fs.rmSync(tmp, { recursive: true });
}

const stream = v8.getHeapSnapshot({ exposeNumericValues: true });
let data = '';
stream.setEncoding('utf8');
stream.on('data', (c) => { data += c; });
stream.on('end', () => {
  const s = JSON.parse(data);
  console.log('stream parses', s.snapshot.node_count > 0);

  const { GCProfiler } = v8;
  const p = new GCProfiler();
  console.log('start', p.start());
  let garbage = [];
  for (let i = 0; i < 1000; i++) garbage.push({ i });
  garbage = null;
  setImmediate(() => {
    const r = p.stop();
    console.log(Object.keys(r).join(), r.version, r.endTime >= r.startTime, Array.isArray(r.statistics));
    console.log('records', r.statistics.every((x) => Object.keys(x).join() === 'gcType,beforeGC,cost,afterGC' &&
      typeof x.cost === 'number' && typeof x.afterGC.heapStatistics.usedHeapSize === 'number' &&
      x.beforeGC.heapSpaceStatistics.length > 0));
    console.log('stopped again', p.stop());
  });
});
