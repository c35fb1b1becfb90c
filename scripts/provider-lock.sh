#!/usr/bin/env bash
# Writes .terraform.lock.hcl into every synthesized stack folder that has none, from the local provider
# mirror (scripts/tf-env.sh finds it), for every platform the mirror holds.
# Why: after `terraform init` the cdktf CLI runs `terraform providers lock`, which ignores a
# filesystem_mirror and asks the registry; offline that fails ("Could not retrieve providers for
# locking"). With a lock file that already names the provider, the CLI skips that step. Without a
# mirror nothing is written: the registry is reachable and the CLI locks as usual.
# Usage: scripts/provider-lock.sh <cdktf outdir>   (cdktf.json's app command runs it after each synth)
set -euo pipefail
outdir="${1:?usage: scripts/provider-lock.sh <cdktf outdir>}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/tf-env.sh"
set -u
[ -n "${PLATFORM_TF_MIRROR:-}" ] || exit 0
command -v terraform >/dev/null || { echo "provider-lock: terraform is not on PATH; install Terraform >= 1.6" >&2; exit 127; }

# Platforms in the mirror: packed (terraform-provider-aws_<v>_<os>_<arch>.zip) or unpacked (<v>/<os>_<arch>/).
platforms=()
while IFS= read -r platform; do platforms+=("-platform=$platform"); done < <(
  find "$PLATFORM_TF_MIRROR/registry.terraform.io/hashicorp/aws" -mindepth 1 -maxdepth 2 \
    \( -name 'terraform-provider-aws_*.zip' -o -type d -name '*_*' \) -printf '%f\n' \
    | sed -E 's/^terraform-provider-aws_[^_]+_//; s/\.zip$//' | grep -E '^[a-z0-9]+_[a-z0-9]+$' | sort -u)
[ "${#platforms[@]}" -gt 0 ] || { echo "provider-lock: no hashicorp/aws platform found in $PLATFORM_TF_MIRROR" >&2; exit 1; }

# Every stack of this program requires the same provider and constraint (stack/Providers), so one lock
# serves all of them: lock once, copy to the rest.
locked=""
for stack_dir in "$outdir"/stacks/*/; do
  [ -f "$stack_dir/cdk.tf.json" ] && [ ! -f "$stack_dir/.terraform.lock.hcl" ] || continue
  if [ -n "$locked" ]; then cp "$locked" "$stack_dir/.terraform.lock.hcl"; continue; fi
  if ! log="$(cd "$stack_dir" && terraform providers lock -no-color -fs-mirror="$PLATFORM_TF_MIRROR" "${platforms[@]}" 2>&1)"; then
    echo "provider-lock: terraform providers lock failed in $stack_dir:" >&2
    echo "$log" >&2
    exit 1
  fi
  locked="$stack_dir/.terraform.lock.hcl"
done
