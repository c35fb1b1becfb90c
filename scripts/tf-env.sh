#!/usr/bin/env bash
# Sourced by the Makefile and tests: points Terraform at a local provider mirror when one exists, so
# `terraform init` works offline. Order: $TF_PROVIDER_MIRROR, then well-known mirror folders.
# Prints nothing on success; sets TF_CLI_CONFIG_FILE to a generated file under target/ (one per mirror).
set -u
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
find_mirror() {
  local candidate
  for candidate in "${TF_PROVIDER_MIRROR:-}" /opt/tf-plugins "$HOME/.terraform.d/plugins" \
      /usr/share/terraform/plugins /usr/local/share/terraform/plugins; do
    if [ -n "$candidate" ] && [ -d "$candidate/registry.terraform.io/hashicorp/aws" ]; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}
if mirror="$(find_mirror)"; then
  mkdir -p "$repo_root/target"
  # One file per mirror, written under a temporary name and renamed into place: make test runs suites side by side,
  # each sourcing this file, and a suite's terraform must never read a half-written file or one that another suite
  # pointed at its own (deliberately broken) mirror.
  rc="$repo_root/target/terraformrc-$(printf '%s' "$mirror" | cksum | cut -d' ' -f1)"
  rc_tmp="$(mktemp "$rc.XXXXXX")"
  cat > "$rc_tmp" <<HCL
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/hashicorp/*"]
  }
  direct {
    exclude = ["registry.terraform.io/hashicorp/*"]
  }
}
HCL
  mv -f "$rc_tmp" "$rc"
  export TF_CLI_CONFIG_FILE="$rc"
  export PLATFORM_TF_MIRROR="$mirror"
else
  # No mirror: let terraform use the public registry (needs network). A CLI config that points at a
  # missing file only produces warnings, so drop it.
  if [ -n "${TF_CLI_CONFIG_FILE:-}" ] && [ ! -f "$TF_CLI_CONFIG_FILE" ]; then unset TF_CLI_CONFIG_FILE; fi
  if [ -n "${TF_PROVIDER_MIRROR:-}" ]; then
    echo "TF_PROVIDER_MIRROR=$TF_PROVIDER_MIRROR holds no registry.terraform.io/hashicorp/aws provider" >&2
  fi
fi
export TF_IN_AUTOMATION=1
export CHECKPOINT_DISABLE=1
# Terraform and the AWS provider are Go programs. At Go's default GOGC=100 they spend about a third of their CPU
# collecting garbage while they load and decode the provider's schema, which every command does again (a plan of dev
# starts the provider three times). Measured on dev (2 cores): plan 11.5 s CPU / 8.8 s wall → 7.0 s / 6.9 s at 400,
# validate 6.0 → 3.9 s CPU, show -json 2.5 → 1.6 s CPU, for ≈ 130 MB more peak memory per process. GOGC=off with a
# GOMEMLIMIT was slower (the heap reaches the limit and collects constantly). A GOGC the caller set wins.
export GOGC="${GOGC:-400}"
