#!/usr/bin/env bash
# terraform init + validate + plan of one synthesized stack, with a summary CI can gate on.
# Usage: scripts/plan.sh <stack> [cdktf outdir] [extra `terraform plan` arguments...]
# Writes next to the stack: plan.tfplan (binary plan), plan.json (`terraform show -json`), plan.md
# (per-module summary as Markdown, for a pull-request comment); prints the summary and the log path.
# Env: CHECK=1 (Terraform's detailed exit codes), ALLOW_DESTROY=1, PLATFORM_LOG_DIR.
# Exit codes (make turns any failure into 2; CI calls this script to see them):
#   0 planned (with CHECK=1: no changes)      2 with CHECK=1: the plan has changes
#   1 a step failed (init/validate/plan; named, with Terraform's error)
#   4 stateful resources would be destroyed or replaced (listed) and ALLOW_DESTROY is not 1
#   5 the stack folder is not the current synth's output      127 terraform or python3 missing
# Offline stacks (TARGET=offline at synth) plan with no AWS account and no network.
set -euo pipefail
stack="${1:?usage: scripts/plan.sh <stack> [cdktf outdir] [terraform plan arguments...]}"
outdir="${2:-${CDKTF_OUTDIR:-cdktf.out}}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
case "$outdir" in /*) ;; *) outdir="$PWD/$outdir" ;; esac
source "$here/tf-run.sh"
TF_SCRIPT=plan
tf_require_tools
tf_require_fresh "$outdir" "$stack"
cd "$outdir/stacks/$stack"
tf_begin plan "$stack"
if ! tf_run init quiet init -reconfigure -input=false -no-color; then
  code=$TF_EXIT
  echo "plan: provider mirror in use: ${PLATFORM_TF_MIRROR:-none found (set TF_PROVIDER_MIRROR to a folder holding registry.terraform.io/hashicorp/aws)}" >&2
  exit "$code"
fi
tf_run validate shown validate -no-color || exit $?
check=()
if [ "${CHECK:-0}" = 1 ]; then check=(-detailed-exitcode); fi
TF_OK_CODES="0 2" tf_run plan quiet plan -input=false -no-color -out=plan.tfplan "${check[@]}" "${@:3}" || exit $?
plan_code=$TF_EXIT
if [ "${CHECK:-0}" != 1 ] && [ "$plan_code" = 2 ]; then plan_code=0; fi
tf_summarize plan.tfplan "plan $stack" || exit $?
if [ "${CHECK:-0}" = 1 ]; then
  case "$plan_code" in
    0) echo "plan: CHECK=1: no changes (exit 0)" >&2 ;;
    2) echo "plan: CHECK=1: the plan has changes (exit 2)" >&2 ;;
  esac
fi
exit "$plan_code"
