// Ajv and ajv-formats, for the configuration schema: built into a file of its own (see ../lazy.cjs).
module.exports = { ajv: require('ajv'), ajvFormats: require('ajv-formats') }
