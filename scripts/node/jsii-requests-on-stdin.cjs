'use strict';
// Loaded by scripts/node/jsii-runtime before jsii's lib/program.js. program.js reads its requests from fd 3, which
// in jsii's own two-process runtime is a socket to the relaying parent. Started directly by the JVM, its requests
// arrive on stdin instead (the launcher points fd 3 at the answer pipe, stdout): reads of fd 3 read fd 0. Nothing
// else in the process reads fd 3 (it stays open, so no file the kernel opens can get that number).
const fs = require('fs');

const REQUESTS_FD = 3;
const readSync = fs.readSync;
fs.readSync = function readRequestsFromStdin(fd, ...rest) {
  return readSync.call(this, fd === REQUESTS_FD ? 0 : fd, ...rest);
};
