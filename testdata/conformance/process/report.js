// process.report: getReport/writeReport, settings and their errors.
const os = require('os'); const path = require('path'); const fs = require('fs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-')); process.chdir(dir);
const f = process.report.writeReport(); console.log('ret', /^report\.\d{8}\.\d{6}\.\d+\.0\.001\.json$/.test(f));
console.log('ret', process.report.writeReport('named.json'));
process.report.compact = true; console.log(process.report.writeReport('c.json'));
const j = JSON.parse(require('fs').readFileSync('c.json', 'utf8')); console.log(Object.keys(j), j.header.trigger, j.header.filename, j.header.event);
process.report.directory = '/nope'; console.log(JSON.stringify(process.report.writeReport('x.json')));
process.report.directory = '';
const r = process.report;
for (const [k,v] of [['compact',1],['directory',1],['filename',{}],['signal','SIGFOO'],['signal',5],['reportOnFatalError','x'],['reportOnSignal',1],['reportOnUncaughtException',null],['excludeNetwork',0]]) { try { r[k]=v; console.log('ok',k) } catch(e) { console.log(k, e.name, e.code, e.message) } }
try { r.getReport(5) } catch(e) { console.log(e.code, e.message) }
try { r.writeReport(5) } catch(e) { console.log(e.code, e.message) }
try { r.writeReport('x', 5) } catch(e) { console.log(e.code, e.message) }
const e2 = new Error('p'); e2.extra = 1; e2.code = 'X'; const js = r.getReport(e2).javascriptStack; console.log(js.message, JSON.stringify(js.errorProperties), js.stack[0].startsWith('at '));
console.log(Object.keys(r), process.report === r, Object.getOwnPropertyDescriptor(process, 'report').enumerable);
r.excludeNetwork = true; console.log(r.getReport().header.networkInterfaces);
const full = r.getReport(); console.log(Object.keys(full), Object.keys(full.header).filter((k) => !k.startsWith('glibc')), full.libuv.filter((h) => h.type === 'tcp').length, typeof full.javascriptHeap.heapSpaces.old_space.used, Object.keys(full.userLimits));
process.chdir(os.tmpdir()); fs.rmSync(dir, { recursive: true });
// reportOnSignal is a listener of the report's signal
r.reportOnSignal = true;
console.log(process.listeners('SIGUSR2').map((l) => l.name), process.listenerCount('SIGUSR2'));
r.signal = 'SIGUSR1';
console.log(process.listenerCount('SIGUSR2'), process.listenerCount('SIGUSR1'));
r.reportOnSignal = false;
console.log(process.listenerCount('SIGUSR1'), r.signal, r.reportOnSignal);
