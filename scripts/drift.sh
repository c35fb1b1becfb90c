#!/usr/bin/env bash
# make drift: a refresh-only plan of a deployed stack: does reality still match Terraform's state?
# Usage: scripts/drift.sh <stack> [cdktf outdir]      (synthesize the stack for its TARGET first; make drift does)
# Env: TARGET (emulator | aws; emulator: the emulator must be running), PLATFORM_EMULATOR_PORT, PLATFORM_LOG_DIR.
# Lists every drifted resource with the attributes that differ (state -> real), writes drift.tfplan and its
# JSON drift.json next to the stack. Attributes the stack itself ignores (lifecycle.ignore_changes) are not drift.
# Exit codes: 0 no drift, 2 drift found, 1 a step failed (named, with Terraform's error), 5 stale synth output.
set -euo pipefail
stack="${1:?usage: scripts/drift.sh <stack> [cdktf outdir]}"
outdir="${2:-${CDKTF_OUTDIR:-cdktf.out}}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
case "$outdir" in /*) ;; *) outdir="$PWD/$outdir" ;; esac
source "$here/tf-run.sh"
TF_SCRIPT=drift
tf_require_tools
endpoint="${PLATFORM_EMULATOR_ENDPOINT:-http://127.0.0.1:${PLATFORM_EMULATOR_PORT:-5000}}"
if [ "${TARGET:-emulator}" = emulator ]; then
  tf_require_curl || exit $?
  if ! tf_emulator_answers "$endpoint"; then
    tf_fail emulator 1 "no emulator answers at $endpoint; there is nothing deployed to compare (make deploy first)"
    exit 1
  fi
fi
tf_require_fresh "$outdir" "$stack"
tf_watch_emulator_when "${TARGET:-emulator}" "$endpoint"
cd "$outdir/stacks/$stack"
tf_begin drift "$stack"
tf_run init quiet init -reconfigure -input=false -no-color || exit $?
TF_OK_CODES="0 2" tf_run refresh quiet plan -refresh-only -detailed-exitcode -input=false -no-color -out=drift.tfplan || exit $?
tf_run show file:drift.json show -json drift.tfplan || exit $?
code=0
python3 "$here/tf_plan_report.py" drift drift.json --title "drift $stack" --config cdk.tf.json || code=$?
case "$code" in
  0|2) exit "$code" ;;
  *) tf_fail report "$code" "the drift report could not be written"; exit "$code" ;;
esac
