#!/usr/bin/env bash
# Editor list benchmark (not part of the test suite). From the repository root:
#
#     src/bench/editor-lists.sh
#
# For 1,000 and then 100,000 events (the same database src/bench/run.sh prepares), times the
# editor's event list in headless Chromium (src/bench/editor-lists.mjs): opening it, each filter,
# a sort and the last page; prints the median and the worst of BENCH_REPEATS (5) runs each.
# Needs: java 17, maven, node/npm (playwright-core is installed into target/bench), chromium.
# Settings: BENCH_SIZES ("1000 100000"), BENCH_REPEATS (5), CHROMIUM (/usr/bin/chromium).
set -euo pipefail

source "$(dirname "$0")/lib.sh"
SIZES=${BENCH_SIZES:-"1000 100000"}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
command -v npm >/dev/null || { echo "npm is missing (apt-get install -y npm)"; exit 1; }
[[ -x $CHROMIUM ]] || { echo "chromium is missing (apt-get install -y chromium)"; exit 1; }

build_koryu
# playwright-core drives the Chromium given; it downloads no browser of its own.
if [[ ! -d $WORK/node/node_modules/playwright-core ]]; then
  npm install --no-save --no-audit --no-fund --prefix "$WORK/node" playwright-core@1.49 >/dev/null
fi
cp src/bench/editor-lists.mjs "$WORK/node/"
trap stop_koryu EXIT

for N in $SIZES; do
  DATA=$WORK/data-$N
  rm -rf "$DATA"
  PORT=$(free_port)
  prepare_events "$DATA" "$PORT" "$N"
  start_koryu "$DATA" "$PORT"
  echo "== $N events, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  node "$WORK/node/editor-lists.mjs" "http://127.0.0.1:$PORT" "$CHROMIUM" "${BENCH_REPEATS:-5}"
  stop_koryu
done
