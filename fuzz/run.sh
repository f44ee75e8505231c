#!/usr/bin/env bash
# Seeds the corpora from the repository and runs the fuzz targets one after another,
# each for a number of executions (default: 10 million in all, weighted by speed):
#   fuzz/run.sh                          # acd_map=4M history=3M run=2M frontend=1M
#   fuzz/run.sh run=500000 frontend=1000 # chosen targets and counts
# Each target prints libFuzzer's final line ("Done N runs in T second(s)"); the whole
# output is in fuzz/logs/<target>.log.
# Needs `cargo install cargo-fuzz` and a nightly toolchain. Crashes land in
# fuzz/artifacts/<target>/; turn each into a regression test before fixing it.
# Leak detection is off and the RSS limit raised to 4 GB: chumsky's recursive parsers
# leave an Rc cycle of about 1 KB per compile (a property of the parser library, not of
# xbas), so a target that compiles grows by about 1 GB per million inputs.
set -euo pipefail
cd "$(dirname "$0")"
plan=("$@")
[ ${#plan[@]} -gt 0 ] || plan=(acd_map=4000000 history=3000000 run=2000000 frontend=1000000)
mkdir -p corpus/frontend corpus/run corpus/acd_map corpus/history
for f in ../scripts/*.bas ../scripts/example/*.BAS ../tests/scripts/*.bas ../tests/ui/*.bas ../benches/scenarios/*.bas; do
  [ -f "$f" ] || continue
  cp -f "$f" corpus/frontend/ && cp -f "$f" corpus/run/
done
cp -f ../scripts/example/acd_map.ini corpus/acd_map/
cp -f ../scripts/example/history.csv corpus/history/
printf 'start,A:Calls,B:Q:Calls\n2024-03-04 08:00,1,2.5\n2024-03-04 08:15,,3\n' > corpus/history/wide.csv
# Inputs up to 512 bytes: long enough for every construct, short enough that the
# front end (slow under coverage instrumentation) runs at hundreds of inputs a second.
# One thread per fuzzer: the history reader would otherwise start rayon's pool.
export RAYON_NUM_THREADS=1
for item in "${plan[@]}"; do
  t=${item%%=*} runs=${item#*=}
  echo "== $t ($runs runs)"
  mkdir -p logs
  cargo +nightly fuzz run -O -s none "$t" "corpus/$t" -- -runs="$runs" -max_len=512 -timeout=10 -detect_leaks=0 -rss_limit_mb=4096 >"logs/$t.log" 2>&1 || true
  grep -E "^Done|ERROR|SUMMARY|crash-|timeout-|oom-" "logs/$t.log" | tail -3
done
