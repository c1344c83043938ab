// jsdiff, for --diff and the action's patch: built into a file of its own (see ../lazy.cjs).
module.exports = require('diff')
