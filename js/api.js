// The web build's public module: the wasm-bindgen exports, `init` and `initSync` included.
// Initialise once with `await init()`.
import { FormBinding } from './jiuzhu.js';

export * from './jiuzhu.js';
export { default } from './jiuzhu.js';

// Disposing a form binding (`using binding = attachForm(…)`) takes it off the form, then frees the
// handle. wasm-bindgen makes disposal `free()` alone, which leaves the form enhanced: it is also
// what runs when JavaScript collects a handle the page did not keep, and that must not.
if (Symbol.dispose) {
  FormBinding.prototype[Symbol.dispose] = function dispose() {
    this.detach();
    this.free();
  };
}
