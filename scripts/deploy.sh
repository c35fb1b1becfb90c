#!/usr/bin/env bash
# make deploy: synth → init → plan → apply one environment with live progress, then print its outputs.
#   The first deploy to an emulator (no resource in its state) plans and applies in one Terraform run (see below).
#   TARGET=emulator (default) deploys to a local moto server that this script starts;
#   TARGET=aws deploys to the account of the current AWS credentials, after showing the plan and asking.
# Usage: scripts/deploy.sh <env> [stack]   (stack defaults to <env>; <env>-state is the S3 backend bootstrap)
# Env: TARGET, AUTO_APPROVE=1 (aws only), ALLOW_DESTROY=1 (let the plan destroy/replace stateful resources),
#      CI=true (progress: one line per 10 %), CDKTF_OUTDIR, PLATFORM_EMULATOR_PORT, PLATFORM_LOG_DIR,
#      TF_PARALLELISM (resources applied at once; default 30 on the emulator, 10 on AWS).
# Exit codes: the failing step's (synth: 2 configuration, 3 preflight; Terraform steps: Terraform's code),
# 4 stateful resources would be lost, 5 stale synth output, 127 a tool is missing. Every failure names its step.
set -euo pipefail
env_name="${1:?usage: scripts/deploy.sh <env> [stack]}"
stack="${2:-$env_name}"
target="${TARGET:-emulator}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
outdir="${CDKTF_OUTDIR:-$repo_root/cdktf.out}"
case "$outdir" in /*) ;; *) outdir="$repo_root/$outdir" ;; esac
source "$here/tf-run.sh"
TF_SCRIPT=deploy
tf_require_tools

# The emulator (≈ 2 s to start) starts in the background while the program builds and synthesizes; the
# Terraform steps wait for it (emulator_ready). Its output is shown once it is up, or with the failure.
emulator_job=""
emulator_log=""
case "$target" in
  emulator)
    tf_require_curl || exit $?
    port="${PLATFORM_EMULATOR_PORT:-5000}"
    export PLATFORM_EMULATOR_ENDPOINT="${PLATFORM_EMULATOR_ENDPOINT:-http://127.0.0.1:$port}"
    if ! tf_emulator_answers "$PLATFORM_EMULATOR_ENDPOINT"; then
      # A new emulator starts empty: state left from an earlier one describes nothing that exists.
      rm -f "$outdir/../terraform-state/emulator/$stack.tfstate" "$outdir/../terraform-state/emulator/$stack.tfstate.backup"
      mkdir -p "$repo_root/target"
      emulator_log="$(mktemp "$repo_root/target/deploy-emulator-start.XXXXXX")"
      # A failed build or synth ends the deploy before the emulator's output is shown: its file goes, and the user
      # learns that an emulator is still coming up (the next deploy uses it; make down stops it).
      trap '[ -z "$emulator_job" ] || echo "deploy: the emulator keeps starting in the background at $PLATFORM_EMULATOR_ENDPOINT; make down stops it" >&2; rm -f "$emulator_log"' EXIT
      bash "$here/emulator.sh" start >"$emulator_log" 2>&1 &
      emulator_job=$!
    fi
    ;;
  aws) ;;
  *) echo "deploy: TARGET=$target is not allowed; allowed: emulator (default), aws" >&2; exit 2 ;;
esac
emulator_ready() {
  [ -n "$emulator_job" ] || return 0
  local code=0
  wait "$emulator_job" || code=$?
  emulator_job=""
  if [ "$code" != 0 ]; then
    cat "$emulator_log" >&2
    rm -f "$emulator_log"
    tf_fail emulator "$code" "the local emulator did not start (see above)"
    exit "$code"
  fi
  cat "$emulator_log"
  rm -f "$emulator_log"
}

# TF_PARALLELISM: resources applied at once. On the emulator the apply's critical path is the provider's own
# client-side waiting (KMS key ≈ 13 s → RDS log groups → RDS instance ≥ 80 s → tools host 10 s), and with
# Terraform's default 10 slots the RDS log groups queued ≈ 7 s behind the ≈ 30 resources the KMS key
# releases at once, while four S3 lifecycle configurations held slots for ≈ 55 s each
# (bench/deploy-profile.py shows it). A local emulator has no API rate limit, so it gets 30; AWS keeps 10.
if [ "$target" = emulator ]; then parallelism="${TF_PARALLELISM:-30}"; else parallelism="${TF_PARALLELISM:-10}"; fi
started=$(date +%s)
make -s -C "$repo_root" build >/dev/null || { code=$?; tf_fail build "$code" "the program did not compile (see above); nothing was deployed"; exit "$code"; }
TARGET="$target" CDKTF_OUTDIR="$outdir" bash "$here/synth.sh" "$env_name" >/dev/null \
  || { code=$?; tf_fail synth "$code" "nothing was deployed (the program's message is above)"; exit "$code"; }
tf_require_fresh "$outdir" "$stack"
emulator_ready
tf_watch_emulator_when "$target" "${PLATFORM_EMULATOR_ENDPOINT:-}"
cd "$outdir/stacks/$stack"
tf_begin deploy "$stack"
tf_run init quiet init -reconfigure -input=false -no-color || exit $?

# A stack whose emulator state holds no resource (a fresh emulator, or after make destroy) has nothing a plan could
# destroy or replace, so the stateful-loss check has nothing to refuse and nobody confirms on the emulator: one
# Terraform run plans and applies. Its per-module plan summary is printed from that run's plan, before the first
# resource is created. That spares a separate plan, its show -json and the saved plan's own schema load (the
# provider starts three times less; ≈ 4 s of a first deploy). Every other deploy plans, checks and applies the saved plan.
# Only a state that is surely empty takes this path: an unreadable one goes the usual way, where Terraform judges it.
first_apply=0
if [ "$target" = emulator ] && tf_state_is_surely_empty "$outdir/../terraform-state/emulator/$stack.tfstate"; then
  first_apply=1
fi
if [ "$first_apply" = 1 ]; then
  rm -f deploy.tfplan deploy.json deploy.md
  echo "deploy: no resource of $stack is in the emulator's state yet, so nothing can be lost: one Terraform run plans and applies it" >&2
  TF_PROGRESS_ARGS=(--plan-title "deploy $stack" --plan-markdown deploy.md)
  apply_args=(-auto-approve)
else
  tf_run plan quiet plan -input=false -no-color -out=deploy.tfplan || exit $?
  tf_summarize deploy.tfplan "deploy $stack" || exit $?
  apply_args=(deploy.tfplan)
fi

if [ "$target" = aws ] && [ "${AUTO_APPROVE:-0}" != 1 ]; then
  if [ ! -t 0 ]; then
    echo "deploy: refusing to apply to AWS without a terminal to confirm; review the plan and re-run with AUTO_APPROVE=1" >&2
    exit 1
  fi
  read -r -p "Apply this plan of stack '$stack' to the AWS account of environment '$env_name'? Type 'yes': " answer
  [ "$answer" = yes ] || { echo "deploy: not applied"; exit 1; }
fi
# The apply's own event stream carries the outputs: printed from it (tf_progress.py writes them exactly as `terraform
# output` would, or not at all), Terraform need not start once more for them (≈ 0.6 s).
rm -f deploy-outputs.txt
TF_PROGRESS_ARGS+=(--outputs-file deploy-outputs.txt)
if ! tf_run apply progress apply -input=false -json -parallelism="$parallelism" "${apply_args[@]}"; then
  code=$TF_EXIT
  # An emulator that stopped or crashed mid-apply shows up only as connection errors in Terraform's output: say so
  # (without asking it once more when the watchdog already found it lost: a hung one would take a minute to say no).
  if [ "$target" = emulator ] && { [ "$TF_EMULATOR_LOST" = 1 ] || ! tf_emulator_answers "$PLATFORM_EMULATOR_ENDPOINT"; }; then
    emulator_pid_file="$repo_root/target/emulator-${port}.pid"
    if [ -f "$emulator_pid_file" ] && kill -0 "$(cat "$emulator_pid_file")" 2>/dev/null; then
      # Hung: it still holds the port, so a new one could not start until it is gone.
      echo "deploy: the emulator at $PLATFORM_EMULATOR_ENDPOINT no longer answers, but its process (pid $(cat "$emulator_pid_file"))" \
        "still runs: it hung during the apply (its log: $repo_root/target/emulator-${port}.log); make down stops it," \
        "then make deploy starts a new one and deploys again from scratch" >&2
    else
      echo "deploy: the emulator at $PLATFORM_EMULATOR_ENDPOINT no longer answers (stopped or crashed during the apply;" \
        "its log: $repo_root/target/emulator-${port}.log); make deploy starts a new one and deploys again from scratch" >&2
    fi
  fi
  exit "$code"
fi
echo "deploy: $stack on $target in $(( $(date +%s) - started )) s"
if [ -s deploy-outputs.txt ]; then
  tee -a "$TF_LOG_FILE" <deploy-outputs.txt
else
  tf_run output shown output -no-color || exit $?
fi
