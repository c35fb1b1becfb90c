#!/usr/bin/env bash
# make build: the class-data sharing (AppCDS) archive a cold synth maps instead of loading and verifying the ~3,000
# classes of jsii, Jackson, cdktf and the AWS provider one by one (JDK 17: a static archive from a class list).
# The archive holds only the dependency jars of target/classpath.txt, so it is rebuilt when pom.xml changes, not on
# every edit; the program's own classes (target/classes, appended after the jars) load as before.
# Steps: one training synth of every environment (offline, into a temp folder) lists the classes it loads; the JVM
# dumps those found in the jars. A failed step does not fail the build: the archive is an optimization, so the
# script says once why it is missing and scripts/run-program.sh synthesizes without it (and says so).
# Usage: scripts/cds-archive.sh <archive>      (writes <archive>, or removes it, explains and leaves .failed beside it)
set -euo pipefail
archive="$1"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
java="${JAVA:-java}"
deps="$(cat target/classpath.txt)"
work="$(mktemp -d "${TMPDIR:-/tmp}/cds-archive.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$archive")"
rm -f "$archive"

# <archive folder>/.failed names the step that failed, for scripts/run-program.sh's line and for make: a failed training
# (most often a configuration error of the moment) is tried again after the next change to environments/, glue-scripts/
# or src/main, not on every build; a failed dump (this JVM cannot) only after rm -rf target/cds.
failed_marker="$(dirname "$archive")/.failed"
fail() {  # <step: training | dump> <reason>
  local retry="after the next change to environments/, glue-scripts/ or src/main"
  [ "$1" = training ] || retry="after rm -rf target/cds"
  echo "make build: no class-data archive ($2; log: $(dirname "$archive")/cds-archive.log); cold synths run without it" \
    "until make build tries again, $retry" >&2
  echo "$1" >"$failed_marker"
  exit 0
}

# The training synth loads what a cold synth loads (scripts/run-program.sh): jars first, then the program, with a
# temporary folder that goes with $work (jsii leaves its extracted runtime there). run-program.sh's C1 and serial-GC
# flags change how classes run, not which are loaded, so the training JVM does without them.
if ! PLATFORM_TARGET=offline PLATFORM_ENVIRONMENTS= PLATFORM_STATE_BOOTSTRAP= CDKTF_OUTDIR="$work/out" \
    "$java" -XX:DumpLoadedClassList="$work/classes.lst" -Djava.io.tmpdir="$work" -cp "$deps:target/classes" io.glueplatform.Main \
    >"$(dirname "$archive")/cds-archive.log" 2>&1; then
  fail training "the training synth failed"
fi
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$work/synth.jsa" \
    -cp "$deps" >>"$(dirname "$archive")/cds-archive.log" 2>&1; then
  fail dump "the JVM could not dump the archive"
fi
mv "$work/synth.jsa" "$archive"
rm -f "$failed_marker"
