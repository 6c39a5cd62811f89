#!/usr/bin/env bash
# Builds the npm package into dist/: two wasm compiles, one per wasm-bindgen target. The web build
# (ESM with init) is what residents' phones download: built for size (Cargo profile `release`,
# opt-level "z") and optimised by wasm-opt -Os --converge (measured on the roster bench: -O3 is
# 0.6 KB gzip larger and 1.6% fewer instructions, -Oz 0.1 KB larger and no faster). The Node build
# (CommonJS, synchronous) runs on servers and office machines, where size does not matter: built
# for speed (profile `speed`, opt-level 3; wasm-opt -O3). Both are stripped of the producers and
# target-features sections (tool metadata no engine reads). Then the JavaScript layer, the
# self-initialising entry for bundlers (js/index.js) and the hand-written typings.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Without the default `std` feature: the module is `no_std` + `alloc` (see Cargo.toml, [features]).
# `cargo rustc --crate-type cdylib`, not `cargo build`: with the rlib also listed in Cargo.toml,
# cargo silently skips `lto = true` (rust-lang/cargo#9672), which cost 9.6 KB gzip.
compile() {
  local profile=$1
  shift
  cargo rustc --quiet --profile "$profile" --lib --target wasm32-unknown-unknown \
    --no-default-features --crate-type cdylib -- "$@"
  echo "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/jiuzhu.wasm"
}
# The features wasm-bindgen's output uses (Rust 1.82+ emits them by default).
features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
strip=(--strip-producers --strip-target-features)

rm -rf dist

# Web. A 128 KiB stack, not the linker's 1 MiB: the data then lies below 1 MiB, so every address
# in the code is a 3-byte constant rather than 4 (-1.4 KB raw, -0.1 KB gzip). The deepest input the
# parser takes (64 levels, json.rs MAX_DEPTH) used 6 KB of stack through every export, measured.
wasm=$(compile release -C link-arg=-zstack-size=131072)
# TextEncoder#encodeInto without wasm-bindgen's fallback for engines that lack it (-37 B gzip):
# every engine that parses the JavaScript layer (private class fields: Chrome 74, Safari 14.1,
# Firefox 90) has it.
wasm-bindgen --target web --encode-into always --out-dir dist/web --out-name jiuzhu --no-typescript "$wasm"
# --low-memory-unused: the stack starts at 128 KiB and grows down, data and heap lie above it, so
# the first KiB is never addressed and constant offsets fold into loads and stores (-0.3 KB).
# --one-caller-inline-max-function-size 30: by default every function with one caller is
# inlined, however large; merged into their callers they compress worse (-0.8 KB gzip at 30,
# scanned from 0 to 600; roster instructions unchanged).
wasm-opt --low-memory-unused -Os --one-caller-inline-max-function-size 30 --converge "${strip[@]}" \
  "${features[@]}" -o dist/web/jiuzhu_bg.wasm dist/web/jiuzhu_bg.wasm

# Node: the linker's default stack, since opt-level 3 inlines into larger frames.
wasm=$(compile speed)
wasm-bindgen --target nodejs --out-dir dist/node --out-name jiuzhu --no-typescript "$wasm"
wasm-opt -O3 "${strip[@]}" "${features[@]}" -o dist/node/jiuzhu_bg.wasm dist/node/jiuzhu_bg.wasm

# The JavaScript layer, without its comment lines (scripts/strip-comments.mjs). Web: ES modules.
# Node: CommonJS inside an ESM package: each module's `export function`s become a `module.exports`,
# and index.js has one `exports.name =` line per export so Node's ESM named imports can see them.
ship() { node scripts/strip-comments.mjs "$1"; }
# wasm-bindgen's glue too: it repeats a JSDoc block for every export (4.1 -> 3.5 KB gzip on the web).
for out in dist/web dist/node; do
  ship "$out/jiuzhu.js" > "$out/jiuzhu.tmp.js" && mv "$out/jiuzhu.tmp.js" "$out/jiuzhu.js"
done
# The web module's imports and exports renamed to one or two letters, in the wasm and the glue
# together (scripts/short-names.mjs): only the glue sees them (-1.3 KB gzip).
node scripts/short-names.mjs dist/web/jiuzhu_bg.wasm dist/web/jiuzhu.js
layer="calendar-fast form reports"
ship js/index.js > dist/web/index.js
# Web: api.js and the layer's modules it imports, bundled into one module by rolldown (Vite's
# bundler, pinned by package-lock.json), the wasm-bindgen glue left outside: one file fewer to
# fetch, and names mangled across the three (-0.3 KB gzip). The Node build keeps them apart.
mkdir dist/js
for module in api $layer; do ship "js/$module.js" > "dist/js/$module.js"; done
rolldown dist/js/api.js --format esm --external ./jiuzhu.js --file dist/web/api.js > /dev/null
rm -r dist/js
echo '{ "type": "commonjs" }' > dist/node/package.json
for module in $layer; do
  names=$(grep -oE '^export function [A-Za-z]+' "js/$module.js" | sed 's/^export function //' | paste -sd, -)
  { ship "js/$module.js" | sed -e 's/^export function /function /'; echo; echo "module.exports = { $names };"; } > "dist/node/$module.js"
done
{
  echo "'use strict';"
  echo "// The Node build's public module: the wasm-bindgen exports with the JavaScript layer in front."
  echo "const raw = require('./jiuzhu.js');"
  echo "const reports = require('./reports.js').reportFunctions(raw);"
  echo "const fast = { ...require('./calendar-fast.js').fastCalendar(raw), ...reports, ...require('./form.js').formBinding(raw, reports.validateApplication) };"
  wasm_exports=$(grep -oE '^exports\.[A-Za-z]+ =' dist/node/jiuzhu.js | sed -E 's/exports\.([A-Za-z]+) =/\1/')
  for name in $(printf '%s\n' $wasm_exports attachForm FormBinding validateApplication validateApplications | sort -u); do
    echo "exports.$name = fast.$name ?? raw.$name;"
  done
} > dist/node/index.js
cp js/jiuzhu.d.ts dist/index.d.ts
cp -r js/types dist/types
cp js/web.d.ts dist/web/index.d.ts
cp -r js/adapters dist/adapters
# The web build minified, with source maps (scripts/minify.mjs); the Node build stays as written.
node scripts/minify.mjs dist/web
for f in dist/web/*.js dist/node/*.js; do node --check "$f"; done
node scripts/size.mjs
