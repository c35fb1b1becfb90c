#!/usr/bin/env bash
# First `make deploy` of dev on the emulator, old setting against new, in one interleaved run (old, new, old,
# new, ...: machine load hits both alike; on a shared machine the ratio is what counts, absolute seconds are noisy).
#   old   TF_PARALLELISM=10  (scripts/deploy.sh before issue 14)
#   new   scripts/deploy.sh's defaults (-parallelism=30 on the emulator)
# Every deploy runs scripts/deploy.sh dev exactly as `make deploy` does, on a fresh emulator of its own (a free
# loopback port; stopped after the run, also on failure), with its own output, state and log folders under
# target/bench/deploy/. The time is the wall clock of the whole script (emulator start, build, synth, init,
# plan, apply, output). Each run's critical path is printed by bench/deploy-profile.py.
# Usage: bench/deploy-bench.sh [runs per setting=2]     Env: DEPLOY_BENCH_OLD / DEPLOY_BENCH_NEW: the
#        settings as `VAR=value ...` (defaults above), e.g. DEPLOY_BENCH_NEW="TF_PARALLELISM=60".
# Exit: 0 every deploy succeeded, 1 one failed (its log is named), 2 bad usage.
set -euo pipefail
runs="${1:-2}"
case "$runs" in ''|*[!0-9]*|0) echo "deploy-bench: runs per setting must be a positive whole number, got '$runs'" >&2; exit 2 ;; esac
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
old_settings="${DEPLOY_BENCH_OLD:-TF_PARALLELISM=10}"
new_settings="${DEPLOY_BENCH_NEW:-}"
work="$repo_root/target/bench/deploy"
rm -rf "$work" && mkdir -p "$work"
make --no-print-directory -s build

source bench/lib.sh

port=""
stop_emulator() { stop_emulator_on "$port"; port=""; }
trap stop_emulator EXIT
load() { cut -d' ' -f1 /proc/loadavg; }

# deploy <setting name> <run>: sets seconds, load_before, load_after; the deploy's output goes to its folder
deploy() {
  local name="$1" run="$2" settings dir start end code
  if [ "$name" = old ]; then settings="$old_settings"; else settings="$new_settings"; fi
  dir="$work/$name-$run"
  mkdir -p "$dir"
  port="$(free_port)"
  load_before="$(load)"
  start=$(date +%s.%N)
  started_at=${start%.*}
  set +e
  # shellcheck disable=SC2086  # the settings are words VAR=value on purpose
  env $settings PLATFORM_EMULATOR_PORT="$port" CDKTF_OUTDIR="$dir/out" PLATFORM_LOG_DIR="$dir/logs" CI=true \
    bash scripts/deploy.sh dev >"$dir/deploy.out" 2>&1
  code=$?
  set -e
  end=$(date +%s.%N)
  stop_emulator
  if [ "$code" -ne 0 ]; then
    echo "deploy-bench: the $name deploy (run $run) failed (exit $code); its output: $dir/deploy.out" >&2
    tail -20 "$dir/deploy.out" >&2
    exit 1
  fi
  seconds="$(printf '%.1f' "$(echo "$end - $start" | bc)")"
  load_after="$(load)"
}


echo "deploy-bench: $runs run(s) per setting; old: ${old_settings:-defaults}; new: ${new_settings:-defaults}; $(uptime)"
declare -a t_old=() t_new=()
for run in $(seq 1 "$runs"); do
  for name in old new; do
    deploy "$name" "$run"
    if [ "$name" = old ]; then t_old+=("$seconds"); else t_new+=("$seconds"); fi
    dir="$work/$name-$run"
    log="$(ls "$dir"/logs/*-deploy-dev-*.log)"
    # emulator start, build and synth: until the log's first step marker (whole seconds)
    init_at="$(sed -n 's/^=== deploy step init: .*(\(.*\))$/\1/p' "$log")"
    before_terraform=$(( $(date -d "$init_at" +%s) - started_at ))
    echo "deploy-bench: $name run $run: ${seconds} s (load ${load_before} → ${load_after}); ${before_terraform} s to" \
      "terraform init; $(deploy_summary "$log" "$dir/out/stacks/dev/cdk.tf.json")"
  done
done
old_median="$(printf '%s\n' "${t_old[@]}" | median 1)"
new_median="$(printf '%s\n' "${t_new[@]}" | median 1)"
echo "deploy-bench: old ${t_old[*]} s (median $old_median), new ${t_new[*]} s (median $new_median)," \
  "new/old = $(echo "scale=3; $new_median / $old_median" | bc); $(uptime)"
