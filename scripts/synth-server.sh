#!/usr/bin/env bash
# make watch: runs the warm synth server (io.glueplatform.devloop.SynthServer) in the foreground and starts a
# fresh one whenever it asks to (exit 75: memory limit reached, or pom.xml changed). A server that found a
# warm synth differing from a cold one (exit 3) is not restarted: target/devloop/DIVERGED says why.
# Usage: scripts/synth-server.sh [--watch dev,prod] [--target offline] [--max-node-mb 2048]
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
heap="${SYNTH_SERVER_HEAP:-1g}"
# cdktf's App in Node prefers $CDKTF_OUTDIR to the outdir each request passes: the server must not have one.
unset CDKTF_OUTDIR
# jsii's Node starts as in a cold synth (scripts/run-program.sh, scripts/jsii-env.sh).
source scripts/jsii-env.sh
# jsii leaves the folder it extracts its runtime into behind in every JVM: the server's go under target/ (make clean).
tmp_dir="$repo_root/target/devloop/tmp"
while true; do
  make --no-print-directory -s build
  mkdir -p "$tmp_dir"
  status=0
  java "-Xmx$heap" -XX:+UseSerialGC -Djava.io.tmpdir="$tmp_dir" -cp "target/classes:$(cat target/classpath.txt)" io.glueplatform.devloop.SynthServer "$@" || status=$?
  if [ "$status" -ne 75 ]; then
    exit "$status"
  fi
  echo "synth-server: restarting" >&2
done
