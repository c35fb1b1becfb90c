#!/usr/bin/env bash
# make watch: runs the warm synth server (io.glueplatform.devloop.SynthServer) in the foreground and starts a
# fresh one whenever it asks to (exit 75: memory limit reached, or pom.xml changed). A server that found a
# warm synth differing from a cold one (exit 3) is not restarted: target/devloop/DIVERGED says why.
# Usage: scripts/synth-server.sh [--watch dev,prod] [--target offline] [--max-node-mb 2048]
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
java="${JAVA:-java}"  # as in scripts/run-program.sh
command -v "$java" >/dev/null || { echo "synth-server: $java (the JAVA variable, else java on PATH) was not found; install Java 17 or point JAVA at its java" >&2; exit 127; }
heap="${SYNTH_SERVER_HEAP:-1g}"
# cdktf's App in Node prefers $CDKTF_OUTDIR to the outdir each request passes: the server must not have one.
unset CDKTF_OUTDIR
# jsii's Node starts as in a cold synth (scripts/run-program.sh, scripts/jsii-env.sh).
source scripts/jsii-env.sh
# jsii unpacks the assemblies into java.io.tmpdir in every JVM: the server's stays under target/ (make clean).
tmp_dir="$repo_root/target/devloop/tmp"

# Stopping: Ctrl-C, or TERM/INT/HUP sent to this script, stops the server (it removes its port file) and then the script.
# What started the script (make watch, a shell) may also be killed alone: `kill <make pid>` signals make, not the recipe
# it runs, and the server would go on serving `make synth` unseen. A watchdog stops it once its starter has ended.
starter=$PPID
java_pid=""
stop() {
  trap - TERM INT HUP
  if [ -n "$java_pid" ] && kill -TERM "$java_pid" 2>/dev/null; then
    wait "$java_pid" 2>/dev/null || exit 143  # the server's own status (143: stopped by TERM) says nothing new
  fi
  exit 143
}
trap stop TERM INT HUP
watch_starter() {
  while kill -0 "$starter" 2>/dev/null; do sleep 1; done
  echo "synth-server: what started it (pid $starter) has ended; stopping the server" >&2
  kill -TERM "$1"
}
watch_starter $$ &
watchdog=$!
trap 'kill "$watchdog" 2>/dev/null' EXIT

while true; do
  make --no-print-directory -s build
  mkdir -p "$tmp_dir"
  status=0
  # In the background, so that a signal reaches stop() at once (a foreground command would delay the trap until it ends).
  "$java" "-Xmx$heap" -XX:+UseSerialGC -Djava.io.tmpdir="$tmp_dir" -cp "target/classes:$(cat target/classpath.txt)" \
    io.glueplatform.devloop.SynthServer "$@" &
  java_pid=$!
  wait "$java_pid" || status=$?
  java_pid=""
  if [ "$status" -ne 75 ]; then
    exit "$status"
  fi
  echo "synth-server: restarting" >&2
done
