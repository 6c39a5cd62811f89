#!/usr/bin/env bash
# Builds the npm package into dist/: one wasm compile, two wasm-bindgen targets (Node CommonJS,
# synchronous; web ESM with init), each shrunk by wasm-opt -Oz, the self-initialising entry for
# bundlers (js/index.js) and the hand-written typings.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

cargo build --quiet --release --lib --target wasm32-unknown-unknown
wasm=${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/jiuzhu.wasm

rm -rf dist
for target in nodejs web; do
  out=dist/${target/nodejs/node}
  wasm-bindgen --target "$target" --out-dir "$out" --out-name jiuzhu --no-typescript "$wasm"
  # -Oz for size; the features wasm-bindgen's output uses (Rust 1.82+ emits them by default).
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    -o "$out/jiuzhu_bg.wasm" "$out/jiuzhu_bg.wasm"
done

# The Node build is CommonJS inside an ESM package.
echo '{ "type": "commonjs" }' > dist/node/package.json
cp js/index.js dist/web/index.js
cp js/jiuzhu.d.ts dist/index.d.ts
cp -r js/types dist/types
cp js/web.d.ts dist/web/index.d.ts
node scripts/size.mjs
