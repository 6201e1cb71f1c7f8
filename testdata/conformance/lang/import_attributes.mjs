// Import attributes on static imports: JSON needs type 'json', nothing else
// takes one, and 'json' is the only type (node's link-time checks).
const cases = ['ok_with', 'ok_assert', 'ok_extra_key', 'ok_namespace', 'missing', 'unsupported', 'failed_module',
  'failed_cjs', 'failed_builtin', 'failed_star', 'failed_multiline', 'missing_data'];
const dir = new URL('./import_attributes/', import.meta.url).href;
for (const name of cases) {
  try {
    const ns = await import(`./import_attributes/${name}.mjs`);
    console.log(name, 'ok', JSON.stringify(ns.default));
  } catch (e) {
    console.log(name, e.name, e.code, e.message.split(dir).join('<dir>/'));
  }
}
