#!/usr/bin/env bash
# Proves a refactor changes nothing Terraform sees: synthesizes every environment of environments/ for every
# target (offline, aws, emulator; with the on-request state bootstrap stack) at BASE and in the working tree,
# and compares each stack (scripts/synth_diff.py: "//" construct-path metadata removed, keys sorted, assets by
# content). One line per stack; a stack that differs lists the addresses added (+), removed (-) and changed (~).
# Usage: scripts/synth-diff.sh [BASE]   (BASE: a git revision, default HEAD)
# Exit: 0 every stack equal, 1 some stack differs, other: the step named on stderr failed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/.." && pwd)"
base="${1:-HEAD}"
cd "$repo_root"
base_commit="$(git rev-parse --verify --quiet "$base^{commit}")" || { echo "synth-diff: '$base' is not a git revision of this repository" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/synth-diff.XXXXXX")"
cleanup() { git -C "$repo_root" worktree remove --force "$work/base" >/dev/null 2>&1 || rm -rf "$work/base"; rm -rf "$work"; }
trap cleanup EXIT
git worktree add --detach --quiet "$work/base" "$base_commit"

synth_all() { # <repo> <out>
  local repo="$1" out="$2" target
  echo "synth-diff: building $repo" >&2
  make -C "$repo" --no-print-directory -s build >"$out.build.log" 2>&1 || { echo "synth-diff: step 'build' failed in $repo (log: $out.build.log)" >&2; cat "$out.build.log" >&2; return 1; }
  for target in offline aws emulator; do
    echo "synth-diff: synthesizing every environment for $target in $repo" >&2
    (cd "$repo" && PLATFORM_STATE_BOOTSTRAP=1 TARGET="$target" CDKTF_OUTDIR="$out/$target" bash scripts/synth.sh '') \
      >"$out.$target.log" 2>&1 || { echo "synth-diff: step 'synth' ($target) failed in $repo (log: $out.$target.log)" >&2; tail -20 "$out.$target.log" >&2; return 1; }
  done
}
synth_all "$work/base" "$work/out-base"
synth_all "$repo_root" "$work/out-new"
status=0
for target in offline aws emulator; do
  python3 "$here/synth_diff.py" "$work/out-base/$target" "$work/out-new/$target" "$target" || status=$?
  if [ "$status" -gt 1 ]; then echo "synth-diff: step 'compare' failed" >&2; exit "$status"; fi
done
if [ "$status" -eq 0 ]; then echo "synth-diff: every stack equals $base ($base_commit)"; else echo "synth-diff: stacks differ from $base ($base_commit)"; fi
exit "$status"
