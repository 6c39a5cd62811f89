// The web build: an ES module for a plain <script type="module">, initialised once by `init()`.
export * from "../index.js";

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads the WebAssembly module (by default `jiuzhu_bg.wasm` beside this file). Call once, await it. */
export default function init(input?: { module_or_path: InitInput | Promise<InitInput> }): Promise<unknown>;
/** Initialises synchronously from bytes or a compiled module. */
export function initSync(module: { module: BufferSource | WebAssembly.Module }): unknown;
