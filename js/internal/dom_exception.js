'use strict';

// DOMException (WebIDL), as needed by AbortSignal reasons.  Written from the
// WHATWG WebIDL description and node's observable behaviour: name, message and
// code are prototype getters, the legacy code constants live on both the
// constructor and the prototype, and instances inherit from Error.prototype.

const kName = Symbol('kName');
const kMessage = Symbol('kMessage');

// Legacy error names with their numeric codes, in WebIDL's order.
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  [null, 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  [null, 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  [null, 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];

const nameToCode = Object.create(null);
for (let i = 0; i < legacyCodes.length; i++) {
  if (legacyCodes[i][0] !== null) nameToCode[legacyCodes[i][0]] = legacyCodes[i][2];
}

function invalidThis() {
  const { codes } = require('internal/errors');
  return new codes.ERR_INVALID_THIS('DOMException');
}

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super();
    let name;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      name = `${options}`;
    }
    Object.defineProperty(this, kName, { value: name, writable: false, enumerable: false, configurable: true });
    Object.defineProperty(this, kMessage, {
      value: `${message}`, writable: false, enumerable: false, configurable: true,
    });
    // Give the stack node's first line ("AbortError: message").
    if (typeof this.stack === 'string') {
      const stack = this.stack;
      const nl = stack.indexOf('\n');
      const rest = nl === -1 ? '' : stack.slice(nl);
      Object.defineProperty(this, 'stack', {
        value: `${name}: ${message}${rest}`, writable: true, enumerable: false, configurable: true,
      });
    }
  }

  get name() {
    if (this === null || typeof this !== 'object' || !(kName in this)) throw invalidThis();
    return this[kName];
  }

  get message() {
    if (this === null || typeof this !== 'object' || !(kMessage in this)) throw invalidThis();
    return this[kMessage];
  }

  get code() {
    if (this === null || typeof this !== 'object' || !(kName in this)) throw invalidThis();
    const code = nameToCode[this[kName]];
    return code === undefined ? 0 : code;
  }
}

Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
for (const name of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(DOMException.prototype, name, desc);
}
for (let i = 0; i < legacyCodes.length; i++) {
  const desc = { value: legacyCodes[i][2], writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, legacyCodes[i][1], desc);
  Object.defineProperty(DOMException.prototype, legacyCodes[i][1], desc);
}

module.exports = { DOMException };
