#!/usr/bin/env bash
# Several Koryu instances on one PostgreSQL database, behind nginx as load balancer and caching proxy.
#
#     src/deploy/cluster.sh start DIR     the database, the instances one after the other, then nginx
#     src/deploy/cluster.sh stop DIR      all of them
#
# DIR holds everything of this cluster: each instance's log (DIR/instance-N/server.log) and process
# id (DIR/instance-N/pid), the shared media folder (DIR/data), nginx (DIR/proxy) and, unless
# KORYU_DB_URL names a database, a PostgreSQL of its own (DIR/postgresql). The instances form one
# Payara data grid (Hazelcast), which keeps the editors' sessions, so that another instance takes
# over a session when its instance fails.
#
# Environment: KORYU_CLUSTER_PORT nginx's port (8080; instances on the next ones: 8081, 8082…),
# KORYU_CLUSTER_INSTANCES (3), KORYU_CLUSTER_GRID_PORT the data grid's first port (6900),
# KORYU_CLUSTER_DB_PORT the own PostgreSQL's port (5433), KORYU_CLUSTER_HEAP each instance's Java
# heap (512m), KORYU_WAR and PAYARA_MICRO_JAR (target/ROOT.war and target/payara-micro.jar, which
# `mvn package` builds). Every other KORYU_* setting (KORYU_DEMO, KORYU_DB_URL…) goes to all instances.
# Needs Java 17, nginx and, for a database of its own, PostgreSQL (apt-get install -y nginx postgresql).
set -euo pipefail
if [[ $# -ne 2 || ( $1 != start && $1 != stop ) ]]; then
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
command=$1
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
dir=$(mkdir -p "$2" && cd "$2" && pwd)
port=${KORYU_CLUSTER_PORT:-8080}
instances=${KORYU_CLUSTER_INSTANCES:-3}
grid_port=${KORYU_CLUSTER_GRID_PORT:-6900}
db_port=${KORYU_CLUSTER_DB_PORT:-5433}
heap=${KORYU_CLUSTER_HEAP:-512m}
war=${KORYU_WAR:-$project/target/ROOT.war}
jar=${PAYARA_MICRO_JAR:-$project/target/payara-micro.jar}
timeout=${KORYU_CLUSTER_START_TIMEOUT:-600}
pgdata=$dir/postgresql

# PostgreSQL refuses to run as root: as root, its commands run as the postgres account.
as_postgres() {
    if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [[ -n $bin ]] || { echo "PostgreSQL is not installed (apt-get install -y postgresql), and KORYU_DB_URL is not set" >&2; exit 1; }
    echo "$bin"
}

start_database() {
    local bin
    bin=$(pg_bin)
    if [[ ! -f $pgdata/PG_VERSION ]]; then
        mkdir -p "$pgdata"
        tr -dc 'a-z0-9' </dev/urandom | head -c 24 > "$dir/postgresql.password" || true
        chmod 600 "$dir/postgresql.password"
        if [[ $(id -u) == 0 ]]; then chown postgres "$pgdata" "$dir/postgresql.password"; fi
        as_postgres "$bin/initdb" -D "$pgdata" -U koryu --pwfile="$dir/postgresql.password" -A scram-sha-256 \
            -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_postgres "$bin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
        as_postgres "$bin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 120 \
            -o "-p $db_port -k $pgdata -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    fi
    export PGPASSWORD
    PGPASSWORD=$(cat "$dir/postgresql.password")
    if [[ -z $("$bin/psql" -h 127.0.0.1 -p "$db_port" -U koryu -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'koryu'") ]]; then
        "$bin/psql" -q -h 127.0.0.1 -p "$db_port" -U koryu -d postgres -c "CREATE DATABASE koryu ENCODING 'UTF8' TEMPLATE template0"
    fi
    export KORYU_DB_URL="jdbc:postgresql://127.0.0.1:$db_port/koryu" KORYU_DB_USER=koryu KORYU_DB_PASSWORD=$PGPASSWORD
    unset PGPASSWORD
}

start_instance() {
    local n=$1 home=$dir/instance-$1
    # A fresh runtime folder: Payara Micro would otherwise deploy the previous run's application too.
    rm -rf "$home/runtime"
    mkdir -p "$home"
    # The platform's own boot commands (if the project has them), then the sessions' replication: the whole
    # session is written to the data grid after every request that used it.
    {
        if [[ -f $project/src/main/payara/pre-boot-commands.asadmin ]]; then cat "$project/src/main/payara/pre-boot-commands.asadmin"; fi
        echo "set configs.config.server-config.availability-service.web-container-availability.persistence-scope=session"
    } > "$home/pre-boot-commands.asadmin"
    KORYU_DATA_DIR="$dir/data" KORYU_INSTANCE="koryu-$n" \
        nohup java "-Xmx$heap" -jar "$jar" --deploy "$war" --port $((port + n)) --rootdir "$home/runtime" \
        --name "koryu-$n" --clustername "koryu-$port" --startport $((grid_port + n - 1)) \
        --clustermode "tcpip:$members" --interfaces 127.0.0.1 \
        --nohostaware --prebootcommandfile "$home/pre-boot-commands.asadmin" \
        > "$home/server.log" 2>&1 &
    echo $! > "$home/pid"
}

await_ready() {
    local n=$1 home=$dir/instance-$1 waited=0
    until curl -fs -o /dev/null "http://127.0.0.1:$((port + n))/health/ready"; do
        if ! kill -0 "$(cat "$home/pid")" 2>/dev/null; then
            echo "Instance $n ended while starting; the end of $home/server.log:" >&2
            tail -40 "$home/server.log" >&2
            exit 1
        fi
        if (( waited >= timeout )); then
            echo "Instance $n was not ready after $timeout s (see $home/server.log)" >&2
            exit 1
        fi
        sleep 2
        waited=$((waited + 2))
    done
    echo "instance $n ready at http://127.0.0.1:$((port + n))/"
}

stop_process() {
    local pidfile=$1 pid waited=0
    [[ -f $pidfile ]] || return 0
    pid=$(cat "$pidfile")
    if kill "$pid" 2>/dev/null; then
        while kill -0 "$pid" 2>/dev/null && (( waited < 60 )); do sleep 1; waited=$((waited + 1)); done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
}

case $command in
start)
    [[ -f $war && -f $jar ]] || { echo "No $war or $jar: build with mvn package first" >&2; exit 1; }
    members=""
    for ((n = 1; n <= instances; n++)); do members+="${members:+,}127.0.0.1:$((grid_port + n - 1))"; done
    if [[ -z ${KORYU_DB_URL:-} ]]; then start_database; fi
    mkdir -p "$dir/data"
    # The first instance alone: it migrates the schema and, in demo mode, loads the demo content once.
    start_instance 1
    await_ready 1
    for ((n = 2; n <= instances; n++)); do start_instance "$n"; done
    for ((n = 2; n <= instances; n++)); do await_ready "$n"; done
    upstreams=()
    for ((n = 1; n <= instances; n++)); do upstreams+=("127.0.0.1:$((port + n))"); done
    "$here/nginx/koryu-proxy.sh" "$dir/proxy" "$port" "${upstreams[@]}"
    echo "Koryu: http://localhost:$port/ (nginx in front of $instances instances)"
    ;;
stop)
    stop_process "$dir/proxy/nginx.pid"
    for home in "$dir"/instance-*; do stop_process "$home/pid"; done
    if [[ -f $pgdata/PG_VERSION ]]; then
        as_postgres "$(pg_bin)/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
esac
