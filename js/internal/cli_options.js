'use strict';
// cliOption(name): the value of a node option given on the command line
// (`--name=value` or `--name value` in process.execArgv; the last one
// wins), undefined when absent. Modules read their own options with it
// when they load (tls: --tls-cipher-list, --tls-keylog).

// NODE_OPTIONS' options count too, before the command line's.
function allOptions() {
  const { nodeOptions } = internalBinding('host');
  return nodeOptions.length > 0 ? [...nodeOptions, ...process.execArgv] : process.execArgv;
}

function cliOption(name) {
  const argv = allOptions();
  let value;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name && i + 1 < argv.length) value = argv[++i];
    else if (argv[i].startsWith(name + '=')) value = argv[i].slice(name.length + 1);
  }
  return value;
}

// pendingDeprecation(): node's --pending-deprecation (or
// NODE_PENDING_DEPRECATION=1; --no-pending-deprecation wins over both),
// which turns on the deprecation warnings node keeps behind it.
function pendingDeprecation() {
  const argv = allOptions();
  if (argv.includes('--no-pending-deprecation')) return false;
  return argv.includes('--pending-deprecation') || process.env.NODE_PENDING_DEPRECATION === '1';
}

// cliFlag(name): whether the boolean option is on, the last of --name
// and --no-name deciding; dflt when neither is given.
function cliFlag(name, dflt) {
  const argv = allOptions();
  let on = dflt;
  for (const a of argv) {
    if (a === `--${name}`) on = true;
    else if (a === `--no-${name}`) on = false;
  }
  return on;
}

module.exports = { cliOption, cliFlag, pendingDeprecation };
