// tty without a terminal: isatty, colour depth by environment, errors for
// bad descriptors, and process.stdout when it is not a terminal.
const tty = require('tty');
console.log([-1, 1.5, NaN, 'x', 2 ** 31, 99999, undefined].map((fd) => tty.isatty(fd)).join());
console.log(process.stdout.isTTY, process.stderr.isTTY, typeof process.stdout.getColorDepth, process.stdout instanceof tty.WriteStream);
const depth = (env) => tty.WriteStream.prototype.getColorDepth(env);
const envs = [{}, { TERM: 'dumb' }, { TERM: 'xterm-256color' }, { TERM: 'xterm' }, { TERM: 'screen' }, { TERM: 'linux' },
  { TERM: 'rxvt-unicode-24bit' }, { COLORTERM: 'truecolor' }, { COLORTERM: '1' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: '' },
  { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: 'true' }, { NO_COLOR: '1', TERM: 'xterm-256color' },
  { NODE_DISABLE_COLORS: '1' }, { TMUX: '1' }, { CI: '1' }, { CI: '1', GITHUB_ACTIONS: 'true' }, { CI: '1', CI_NAME: 'codeship' },
  { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' }, { TERM_PROGRAM: 'iTerm.app' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.2' },
  { TERM_PROGRAM: 'Apple_Terminal' }, { TERM_PROGRAM: 'HyperTerm' }, { TERM: 'KONSOLE' }, { TERM: 'mosh' }];
for (const env of envs) console.log(JSON.stringify(env), depth(env));
const has = (...a) => tty.WriteStream.prototype.hasColors(...a);
console.log(has({ TERM: 'xterm-256color' }), has(256, { TERM: 'xterm-256color' }), has(257, { TERM: 'xterm-256color' }), has(2, {}), has(16, { TERM: 'dumb' }));
for (const bad of [() => has('x', {}), () => has(1, {}), () => new tty.WriteStream(-1), () => new tty.ReadStream(1.5), () => tty.WriteStream('a')]) {
  try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try {
  new tty.WriteStream(99999);
} catch (e) {
  console.log(e.name, e.code, e.message, JSON.stringify(e.info), e.errno, e.syscall);
}
console.log(Object.keys(tty).join(), typeof tty.WriteStream.prototype.clearLine, typeof tty.ReadStream.prototype.setRawMode);
