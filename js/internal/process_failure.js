'use strict';
// The process's rarely run paths (gojanet), split out of
// internal/bootstrap so that a start-up does not compile them: the default
// 'warning' listener (printing, --redirect-warnings), the report printed for
// a fatal exception, and the warnings of an unhandled rejection. The
// bootstrap keeps the state and the decisions (fatalException,
// processRejection, emitWarning) and calls these through small functions of
// the same names, loading this file the first time one runs.
//
// Written from Node's documentation and by comparing output with the real
// node (lib/internal/process/warning.js and execution.js are node's
// counterparts).

let host;
let options;
let isErrorLike;

let traceWarningHelperShown = false;
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  // --disable-warning=<code or type>: not printed ('warning' listeners
  // still see it, as node's)
  const disabled = options.disabledWarnings;
  if (disabled !== undefined && (disabled.has(warning.code) || disabled.has(warning.name))) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) msg += warning.stack;
  else msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = require('path').basename(process.argv0 || 'node', '.exe');
    msg += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  if (warningFile() !== '') writeWarningToFile(msg);
  else writeWarning(msg);
}
// Through the global console, as node's: a script that patched
// process.stderr.write sees warnings too.
function writeWarning(msg) {
  require('console').error(msg);
}
// --redirect-warnings=<file> (or NODE_REDIRECT_WARNINGS, as the runtime
// started): warnings are appended to the file, opened on the first one;
// if it cannot be opened or written, they go to stderr after all.
let warningPath;
let warningFd = null;
function warningFile() {
  if (warningPath === undefined) {
    const file = options.redirectWarnings || host.env.NODE_REDIRECT_WARNINGS || '';
    warningPath = file === '' ? '' : require('path').resolve(file);
  }
  return warningPath;
}
function writeWarningToFile(msg) {
  const fs = require('fs');
  if (warningFd === null) {
    try {
      warningFd = fs.openSync(warningPath, 'a');
    } catch {
      writeWarning(msg);
      return;
    }
    process.on('exit', () => {
      try { fs.closeSync(warningFd); } catch { /* closed already */ }
    });
  }
  fs.appendFile(warningFd, `${msg}\n`, (err) => {
    if (err) writeWarning(msg);
  });
}

// The report of a fatal exception, laid out as node's: the source line
// where it was thrown (or, without that, of the top frame) with a caret (an
// "arrow"), the error with its stack in V8's frame format, and the version.
// origin is the fatal exception's: 'uncaughtException' for a throw,
// 'unhandledRejection' for a rejection. A thrown primitive is written as
// String() gives it with node's --trace-uncaught hint; another value that is
// no native error as util.inspect shows it, after a blank line.
// site: where err was thrown when the caller took it before running other
// code (host.caughtSite answers for the last caught throw only)
function writeErrorReport(err, origin, site) {
  const isObject = err !== null && (typeof err === 'object' || typeof err === 'function');
  let arrow = '';
  try {
    if (site === undefined && origin === 'uncaughtException') site = host.caughtSite(err);
    let own;
    try { own = isObject ? err[host.arrowKey] : undefined; } catch { /* a Proxy whose traps throw */ }
    if (typeof own === 'string') arrow = own + '\n';
    else if (isObject && require('internal/errors').decoratedErrors.has(err)) arrow = '';
    else if (site !== undefined && (arrow = siteArrow(site.file, site.line, site.col)) !== '') { /* the throw site */ }
    else if (isObject && typeof err.stack === 'string') arrow = stackArrow(err.stack, origin !== 'unhandledRejection');
  } catch (e) {
    // a throwing getter: no arrow
  }
  // --trace-uncaught: the stack where it was thrown, under "Thrown at:".
  const { flagName } = require('internal/cli_options');
  const traceUncaught = process.execArgv.some((a) => flagName(a) === '--trace-uncaught');
  const thrownAt = traceUncaught && site !== undefined ?
    '\nThrown at:\n' + site.frames.map((f) => `    at ${f}`).join('\n') + '\n' : '';
  let text;
  let unprintable = false;
  if (isObject) {
    try {
      // node's fatal report: no custom inspect (a SystemError's accessors
      // show no values), and at least 5 levels deep
      const { inspect } = require('util');
      text = inspect(err, { customInspect: false, depth: Math.max(inspect.defaultOptions.depth, 5) });
      if (err instanceof Error || (err && typeof err.stack === 'string')) text = v8Frames(text);
    } catch (e) {
      text = printable(() => err.stack || err);
      // nothing to show (a Proxy whose traps throw): node's line for a
      // thrown value it cannot print
      unprintable = text === '';
    }
  }
  if (!isObject || unprintable) {
    text = (arrow === '' ? '' : '\n' + arrow) + (typeof err === 'symbol' ? '' : printable(() => err)) + (traceUncaught ? thrownAt :
      `\n(Use \`${require('path').basename(process.argv0 || 'node', '.exe')} --trace-uncaught ...\` ` +
      'to show where the exception was thrown)');
  } else {
    let native = false;
    try { native = require('util').types.isNativeError(err); } catch { /* a revoked proxy */ }
    text = (native || arrow === '' ? (arrow === '' ? '' : arrow + '\n') + text : '\n' + arrow + text) + thrownAt;
  }
  host.write(2, text + '\n');
  try {
    // process.report.reportOnUncaughtException: the diagnostic report comes
    // between the error and the version line, as node's
    const report = require('internal/process_report');
    if (report.wanted()) report.onUncaughtException(err);
  } catch { /* the report is best effort */ }
  host.write(2, '\ngojanet ' + host.gojanetVersion + ' (node ' + host.version + ')\n');
}

