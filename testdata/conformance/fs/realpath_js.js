// fs.realpath (node's JavaScript one, not .native): the path is resolved
// lexically first ("link/.." is the link's directory); a link is stat()ed
// before it is read, so a dangling link or a loop fails on the link with
// syscall 'stat'.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fsconf-')));
const rel = (s) => typeof s === 'string' ? s.split(dir).join('DIR') : s;
fs.mkdirSync(dir + '/sub');
fs.symlinkSync(dir + '/sub', dir + '/up');
fs.mkdirSync(dir + '/sub/only');
fs.symlinkSync('nowhere', dir + '/dangling');
fs.symlinkSync('loop2', dir + '/loop1');
fs.symlinkSync('loop1', dir + '/loop2');
const cases = ['up/../only', 'up/only/..', 'up/./only', 'dangling', 'dangling/x', 'loop1', 'loop1/..', 'up/../sub/only'];
const show = (tag, e, r) => console.log(tag, e ? [e.code, e.syscall, rel(e.path), rel(e.message)].join(' ') : rel(r));
for (const c of cases) {
  try { show('sync ' + c, null, fs.realpathSync(dir + '/' + c)); } catch (e) { show('sync ' + c, e); }
}
// (one at a time: the callbacks' order is the thread pool's)
(function next(i) {
  if (i === cases.length) {
    process.chdir(dir + '/sub');
    console.log(rel(fs.realpathSync('')), rel(fs.realpathSync('only/../../up')));
    fs.rmSync(dir, { recursive: true });
    return;
  }
  fs.realpath(dir + '/' + cases[i], (e, r) => {
    show('async ' + cases[i], e, r);
    next(i + 1);
  });
})(0);
