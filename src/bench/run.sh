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
# Prints req/s, p50 and p99 latency, the ratio to nginx and to the floor.
# Needs: java 17, maven, wrk, nginx.
# Settings: BENCH_SIZES ("1000 100000"), BENCH_SECONDS (15), BENCH_CONNECTIONS (32).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
SIZES=${BENCH_SIZES:-"1000 100000"}
SECONDS_PER_RUN=${BENCH_SECONDS:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
WORK=$ROOT/target/bench
M2=${MAVEN_REPO:-$HOME/.m2/repository}
DERBY_CP=$M2/org/apache/derby/derby/10.16.1.1/derby-10.16.1.1.jar:$M2/org/apache/derby/derbyshared/10.16.1.1/derbyshared-10.16.1.1.jar:$M2/org/apache/derby/derbytools/10.16.1.1/derbytools-10.16.1.1.jar

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)"; exit 1; }
command -v nginx >/dev/null || { echo "nginx is missing (apt-get install -y nginx)"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

if [[ ! -f target/ROOT.war || ! -f target/payara-micro.jar || -n "${BENCH_BUILD:-}" ]]; then
  mvn -B -q package -DskipTests
fi
mkdir -p "$WORK"
# The benchmark runs its own copy, so a build during the run changes nothing under it.
if [[ -z "${BENCH_KEEP_WAR:-}" ]]; then cp target/ROOT.war "$WORK/koryu.war"; fi
cp target/payara-micro.jar "$WORK/payara-micro.jar"
rm -rf "$WORK/floor" && mkdir -p "$WORK/floor/WEB-INF/classes"
javac -d "$WORK/floor/WEB-INF/classes" -cp "$M2/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar" \
  src/bench/floor/StaticBytesFilter.java
(cd "$WORK/floor" && jar cf "$WORK/floor.war" WEB-INF)
RESULTS=$WORK/results.txt
: > "$RESULTS"
KORYU_PID=
FLOOR_PID=
NGINX_PREFIX=
cleanup() {
  [[ -n "$KORYU_PID" ]] && kill "$KORYU_PID" 2>/dev/null && wait "$KORYU_PID" 2>/dev/null || true
  [[ -n "$FLOOR_PID" ]] && kill "$FLOOR_PID" 2>/dev/null && wait "$FLOOR_PID" 2>/dev/null || true
  [[ -n "$NGINX_PREFIX" && -f "$NGINX_PREFIX/nginx.pid" ]] && kill "$(cat "$NGINX_PREFIX/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# Starts Payara Micro with a WAR at / and waits until the given path answers; the PID is left in STARTED_PID.
start_payara() { # name, war, port, path that answers once started
  # A fresh runtime folder each time: Payara Micro would otherwise first start the WAR deployed
  # there by the previous start, then redeploy it, answering 503 and 404 meanwhile.
  rm -rf "$WORK/runtime-$1"
  java -Xmx1g -jar "$WORK/payara-micro.jar" --deploy "$2" --contextroot / --port "$3" \
    --nocluster --rootdir "$WORK/runtime-$1" > "$WORK/$1.log" 2>&1 &
  STARTED_PID=$!
  for _ in $(seq 1 900); do
    curl -sf "http://127.0.0.1:$3$4" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "$1 did not start; see $WORK/$1.log"; exit 1
}

start_koryu() { # data dir, port
  KORYU_DATA_DIR=$1 KORYU_DEMO=true start_payara "koryu-$2" "$WORK/koryu.war" "$2" /health
  KORYU_PID=$STARTED_PID
}

stop_koryu() {
  kill "$KORYU_PID"; wait "$KORYU_PID" 2>/dev/null || true; KORYU_PID=
}

start_floor() { # folder of the bytes, port
  BENCH_FLOOR_DIR=$1 start_payara floor "$WORK/floor.war" "$2" /item.json
  FLOOR_PID=$STARTED_PID
}

publish_template() { # port
  local api="http://127.0.0.1:$1/api/v1" id
  id=$(curl -sf -u editor:koryu-demo -H 'Content-Type: application/json' -d '{"slug":"bench-template",
    "title":{"ja":"ベンチ物産展","en":"Bench products fair"},"kind":"products_fair","municipality":"ome",
    "venue":"ward-office-gallery","occurrences":[{"date":"2030-01-15","start":"10:00","end":"16:00"}],
    "notes":"※雨天中止","description":"<p>青梅市の特産品を販売します。</p>"}' "$api/manage/events" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  curl -sf -u editor:koryu-demo -H 'Content-Type: application/json' -d '{"transition":"submit"}' "$api/manage/content/$id/transitions" >/dev/null
  curl -sf -u supervisor:koryu-demo -H 'Content-Type: application/json' -d '{"transition":"approve"}' "$api/manage/content/$id/transitions" >/dev/null
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
  echo "== $N events: preparing the database"
  start_koryu "$DATA" "$PORT"
  publish_template "$PORT"
  stop_koryu
  # No fsync while loading: the loader ends with a clean Derby shutdown, which writes everything.
  java -Dderby.system.durability=test -Dderby.stream.error.file="$WORK/derby-load.log" -cp "$DERBY_CP" src/bench/BenchLoad.java "$DATA/db" "$N"
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

  echo "warming up Koryu and the floor"
  wrk -t2 -c"$CONNECTIONS" -d10s "$LIST" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d5s "$ITEM" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d10s "$FLOOR/list.json" >/dev/null

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

  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after $N" | tee -a "$RESULTS"
  kill "$(cat "$NGINX_PREFIX/nginx.pid")"; NGINX_PREFIX=
  kill "$FLOOR_PID"; wait "$FLOOR_PID" 2>/dev/null || true; FLOOR_PID=
  stop_koryu
done
echo
echo "Results (also in $RESULTS):"
cat "$RESULTS"
