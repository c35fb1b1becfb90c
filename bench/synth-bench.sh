#!/usr/bin/env bash
# Prints every figure of issue 14's table in one run. The cold synths are interleaved (rounds alternate floor / dev /
# floor / all / floor with the Node hook / floor+N ×1 stack / ×4 stacks, each without and with addresses, so machine
# load hits every figure alike; medians are reported, and ratios are what count on a shared machine).
#   floor        bench/FloorApp.java: one stack, AWS provider, one bucket; same cdktf + provider jars, cold JVM with the
#                JVM's default flags, no NODE_OPTIONS and jsii's bundled runtime (as a plain CDKTF app starts). The
#                platform's cold path (scripts/run-program.sh) adds its own: C1 only, serial GC, the class-data archive
#                of make build, the jsii preload of Main, and jsii's Node as scripts/jsii-env.sh starts it (the provider's
#                modules required on first use; one Node process instead of jsii's relay and kernel)
#   floor, platform's Node  the same floor app with that Node alone: how much of the platform's lead is Node's
#   synth dev    make synth ENV=dev, cold (PLATFORM_SYNTH_SERVER=off)
#   synth all    make synth (every environment: one stack each), cold. Per stack, two readings: above the floor,
#                (all − floor) / stacks, the arithmetic of issue 14's table (its "≈ 1.2 s per extra stack" is
#                (11.3 − 6.6) / 4); and the marginal cost of one more stack, (all − dev) / (stacks − 1)
#   dev ×4       make synth of a configuration folder holding dev and three copies of it under other names (four stacks of
#                dev's own shape): (dev ×4 − dev) / 3 is what one more stack like dev costs, beside the stack floor below
#   stack floor  FloorApp with N extra resources per stack (N = dev's resource count; log groups, one jsii call each)
#                and the platform's Node, one stack and four: a third of the difference is the least an extra stack of N
#                resources can cost; again with an overrideLogicalId per resource (stable addresses, as the platform
#                keeps them)
#   warm         make synth ENV=dev through a synth server (bench's own, own state dir): unchanged, and
#                right after an edit of a source file (compile + synth; the file is restored afterwards)
#   unit-test    make unit-test (skip with BENCH_UNIT_TEST=0)
#   deploy       the first make deploy of dev on a fresh emulator of its own (free port; own output, state and logs
#                under target/bench/deploy; stopped afterwards), with the apply's critical path (skip: BENCH_DEPLOY=0)
#   make test    everything CI runs, once (≈ 12 min; skip with BENCH_MAKE_TEST=0)
# A skipped figure prints as "skipped". Any failing step fails the bench, naming its log.
# Usage: bench/synth-bench.sh [rounds=3]
set -euo pipefail
rounds="${1:-3}"
case "$rounds" in ''|*[!0-9]*|0) echo "synth-bench: rounds must be a positive whole number, got '$rounds'" >&2; exit 2 ;; esac
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
work="$repo_root/target/bench"
rm -rf "$work" && mkdir -p "$work/floor-classes"
source bench/lib.sh
make --no-print-directory -s build
deps="$(cat target/classpath.txt)"
javac -d "$work/floor-classes" -cp "$deps" bench/FloorApp.java

# seconds (3 decimals) a command takes; its output goes to $work/<name>.log; a failure fails the bench
timed() {
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  if ! "$@" >>"$work/$name.log" 2>&1; then
    echo "bench: '$name' failed; log: $work/$name.log" >&2
    tail -20 "$work/$name.log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  printf '%.3f\n' "$(echo "$end - $start" | bc)"
}
floor() { env -u NODE_OPTIONS -u JSII_RUNTIME java -cp "$work/floor-classes:$deps" FloorApp "$work/out-floor"; }
# what scripts/jsii-env.sh sets for a caller that has set nothing
platform_node="$(env -u NODE_OPTIONS -u JSII_RUNTIME bash -c 'source scripts/jsii-env.sh && printf "%s\n%s\n" "$NODE_OPTIONS" "$JSII_RUNTIME"')"
floor_node() {
  NODE_OPTIONS="$(sed -n 1p <<<"$platform_node")" JSII_RUNTIME="$(sed -n 2p <<<"$platform_node")" \
    java -cp "$work/floor-classes:$deps" FloorApp "$work/out-floor-node" "${1:-1}" "${2:-0}" "${3:-}"
}
cold() { PLATFORM_SYNTH_SERVER=off make --no-print-directory -s synth ENV="$1" CDKTF_OUTDIR="$work/out-cold-${1:-all}"; }
mkdir -p "$work/dev-x4"
for name in dev dev-b dev-c dev-d; do cp environments/dev.json "$work/dev-x4/$name.json"; done
cold_dev_x4() {
  PLATFORM_CONFIG_DIR="$work/dev-x4" PLATFORM_SYNTH_SERVER=off make --no-print-directory -s synth ENV= CDKTF_OUTDIR="$work/out-cold-dev-x4"
}

