// picomatch and fdir, for globs: built into a file of its own (see ../lazy.cjs).
module.exports = { picomatch: require('picomatch'), fdir: require('fdir') }
