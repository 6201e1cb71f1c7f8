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
  const argv = allOptions().map(flagName);
  if (argv.includes('--no-pending-deprecation')) return false;
  return argv.includes('--pending-deprecation') || process.env.NODE_PENDING_DEPRECATION === '1';
}

// flagName(arg): an option's name, arg up to any '='. node's booleans
// ignore a value (`--no-warnings=1` is --no-warnings): they match by name.
function flagName(arg) {
  const eq = arg.indexOf('=');
  return eq < 0 ? arg : arg.slice(0, eq);
}

// cliFlag(name): whether the boolean option is on, the last of --name
// and --no-name deciding; dflt when neither is given.
function cliFlag(name, dflt) {
  const argv = allOptions();
  let on = dflt;
  for (const a of argv) {
    const given = flagName(a);
    if (given === `--${name}`) on = true;
    else if (given === `--no-${name}`) on = false;
  }
  return on;
}

module.exports = { cliOption, cliFlag, flagName, pendingDeprecation };