# Untimed first runs: page cache and jsii's extraction cache warm for every figure alike; dev's resource count.
timed warm-up floor >/dev/null
timed warm-up floor_node >/dev/null
timed warm-up cold dev >/dev/null
timed warm-up cold_dev_x4 >/dev/null
resources="$(python3 -c 'import json,sys; print(sum(len(v) for v in json.load(open(sys.argv[1])).get("resource", {}).values()))' \
  "$work/out-cold-dev/stacks/dev/cdk.tf.json")"

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -a t_floor=() t_floor_node=() t_dev=() t_all=() t_dev_x4=() t_stack1=() t_stack2=() t_named1=() t_named2=()
for round in $(seq 1 "$rounds"); do
  t_floor+=("$(timed floor floor)")
  t_dev+=("$(timed dev cold dev)")
  t_floor+=("$(timed floor floor)")
  t_all+=("$(timed all cold "")")
  t_dev_x4+=("$(timed dev-x4 cold_dev_x4)")
  t_floor_node+=("$(timed floor-node floor_node)")
  t_stack1+=("$(timed stack-floor floor_node 1 "$resources")")
  t_stack2+=("$(timed stack-floor floor_node 4 "$resources")")
  t_named1+=("$(timed stack-floor floor_node 1 "$resources" addresses)")
  t_named2+=("$(timed stack-floor floor_node 4 "$resources" addresses)")
  echo "bench: round $round/$rounds: floor ${t_floor[-2]} / ${t_floor[-1]} s, dev ${t_dev[-1]} s, all ${t_all[-1]} s, dev ×4 ${t_dev_x4[-1]} s," \
    "floor with the platform's Node ${t_floor_node[-1]} s," \
    "floor +$resources resources ${t_stack1[-1]} s (1 stack) / ${t_stack2[-1]} s (4 stacks)," \
    "with their own addresses ${t_named1[-1]} / ${t_named2[-1]} s" >&2
done

# warm: the bench's own server (never a developer's `make watch`), stopped on exit
state="$work/devloop"
edit_file="src/main/java/io/glueplatform/kms/PlatformKey.java"
cp "$edit_file" "$work/edit-file.orig"
server_pid=""
cleanup() {
  cp "$work/edit-file.orig" "$repo_root/$edit_file"
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; fi
}
trap cleanup EXIT
bash scripts/synth-server.sh --watch "" --state-dir "$state" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do [ -f "$state/server.port" ] && break; sleep 0.5; done
[ -f "$state/server.port" ] || { echo "bench: the synth server did not start; log: $work/server.log" >&2; exit 1; }
server_pid="$(awk '{print $3}' "$state/server.port")"
warm() { PLATFORM_SYNTH_SERVER_DIR="$state" make --no-print-directory -s synth ENV=dev CDKTF_OUTDIR="$work/out-warm"; }
# the first synth loads Node and the provider; a few more let the JIT settle, as in a long `make watch` session
for _ in 1 2 3 4 5; do timed warm-up warm >/dev/null; done
declare -a t_warm=() t_edit=()
for round in $(seq 1 "$rounds"); do
  t_warm+=("$(timed warm warm)")
  echo "// bench edit $round $(date +%s%N)" >>"$edit_file"
  t_edit+=("$(timed edit warm)")
  cp "$work/edit-file.orig" "$edit_file"
  t_edit+=("$(timed edit warm)")  # the restore is an edit too
  echo "bench: round $round/$rounds: warm ${t_warm[-1]} s, edit+synth ${t_edit[-2]} / ${t_edit[-1]} s" >&2
done
grep -q "(warm; program" "$work/warm.log" || { echo "bench: the warm synths were not served by the server; log: $work/warm.log" >&2; exit 1; }
kill "$server_pid"
server_pid=""
# The edits left the classes one restore behind the sources: compile now (the tests too), so no figure below counts a
# compile.
make --no-print-directory -s build target/.test-compiled

unit="skipped"
if [ "${BENCH_UNIT_TEST:-1}" != 0 ]; then
  unit="$(timed unit-test make --no-print-directory unit-test)"
  tests="$(grep -Eo 'Tests run: [0-9]+, Failures: 0, Errors: 0' "$work/unit-test.log" | tail -1 | grep -Eo '[0-9]+' | head -1)"
  unit="$(printf '%.1f s (%s tests)' "$unit" "$tests")"
fi

# deploy: the bench's own emulator on a free port, stopped afterwards (also when the deploy fails)
deploy="skipped"
deploy_port=""
stop_deploy_emulator() { stop_emulator_on "$deploy_port"; deploy_port=""; }
trap 'cleanup; stop_deploy_emulator' EXIT
if [ "${BENCH_DEPLOY:-1}" != 0 ]; then
  deploy_dir="$work/deploy"
  mkdir -p "$deploy_dir"
  deploy_port="$(free_port)"
  seconds="$(PLATFORM_EMULATOR_PORT="$deploy_port" CDKTF_OUTDIR="$deploy_dir/out" PLATFORM_LOG_DIR="$deploy_dir/logs" CI=true \
    timed deploy bash scripts/deploy.sh dev)"
  stop_deploy_emulator
  deploy_log="$(ls "$deploy_dir"/logs/*-deploy-dev-*.log)"
  deploy="$(printf '%.1f s' "$seconds")"
  echo "bench: first deploy of dev: $deploy; $(deploy_summary "$deploy_log" "$deploy_dir/out/stacks/dev/cdk.tf.json")" >&2
