#!/usr/bin/env bash
# terraform init + validate + plan for one synthesized stack. Usage: scripts/plan.sh <stack> [outdir]
# Offline stacks (PLATFORM_TARGET=offline at synth) plan with no AWS account and no network.
set -euo pipefail
stack="${1:?usage: scripts/plan.sh <stack> [cdktf outdir]}"
outdir="${2:-cdktf.out}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/tf-env.sh"
command -v terraform >/dev/null || { echo "terraform is not on PATH: install Terraform >= 1.6 (https://developer.hashicorp.com/terraform/install)" >&2; exit 127; }
dir="$outdir/stacks/$stack"
[ -f "$dir/cdk.tf.json" ] || { echo "no synthesized stack at $dir: run 'make synth ENV=$stack' first" >&2; exit 1; }
cd "$dir"
terraform init -reconfigure -input=false -no-color >init.log 2>&1 || { cat init.log >&2; echo "terraform init failed (provider mirror: ${PLATFORM_TF_MIRROR:-none found; set TF_PROVIDER_MIRROR})" >&2; exit 1; }
terraform validate -no-color
terraform plan -input=false -no-color -out=plan.tfplan "${@:3}"
terraform show -json plan.tfplan > plan.json
