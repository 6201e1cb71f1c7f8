'use strict';
// fork()'s `serialization: 'advanced'`: messages in V8's structured-clone
// wire format, each framed by its length (4 bytes, big-endian), so a
// gojanet process and a node process can talk either way.
//
// The format is internal/serdes (the one serializer behind v8.serialize,
// postMessage and structuredClone); this is node's ChildProcessSerializer
// on top of it: v8's DefaultSerializer (typed arrays, DataViews and Buffers
// as host objects: type index, length, bytes) whose host objects carry a
// tag first, 0 for a view, 1 for any other host object, written as a plain
// copy of its own properties (node's JSON-like treatment of native objects).
//
//   send     serialize(message) → [length][0xff 0x0f][value]
//   receive  Framer.push(chunk) → whole message bodies → deserialize(body)

const { Buffer } = require('buffer');
const { DefaultSerializer, DefaultDeserializer } = require('v8');

const kArrayBufferViewTag = 0;
const kNotArrayBufferViewTag = 1;

class ChildProcessSerializer extends DefaultSerializer {
  _writeHostObject(object) {
    if (ArrayBuffer.isView(object)) {
      this.writeUint32(kArrayBufferViewTag);
      return super._writeHostObject(object);
    }
    this.writeUint32(kNotArrayBufferViewTag);
    this.writeValue({ ...object });
  }
}

class ChildProcessDeserializer extends DefaultDeserializer {
  _readHostObject() {
    const tag = this.readUint32();
    if (tag === kArrayBufferViewTag) return super._readHostObject();
    if (tag !== kNotArrayBufferViewTag) throw new Error('Unable to deserialize cloned data.');
    return this.readValue();
  }
}

// serialize(message) → a Buffer: the length, V8's header, the value.
function serialize(message) {
  const ser = new ChildProcessSerializer();
  ser.writeRawBytes(Buffer.alloc(4)); // the length, filled in below
  ser.writeHeader();
  ser.writeValue(message);
  const out = ser.releaseBuffer();
  out.writeUInt32BE(out.length - 4, 0);
  return out;
}

// deserialize(body) reads one message (without its length prefix).
function deserialize(body) {
  const des = new ChildProcessDeserializer(body);
  des.readHeader();
  return des.readValue();
}

// Framer collects a channel's bytes into whole messages.
class Framer {
  constructor() {
    this.chunks = [];
    this.size = 0;
  }

  // push(chunk) → the messages completed by chunk.
  push(chunk) {
    const out = [];
    if (chunk.length === 0) return out;
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size >= 4) {
      let head = this.chunks[0];
      if (head.length < 4) {
        head = Buffer.concat(this.chunks, this.size);
        this.chunks = [head];
      }
      const full = head.readUInt32BE(0) + 4;
      if (this.size < full) break;
      const all = this.chunks.length === 1 ? head : Buffer.concat(this.chunks, this.size);
      out.push(all.subarray(4, full));
      const rest = all.subarray(full);
      this.chunks = rest.length ? [rest] : [];
      this.size = rest.length;
    }
    return out;
  }
}

module.exports = { serialize, deserialize, Framer, ChildProcessSerializer, ChildProcessDeserializer };
