# What the benchmarks share: the build, starting and stopping Payara Micro, and a database of N
# published events. Sourced by src/bench/run.sh and src/bench/editor-lists.sh from the repository root.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
WORK=$ROOT/target/bench
M2=${MAVEN_REPO:-$HOME/.m2/repository}
DERBY_CP=$M2/org/apache/derby/derby/10.16.1.1/derby-10.16.1.1.jar:$M2/org/apache/derby/derbyshared/10.16.1.1/derbyshared-10.16.1.1.jar:$M2/org/apache/derby/derbytools/10.16.1.1/derbytools-10.16.1.1.jar

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Builds Koryu unless built (BENCH_BUILD=1 forces it) and copies what the benchmark runs into WORK.
build_koryu() {
  if [[ ! -f target/ROOT.war || ! -f target/payara-micro.jar || -n "${BENCH_BUILD:-}" ]]; then
    mvn -B -q package -DskipTests
  fi
  mkdir -p "$WORK"
  # The benchmark runs its own copy, so a build during the run changes nothing under it.
  if [[ -z "${BENCH_KEEP_WAR:-}" ]]; then cp target/ROOT.war "$WORK/koryu.war"; fi
  cp target/payara-micro.jar "$WORK/payara-micro.jar"
}

KORYU_PID=

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
  if [[ -n "$KORYU_PID" ]]; then kill "$KORYU_PID" 2>/dev/null; wait "$KORYU_PID" 2>/dev/null || true; KORYU_PID=; fi
}

publish_template() { # port
  local api="http://127.0.0.1:$1/api/v1" id
  id=$(curl -sf -u editor:koryu-demo -H 'Content-Type: application/json' -d '{"slug":"bench-template",
    "title":{"ja":"ベンチ物産展","en":"Bench products fair"},"kind":"products_fair","municipality":"ome",
    "venue":"ward-office-gallery","occurrences":[{"date":"2030-01-15","start":"10:00","end":"16:00"}],
    "notes":"※雨天中止","description":"<p>青梅市の特産品を販売します。</p>"}' "$api/manage/events" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  curl -sf -u editor:koryu-demo -H 'Content-Type: application/json' -d '{"transition":"submit"}' "$api/manage/content/$id/transitions" >/dev/null
  curl -sf -u supervisor:koryu-demo -H 'Content-Type: application/json' -d '{"transition":"approve","revision":1}' "$api/manage/content/$id/transitions" >/dev/null
}

# A fresh database of N published events under the data folder: one published through the API,
# then copied N times by src/bench/BenchLoad.java while Koryu is stopped.
prepare_events() { # data dir, port, N
  echo "== $3 events: preparing the database"
  start_koryu "$1" "$2"
  publish_template "$2"
  stop_koryu
  # No fsync while loading: the loader ends with a clean Derby shutdown, which writes everything.
  java -Dderby.system.durability=test -Dderby.stream.error.file="$WORK/derby-load.log" -cp "$DERBY_CP" src/bench/BenchLoad.java "$1/db" "$3"
}
