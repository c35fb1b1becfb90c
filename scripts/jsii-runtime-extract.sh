#!/usr/bin/env bash
# make build: extracts jsii's kernel (lib/program.js) from the jsii-runtime jar on the synth classpath into
# target/jsii-runtime/, where scripts/node/jsii-runtime runs it. It checks the one thing that launcher relies on: that
# this jsii version still reads its requests from fd 3 and answers on fd 3. Another version fails here, with the
# reason, rather than every synth failing later.
# Usage: scripts/jsii-runtime-extract.sh <classpath file> <program.js to write>
set -euo pipefail
classpath_file="$1"
out="$2"
jar_file=""
mapfile -d : -t entries <"$classpath_file"
for entry in "${entries[@]}"; do
  entry="${entry%$'\n'}"
  case "${entry##*/}" in jsii-runtime-*.jar) jar_file="$entry"; break ;; esac
done
if [ -z "$jar_file" ] || [ ! -f "$jar_file" ]; then
  echo "jsii-runtime-extract: no jsii-runtime jar on the classpath in $classpath_file" >&2
  exit 1
fi
jar_tool="jar"
if [ -n "${JAVA:-}" ] && [ "${JAVA#*/}" != "$JAVA" ]; then
  jar_tool="$(dirname "$JAVA")/jar"
fi
if ! command -v "$jar_tool" >/dev/null; then
  echo "jsii-runtime-extract: $jar_tool (the JDK's jar tool) was not found; install a JDK 17" >&2
  exit 127
fi
mkdir -p "$(dirname "$out")"
work="$(mktemp -d "$(dirname "$out")/.extract.XXXXXX")"
trap 'rm -rf "$work"' EXIT
entry="software/amazon/jsii/lib/program.js"
(cd "$work" && "$jar_tool" xf "$jar_file" "$entry")
if [ ! -f "$work/$entry" ]; then
  echo "jsii-runtime-extract: $jar_file has no $entry" >&2
  exit 1
fi
for descriptor in 'readFD: 3,' 'writeFD: 3'; do
  if [ "$(grep -c -E "^ *$descriptor\$" "$work/$entry")" != 1 ]; then
    echo "jsii-runtime-extract: $entry of $(basename "$jar_file") no longer has '$descriptor' once; scripts/node/jsii-runtime must be adapted to this jsii version" >&2
    exit 1
  fi
done
touch "$work/$entry" # the jar keeps its build date; make compares this file with the classpath
mv "$work/$entry" "$out"
