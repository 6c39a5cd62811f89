// The entry for bundlers (Vite, webpack, Rollup, esbuild) and browsers importing `jiuzhu`: the web
// build, initialised with top-level await. `new URL(…, import.meta.url)` is the one asset reference
// every current bundler understands without a plugin, so portals need no wasm configuration.
import init from './api.js';

export * from './api.js';

await init({ module_or_path: new URL('./jiuzhu_bg.wasm', import.meta.url) });
