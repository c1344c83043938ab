// Libraries report-lint needs only sometimes, loaded on first use: a run that needs no
// configuration schema, no user pattern, no glob and no diff does not pay for them.
//
// Deferring a library's evaluation (a require() inside a function) is not enough: the bundle's
// code is compiled as a whole when it loads, about 25 ms for these libraries (re2js alone is 260
// KB). So each group is built into a file of its own beside the bundle (lazy/*.cjs, by
// scripts/lazy-libs.mjs), which the bundle requires at run time, relative to itself, and Node
// reads and compiles only when it is required. In the bundle `__non_webpack_require__` is that
// run-time require; from source (tests, tsx) it is undefined and the plain require loads the same
// files from src/util/lazy/.
/* global __non_webpack_require__ */
const load = typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : require
exports.ajv = () => load('./lazy/ajv.cjs').ajv
exports.ajvFormats = () => load('./lazy/ajv.cjs').ajvFormats
exports.re2js = () => load('./lazy/re2js.cjs')
exports.picomatch = () => load('./lazy/glob.cjs').picomatch
exports.fdir = () => load('./lazy/glob.cjs').fdir
exports.diff = () => load('./lazy/diff.cjs')
