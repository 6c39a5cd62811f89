'use strict';
// The Node build's public module: the wasm-bindgen exports, loaded synchronously.
module.exports = require('./jiuzhu.js');
