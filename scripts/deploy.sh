#!/usr/bin/env bash
# make deploy: synth → init → plan → apply one environment, then print its outputs.
#   TARGET=emulator (default) deploys to a local moto server that this script starts;
#   TARGET=aws deploys to the account of the current AWS credentials, after showing the plan and asking.
# Usage: scripts/deploy.sh <env> [stack]   (stack defaults to <env>; <env>-state is the S3 backend bootstrap)
# Env: TARGET, AUTO_APPROVE=1 (aws only), CDKTF_OUTDIR, PLATFORM_EMULATOR_PORT
set -euo pipefail
env_name="${1:?usage: scripts/deploy.sh <env> [stack]}"
stack="${2:-$env_name}"
target="${TARGET:-emulator}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
outdir="${CDKTF_OUTDIR:-$repo_root/cdktf.out}"
source "$here/tf-env.sh"
command -v terraform >/dev/null || { echo "deploy: terraform is not on PATH; install Terraform >= 1.6" >&2; exit 127; }

case "$target" in
  emulator)
    port="${PLATFORM_EMULATOR_PORT:-5000}"
    if ! bash "$here/emulator.sh" status >/dev/null 2>&1; then
      # A new emulator starts empty: state left from an earlier one describes nothing that exists.
      rm -f "$outdir/../terraform-state/emulator/$stack.tfstate" "$outdir/../terraform-state/emulator/$stack.tfstate.backup"
    fi
    bash "$here/emulator.sh" start
    export PLATFORM_EMULATOR_ENDPOINT="${PLATFORM_EMULATOR_ENDPOINT:-http://127.0.0.1:$port}"
    ;;
  aws) ;;
  *) echo "deploy: TARGET=$target is not allowed; allowed: emulator (default), aws" >&2; exit 2 ;;
esac

# TF_PARALLELISM: resources applied at once (Terraform's default 10). On the emulator the apply's critical
# path is the provider's own client-side waiting (KMS key ≈ 14 s, RDS ≥ 80 s, EC2 10 s), not a free slot;
# 30 showed no gain in one (noisy) measurement, so the default stays.
parallelism="${TF_PARALLELISM:-10}"
started=$(date +%s)
make -s -C "$repo_root" synth ENV="$env_name" TARGET="$target" CDKTF_OUTDIR="$outdir" >/dev/null
stack_dir="$outdir/stacks/$stack"
[ -d "$stack_dir" ] || { echo "deploy: no stack $stack was synthesized for $env_name" >&2; exit 1; }
cd "$stack_dir"
terraform init -reconfigure -input=false -no-color >init.log 2>&1 || { cat init.log >&2; exit 1; }
terraform plan -input=false -no-color -out=deploy.tfplan | tail -n 3

if [ "$target" = aws ] && [ "${AUTO_APPROVE:-0}" != 1 ]; then
  terraform show -no-color deploy.tfplan | grep -E '^\s+# ' || true
  if [ ! -t 0 ]; then
    echo "deploy: refusing to apply to AWS without a terminal to confirm; review the plan and re-run with AUTO_APPROVE=1" >&2
    exit 1
  fi
  read -r -p "Apply this plan of stack '$stack' to the AWS account of environment '$env_name'? Type 'yes': " answer
  [ "$answer" = yes ] || { echo "deploy: not applied"; exit 1; }
fi
terraform apply -input=false -no-color -parallelism="$parallelism" deploy.tfplan | grep -E '^(Apply complete|Error)' || true
echo "deploy: $stack on $target in $(( $(date +%s) - started )) s"
terraform output -no-color
