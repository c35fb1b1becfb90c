#!/usr/bin/env bash
# Local AWS emulator on loopback: start | stop | status | reset.
# It is moto's server started through scripts/emulator/launcher.py, which first applies the fidelity
# patches in scripts/emulator/patches/ (README there). PLATFORM_EMULATOR_PORT (default 5000) picks the
# port; PLATFORM_EMULATOR_PYTHON the Python that has moto (default: python3, else moto_server's own).
# The pid file lives in target/.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PLATFORM_EMULATOR_PORT:-5000}"
url="http://127.0.0.1:$port"
pid_file="$repo_root/target/emulator-$port.pid"
log_file="$repo_root/target/emulator-$port.log"

# The Python interpreter that can import moto's server: the one asked for, python3, or the one named
# in moto_server's shebang (a pip install puts moto_server next to its interpreter).
emulator_python() {
  local candidate shebang
  for candidate in "${PLATFORM_EMULATOR_PYTHON:-}" python3; do
    if [ -n "$candidate" ] && "$candidate" -c 'import moto.server' >/dev/null 2>&1; then echo "$candidate"; return 0; fi
  done
  if command -v moto_server >/dev/null 2>&1; then
    shebang="$(head -1 "$(command -v moto_server)")"
    candidate="${shebang#\#!}"
    if [ "$candidate" != "$shebang" ] && $candidate -c 'import moto.server' >/dev/null 2>&1; then echo "$candidate"; return 0; fi
  fi
  return 1
}

# /moto-api/config is cheap and always answers; data.json serializes every backend and answers 500 once
# some IAM state exists (moto 5.2.1), which would make a busy emulator look stopped.
healthy() { curl -fsS -o /dev/null --max-time 5 "$url/moto-api/config" 2>/dev/null; }
ends_within_5s() { for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done; return 1; }
# Without curl every emulator would look unhealthy: one that runs would be started again, or reported stopped.
case "${1:-status}" in
  start|status|reset)
    command -v curl >/dev/null || { echo "emulator: curl is not on PATH; it checks that the emulator answers (install curl)" >&2; exit 127; } ;;
esac

case "${1:-status}" in
  start)
    if healthy; then echo "emulator: already running at $url"; exit 0; fi
    # An emulator of ours that runs but does not answer (hung) still holds the port: a second one could not bind it,
    # and its pid file would be overwritten, so make down could no longer stop it.
    if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      echo "emulator: the emulator started earlier at $url (pid $(cat "$pid_file")) runs but does not answer; make down stops it (PLATFORM_EMULATOR_PORT=$port)" >&2
      exit 1
    fi
    if ! python="$(emulator_python)"; then
      cat >&2 <<MSG
emulator: no Python with moto's server found (tried \$PLATFORM_EMULATOR_PYTHON, python3, moto_server's interpreter). Install the local AWS emulator with
    pip install 'moto[server]==5.2.1'
(or point PLATFORM_EMULATOR_ENDPOINT at a running moto/LocalStack-compatible endpoint).
MSG
      exit 127
    fi
    mkdir -p "$repo_root/target"
    # Managed policies (AWSGlueServiceRole, AmazonSSMManagedInstanceCore) exist only with this flag.
    MOTO_IAM_LOAD_MANAGED_POLICIES=true nohup $python "$repo_root/scripts/emulator/launcher.py" -H 127.0.0.1 -p "$port" >"$log_file" 2>&1 &
    echo $! >"$pid_file"
    for _ in $(seq 1 100); do
      if healthy; then echo "emulator: running at $url (pid $(cat "$pid_file"), log $log_file)"; exit 0; fi
      if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then break; fi
      sleep 0.2
    done
    echo "emulator: did not become healthy at $url; log:" >&2; tail -20 "$log_file" >&2; exit 1
    ;;
  stop)
    if [ -f "$pid_file" ]; then
      pid="$(cat "$pid_file")"
      # A pid file whose process is gone (crashed, or stopped by hand) is just stale; a live one must stop: asked
      # first (TERM), then, after 5 s, killed (a hung or SIGSTOPped one never acts on TERM).
      if kill -0 "$pid" 2>/dev/null; then
        if ! kill "$pid"; then
          echo "emulator: could not stop pid $pid (pid file $pid_file)" >&2
          exit 1
        fi
        if ! ends_within_5s "$pid"; then
          kill -KILL "$pid" 2>/dev/null
          if ! ends_within_5s "$pid"; then
            echo "emulator: pid $pid did not end after SIGTERM and SIGKILL (pid file $pid_file)" >&2
            exit 1
          fi
          echo "emulator: pid $pid did not end on SIGTERM within 5 s; killed"
        fi
      fi
      rm -f "$pid_file"
      echo "emulator: stopped"
    else
      echo "emulator: not started by this repository (no $pid_file)"
    fi
    ;;
  reset)
    curl -fsS -X POST "$url/moto-api/reset" >/dev/null && echo "emulator: reset (all emulated resources dropped)"
    ;;
  status)
    if healthy; then echo "emulator: running at $url"; else echo "emulator: not running at $url"; exit 1; fi
    ;;
  *) echo "usage: $0 start|stop|status|reset" >&2; exit 2 ;;
esac