// printable: String(get()), or '' when reading or converting the value
// throws (a Proxy whose traps throw), which node prints as nothing.
function printable(get) {
  try {
    return String(get());
  } catch {
    return '';
  }
}

// goja writes frames as "\tat f (file:1:2(34))"; V8 as "    at f (file:1:2)".
// goja's native call/apply frames are dropped.
function v8Frames(text) {
  return text.split('\n').filter((l) => !/^\tat (call|apply) \(native\)$/.test(l))
    .map((l) => (l.startsWith('\tat ') ? '    at ' + l.slice(4).replace(/([^ (]*):(\d+):(\d+)\(\d+\)/, frameLocation) : l))
    .join('\n');
}

// A user file's first line starts after the module wrapper: take its width
// off the column there.
function frameLocation(match, file, line, col) {
  if (line === '1' && !file.startsWith('node:') && +col > host.wrapperWidth) col = +col - host.wrapperWidth;
  return `${file}:${line}:${col}`;
}

// The arrow of the top frame that is not node's own (whose source gojanet
// does not have); none when that frame's file cannot be read (a vm
// script's), rather than pointing at a caller. thrown: the error was thrown
// (V8 points at the throw statement), not a rejection's reason (V8 points
// where the error was made).
// evalSources: the code of -e, -p, stdin and a worker's eval, by name
// ('[eval]', '[stdin]', '[worker eval]'), for their errors' arrows.
const evalSources = new Map();

function stackArrow(stack, thrown) {
  const re = /\n\s*at (?:[^\n]*? \()?(file:\/\/\/[^:()\n]*|[^:()\n]+):(\d+):(\d+)/g;
  let m;
  while ((m = re.exec(stack)) !== null && m[1] === 'node') { /* node:… frames */ }
  if (!m) return '';
  // An ES module's frames name its URL (V8's), a CommonJS file's its path.
  let file = m[1];
  if (file.startsWith('file:///')) {
    try { file = decodeURIComponent(file.slice(7)); } catch (e) { return ''; }
  }
  if (!file.startsWith('/') && !evalSources.has(file)) return '';
  return arrowAt(m[1], file, +m[2], +m[3], thrown);
}

// siteArrow is the arrow of a throw site the VM recorded (a file name, or
// an ES module's file URL), '' for node's own code or a source gojanet
// cannot read.
function siteArrow(name, line, col) {
  if (name.startsWith('node:')) return '';
  let file = name;
  if (file.startsWith('file:///')) {
    try { file = decodeURIComponent(file.slice(7)); } catch (e) { return ''; }
  }
  if (!file.startsWith('/') && !evalSources.has(file)) return '';
  return arrowAt(name, file, line, col, true);
}

// arrowAt is "name:line", the source line and a caret under col (1-based;
// the module wrapper's width taken off on line 1), '' when it cannot be read.
function arrowAt(name, file, lineNo, col, thrown) {
  let src = evalSources.get(file);
  if (src === undefined) {
    try { src = host.readFile(file); } catch (e) { return ''; }
  }
  const line = src.split('\n')[lineNo - 1];
  if (line === undefined) return '';
  if (lineNo === 1 && col > host.wrapperWidth) col -= host.wrapperWidth;
  // V8 points at a throw statement, goja's frame at the value thrown.
  const throwAt = thrown ? /\bthrow\s+$/.exec(line.slice(0, col - 1)) : null;
  if (throwAt) col = throwAt.index + 1;
  let pad = '';
  for (let i = 0; i < col - 1 && i < line.length; i++) pad += line[i] === '\t' ? '\t' : ' ';
  return `${name}:${lineNo}\n${line.replace(/\r$/, '')}\n${pad}^\n`;
}

// The two warnings node's warn modes print for an unhandled rejection.
function warnUnhandledRejection(uid, reason) {
  try {
    let shown;
    if (isErrorLike(reason)) shown = reason.stack;
    else {
      try { shown = require('util').inspect(reason); } catch (e) { shown = String(reason); }
    }
    process.emitWarning(shown, 'UnhandledPromiseRejectionWarning');
  } catch (e) {
    // a reason that cannot be shown: only the second warning
  }
  const w = new Error('Unhandled promise rejection. This error originated either by throwing inside of an ' +
    'async function without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
    'To terminate the node process on unhandled promise rejection, use the CLI flag ' +
    '`--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  w.name = 'UnhandledPromiseRejectionWarning';
  process.emitWarning(w);
}

module.exports = {
  evalSources,
  init(h, opts, errorLike) {
    host = h;
    options = opts;
    isErrorLike = errorLike;
    return { onWarning, writeErrorReport, warnUnhandledRejection, v8Frames };
  },
};
