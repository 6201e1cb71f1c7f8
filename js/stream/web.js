'use strict';
// stream/web: the WHATWG streams (js/internal/webstreams.js).

const ws = require('internal/webstreams');

module.exports = {
  ReadableStream: ws.ReadableStream,
  ReadableStreamDefaultReader: ws.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: ws.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: ws.ReadableStreamBYOBRequest,
  ReadableByteStreamController: ws.ReadableByteStreamController,
  ReadableStreamDefaultController: ws.ReadableStreamDefaultController,
  TransformStream: ws.TransformStream,
  TransformStreamDefaultController: ws.TransformStreamDefaultController,
  WritableStream: ws.WritableStream,
  WritableStreamDefaultWriter: ws.WritableStreamDefaultWriter,
  WritableStreamDefaultController: ws.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: ws.ByteLengthQueuingStrategy,
  CountQueuingStrategy: ws.CountQueuingStrategy,
  TextEncoderStream: ws.TextEncoderStream,
  TextDecoderStream: ws.TextDecoderStream,
  CompressionStream: ws.CompressionStream,
  DecompressionStream: ws.DecompressionStream,
};
