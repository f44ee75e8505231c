#!/usr/bin/env bash
# Runs issue 7's comparison (xbas, native Rust, Lua 5.4, LuaJIT, Rhai on S1-S5 over
# 1,000,000 intervals) and rewrites the results table in README.md.
# Usage: benches/peers.sh   (about 10 minutes; builds vendored Lua and LuaJIT once)
set -euo pipefail
cd "$(dirname "$0")/.."
opts=(--warm-up-time 1 --measurement-time 2)
cargo bench -p xbas-peers --bench peers -- "${opts[@]}"
# The LuaJIT build measures native and eval_batch again beside LuaJIT (their results
# replace the first run's), so each must-hold ratio compares numbers taken minutes apart
# at most: eval_batch with native and LuaJIT here, eval with Lua 5.4 and Rhai above.
cargo bench -p xbas-peers --bench peers --no-default-features --features luajit -- "${opts[@]}" "Lua|native|eval_batch"
cargo run -q -p xbas-peers --bin table -- README.md
