// The web build's public module: the public functions, and `init`/`initSync` to load the module
// (once: `await init()`).
export * from './exports.js';
export { default, initSync } from './jiuzhu.js';
