'use strict';
// The `v8` builtin (gojanet): getHeapStatistics() with node's field names.
// gojanet runs on goja, whose values live in the Go heap, so the numbers
// describe the Go heap (modules/v8): total_heap_size is the heap's reserved
// size, used_heap_size the bytes in use, heap_size_limit the Go memory
// limit (or, without one, the machine's memory). Fields with no Go
// counterpart are 0 (V8's executable code, global handles, zapping) or 1
// (one native context per runtime); getHeapSpaceStatistics reports the Go
// heap as old_space. getHeapSnapshot/writeHeapSnapshot walk goja's heap
// into V8's snapshot format (modules/v8 heapsnapshot.go, goja's HeapGraph);
// GCProfiler records Go's collections (modules/v8 gcprofiler.go).
// takeCoverage/stopCoverage do nothing (as node's without NODE_V8_COVERAGE);
// serialize/deserialize are internal/serdes. promiseHooks is the engine's
// promise hooks (js/internal/promise_hooks.js). setFlagsFromString parses
// flags as V8 does; a flag this engine lacks is reported on stderr in V8's
// words for an unrecognized flag.

const binding = internalBinding('v8');

function getHeapStatistics() {
  return heapStatisticsOf(binding.heapStatistics());
}

// heapStatisticsOf maps the binding's seven numbers (modules/v8 statsOf)
// onto V8's heap statistics; GCProfiler's records use the same figures.
function heapStatisticsOf([heapSys, heapInuse, heapFree, sys, limit, peak]) {
  return {
    total_heap_size: heapSys,
    total_heap_size_executable: 0,
    total_physical_size: heapInuse + heapFree,
    total_available_size: Math.max(0, limit - heapInuse),
    used_heap_size: heapInuse,
    heap_size_limit: limit,
    malloced_memory: Math.max(0, sys - heapSys),
    peak_malloced_memory: Math.max(0, peak - heapSys),
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: 0,
  };
}

const { Buffer } = require('buffer');
const { Serializer, Deserializer } = require('internal/serdes');

// DefaultSerializer writes typed arrays, DataViews and Buffers as host
// objects (type index, byte length, bytes) rather than with their whole
// ArrayBuffer, which for a pooled Buffer would carry unrelated bytes.
const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array];
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let i = 10; // Buffer
    if (!Buffer.isBuffer(abView)) {
      const name = ArrayBuffer.isView(abView) ? (typedArrayTag.call(abView) || 'DataView') : undefined;
      i = viewTypes.findIndex((c) => c.name === name);
      if (i < 0) {
        throw new this._getDataCloneError(`Unserializable host object: ${require('util').inspect(abView)}`);
      }
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const Ctor = viewTypes[typeIndex];
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const size = Ctor.BYTES_PER_ELEMENT || 1;
    const offset = this.buffer.byteOffset + byteOffset;
    if (Ctor === Buffer) return Buffer.from(this.buffer.buffer, offset, byteLength);
    if (offset % size === 0) return new Ctor(this.buffer.buffer, offset, byteLength / size);
    // Copy to an aligned buffer first.
    const copy = new Uint8Array(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, offset, byteLength));
    return new Ctor(copy.buffer, 0, byteLength / size);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

const { promiseHooks } = require('internal/promise_hooks');

// The V8 flags gojanet knows, by V8's name, each taking its boolean value.
// abort_on_uncaught_exception is accepted and, as in node, moves nothing:
// node decides to abort from its own start-up option (its callback for
// V8's question reads the environment's option, not V8's flag), so the
// flag set at run time leaves an uncaught exception's exit as it was
// (--abort-on-uncaught-exception on the command line is js/internal/bootstrap's).
const known = {
  __proto__: null,
  abort_on_uncaught_exception() {},
};

function setFlagsFromString(flags) {
  if (typeof flags !== 'string') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('flags', 'string', flags);
  }
  let report = '';
  for (const arg of flags.split(/[ \t\n\r\f\v]+/)) {
    // V8 takes the words that start with '-' ('-x' and '--x'); others are not flags.
    if (arg === '' || arg[0] !== '-') continue;
    const eq = arg.indexOf('=');
    let name = (eq < 0 ? arg : arg.slice(0, eq)).replace(/^--?/, '').replace(/-/g, '_');
    let on = true;
    if (!(name in known) && name.startsWith('no')) {
      const rest = name.startsWith('no_') ? name.slice(3) : name.slice(2);
      if (rest in known) {
        name = rest;
        on = false;
      }
    }
    if (!(name in known)) {
      report += `Error: unrecognized flag ${arg}\nTry --help for options\n`;
      continue;
    }
    if (eq >= 0) {
      report += `Error: illegal value for flag ${arg} of type bool\n` +
        'To set or unset a boolean flag, use --flag or --no-flag.\nTry --help for options\n';
      continue;
    }
    known[name](on);
  }
  if (report !== '') internalBinding('host').write(2, report);
}

// The heap's spaces, as V8 names them: the Go heap is one space, reported
// as old_space; the others are empty.
const spaceNames = ['read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space',
  'new_large_object_space', 'large_object_space', 'code_large_object_space', 'shared_large_object_space'];
function getHeapSpaceStatistics() {
  return spaceStatisticsOf(binding.heapStatistics());
}

function spaceStatisticsOf([heapSys, heapInuse, heapFree]) {
  return spaceNames.map((space_name) => {
    const old = space_name === 'old_space';
    return {
      space_name,
      space_size: old ? heapSys : 0,
      space_used_size: old ? heapInuse : 0,
      space_available_size: old ? heapFree : 0,
      physical_space_size: old ? heapInuse + heapFree : 0,
    };
  });
}

