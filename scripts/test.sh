#!/usr/bin/env bash
# Every test layer, in order of cost: formatting and lints, the Rust core (and the bindings' pure
# parts) natively, the wasm bindings in Node and in headless Chromium, then the packed npm tarball
# installed into a consumer project and exercised from Node, a plain web page, Vite, webpack,
# TypeScript and the demo portal.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n== %s\n' "$*"; }

step "format and lints (rustfmt, clippy)"
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings
cargo clippy --quiet -p jiuzhu-wasm --target wasm32-unknown-unknown --all-targets -- -D warnings

step "Rust core (cargo test)"
cargo test --quiet --workspace

step "wasm bindings in Node (wasm-bindgen-test)"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
cargo test --quiet -p jiuzhu-wasm --target wasm32-unknown-unknown

step "wasm bindings in headless Chromium (wasm-bindgen-test)"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=$(command -v chromedriver) \
  cargo test --quiet -p jiuzhu-wasm --target wasm32-unknown-unknown

step "npm pack (prepack builds the package)"
mkdir -p .tmp
rm -f .tmp/jiuzhu-*.tgz
tarball=$(npm pack --silent --pack-destination .tmp | tail -n 1)
echo "packed .tmp/$tarball"

step "install the tarball into tests/consumer"
rm -rf tests/consumer/node_modules
(cd tests/consumer && npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error "../../.tmp/$tarball")

step "the installed Node build with a module that traps on purpose (recovery test)"
rm -rf .tmp/trap && cp -r tests/consumer/node_modules/jiuzhu/dist/node .tmp/trap
wasm-pack --quiet build wasm --mode no-install --no-pack --no-typescript --no-gitignore \
  --out-name jiuzhu --dev --target nodejs --out-dir ../.tmp/trap -- --features trap-for-tests >/dev/null
echo '{ "type": "commonjs" }' > .tmp/trap/package.json

step "JavaScript suites against the installed package (node --test)"
node --test --test-reporter=spec tests/consumer/*.test.mjs
