#!/usr/bin/env bash
# Installs what the build (`setup.sh build`) or the tests (`setup.sh test`) need and is missing, at
# pinned versions, from the package registries only (crates.io, npm, Debian). Idempotent: present
# tools at the right version are skipped, so a second run costs a second.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-build}
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf 'setup: %s\n' "$*"; }

command -v cargo >/dev/null || { echo "setup: Rust is required (https://rustup.rs, or your distribution's rustup)" >&2; exit 1; }
command -v node >/dev/null || { echo "setup: Node.js 20 or later is required" >&2; exit 1; }

# The wasm target of the active toolchain.
if command -v rustup >/dev/null && ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-pack, pinned: it builds both packages (scripts/build.sh). Its npm package would download a
# binary from GitHub, so it comes from crates.io.
wasm_pack=0.15.1
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$wasm_pack" ]; then
  say "installing wasm-pack $wasm_pack (a few minutes, once)"
  cargo install wasm-pack --locked --version "=$wasm_pack" --quiet
fi

# wasm-bindgen's CLI must equal the wasm-bindgen crate in Cargo.lock, or wasm-pack would fetch one.
# (No --locked: one of its locked dependencies is yanked.) It also provides
# wasm-bindgen-test-runner.
bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen" ]; then
  say "installing wasm-bindgen-cli $bindgen (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "=$bindgen" --quiet
fi

# npm dependencies from the lockfile (wasm-opt comes from the binaryen package); reinstalled only
# when package-lock.json changes.
stamp=node_modules/.jiuzhu-lock
if ! cmp -s package-lock.json "$stamp" 2>/dev/null; then
  say "installing npm dependencies from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

if [ "$mode" = test ]; then
  # cargo-deny, pinned, for the supply-chain check (its advisory database would come from GitHub:
  # only licences, bans and sources are checked, which need none).
  deny=0.19.4
  if [ "$(cargo deny --version 2>/dev/null | awk '{print $2}')" != "$deny" ]; then
    say "installing cargo-deny $deny (a few minutes, once)"
    cargo install cargo-deny --locked --version "=$deny" --quiet
  fi

  # Debian's Chromium and its driver, for the browser tests (never a browser download).
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing chromium and chromium-driver from Debian"
    sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
