#!/usr/bin/env bash
# Local AWS emulator (moto server) on loopback: start | stop | status | reset.
# PLATFORM_EMULATOR_PORT (default 5000) picks the port; the pid file lives in target/.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${PLATFORM_EMULATOR_PORT:-5000}"
url="http://127.0.0.1:$port"
pid_file="$repo_root/target/emulator-$port.pid"
log_file="$repo_root/target/emulator-$port.log"

healthy() { curl -fsS -o /dev/null --max-time 2 "$url/moto-api/data.json" 2>/dev/null; }

case "${1:-status}" in
  start)
    if healthy; then echo "emulator: already running at $url"; exit 0; fi
    if ! python3 -c 'import moto.server' >/dev/null 2>&1; then
      cat >&2 <<MSG
emulator: python3 cannot import moto's server. Install the local AWS emulator with
    pip install 'moto[server]==5.2.1'
(or point PLATFORM_EMULATOR_ENDPOINT at a running moto/LocalStack-compatible endpoint).
MSG
      exit 127
    fi
    mkdir -p "$repo_root/target"
    # Managed policies (AWSGlueServiceRole, AmazonSSMManagedInstanceCore) exist only with this flag.
    # The launcher applies scripts/emulator/patches/*.py (e.g. rds_fast_waiters) before moto serves.
    MOTO_IAM_LOAD_MANAGED_POLICIES=true nohup python3 "$repo_root/scripts/emulator/launcher.py" -H 127.0.0.1 -p "$port" >"$log_file" 2>&1 &
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
      kill "$(cat "$pid_file")" 2>/dev/null || true
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
