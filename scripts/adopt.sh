#!/usr/bin/env bash
# make adopt: take over an existing Terraform deployment by identity (docs/migration.md).
#   1. match the legacy state's resources to this program's stack by what they are (bucket name, CIDR + VPC,
#      role name, DB identifier, ...), never by address, and write <config dir>/<env>.migration.json;
#   2. synthesize the stack with that file (moved/import/removed blocks);
#   3. plan it in a scratch folder (local state in $ADOPT_WORKDIR; the real backend is never touched) and refuse
#      the plan if it destroys or replaces anything or creates what the legacy state already has.
# Usage: scripts/adopt.sh <env> <FROM: state file | `terraform show -json` output | initialised root module folder>
# Env: TARGET (emulator | aws, default emulator), MODE (moved | import, default moved), PLATFORM_CONFIG_DIR,
#      ADOPT_WORKDIR (default target/adopt/<env>), PLATFORM_EMULATOR_PORT / PLATFORM_EMULATOR_ENDPOINT.
# Exit: 0 safe; 2 bad input (nothing written); 4 ambiguous matches (file written, resolve by hand); 5 unsafe plan.
set -euo pipefail
env_name="${1:?usage: scripts/adopt.sh <env> <FROM>}"
from="${2:-}"
target="${TARGET:-emulator}"
mode="${MODE:-moved}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
config_dir="${PLATFORM_CONFIG_DIR:-$repo_root/environments}"
work="${ADOPT_WORKDIR:-$repo_root/target/adopt/$env_name}"

fail() { echo "adopt: environment '$env_name': $1" >&2; exit "${2:-2}"; }

[ -n "$from" ] || fail "FROM is missing; allowed: a state file, \`terraform show -json\` output or an initialised root module folder (make adopt ENV=$env_name FROM=...)"
[ -e "$from" ] || fail "FROM $from does not exist; allowed: a state file, \`terraform show -json\` output or an initialised root module folder"
case "$mode" in moved|import) ;; *) fail "MODE=$mode is not allowed; allowed: moved (the legacy state becomes the stack's state) or import (new state, legacy state untouched)" ;; esac
source "$here/tf-env.sh"
command -v terraform >/dev/null || fail "terraform is not on PATH; install Terraform >= 1.7 (removed blocks)" 127
case "$target" in
  emulator)
    export PLATFORM_EMULATOR_ENDPOINT="${PLATFORM_EMULATOR_ENDPOINT:-http://127.0.0.1:${PLATFORM_EMULATOR_PORT:-5000}}"
    curl -fsS -o /dev/null --max-time 5 "$PLATFORM_EMULATOR_ENDPOINT/moto-api/" \
      || fail "no emulator answers at $PLATFORM_EMULATOR_ENDPOINT; allowed: the emulator that holds the legacy deployment (PLATFORM_EMULATOR_PORT)" ;;
  aws) ;;
  *) fail "TARGET=$target is not allowed; allowed: emulator (default), aws" ;;
esac

rm -rf "$work"
mkdir -p "$work"
state="$from"
if [ -d "$from" ]; then
  # A root module folder: its state through its own backend (any backend; a raw state usable in mode moved).
  if ! (cd "$from" && terraform state pull) >"$work/legacy.tfstate" 2>"$work/state-pull.log"; then
    cat "$work/state-pull.log" >&2
    fail "cannot read the state of the root module folder $from (terraform state pull failed); allowed: an initialised root module folder (run terraform init there)"
  fi
  state="$work/legacy.tfstate"
fi

cd "$repo_root"
make -s build >/dev/null
classpath="target/classes:$(cat target/classpath.txt)"
started=$(date +%s)

# 1. Match and write the migration file (bad input: one sentence, exit 2, nothing written).
# java.io.tmpdir under target/: jsii leaves the folders it unpacks packages into behind in every JVM. jsii's Node
# starts as in a synth (scripts/jsii-env.sh).
source "$repo_root/scripts/jsii-env.sh"
PLATFORM_TARGET="$target" PLATFORM_CONFIG_DIR="$config_dir" java -Djava.io.tmpdir="$repo_root/target" -cp "$classpath" io.glueplatform.migration.AdoptCommand \
  "$env_name" "$state" "$mode"

# 2. Synthesize with the migration file, through the normal synth (Main).
if ! make -s synth ENV="$env_name" TARGET="$target" CDKTF_OUTDIR="$work/cdktf.out" PLATFORM_CONFIG_DIR="$config_dir" \
    >"$work/synth.log" 2>&1; then
  cat "$work/synth.log" >&2
  fail "the stack did not synthesize with $config_dir/$env_name.migration.json (above)" 1
fi
stack_dir="$work/cdktf.out/stacks/$env_name"

# 3. Plan in the scratch copy: a local backend in $work replaces the stack's backend (override file), so the
#    real backend is never read or written. moved: the legacy state is the plan's state; import: a new, empty one.
cat >"$stack_dir/adopt_override.tf.json" <<JSON
{ "terraform": { "backend": { "local": { "path": "$work/adopt.tfstate" } } } }
JSON
if [ "$mode" = moved ]; then cp "$state" "$work/adopt.tfstate"; fi
cd "$stack_dir"
terraform init -reconfigure -input=false -no-color >"$work/init.log" 2>&1 \
  || { cat "$work/init.log" >&2; fail "terraform init of the adoption plan failed (above)" 1; }
if ! terraform plan -input=false -no-color -lock=false -out="$work/adopt.tfplan" >"$work/plan.log" 2>&1; then
  tail -n 40 "$work/plan.log" >&2
  fail "terraform plan failed; full log: $work/plan.log" 1
fi
terraform show -json "$work/adopt.tfplan" >"$work/plan.json"
cd "$repo_root"
set +e
java -cp "$classpath" io.glueplatform.migration.PlanCheck "$work/plan.json" "$config_dir/$env_name.migration.json" "$work/plan-check.json"
verdict=$?
set -e
echo "adopt: $env_name ($mode, $target) in $(( $(date +%s) - started )) s; plan log $work/plan.log, report $work/plan-check.json"
[ "$verdict" -eq 0 ] || exit "$verdict"
echo "adopt: safe. Review and commit $config_dir/$env_name.migration.json; next steps: docs/migration.md (\"After make adopt\")."
