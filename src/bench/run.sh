#!/usr/bin/env bash
# Delivery API benchmark (not part of the test suite). From the repository root:
#
#     src/bench/run.sh
#
# For 1,000 and then 100,000 published events: starts Koryu on a fresh embedded Derby database in
# target/bench/, publishes one event through the API, stops Koryu and copies that event N times
# through the product's own tables (src/bench/BenchLoad.java), starts Koryu again, then runs wrk
# (2 threads, 32 connections) against the month list (limit 50) and one event by slug, each as
# 200 and as 304 (If-None-Match), against nginx serving the same bytes as static files, and
# against the floor: the same bytes served by a one-class servlet filter on the same Payara Micro
# (src/bench/floor/), the least any answer from the fixed stack costs.
# Then the deployment's caching proxy (src/deploy/nginx) in front of Koryu, against the same nginx.
# Prints req/s, p50 and p99 latency, the ratio to nginx and to the floor.
# Needs: java 17, maven, wrk, nginx.
# Settings: BENCH_SIZES ("1000 100000"), BENCH_SECONDS (15), BENCH_CONNECTIONS (32).
set -euo pipefail

source "$(dirname "$0")/lib.sh"
SIZES=${BENCH_SIZES:-"1000 100000"}
SECONDS_PER_RUN=${BENCH_SECONDS:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-32}

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)"; exit 1; }
command -v nginx >/dev/null || { echo "nginx is missing (apt-get install -y nginx)"; exit 1; }

build_koryu
rm -rf "$WORK/floor" && mkdir -p "$WORK/floor/WEB-INF/classes"
javac -d "$WORK/floor/WEB-INF/classes" -cp "$M2/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar" \
  src/bench/floor/StaticBytesFilter.java
