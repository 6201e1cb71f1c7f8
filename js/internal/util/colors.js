'use strict';
// internal/util/colors: node's one rule for whether its own output is
// coloured (debuglog, util.styleText, the node:test spec reporter): a set
// FORCE_COLOR decides through the environment's colour depth; otherwise the
// stream must be a terminal of more than two colours (TERM=dumb, NO_COLOR or
// an unknown CI give plain text).

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return require('tty').WriteStream.prototype.getColorDepth() > 2;
  return !!(stream && stream.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

module.exports = { shouldColorize };
