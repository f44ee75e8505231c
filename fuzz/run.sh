#!/usr/bin/env bash
# Seeds the corpora from the repository and runs every fuzz target for a number of
# executions each (default 2,500,000, i.e. 10 million in all):
#   fuzz/run.sh [RUNS]
# Needs `cargo install cargo-fuzz` and a nightly toolchain. Crashes land in
# fuzz/artifacts/<target>/; turn each into a regression test before fixing it.
# Leak detection is off: chumsky's recursive parsers form an Rc cycle per parse
# (about 2 KB per compile), a known property of the parser library, not a growing leak.
set -euo pipefail
cd "$(dirname "$0")"
runs=${1:-2500000}
mkdir -p corpus/frontend corpus/run corpus/acd_map corpus/history
for f in ../scripts/*.bas ../scripts/example/*.BAS ../tests/scripts/*.bas ../tests/ui/*.bas ../benches/scenarios/*.bas; do
  [ -f "$f" ] || continue
  cp -f "$f" corpus/frontend/ && cp -f "$f" corpus/run/
done
cp -f ../scripts/example/acd_map.ini corpus/acd_map/
cp -f ../scripts/example/history.csv corpus/history/
printf 'start,A:Calls,B:Q:Calls\n2024-03-04 08:00,1,2.5\n2024-03-04 08:15,,3\n' > corpus/history/wide.csv
for t in frontend run acd_map history; do
  echo "== $t"
  cargo +nightly fuzz run -O -s none "$t" "corpus/$t" -- -runs="$runs" -max_len=4096 -timeout=10 -detect_leaks=0 2>&1 \
    | grep -E "^#[0-9]+.*(DONE|pulse)|Done|ERROR|SUMMARY|crash|timeout" | tail -3
done
