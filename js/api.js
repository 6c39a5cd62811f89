// The web build's public module: the wasm-bindgen exports, `init` and `initSync` included.
// Initialise once with `await init()`.
export * from './jiuzhu.js';
export { default } from './jiuzhu.js';
