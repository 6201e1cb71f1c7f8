// An ES module whose evaluation throws ends its graph's evaluation there:
// the importer's later imports are not evaluated, and the module keeps its
// error (a later import fails with it and does not run the body again).
// A module failing after an await lets its importer's other imports run.
for (const f of ['root', 'throws', 'root', 'root2', 'middle', 'root3', 'root4', 'late', 'root5']) {
  try {
    const ns = await import(`./fixtures/eval_failure/${f}.mjs`);
    console.log(f, 'fulfilled', Object.keys(ns));
  } catch (e) {
    console.log(f, 'rejected:', e instanceof Error ? e.message : e);
  }
}
