#!/usr/bin/env bash
# Builds the editor into editor/dist/: the library as WebAssembly (wasm-bindgen at the
# version the lock file pins), bundled with CodeMirror by esbuild from package-lock.json.
# The result is committed: `standar build` copies it into every site.
set -euo pipefail
cd "$(dirname "$0")"

version=$(grep -A1 '^name = "wasm-bindgen"$' ../Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$version" ]; then
  cargo install wasm-bindgen-cli --version "$version"
fi
rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
# Paths written into the module (panic locations) are made the same on every machine, so
# that the committed build can be compared with a fresh one.
root=$(cd .. && pwd)
registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
export RUSTFLAGS="--remap-path-prefix=$root=standar --remap-path-prefix=$registry=registry"
(cd .. && cargo build --locked -p standar-editor --profile wasm --target wasm32-unknown-unknown --quiet)
rm -rf build && mkdir -p build dist
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section --out-dir build \
  ../target/wasm32-unknown-unknown/wasm/standar_editor.wasm
[ -d node_modules ] || npm ci --no-audit --no-fund --silent
node_modules/.bin/esbuild src/main.js --bundle --minify --format=iife --target=es2020 \
  --loader:.wasm=binary --define:import.meta.url=\"\" --legal-comments=none --log-level=warning --outfile=dist/editor.js
ls -l dist
