// Patching process.stdout.write captures console.log, as test runners rely on.
const captured = [];
const original = process.stdout.write;
process.stdout.write = function (chunk) {
  captured.push(String(chunk));
  return true;
};
console.log('captured %d', 1);
console.info('also captured');
process.stdout.write = original;
delete process.stdout.write;
console.log('printed normally');
console.log(JSON.stringify(captured));
process.stdout.write('direct\n');
console.log(process.stdout.write === original);
