'use strict';
// util.parseArgs, written from Node's documentation and checked against
// node's results and error messages.

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateBooleanArray, validateObject,
  validateString, validateStringArray, validateUnion,
} = require('internal/validators');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

function getMainArgs() {
  const argv = (typeof process === 'object' && Array.isArray(process.argv)) ? process.argv : [];
  return argv.slice(2);
}

function isOptionLikeValue(value) {
  return typeof value === 'string' && value.length > 1 && value[0] === '-';
}

function findLongOptionForShort(shortOption, options) {
  for (const name of Object.keys(options)) {
    if (options[name].short === shortOption) return name;
  }
  return shortOption;
}

function optionUsage(longOption, options) {
  const short = hasOwn(options, longOption) ? options[longOption].short : undefined;
  const shortPart = short ? `-${short}, ` : '';
  return `${shortPart}--${longOption}`;
}

function tokenize(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const nextArg = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const p of remaining) tokens.push({ kind: 'positional', index: ++index, value: p });
      break;
    }

    if (typeof arg === 'string' && arg.length === 2 && arg[0] === '-' && arg[1] !== '-') {
      // -f
      const token = optionToken(findLongOptionForShort(arg[1], options), arg, index, options, nextArg, remaining);
      tokens.push(token);
      if (token.value != null) ++index;
      continue;
    }

    if (typeof arg === 'string' && arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
      // -abc or -fVALUE
      const first = findLongOptionForShort(arg[1], options);
      if (hasOwn(options, first) && options[first].type === 'string') {
        tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const longOption = findLongOptionForShort(shortOption, options);
        if (!hasOwn(options, longOption) || options[longOption].type !== 'string' || i === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (typeof arg === 'string' && arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq !== -1) {
        const longOption = arg.slice(2, eq);
        tokens.push({ kind: 'option', name: longOption, rawName: `--${longOption}`, index, value: arg.slice(eq + 1), inlineValue: true });
        continue;
      }
      const token = optionToken(arg.slice(2), arg, index, options, nextArg, remaining);
      tokens.push(token);
      if (token.value != null) ++index;
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// The token of -f or --foo given alone: a string option takes the next
// argument as its value.
function optionToken(name, rawName, index, options, nextArg, remaining) {
  let value;
  let inlineValue;
  if (hasOwn(options, name) && options[name].type === 'string' && nextArg !== undefined) {
    value = remaining.shift();
    inlineValue = false;
  }
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

function checkOptionUsage(config, token) {
  const { name, rawName, value, inlineValue } = token;
  if (!hasOwn(config.options, name)) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(rawName, config.allowPositionals);
  }
  const short = config.options[name].short;
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = config.options[name].type;
  if (type === 'string' && typeof value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
  if (type === 'string' && !inlineValue && isOptionLikeValue(value)) {
    const example = rawName.startsWith('--') ? `'${rawName}=-XYZ'` : `'--${name}=-XYZ' or '${rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${rawName}'?\nTo specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(longOption, optionValue, options, values) {
  if (longOption === '__proto__') return;
  const newValue = optionValue === undefined ? true : optionValue;
  if (hasOwn(options, longOption) && options[longOption].multiple) {
    if (values[longOption] === undefined) values[longOption] = [];
    values[longOption].push(newValue);
  } else {
    values[longOption] = newValue;
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = config.args !== undefined ? config.args : getMainArgs();
  const strict = config.strict !== undefined ? config.strict : true;
  const allowPositionals = config.allowPositionals !== undefined ? config.allowPositionals : !strict;
  const returnTokens = config.tokens !== undefined ? config.tokens : false;
  const options = config.options !== undefined ? config.options : { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateObject(options, 'options');
  for (const longOption of Object.keys(options)) {
    const optionConfig = options[longOption];
    validateObject(optionConfig, `options.${longOption}`);
    validateUnion(optionConfig.type, `options.${longOption}.type`, ['string', 'boolean']);
    if (hasOwn(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption, 'must be a single character');
      }
    }
    const multipleOption = optionConfig.multiple;
    if (hasOwn(optionConfig, 'multiple')) validateBoolean(multipleOption, `options.${longOption}.multiple`);
    const defaultValue = optionConfig.default;
    if (defaultValue !== undefined) {
      let validator;
      switch (optionConfig.type) {
        case 'string': validator = multipleOption ? validateStringArray : validateString; break;
        case 'boolean': validator = multipleOption ? validateBooleanArray : validateBoolean; break;
        default: break;
      }
      validator(defaultValue, `options.${longOption}.default`);
    }
  }

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOptionUsage(parseConfig, token);
      storeOption(token.name, token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const longOption of Object.keys(options)) {
    const optionConfig = options[longOption];
    if (optionConfig.default !== undefined && result.values[longOption] === undefined) {
      result.values[longOption] = optionConfig.default;
    }
  }
  return result;
}

void optionUsage;
module.exports = { parseArgs };
