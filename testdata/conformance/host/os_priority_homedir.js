'use strict';
// os.getPriority/setPriority: argument errors, and a failed call's
// ERR_SYSTEM_ERROR (its info, accessors and message); os.homedir() follows
// process.env.HOME as it is now and falls back to the password database.
const os = require('os');
const util = require('util');

function show(label, fn) {
  try {
    console.log(label, 'returned', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
    if (e.info) {
      console.log('  info', e.info, Object.keys(e), e.errno, e.syscall, String(e));
      console.log('  inspect has values:', util.inspect(e).includes("[Getter/Setter: 'uv_os_"));
      e.errno = -1;
      console.log('  errno set through:', e.info.errno);
    }
  }
}

show('get(-1)', () => os.getPriority(-1));
show('set(-1, 0)', () => os.setPriority(-1, 0));
show('get("x")', () => os.getPriority('x'));
show('get(3.5)', () => os.getPriority(3.5));
show('set("x", "y")', () => os.setPriority('x', 'y'));
show('set(0, 20)', () => os.setPriority(0, 20));
show('set(null)', () => os.setPriority(null));
show('get()', () => typeof os.getPriority());
show('get(pid) === get()', () => os.getPriority(process.pid) === os.getPriority());

const home = process.env.HOME;
delete process.env.HOME;
console.log('no HOME: passwd entry', os.homedir() === os.userInfo().homedir, os.homedir().startsWith('/'));
process.env.HOME = '/some/where';
console.log('HOME set:', os.homedir());
process.env.HOME = home;
