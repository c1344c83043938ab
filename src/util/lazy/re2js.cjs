// re2js, the linear-time engine for user patterns: built into a file of its own (see ../lazy.cjs).
module.exports = require('re2js')