(cd "$WORK/floor" && jar cf "$WORK/floor.war" WEB-INF)
RESULTS=$WORK/results.txt
: > "$RESULTS"
FLOOR_PID=
NGINX_PREFIX=
PROXY_DIR=
cleanup() {
  stop_koryu
  [[ -n "$PROXY_DIR" && -f "$PROXY_DIR/nginx.pid" ]] && kill "$(cat "$PROXY_DIR/nginx.pid")" 2>/dev/null || true
  [[ -n "$FLOOR_PID" ]] && kill "$FLOOR_PID" 2>/dev/null && wait "$FLOOR_PID" 2>/dev/null || true
  [[ -n "$NGINX_PREFIX" && -f "$NGINX_PREFIX/nginx.pid" ]] && kill "$(cat "$NGINX_PREFIX/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

start_floor() { # folder of the bytes, port
  BENCH_FLOOR_DIR=$1 start_payara floor "$WORK/floor.war" "$2" /item.json
  FLOOR_PID=$STARTED_PID
}

# wrk's summary as "req/s p50ms p99ms"
measure() { # url [header]
  local out
  if [[ $# -gt 1 ]]; then
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "$2" "$1")
  else
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$1")
  fi
  echo "$out" | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: .*", text)
print("%.0f %.2f %.2f %s" % (rps, p50, p99, (non2xx.group(1) if non2xx else "0")))
'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start" | tee -a "$RESULTS"
for N in $SIZES; do
  DATA=$WORK/data-$N
  rm -rf "$DATA" "$WORK"/runtime-*
  PORT=$(free_port)
  prepare_events "$DATA" "$PORT" "$N"
  start_koryu "$DATA" "$PORT"

  LIST="http://127.0.0.1:$PORT/api/v1/events?from=2030-06-01&to=2030-06-30&limit=50"
  ITEM="http://127.0.0.1:$PORT/api/v1/events/bench-000500"
  # The static copies nginx serves: the very bytes Koryu answers.
  WWW=$WORK/www-$N; rm -rf "$WWW"; mkdir -p "$WWW"
  # Retried: right after start-up Payara may still answer 503 for a moment.
  curl -sf --retry 10 --retry-all-errors --retry-delay 2 -D "$WWW/list.headers" -o "$WWW/list.json" "$LIST"
  curl -sf --retry 10 --retry-all-errors --retry-delay 2 -D "$WWW/item.headers" -o "$WWW/item.json" "$ITEM"
  LIST_ETAG=$(grep -i '^etag:' "$WWW/list.headers" | cut -d' ' -f2- | tr -d '\r')
  ITEM_ETAG=$(grep -i '^etag:' "$WWW/item.headers" | cut -d' ' -f2- | tr -d '\r')
  echo "list: $(wc -c < "$WWW/list.json") bytes, $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$WWW/list.json") events; item: $(wc -c < "$WWW/item.json") bytes"

  NGINX_PREFIX=$WORK/nginx-$N; rm -rf "$NGINX_PREFIX"; mkdir -p "$NGINX_PREFIX/logs"
  NGINX_PORT=$(free_port)
  cat > "$NGINX_PREFIX/nginx.conf" <<CONF
user root;
worker_processes 2;
pid $NGINX_PREFIX/nginx.pid;
error_log $NGINX_PREFIX/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  types { application/json json; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WWW;
  }
}
CONF
  nginx -p "$NGINX_PREFIX" -c "$NGINX_PREFIX/nginx.conf"
  sleep 1
  NGINX_ETAG_LIST=$(curl -sI "http://127.0.0.1:$NGINX_PORT/list.json" | grep -i '^etag:' | cut -d' ' -f2- | tr -d '\r')
  NGINX_ETAG_ITEM=$(curl -sI "http://127.0.0.1:$NGINX_PORT/item.json" | grep -i '^etag:' | cut -d' ' -f2- | tr -d '\r')
  FLOOR_PORT=$(free_port)
  start_floor "$WWW" "$FLOOR_PORT"
  FLOOR="http://127.0.0.1:$FLOOR_PORT"

  # Every request the run measures, 10 s each, so that the JIT has compiled each path before it is
  # timed: with a shorter warm-up the first measurement (list 304) ran at half its later speed.
  echo "warming up Koryu and the floor"
  for url in "$LIST" "$ITEM" "$FLOOR/list.json" "$FLOOR/item.json"; do
    wrk -t2 -c"$CONNECTIONS" -d10s "$url" >/dev/null
  done
  wrk -t2 -c"$CONNECTIONS" -d10s -H "If-None-Match: $LIST_ETAG" "$LIST" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d10s -H "If-None-Match: $ITEM_ETAG" "$ITEM" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d10s -H 'If-None-Match: "floor"' "$FLOOR/list.json" >/dev/null

  run() { # label koryu-url koryu-header nginx-url nginx-header floor-url floor-header
    local k n f
    k=$(measure "$2" ${3:+"$3"})
    n=$(measure "$4" ${5:+"$5"})
    f=$(measure "$6" ${7:+"$7"})
    read -r krps kp50 kp99 kbad <<< "$k"
    read -r nrps np50 np99 nbad <<< "$n"
    read -r frps fp50 fp99 fbad <<< "$f"
    printf "%-7s %-8s koryu %6s req/s p50 %5s p99 %6s ms | nginx %6s req/s p50 %5s p99 %6s ms | floor %6s req/s p50 %5s p99 %6s ms | koryu/nginx %.2f, floor/nginx %.2f, koryu/floor %.2f%s\n" \
      "$N" "$1" "$krps" "$kp50" "$kp99" "$nrps" "$np50" "$np99" "$frps" "$fp50" "$fp99" \
      "$(python3 -c "print($krps/$nrps)")" "$(python3 -c "print($frps/$nrps)")" "$(python3 -c "print($krps/$frps)")" \
      "$([[ $kbad != 0 || $nbad != 0 || $fbad != 0 ]] && echo " (non-2xx/3xx: koryu $kbad, nginx $nbad, floor $fbad)")" | tee -a "$RESULTS"
  }
  NGINX="http://127.0.0.1:$NGINX_PORT"
  run "list 200" "$LIST" "" "$NGINX/list.json" "" "$FLOOR/list.json" ""
  run "list 304" "$LIST" "If-None-Match: $LIST_ETAG" "$NGINX/list.json" "If-None-Match: $NGINX_ETAG_LIST" "$FLOOR/list.json" 'If-None-Match: "floor"'
  run "item 200" "$ITEM" "" "$NGINX/item.json" "" "$FLOOR/item.json" ""
  run "item 304" "$ITEM" "If-None-Match: $ITEM_ETAG" "$NGINX/item.json" "If-None-Match: $NGINX_ETAG_ITEM" "$FLOOR/item.json" 'If-None-Match: "floor"'

  # The caching proxy of the deployment in front of this Koryu, against nginx serving the files.
  PROXY_DIR=$WORK/proxy-$N; rm -rf "$PROXY_DIR"
  PROXY_PORT=$(free_port)
  src/deploy/nginx/koryu-proxy.sh "$PROXY_DIR" "127.0.0.1:$PROXY_PORT" "127.0.0.1:$PORT"
  PROXY="http://127.0.0.1:$PROXY_PORT"
  wrk -t2 -c"$CONNECTIONS" -d5s "$PROXY/api/v1/events?from=2030-06-01&to=2030-06-30&limit=50" >/dev/null
  run_proxy() { # label proxy-url proxy-header nginx-url nginx-header
    local p n
    p=$(measure "$2" ${3:+"$3"})
    n=$(measure "$4" ${5:+"$5"})
    read -r prps pp50 pp99 pbad <<< "$p"
    read -r nrps np50 np99 nbad <<< "$n"
    printf "%-7s %-8s proxy %6s req/s p50 %5s p99 %6s ms | nginx %6s req/s p50 %5s p99 %6s ms | proxy/nginx %.2f%s\n" \
      "$N" "$1" "$prps" "$pp50" "$pp99" "$nrps" "$np50" "$np99" "$(python3 -c "print($prps/$nrps)")" \
      "$([[ $pbad != 0 || $nbad != 0 ]] && echo " (non-2xx/3xx: proxy $pbad, nginx $nbad)")" | tee -a "$RESULTS"
  }
  run_proxy "list 200" "$PROXY/api/v1/events?from=2030-06-01&to=2030-06-30&limit=50" "" "$NGINX/list.json" ""
  run_proxy "list 304" "$PROXY/api/v1/events?from=2030-06-01&to=2030-06-30&limit=50" "If-None-Match: $LIST_ETAG" "$NGINX/list.json" "If-None-Match: $NGINX_ETAG_LIST"
  run_proxy "item 200" "$PROXY/api/v1/events/bench-000500" "" "$NGINX/item.json" ""
  run_proxy "item 304" "$PROXY/api/v1/events/bench-000500" "If-None-Match: $ITEM_ETAG" "$NGINX/item.json" "If-None-Match: $NGINX_ETAG_ITEM"
  kill "$(cat "$PROXY_DIR/nginx.pid")"; PROXY_DIR=

  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after $N" | tee -a "$RESULTS"
  kill "$(cat "$NGINX_PREFIX/nginx.pid")"; NGINX_PREFIX=
  kill "$FLOOR_PID"; wait "$FLOOR_PID" 2>/dev/null || true; FLOOR_PID=
  stop_koryu
done
echo
echo "Results (also in $RESULTS):"
cat "$RESULTS"
