#!/usr/bin/env bash
# Starts nginx as a caching proxy in front of one or more Koryu instances, with koryu.conf.
#
#     src/deploy/nginx/koryu-proxy.sh DIR LISTEN UPSTREAM...
#
# DIR: a folder of its own for the rendered configuration, the cache, logs and the PID file
# (stop with `kill $(cat DIR/nginx.pid)`); LISTEN: nginx's address, e.g. 80 or 127.0.0.1:8088;
# UPSTREAM: each Koryu instance as host:port. Needs nginx (apt-get install -y nginx).
set -euo pipefail
if [[ $# -lt 3 ]]; then
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mkdir -p "$1" && cd "$1" && pwd)
listen=$2
shift 2
servers=""
for upstream in "$@"; do
    servers+="    server $upstream max_fails=1 fail_timeout=2s;"$'\n'
done
mkdir -p "$dir/cache" "$dir/logs"
sed -e "s|@CACHE_DIR@|$dir/cache|" -e "s|@LISTEN@|$listen|" "$here/koryu.conf" \
    | awk -v servers="$servers" '{ if ($0 == "@UPSTREAM_SERVERS@") printf "%s", servers; else print }' > "$dir/koryu.conf"
cat > "$dir/nginx.conf" <<CONF
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/logs/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    include $dir/koryu.conf;
}
CONF
# Running as root, nginx's workers would switch to a user that may not read DIR.
if [[ $(id -u) == 0 ]]; then sed -i '1i user root;' "$dir/nginx.conf"; fi
nginx -t -q -p "$dir" -c "$dir/nginx.conf"
exec nginx -p "$dir" -c "$dir/nginx.conf"
