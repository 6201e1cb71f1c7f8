// The v8 module's members: heap space and code statistics in node's shape,
// cachedDataVersionTag a number, coverage calls that do nothing without
// NODE_V8_COVERAGE, setHeapSnapshotNearHeapLimit's validation, and
// startupSnapshot outside a snapshot build.
const v8 = require('v8');
for (const name of ['cachedDataVersionTag', 'getHeapSpaceStatistics', 'getHeapCodeStatistics', 'takeCoverage',
  'stopCoverage', 'setHeapSnapshotNearHeapLimit']) {
  console.log(name, typeof v8[name]);
}
console.log(typeof v8.cachedDataVersionTag(), v8.cachedDataVersionTag() === v8.cachedDataVersionTag());
const spaces = v8.getHeapSpaceStatistics();
console.log(spaces.map((s) => s.space_name).join());
console.log(spaces.every((s) => Object.keys(s).join() === 'space_name,space_size,space_used_size,space_available_size,physical_space_size' &&
  Object.values(s).slice(1).every((v) => typeof v === 'number' && v >= 0)));
console.log(spaces.some((s) => s.space_used_size > 0));
const code = v8.getHeapCodeStatistics();
console.log(Object.keys(code).join(), Object.values(code).every((v) => typeof v === 'number'));
console.log(v8.takeCoverage(), v8.stopCoverage(), v8.setHeapSnapshotNearHeapLimit(10));
for (const bad of [0, 'x', 1.5, -1]) {
  try {
    v8.setHeapSnapshotNearHeapLimit(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log(v8.startupSnapshot.isBuildingSnapshot());
for (const name of ['addSerializeCallback', 'addDeserializeCallback', 'setDeserializeMainFunction']) {
  try {
    v8.startupSnapshot[name](() => {});
  } catch (e) {
    console.log(name, e.code, e.message);
  }
}
