'use strict';
// Loaded by scripts/node/jsii-runtime before jsii's kernel (lib/program.js): the stdio the kernel has under jsii's own
// two-process runtime, where bin/jsii-runtime.js relays between Java and it.
// - Requests: program.js reads them from fd 3, there a socket to the relaying parent. Started by the JVM directly,
//   they arrive on stdin (the launcher points fd 3 at the answer pipe, stdout): reads of fd 3 read fd 0. fd 3 stays
//   open, so no file the kernel opens can get that number.
// - The libraries' output (console.log, console.error, the kernel's JSII_DEBUG lines): the relay passed each chunk to
//   Java as a line {"stdout"|"stderr": base64} on its stderr, which jsii's Java runtime writes out unchanged to
//   System.out or System.err. A plain line would get an empty line after it, and stdout would end up on stderr. Every
//   write to fd 1 or fd 2, through the streams or fs.writeSync, goes out as such a line here too.
const fs = require('fs');

const REQUESTS_FD = 3;
const TAGS = { 1: 'stdout', 2: 'stderr' };
const readSync = fs.readSync;
const writeSync = fs.writeSync;

fs.readSync = function readRequestsFromStdin(fd, ...rest) {
  return readSync.call(this, fd === REQUESTS_FD ? 0 : fd, ...rest);
};

/** Writes `bytes` to the real stderr as the relay's line for `tag`. */
function forward(tag, bytes) {
  if (bytes.length === 0) {
    return;
  }
  const line = Buffer.from(`${JSON.stringify({ [tag]: bytes.toString('base64') })}\n`);
  for (let offset = 0; offset < line.length;) {
    try {
      offset += writeSync(2, line, offset);
    } catch (e) {
      if (e.code !== 'EAGAIN') {
        throw e;
      }
    }
  }
}

/** The bytes a call fs.writeSync(fd, data, ...rest) writes, for each of its forms. */
function bytesOf(data, rest) {
  if (typeof data === 'string') {
    return Buffer.from(data, typeof rest[1] === 'string' ? rest[1] : 'utf8');
  }
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const options = rest[0] !== null && typeof rest[0] === 'object' ? rest[0] : { offset: rest[0], length: rest[1] };
  const offset = options.offset ?? 0;
  return view.subarray(offset, options.length === undefined ? view.length : offset + options.length);
}

fs.writeSync = function writeOutputAsTheRelayDid(fd, data, ...rest) {
  const tag = TAGS[fd];
  if (tag === undefined) {
    return writeSync.call(this, fd, data, ...rest);
  }
  const bytes = bytesOf(data, rest);
  forward(tag, bytes);
  return bytes.length;
};

for (const tag of Object.values(TAGS)) {
  process[tag].write = function writeAsTheRelayDid(chunk, encoding, callback) {
    const done = typeof encoding === 'function' ? encoding : callback;
    forward(tag, typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (typeof done === 'function') {
      process.nextTick(done);
    }
    return true;
  };
}