fi

make_test="skipped"
if [ "${BENCH_MAKE_TEST:-1}" != 0 ]; then
  make_test="$(timed make-test make --no-print-directory test)"
  total_tests="$(grep -Eo '^\[[a-z0-9]+\] \[INFO\] Tests run: [0-9]+, Failures: 0, Errors: 0, Skipped: [0-9]+$' "$work/make-test.log" \
    | awk '{gsub(",", "", $5); n += $5} END {print n + 0}')"
  make_test="$(printf '%.0f s = %.1f min (%s tests)' "$make_test" "$(echo "$make_test / 60" | bc -l)" "$total_tests")"
fi

f=$(printf '%s\n' "${t_floor[@]}" | median)
fn=$(printf '%s\n' "${t_floor_node[@]}" | median)
d=$(printf '%s\n' "${t_dev[@]}" | median)
a=$(printf '%s\n' "${t_all[@]}" | median)
w=$(printf '%s\n' "${t_warm[@]}" | median)
e=$(printf '%s\n' "${t_edit[@]}" | median)
ratio() { printf '%.2f' "$(echo "scale=4; $1 / $2" | bc)"; }
stacks=$(find "$work/out-cold-all/stacks" -mindepth 1 -maxdepth 1 -type d | wc -l)
[ "$stacks" -gt 1 ] || { echo "bench: make synth wrote $stacks stack(s); the per-stack figure needs two or more" >&2; exit 1; }
per_stack=$(printf '%.2f' "$(echo "scale=4; ($a - $f) / $stacks" | bc)")
per_stack_node=$(printf '%.2f' "$(echo "scale=4; ($a - $fn) / $stacks" | bc)")
marginal=$(printf '%.2f' "$(echo "scale=4; ($a - $d) / ($stacks - 1)" | bc)")
x4=$(printf '%s\n' "${t_dev_x4[@]}" | median)
[ "$(find "$work/out-cold-dev-x4/stacks" -mindepth 1 -maxdepth 1 -type d | wc -l)" -eq 4 ] \
  || { echo "bench: the synth of dev ×4 did not write four stacks; log: $work/dev-x4.log" >&2; exit 1; }
marginal_dev=$(printf '%.2f' "$(echo "scale=4; ($x4 - $d) / 3" | bc)")
s1=$(printf '%s\n' "${t_stack1[@]}" | median)
s2=$(printf '%s\n' "${t_stack2[@]}" | median)
# three extra stacks, so that one cold JVM's noise is spread over three
stack_floor=$(printf '%.2f' "$(echo "scale=4; ($s2 - $s1) / 3" | bc)")
n1=$(printf '%s\n' "${t_named1[@]}" | median)
n2=$(printf '%s\n' "${t_named2[@]}" | median)
named_floor=$(printf '%.2f' "$(echo "scale=4; ($n2 - $n1) / 3" | bc)")
cat <<TABLE

| what (median of $rounds; load $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end) | seconds | ratio | goal |
|---|---|---|---|
| floor: one-bucket CDKTF Java app, cold | $f | 1.00 | |
| make synth ENV=dev, cold | $d | $(ratio "$d" "$f")× floor; $(ratio "$d" "$fn")× the floor with the platform's Node | ≤ 1.15× |
| make synth ($stacks stacks), cold | $a | $(ratio "$a" "$f")× floor; $per_stack s per stack above the floor, (all − floor) / $stacks | ≤ 1.15×; ≤ 0.15 s per stack |
| per stack above the floor with the platform's Node, (all − that floor) / $stacks | $per_stack_node | | |
| marginal cost of one more stack, (all − dev) / $((stacks - 1)) (the others are bigger than dev) | $marginal | | |
| marginal cost of one more stack of dev's own shape, (dev ×4 − dev) / 3 | $marginal_dev | (dev ×4: $x4 s) | |
| make synth ENV=dev, warm server, no change | $w | $(ratio "$w" "$f")× floor | |
| edit → make synth ENV=dev, warm server | $e | $(ratio "$e" "$f")× floor | ≤ 1.5 s |
| make unit-test | $unit | | ≤ 30 s |
| make test | $make_test | | ≤ 15 min |
| first make deploy of dev, emulator | $deploy | | ≤ 120 s |
| floor with the platform's Node alone (scripts/jsii-env.sh), cold | $fn | $(ratio "$fn" "$f")× floor | |
| floor of an extra stack: FloorApp with the platform's Node, (4 stacks − 1 stack) / 3, $resources resources each | $stack_floor | (one jsii create per resource: $s1 / $s2 s) | |
| the same, each resource given its own address (create + overrideLogicalId, as the platform must) | $named_floor | ($n1 / $n2 s) | |
TABLE
