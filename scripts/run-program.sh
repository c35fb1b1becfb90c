#!/usr/bin/env bash
# Runs the program once (what scripts/synth.sh and the cdktf.json app command call): through the warm synth
# server of this repository when `make watch` runs one, else in a cold JVM. Same environment variables and output either way
# (PLATFORM_ENVIRONMENTS, PLATFORM_TARGET, CDKTF_OUTDIR, ...); arguments are passed to io.glueplatform.Main.
# PLATFORM_SYNTH_SERVER=off always synthesizes cold.
set -euo pipefail
# Every way in (make, the cdktf CLI, scripts/synth.sh called directly) gets the same quiet Node: jsii prints an
# end-of-life banner for Node 20 otherwise, which buries the one line that matters when a synth fails.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="${JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION:-20}"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# jsii's Node loads the AWS provider's resource modules on first use and runs as one process (scripts/jsii-env.sh).
# Set before the warm path too: the server serves only requests whose NODE_OPTIONS equal its own.
source "$repo_root/scripts/jsii-env.sh"
# PLATFORM_SYNTH_SERVER_DIR: the server's state folder (default target/devloop; tests run their own server)
port_file="${PLATFORM_SYNTH_SERVER_DIR:-$repo_root/target/devloop}/server.port"

# Prints the server's answer and exits with the program's status; returns 1 when the server cannot serve.
warm() {
  local port token pid line
  read -r port token pid <"$port_file" || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  {
    echo "TOKEN $token"
    echo "CWD $(printf '%s' "$PWD" | base64 -w0)"
    local arg
    for arg in "$@"; do echo "ARG $(printf '%s' "$arg" | base64 -w0)"; done
    echo "ENV0 $(env -0 | base64 -w0)"
    echo "END"
  } >&3
  while IFS= read -r line <&3; do
    case "$line" in
      "OUT "*) printf '%s' "${line#OUT }" | base64 -d >&2 ;;
      "EXIT "*) exec 3<&-; exit "${line#EXIT }" ;;
      "DECLINED "*) echo "synth: the synth server declined (${line#DECLINED }); synthesizing cold" >&2; exec 3<&-; return 1 ;;
    esac
  done
  echo "synth: the synth server closed the connection without an answer; synthesizing cold" >&2
  exec 3<&-
  return 1
}

# warm exits with the program's status when the server answered; it returns (1) only when the server
# could not serve, and then the cold path below runs.
if [ "${PLATFORM_SYNTH_SERVER:-auto}" != off ] && [ -f "$port_file" ] && warm "$@"; then
  exit 0
fi
java="${JAVA:-java}"
command -v "$java" >/dev/null || { echo "synth: $java (the JAVA variable, else java on PATH) was not found; install Java 17 or point JAVA at its java" >&2; exit 127; }
node="${JSII_NODE:-node}"
node="${node%% *}" # JSII_NODE may carry arguments (jsii runs it through a shell)
command -v "$node" >/dev/null || { echo "synth: $node (the JSII_NODE variable, else node on PATH) was not found; install Node.js 18 or later or point JSII_NODE at its node" >&2; exit 127; }
# make reports a failed compile as 2, which would read as "invalid configuration": say what failed instead.
if ! make --no-print-directory -s -C "$repo_root" build; then
  echo "synth: step 'build' failed: the program did not compile (see above)" >&2
  exit 1
fi
# A cold JVM lives a few seconds, most of it waiting on Node: the C1 compiler alone and the serial collector spend
# less CPU than the default tiered C2 / G1 (issue 14's profile; the floor app runs with the JVM's defaults).
jvm_flags=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
classpath_file="$repo_root/target/classpath.txt"
# The class-data archive of the dependency jars (scripts/cds-archive.sh, built by make build). The JVM maps it only
# when the jars come first on the class path, in the order it was dumped with; the program's classes follow.
# PLATFORM_CDS_ARCHIVE points elsewhere (tests of the failure paths). The JVM silently ignores an archive that does
# not fit (a jar changed, a damaged file); Main then warns (platform.cds.archive names the archive it was given).
archive="${PLATFORM_CDS_ARCHIVE:-$repo_root/target/cds/synth.jsa}"
if [ -f "$archive" ] && [ "$archive" -nt "$classpath_file" ]; then
  jvm_flags+=(-XX:SharedArchiveFile="$archive" -Dplatform.cds.archive="$archive")
else
  reason="missing"
  remedy="make build rebuilds it"
  if [ -f "$archive" ]; then reason="older than target/classpath.txt"; fi
  if [ ! -f "$archive" ] && [ -f "$(dirname "$archive")/.failed" ]; then
    if [ "$(cat "$(dirname "$archive")/.failed")" = training ]; then
      reason="missing: its training synth failed ($(dirname "$archive")/cds-archive.log)"
      remedy="make build tries again after the next change to environments/, glue-scripts/ or src/main"
    else
      reason="missing: the JVM could not dump it ($(dirname "$archive")/cds-archive.log)"
      remedy="rm -rf target/cds && make build tries again"
    fi
  fi
  echo "synth: class-data archive $archive is $reason; synthesizing without it ($remedy)" >&2
fi
# jsii unpacks into java.io.tmpdir for every JVM, and its bundled runtime (a caller's JSII_RUNTIME of its own may
# still use it) leaves its folder behind: one more folder in /tmp per synth. Each cold synth gets a temporary folder
# of its own, removed once the JVM has ended. The JVM is this script's child (no exec, so the folder can be removed after it): a TERM, INT or HUP
# sent to the script alone (a supervisor, the cdktf CLI stopping its app) is passed on to the JVM, and the script
# waits for it before the EXIT trap runs. stdin stays the JVM's (a background job would otherwise get /dev/null).
tmp_dir="$(mktemp -d "${TMPDIR:-/tmp}/glue-platform-synth.XXXXXX")"
trap 'rm -rf "$tmp_dir"' EXIT
"$java" "${jvm_flags[@]}" -Djava.io.tmpdir="$tmp_dir" -cp "$(cat "$classpath_file"):$repo_root/target/classes" \
  io.glueplatform.Main "$@" <&0 &
jvm=$!
trap 'kill -TERM "$jvm" 2>/dev/null' TERM INT HUP
code=0
wait "$jvm" || code=$?
# A signal interrupts the first wait (status > 128) while the JVM is still shutting down: wait for its own status.
while kill -0 "$jvm" 2>/dev/null; do
  code=0
  wait "$jvm" || code=$?
done
exit "$code"
