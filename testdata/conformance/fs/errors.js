// errors and validation shaped as node's
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fsconf-'));
const show = (f) => {
  try { const r = f(); console.log('ok', r); } catch (e) {
    console.log(e.name, e.code, String(e.message).split(dir).join('DIR'), e.errno, e.syscall,
      e.path && e.path.split(dir).join('DIR'), e.dest && e.dest.split(dir).join('DIR'));
  }
};
show(() => fs.readFileSync(123456));
show(() => fs.readFileSync(dir + '/none'));
show(() => fs.readFileSync({}));
show(() => fs.readFileSync('a\0b'));
show(() => fs.openSync(dir + '/x', 'zz'));
show(() => fs.openSync(dir + '/x', 'r', 'abc'));
show(() => fs.closeSync(-1));
show(() => fs.closeSync(1.5));
show(() => fs.readFileSync(dir));
show(() => fs.mkdirSync(dir));
show(() => fs.rmdirSync(dir + '/none'));
show(() => fs.renameSync(dir + '/none', dir + '/other'));
show(() => fs.copyFileSync(dir + '/none', dir + '/other'));
show(() => fs.linkSync(dir + '/none', dir + '/other'));
show(() => fs.readlinkSync(dir));
show(() => fs.writeFileSync(dir + '/f', 42));
show(() => fs.writeFileSync(dir + '/f', 'data', 'bogus-enc'));
fs.writeFileSync(dir + '/f', 'data');
show(() => fs.mkdirSync(dir + '/f/g', { recursive: true }));
show(() => fs.readdirSync(dir + '/f'));
show(() => fs.statSync(dir + '/none', { throwIfNoEntry: false }));
show(() => fs.accessSync(dir + '/none'));
show(() => fs.accessSync(dir + '/f', 8));
show(() => fs.chmodSync(dir + '/f', 'xyz'));
show(() => fs.truncateSync(dir + '/f', 2) || fs.readFileSync(dir + '/f', 'utf8'));
show(() => fs.symlinkSync('f', dir + '/link') || fs.readlinkSync(dir + '/link'));
show(() => fs.lstatSync(dir + '/link').isSymbolicLink());
show(() => fs.statSync(dir + '/link').isFile());
show(() => fs.realpathSync(dir + '/link') === fs.realpathSync(dir) + '/f');
show(() => fs.realpathSync(dir + '/nope/x'));
show(() => fs.realpathSync.native(dir + '/nope/x'));
show(() => fs.existsSync(dir + '/link'));
show(() => fs.readSync(fs.openSync(dir + '/f'), Buffer.alloc(4), 0, 10, 0));
show(() => fs.utimesSync(dir + '/f', 1000, 2000) || fs.statSync(dir + '/f').mtimeMs);
show(() => fs.utimesSync(dir + '/f', 'x', 2000));
show(() => fs.copyFileSync(dir + '/f', dir + '/g') || fs.readFileSync(dir + '/g', 'latin1'));
show(() => fs.copyFileSync(dir + '/f', dir + '/g', fs.constants.COPYFILE_EXCL));
show(() => fs.rmSync(dir + '/none'));
show(() => fs.rmSync(dir + '/none', { force: true }));
show(() => fs.unlinkSync(dir + '/none'));
show(() => fs.readdirSync(dir, { withFileTypes: true }).map((d) => `${d.name}:${d.isFile()}:${d.isSymbolicLink()}`).join(' '));
show(() => fs.mkdtempSync(42));
show(() => fs.fstatSync(99999));
show(() => fs.writeSync(99999, 'x'));
show(() => fs.readdirSync(dir, { encoding: 'buffer' })[0]);
show(() => fs.statSync(dir + '/f', { bigint: true }).isFile());
show(() => typeof fs.statSync(dir + '/f', { bigint: true }).mtimeNs);
fs.stat(dir + '/none', (err) => {
  console.log('async', err.code, err.message.split(dir).join('DIR'));
  fs.rename(dir + '/a', dir + '/b', (err) => {
    console.log('async', err.message.split(dir).join('DIR'));
    fs.mkdir(dir + '/m/n', { recursive: true }, (err, first) => {
      console.log('mkdir', err, first.split(dir).join('DIR'));
      fs.rm(dir + '/m', (err) => {
        console.log(err.name, err.code, err.message.split(dir).join('DIR'));
        fs.rm(dir, { recursive: true }, (err) => console.log('rm', err, fs.existsSync(dir)));
      });
    });
  });
});
