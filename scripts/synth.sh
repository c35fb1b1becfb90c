#!/usr/bin/env bash
# make synth: runs the program into a fresh folder and swaps it in, so cdktf.out/ holds exactly the stacks
# this synth produced (its manifest.json lists them) and a failed synth leaves the previous output untouched.
# Usage: scripts/synth.sh [env[,env...]]      (no environment = all of environments/)
# The program runs through scripts/run-program.sh: the warm synth server when `make watch` runs one, else a cold JVM.
# Env: TARGET (offline | aws | emulator, default offline), CDKTF_OUTDIR (default cdktf.out), JAVA,
#      PLATFORM_CONFIG_DIR, PLATFORM_SCRIPTS_DIR, PLATFORM_EMULATOR_ENDPOINT (read by the program).
# Exit codes are the program's own (make turns every failure into 2, so CI calls this script for them):
#   0 synthesized, 2 invalid configuration, 3 error findings of the checks (network preflight, security rules), 1 anything else.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
cd "$repo_root"
environments="${1:-}"
target="${TARGET:-offline}"
outdir="${CDKTF_OUTDIR:-cdktf.out}"
outdir="${outdir%/}"
# A sibling of the output folder: the stacks' relative paths (local state, assets) stay valid after the swap.
fresh="$outdir.synth-$$"
old="$outdir.old-$$"
trap 'rm -rf "$fresh" "$old"' EXIT
rm -rf "$fresh"
set +e
PLATFORM_TARGET="$target" PLATFORM_ENVIRONMENTS="$environments" CDKTF_OUTDIR="$fresh" \
  bash "$here/run-program.sh"
code=$?
set -e
if [ "$code" -ne 0 ]; then
  case "$code" in
    2) meaning="invalid configuration" ;;
    3) meaning="the checks found errors" ;;
    127) meaning="a tool it needs is missing (named above)" ;;
    *) meaning="unexpected failure of the program" ;;
  esac
  echo "synth: step 'synth' failed (exit $code: $meaning); ${outdir} was left as it was" >&2
  exit "$code"
fi
# Stacks that stay keep their initialized providers (terraform init then has nothing to copy again).
for stack_dir in "$fresh"/stacks/*/; do
  [ -d "$stack_dir" ] || continue
  previous="$outdir/stacks/$(basename "$stack_dir")"
  for kept in .terraform .terraform.lock.hcl; do
    if [ -e "$previous/$kept" ]; then mv "$previous/$kept" "$stack_dir"; fi
  done
done
if [ -e "$outdir" ]; then mv "$outdir" "$old"; fi
mv "$fresh" "$outdir"
