# Servers the test suite runs against in CI (sourced by .ci/run; issue 21):
#   a throwaway Postgres cluster (Debian's postgresql), a Chroma server (`chroma run`) and a local
#   Ray cluster with 2 CPUs — all on loopback, all under one temporary folder.
# Each start_* function exports the variable the test fixtures read (tests/services/*.py) only
# once its server answers; a server that cannot start leaves its variable unset, and under CI the
# fixtures then fail the tests that need it. stop_test_services stops only what was started here.
#
#   source .ci/services.sh
#   start_postgres; start_chroma .venv/bin; start_ray .venv/bin
#   trap stop_test_services EXIT

NB_SERVICES_DIR="${NB_SERVICES_DIR:-}"
NB_PG_BIN=""
NB_PG_DATA=""
NB_CHROMA_PID=""
NB_RAY_PID=""

_services_dir() {
  if [ -z "$NB_SERVICES_DIR" ]; then
    NB_SERVICES_DIR="$(mktemp -d /tmp/nbsvc.XXXXXX)"
    chmod 755 "$NB_SERVICES_DIR"  # the postgres user must reach its data folder inside
  fi
}

_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Wait up to $2 seconds for an HTTP 200 from URL $1.
_wait_http() {
  python3 - "$1" "$2" <<'PY'
import sys, time, urllib.request
url, deadline = sys.argv[1], time.monotonic() + float(sys.argv[2])
while time.monotonic() < deadline:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            if response.status == 200:
                sys.exit(0)
    except OSError:
        pass
    time.sleep(0.5)
sys.exit(1)
PY
}

# Postgres: initdb as user postgres (we are root in CI), trust auth, loopback only, no fsync.
start_postgres() {
  _services_dir
  NB_PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$NB_PG_BIN" ] || [ ! -x "$NB_PG_BIN/initdb" ]; then
    echo "CI: no Debian postgresql (initdb) — Postgres tests will fail" >&2
    return 1
  fi
  local dir="$NB_SERVICES_DIR/pg" port
  local as_pg=()
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$dir"
    as_pg=(runuser -u postgres --)
  fi
  chmod 700 "$dir"
  port="$(_free_port)"
  if ! "${as_pg[@]}" "$NB_PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust \
      --encoding=UTF8 --no-sync >"$NB_SERVICES_DIR/pg-initdb.log" 2>&1; then
    echo "CI: initdb failed (see $NB_SERVICES_DIR/pg-initdb.log)" >&2
    return 1
  fi
  NB_PG_DATA="$dir/data"
  if ! "${as_pg[@]}" "$NB_PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
    echo "CI: Postgres did not start (see $dir/server.log)" >&2
    return 1
  fi
  export NEXTBEST_TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres"
}

# Chroma: `chroma run` from the chromadb package installed in the venv ($1 = the venv's bin).
start_chroma() {
  _services_dir
  local bin="$1" port
  port="$(_free_port)"
  "$bin/chroma" run --path "$NB_SERVICES_DIR/chroma" --host 127.0.0.1 --port "$port" \
    >"$NB_SERVICES_DIR/chroma.log" 2>&1 </dev/null &
  NB_CHROMA_PID=$!
  if ! _wait_http "http://127.0.0.1:$port/api/v2/heartbeat" 60; then
    echo "CI: chroma run did not answer (see $NB_SERVICES_DIR/chroma.log)" >&2
    return 1
  fi
  export NEXTBEST_TEST_CHROMA_URL="http://127.0.0.1:$port"
}

# Ray: a head node with 2 CPUs and no dashboard, in its own temp dir (so it never becomes the
# "current cluster" other Ray users on this machine would join). `--block` keeps one process
# that owns the cluster: stopping it stops the cluster (no machine-wide `ray stop`).
# Loopback only: Ray resolves 127.0.0.1 to the machine's outward address (and the tests block
# non-loopback sockets) unless it is told this is a single-machine cluster
# (RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0); with nothing listening outside the machine, Ray 2.60's
# default token authentication is left off (RAY_AUTH_MODE=disabled). Both are exported: the
# tests' drivers must resolve addresses the same way as the cluster.
start_ray() {
  _services_dir
  local bin="$1" port
  port="$(_free_port)"
  export RAY_AUTH_MODE=disabled RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 RAY_USAGE_STATS_ENABLED=0
  "$bin/ray" start --head --num-cpus 2 --include-dashboard=false \
    --disable-usage-stats --node-ip-address 127.0.0.1 --port "$port" \
    --temp-dir "$NB_SERVICES_DIR/ray" --block >"$NB_SERVICES_DIR/ray.log" 2>&1 </dev/null &
  NB_RAY_PID=$!
  local waited=0
  until [ -s "$NB_SERVICES_DIR/ray/ray_current_cluster" ]; do
    if ! kill -0 "$NB_RAY_PID" 2>/dev/null || [ "$waited" -ge 120 ]; then
      echo "CI: the Ray head did not start (see $NB_SERVICES_DIR/ray.log)" >&2
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  export NEXTBEST_TEST_RAY_ADDRESS="127.0.0.1:$port"
}

stop_test_services() {
  if [ -n "$NB_RAY_PID" ] && kill -0 "$NB_RAY_PID" 2>/dev/null; then
    kill -TERM "$NB_RAY_PID" 2>/dev/null
    wait "$NB_RAY_PID" 2>/dev/null
  fi
  if [ -n "$NB_CHROMA_PID" ] && kill -0 "$NB_CHROMA_PID" 2>/dev/null; then
    kill -TERM "$NB_CHROMA_PID" 2>/dev/null
    wait "$NB_CHROMA_PID" 2>/dev/null
  fi
  if [ -n "$NB_PG_DATA" ] && [ -d "$NB_PG_DATA" ]; then
    if [ "$(id -u)" = 0 ]; then
      runuser -u postgres -- "$NB_PG_BIN/pg_ctl" -D "$NB_PG_DATA" -m immediate -w stop >/dev/null 2>&1
    else
      "$NB_PG_BIN/pg_ctl" -D "$NB_PG_DATA" -m immediate -w stop >/dev/null 2>&1
    fi
  fi
  [ -n "$NB_SERVICES_DIR" ] && rm -rf "$NB_SERVICES_DIR"
  NB_RAY_PID="" NB_CHROMA_PID="" NB_PG_DATA="" NB_SERVICES_DIR=""
}
