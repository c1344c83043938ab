// Libraries report-lint needs only sometimes, loaded on first use. In the bundle (ncc), a
// require() inside a function runs the library's module only when the function is called, so a
// run that needs no configuration schema, no user pattern and no glob does not pay for them
// (together about 40 ms of a one-report CLI run). ESM imports would run them all at start-up.
exports.ajv = () => require('ajv')
exports.ajvFormats = () => require('ajv-formats')
exports.re2js = () => require('re2js')
exports.picomatch = () => require('picomatch')
exports.fdir = () => require('fdir')
