'use strict';
// node:sea, the single executable application API. A script gojanet runs
// is never one (gojanet has no SEA blob), so isSea() is false and the asset
// readers fail as node's do outside one, after checking their key.

const { codes: { ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION } } = require('internal/errors');
const { validateString } = require('internal/validators');

function isSea() {
  return false;
}

function notInSea(key) {
  validateString(key, 'key');
  throw new ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION();
}

function getRawAsset(key) {
  notInSea(key);
}

function getAsset(key, encoding) {
  notInSea(key);
}

function getAssetAsBlob(key, options) {
  notInSea(key);
}

module.exports = { isSea, getAsset, getRawAsset, getAssetAsBlob };