// No compiled machine code: goja interprets its own bytecode.
function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

// A tag for vm.Script's cachedData: gojanet's cached data is its own.
function cachedDataVersionTag() {
  return 0x676f6a61; // 'goja'
}

// Coverage is written only under NODE_V8_COVERAGE in node, which V8's
// profiler collects; gojanet has no such profiler: both do nothing, as
// node's do without the variable (test runners call them unconditionally).
function takeCoverage() {}
function stopCoverage() {}

function setHeapSnapshotNearHeapLimit(limit) {
  const { validateUint32 } = require('internal/validators');
  validateUint32(limit, 'limit', true);
}

const { heapSnapshotOptions, heapSnapshotStream, snapshotName } = require('internal/heap_utils');

function getHeapSnapshot(options) {
  const numeric = heapSnapshotOptions(options);
  return heapSnapshotStream(binding.heapSnapshot(numeric));
}

function writeHeapSnapshot(filename, options) {
  if (filename !== undefined) {
    // node answers the path it was given (a URL as its path string); our
    // getValidatedPath copies a plain Uint8Array into a Buffer
    const path = require('internal/fs/utils').getValidatedPath(filename);
    if (!(filename instanceof Uint8Array)) filename = path;
  }
  const numeric = heapSnapshotOptions(options);
  if (filename === undefined) filename = snapshotName();
  // Opened through fs, so that a path that cannot be written throws node's
  // error (EISDIR from open, ...); the snapshot is written there from Go.
  const fs = require('fs');
  const fd = fs.openSync(filename, 'w');
  try {
    binding.writeHeapSnapshotFd(fd, numeric);
  } catch (err) {
    // A walk that failed wrote nothing: no file is left (node's cannot fail
    // there). A write that failed leaves what it wrote, as node's (EFBIG).
    let empty = false;
    try { empty = fs.fstatSync(fd).size === 0; } catch {}
    fs.closeSync(fd);
    if (empty) {
      try { fs.unlinkSync(filename); } catch {}
    }
    throw err;
  }
  fs.closeSync(fd);
  return filename;
}

// GCProfiler: start() begins recording Go's collections, stop() returns
// them in node's shape (version 1, start and end times, a record per
// collection with the heap before and after; see modules/v8 gcprofiler.go
// for what before and after are). Go's collector is a full mark-sweep:
// every record's gcType is 'MarkSweepCompact'.
function heapStatsOf(a, i) {
  const stats = a.slice(i, i + 7);
  const all = heapStatisticsOf(stats);
  const heapStatistics = {};
  for (const k of gcHeapStatisticsKeys) heapStatistics[camelCase(k)] = all[k];
  return { heapStatistics, heapSpaceStatistics: spaceStatisticsOf(stats).map(camelCaseKeys) };
}

// The heap statistics a GCProfiler record carries, in node's order.
const gcHeapStatisticsKeys = ['total_heap_size', 'total_heap_size_executable', 'total_physical_size',
  'total_available_size', 'total_global_handles_size', 'used_global_handles_size', 'used_heap_size',
  'heap_size_limit', 'malloced_memory', 'external_memory', 'peak_malloced_memory'];
const camelCase = (k) => k.replace(/_(.)/g, (_, c) => c.toUpperCase());
function camelCaseKeys(o) {
  const r = {};
  for (const k of Object.keys(o)) r[camelCase(k)] = o[k];
  return r;
}

// (a profiler dropped without stop() stops recording once collected: the
// binding's cleanup on it)
class GCProfiler {
  #profiler = null;
  #startTime = 0;

  start() {
    if (this.#profiler !== null) return;
    this.#startTime = Date.now();
    this.#profiler = binding.gcProfilerStart(this);
  }

  stop() {
    if (this.#profiler === null) return undefined;
    const recs = binding.gcProfilerStop(this.#profiler);
    this.#profiler = null;
    const statistics = [];
    for (let i = 0; i + 15 <= recs.length; i += 15) {
      statistics.push({
        gcType: 'MarkSweepCompact',
        beforeGC: heapStatsOf(recs, i + 1),
        cost: recs[i],
        afterGC: heapStatsOf(recs, i + 8),
      });
    }
    return { version: 1, startTime: this.#startTime, statistics, endTime: Date.now() };
  }
}

// Startup snapshots are V8's (node --build-snapshot): never being built here.
const notBuilding = () => {
  const { codes } = require('internal/errors');
  throw new codes.ERR_NOT_BUILDING_SNAPSHOT();
};
const startupSnapshot = {
  addDeserializeCallback: function addDeserializeCallback() { notBuilding(); },
  addSerializeCallback: function addSerializeCallback() { notBuilding(); },
  setDeserializeMainFunction: function setDeserializeMainFunction() { notBuilding(); },
  isBuildingSnapshot: function isBuildingSnapshot() { return 0; }, // node's reads a flag byte
};

module.exports = {
  cachedDataVersionTag, getHeapStatistics, getHeapSpaceStatistics, getHeapCodeStatistics, setFlagsFromString,
  Serializer, Deserializer, DefaultSerializer, DefaultDeserializer, deserialize, takeCoverage, stopCoverage,
  serialize, promiseHooks, startupSnapshot, setHeapSnapshotNearHeapLimit,
  getHeapSnapshot, writeHeapSnapshot, GCProfiler,
};
