#!/usr/bin/env bash
# Sourced by bench/synth-bench.sh and bench/deploy-bench.sh (from the repository root): the helpers both use.

# A free loopback port (for a bench's own emulator).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# median [decimals=2]: the median of the numbers on stdin, one per line.
median() {
  sort -n | awk -v decimals="${1:-2}" '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf("%." decimals "f", m)}'
}

# stop_emulator_on <port>: stops the emulator scripts/emulator.sh started on that port; nothing for an empty port.
stop_emulator_on() {
  if [ -n "$1" ]; then PLATFORM_EMULATOR_PORT="$1" bash scripts/emulator.sh stop >/dev/null; fi
}

# deploy_summary <deploy log> <cdk.tf.json>: the deploy's steps and the apply's critical path (bench/deploy-profile.py;
# the dependency graph from the synthesized stack: a first deploy plans and applies in one run and saves no plan).
deploy_summary() {
  local steps path
  steps="$(python3 bench/deploy-profile.py "$1" | sed -n 's/^steps (log markers, whole seconds): //p')"
  path="$(python3 bench/deploy-profile.py "$1" --config "$2" --one-line)"
  echo "$steps; $path"
}
