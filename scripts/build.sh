#!/usr/bin/env bash
# Builds the npm package into dist/ with wasm-pack, twice: the web build (ES module with init; what
# residents' phones download, built for size: Cargo profile release, wasm-opt -Oz) and the Node
# build (CommonJS, synchronous; servers, the command line and offices checking rosters, built for
# speed: profile speed, wasm-opt -O3). wasm-opt comes from the npm package binaryen and
# wasm-bindgen from cargo (scripts/setup.sh): --mode no-install lets wasm-pack download nothing.
# Then the JavaScript layer (js/: bundled by rolldown as an ES module for the web and as CommonJS for
# Node, the wasm-bindgen glue left outside), the hand-written typings, and the web JavaScript
# minified by terser.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

rm -rf dist
pack() {
  wasm-pack --quiet build wasm --mode no-install --no-pack --no-typescript --no-gitignore \
    --out-name jiuzhu "$@" >/dev/null
}
pack --release --target web --out-dir ../dist/web
pack --profile speed --target nodejs --out-dir ../dist/node

layer() { rolldown "js/$1" --format "$2" --external ./jiuzhu.js --file "$3" >/dev/null; }
layer api.js esm dist/web/api.js
layer exports.js cjs dist/node/index.js
cp js/index.js dist/web/
echo '{ "type": "commonjs" }' > dist/node/package.json
cp js/jiuzhu.d.ts dist/index.d.ts
cp -r js/types dist/types
cp js/web.d.ts dist/web/index.d.ts
cp -r js/adapters dist/adapters
node scripts/minify.mjs dist/web
for f in dist/web/*.js dist/node/*.js; do node --check "$f"; done
node scripts/size.mjs
