#!/usr/bin/env bash
# make destroy: tear an environment down with terraform destroy, on either target:
#   synth → init → plan -destroy → the list of stateful resources that would be lost → apply of that plan with
#   live progress (tf_destroy in tf-run.sh).
#   emulator: no question asked (scripts/emulator/patches/ close moto's gaps, e.g. Glue DeleteConnection);
#             without a running emulator there is nothing to destroy, and its stale state goes.
#   aws:      asks for "yes" after the list (AUTO_APPROVE=1 skips it).
# Exit codes: the failing step's (synth: 2/3; Terraform steps: Terraform's code), 5 stale synth output.
set -euo pipefail
env_name="${1:?usage: scripts/destroy.sh <env>}"
target="${TARGET:-emulator}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
outdir="${CDKTF_OUTDIR:-$repo_root/cdktf.out}"
case "$outdir" in /*) ;; *) outdir="$repo_root/$outdir" ;; esac
confirm=ask
source "$here/tf-run.sh"
TF_SCRIPT=destroy
case "$target" in
  emulator)
    tf_require_curl || exit $?
    state="$outdir/../terraform-state/emulator/$env_name.tfstate"
    if ! bash "$here/emulator.sh" status >/dev/null 2>&1; then
      # A stopped emulator kept nothing: its state describes resources that no longer exist.
      rm -f "$state" "$state.backup"
      echo "destroy: no emulator running; nothing to destroy, $env_name emulator state removed"
      exit 0
    fi
    export PLATFORM_EMULATOR_ENDPOINT="${PLATFORM_EMULATOR_ENDPOINT:-http://127.0.0.1:${PLATFORM_EMULATOR_PORT:-5000}}"
    confirm=
    ;;
  aws)
    if [ "${AUTO_APPROVE:-0}" = 1 ]; then confirm=; fi
    ;;
  *) echo "destroy: TARGET=$target is not allowed; allowed: emulator (default), aws" >&2; exit 2 ;;
esac
tf_watch_emulator_when "$target" "${PLATFORM_EMULATOR_ENDPOINT:-}"
tf_require_tools
make -s -C "$repo_root" build >/dev/null || { code=$?; tf_fail build "$code" "the program did not compile (see above); nothing was destroyed"; exit "$code"; }
TARGET="$target" CDKTF_OUTDIR="$outdir" bash "$here/synth.sh" "$env_name" >/dev/null \
  || { code=$?; tf_fail synth "$code" "nothing was destroyed (the program's message is above)"; exit "$code"; }
tf_require_fresh "$outdir" "$env_name"
cd "$outdir/stacks/$env_name"
tf_begin destroy "$env_name"
tf_destroy "$env_name" "$confirm" || exit $?
