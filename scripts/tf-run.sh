#!/usr/bin/env bash
# Sourced by deploy.sh, plan.sh, destroy.sh and drift.sh: the one way this repository runs Terraform.
#   tf_begin <script> <stack>          opens this run's log file (path printed) and remembers the script name
#   tf_run <step> <mode> <args...>     runs `terraform <args...>` as the named step; the output always goes
#                                      to the log; mode: quiet (log only; Terraform's error is printed on
#                                      failure), shown (terminal too), file:<path> (stdout to that file, e.g.
#                                      `show -json`), progress (`-json` apply/destroy rendered by tf_progress.py).
#                                      Returns Terraform's exit code; codes listed in TF_OK_CODES (default "0")
#                                      count as success. TF_EXIT holds the code.
#   tf_summarize <x.tfplan> <title>    writes x.json (show -json) and x.md (Markdown summary), prints the
#                                      per-module summary; returns 4 when stateful resources would be lost
#                                      unless ALLOW_DESTROY=1
#   tf_destroy <stack> [ask]           plan -destroy + summary of what would be lost + confirmation + apply
#                                      with progress, in the current (stack) folder; any target may use it
#   tf_fail <step> <code> <message>    prints "<script>: step '<step>' failed (exit N): <message>" and the log path
#   tf_require_fresh <outdir> <stack>  refuses (exit 5) a stack folder the last synth did not produce, or one
#                                      older than its environment file or the program's sources
#   tf_emulator_answers <url>          whether an emulator answers there (patiently: a busy one is slow);
#                                      tf_require_curl: 127 and one sentence without the curl it needs
#   tf_state_has_resources <file>      0 a local state file holds a managed resource, 1 it does not (or no file),
#                                      2 it is not a Terraform state; tf_state_is_surely_empty <file>: only the 1
#   TF_WATCH_EMULATOR=<url>            set by the scripts that work on the emulator: while a tf_run step runs, a
#                                      watchdog checks that the emulator still answers and interrupts Terraform
#                                      when it no longer does (tf_watch_emulator); TF_EMULATOR_LOST is then 1
# Exit codes scripts use: 1 a Terraform step failed (Terraform's own code), 2 changes/drift (detailed exit
# codes), 4 stateful resources would be lost, 5 stale synth output, 127 a tool is missing.
set -euo pipefail
TF_HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TF_REPO_ROOT="$(cd "$TF_HERE/.." && pwd)"
TF_SCRIPT="terraform"
TF_LOG_FILE=""
TF_EXIT=0
TF_EMULATOR_LOST=0    # 1 when the last tf_run step's watchdog found the emulator lost
TF_PROGRESS_ARGS=()   # extra arguments of tf_progress.py for the next progress step (deploy.sh's plan summary)
EXIT_STATEFUL_REFUSED=4
EXIT_STALE_SYNTH=5
source "$TF_HERE/tf-env.sh"
set -euo pipefail   # tf-env.sh is also sourced alone and sets only -u

tf_require_tools() {
  command -v terraform >/dev/null || { echo "$TF_SCRIPT: terraform is not on PATH; install Terraform >= 1.6 (https://developer.hashicorp.com/terraform/install)" >&2; exit 127; }
  command -v python3 >/dev/null || { echo "$TF_SCRIPT: python3 is not on PATH; it renders progress and plan summaries" >&2; exit 127; }
}

# curl asks the emulator whether it answers (tf_emulator_answers, the watchdog, emulator.sh). Without it every
# emulator would look stopped: a deploy would start a second one, a destroy would drop the state of a running one.
tf_require_curl() {
  command -v curl >/dev/null && return 0
  echo "$TF_SCRIPT: curl is not on PATH; it checks that the emulator answers (install curl)" >&2
  return 127
}

# What the emulator watchdog needs: curl, and whole numbers where it counts (a fraction of a second is fine for the
# interval and the answer timeout, which sleep and curl take as they are).
tf_require_watch_tools() {
  tf_require_curl || return $?
  local name value
  for name in TF_WATCH_MISSES TF_WATCH_GRACE; do
    value="${!name:-1}"
    case "$value" in
      ''|*[!0-9]*|0) echo "$TF_SCRIPT: $name must be a whole number of 1 or more, got '$value'" >&2; return 2 ;;
    esac
  done
}

tf_begin() {
  TF_SCRIPT="$1"
  local stack="$2" dir="${PLATFORM_LOG_DIR:-$TF_REPO_ROOT/target/terraform-logs}"
  tf_require_tools
  mkdir -p "$dir"
  TF_LOG_FILE="$dir/$(date -u +%Y%m%dT%H%M%SZ)-$TF_SCRIPT-$stack-$$.log"
  : >"$TF_LOG_FILE"
  echo "$TF_SCRIPT: full Terraform log of this run: $TF_LOG_FILE" >&2
}

tf_fail() {
  local step="$1" code="$2" message="$3"
  echo "$TF_SCRIPT: step '$step' failed (exit $code): $message${TF_LOG_FILE:+; full Terraform log: $TF_LOG_FILE}" >&2
}

# Terraform's error of a quiet step: from the first error box to the end (the whole output if none).
tf_print_error() {
  local from="$1"
  tail -n +"$from" "$TF_LOG_FILE" | awk '
    { lines[NR] = $0 }
    /Error: / && !start { start = NR; if (NR > 1 && lines[NR-1] ~ /^╷/) start = NR - 1 }
    END { if (!start) start = 1; for (i = start; i <= NR; i++) print lines[i] }' >&2
}

# terraform itself, its PID written to $TF_PID_FILE first when that is set (the watchdog's way to reach it).
tf_terraform() {
  if [ -n "${TF_PID_FILE:-}" ]; then
    bash -c 'echo "$$" >"$0" && exec terraform "$@"' "$TF_PID_FILE" "$@"
  else
    terraform "$@"
  fi
}

tf_run() {
  local step="$1" mode="$2" code ok watchdog="" TF_PID_FILE=""
  TF_EMULATOR_LOST=0
  shift 2
  local from=$(( $(wc -l <"$TF_LOG_FILE") + 2 ))
  printf '\n=== %s step %s: terraform %s (%s)\n' "$TF_SCRIPT" "$step" "$*" "$(date -u +%FT%TZ)" >>"$TF_LOG_FILE"
  case "$mode" in quiet|shown|progress|file:*) ;; *) echo "tf_run: unknown mode $mode" >&2; return 1 ;; esac
  if [ -n "${TF_WATCH_EMULATOR:-}" ]; then
    tf_require_watch_tools || return $?
    TF_PID_FILE="$(mktemp "${TMPDIR:-/tmp}/tf-run-pid.XXXXXX")"
    tf_watch_emulator "$TF_WATCH_EMULATOR" "$TF_PID_FILE" "$step" &
    watchdog=$!
  fi
  set +e
  case "$mode" in
    quiet)
      tf_terraform "$@" >>"$TF_LOG_FILE" 2>&1
      code=$? ;;
    file:*)
      tf_terraform "$@" >"${mode#file:}" 2>>"$TF_LOG_FILE"
      code=$? ;;
    shown)
      tf_terraform "$@" 2>&1 | tee -a "$TF_LOG_FILE"
      code=${PIPESTATUS[0]} ;;
    progress)
      # The raw event stream is logged before rendering, so the log is complete even if rendering fails.
      tf_terraform "$@" 2> >(tee -a "$TF_LOG_FILE" >&2) | tee -a "$TF_LOG_FILE" | python3 "$TF_HERE/tf_progress.py" --title "$step" "${TF_PROGRESS_ARGS[@]}"
      local codes=("${PIPESTATUS[@]}")
      code=${codes[0]}
      [ "${codes[2]}" = 0 ] || echo "$TF_SCRIPT: the progress display failed (exit ${codes[2]}); Terraform's output is in the log" >&2
      TF_PROGRESS_ARGS=() ;;
  esac
  if [ -n "$watchdog" ]; then
    kill "$watchdog" 2>/dev/null
    wait "$watchdog" 2>/dev/null
    if [ -e "$TF_PID_FILE.lost" ]; then TF_EMULATOR_LOST=1; fi
    rm -f "$TF_PID_FILE" "$TF_PID_FILE.lost"
  fi
  set -e
  TF_EXIT=$code
  for ok in ${TF_OK_CODES:-0}; do
    [ "$code" = "$ok" ] && return 0
  done
  if [ "$mode" = quiet ] || [ "${mode#file:}" != "$mode" ]; then tf_print_error "$from"; fi
  tf_fail "$step" "$code" "terraform $1 did not succeed (Terraform's error is above)"
  return "$code"
}

tf_summarize() {
  local plan="$1" title="$2" base="${1%.tfplan}" code=0
  local allow=()
  tf_run show "file:$base.json" show -json "$plan" || return $?
  if [ "${ALLOW_DESTROY:-0}" = 1 ]; then allow=(--allow-destroy "ALLOW_DESTROY=1"); fi
  if [ "${TF_DESTROY_RUN:-0}" = 1 ]; then allow=(--allow-destroy "a destroy run"); fi
  python3 "$TF_HERE/tf_plan_report.py" summary "$base.json" --title "$title" --markdown "$base.md" "${allow[@]}" || code=$?
  case "$code" in
    0) echo "$TF_SCRIPT: binary plan $PWD/$plan, its JSON $PWD/$base.json, Markdown summary $PWD/$base.md" >&2 ;;
    "$EXIT_STATEFUL_REFUSED") tf_fail plan "$code" "the plan would destroy or replace stateful resources (listed above); set ALLOW_DESTROY=1 only if that loss is intended" ;;
    *) tf_fail summary "$code" "the plan summary could not be written" ;;
  esac
  return "$code"
}

# Whether a local state file holds a managed resource (exit 0) or not (1: no file, or no managed resource in it).
# Anything else is 2, never "empty" (a file that is not a Terraform state, or Python failing on it): deploy.sh's
# one-run first apply skips the plan's stateful-loss check, so only a surely empty state may take it.
tf_state_has_resources() {
  [ -e "$1" ] || return 1
  local code=0
  python3 - "$1" <<'PY' || code=$?
import json, sys
try:
    with open(sys.argv[1], encoding="utf-8") as handle:
        state = json.load(handle)
    resources = state["resources"] if isinstance(state, dict) and "version" in state else None
    if not isinstance(resources, list) or not all(isinstance(r, dict) for r in resources):
        raise ValueError("no list of resources")
    managed = any(r.get("mode") == "managed" for r in resources)
except Exception:
    print(f"{sys.argv[1]} is not a Terraform state file", file=sys.stderr)
    sys.exit(2)
sys.exit(0 if managed else 3)
PY
  case "$code" in
    0) return 0 ;;
    3) return 1 ;;   # Python's own failures exit 1: "empty" has a code of its own
    *) return 2 ;;
  esac
}

# Succeeds only for a state that surely holds no managed resource (no file, or none in it); deploy.sh's first apply.
tf_state_is_surely_empty() {
  local code=0
  tf_state_has_resources "$1" 2>/dev/null || code=$?
  [ "$code" = 1 ]
}

# Whether something answers HTTP at the emulator's URL. Any response counts, and it may take a while: a busy
# moto server is slow to answer, and mistaking it for a stopped one would throw its state away.
tf_emulator_answers() {
  tf_emulator_answers_within "$1" 60
}

# Whether the emulator at <url> gives any HTTP answer within <seconds> (a fraction is fine). curl's own exit status
# is not the answer here: a refused connection prints 000, and nothing at all (no curl) is no answer either.
tf_emulator_answers_within() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --connect-timeout 5 --max-time "$2" "$1/" 2>/dev/null) || code=000
  [ -n "$code" ] && [ "$code" != 000 ]
}

# Called by the scripts that work on a target (deploy, destroy, drift): on the emulator, every tf_run step is watched
# (TF_WATCH_EMULATOR, tf_watch_emulator below): an emulator that stops, crashes or hangs ends the step within ≈ 15 s,
# a hung one within ≈ 1–2 min. Any other target is never watched, whatever the caller's environment holds.
# Usage: tf_watch_emulator_when <target> <emulator url>
tf_watch_emulator_when() {
  TF_WATCH_EMULATOR=""
  if [ "$1" = emulator ]; then TF_WATCH_EMULATOR="$2"; fi
}

# The watchdog of one tf_run step (run in the background; tf_run stops it when Terraform ends). Terraform reports a
# stopped or crashed emulator only after the provider's retries (9 attempts per call, ≈ 45 s, for most calls; over
# ten minutes once in CI), and a hung one (connections accepted, never answered) not at all. So every
# TF_WATCH_INTERVAL seconds (default 5) it asks the emulator; after TF_WATCH_MISSES (default 3) checks in a row
# without an HTTP answer it says so and interrupts Terraform: SIGINT, on which Terraform cancels the provider's calls,
# saves its state and exits; a second SIGINT TF_WATCH_GRACE whole seconds (default 20) later if it has not, and as
# long after that SIGKILL to Terraform and its provider processes. A busy emulator still answers (any status counts,
# within TF_WATCH_TIMEOUT s, default 20), so only one that is gone or hung is taken for lost; a hung one takes
# longer to notice (each check waits that long). A lost emulator leaves <terraform-pid-file>.lost, which tf_run
# turns into TF_EMULATOR_LOST=1. Its sleeps hold none of the script's output streams, so killing it ends nothing late.
# Usage: tf_watch_emulator <url> <terraform-pid-file> <step> &
tf_watch_emulator() {
  local url="$1" pid_file="$2" step="$3" pid="" misses=0 first_miss=0 checked waited signal child
  local interval="${TF_WATCH_INTERVAL:-5}" allowed="${TF_WATCH_MISSES:-3}" grace="${TF_WATCH_GRACE:-20}"
  local answer_within="${TF_WATCH_TIMEOUT:-20}"
  # tf_terraform writes the PID as Terraform starts: wait for it, as long as the script that started this runs.
  while [ -z "$pid" ]; do
    kill -0 "$$" 2>/dev/null || return 0
    sleep 0.1 </dev/null >/dev/null 2>&1
    pid="$(cat "$pid_file" 2>/dev/null)" || pid=""
  done
  while kill -0 "$pid" 2>/dev/null; do
    sleep "$interval" </dev/null >/dev/null 2>&1
    kill -0 "$pid" 2>/dev/null || return 0
    checked=$SECONDS
    if tf_emulator_answers_within "$url" "$answer_within"; then
      misses=0
      continue
    fi
    if [ "$misses" = 0 ]; then first_miss=$checked; fi
    misses=$((misses + 1))
    [ "$misses" -ge "$allowed" ] || continue
    echo "$TF_SCRIPT: the emulator at $url has not answered for $((SECONDS - first_miss)) s ($misses checks" \
      "in a row) during step '$step'; interrupting Terraform now instead of waiting for the provider's retries" >&2
    printf '\n=== %s watchdog: the emulator at %s stopped answering during step %s; SIGINT to terraform (pid %s) (%s)\n' \
      "$TF_SCRIPT" "$url" "$step" "$pid" "$(date -u +%FT%TZ)" >>"$TF_LOG_FILE"
    : >"$pid_file.lost"
    for signal in INT INT KILL; do
      if [ "$signal" = KILL ]; then
        # The provider processes are Terraform's children; stuck on a hung emulator they could outlive it.
        for child in $(tf_child_pids "$pid"); do kill -KILL "$child" 2>/dev/null; done
      fi
      kill "-$signal" "$pid" 2>/dev/null || return 0
      for waited in $(seq 1 "$((grace * 10))"); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1 </dev/null >/dev/null 2>&1
      done
    done
    return 0
  done
}

# The PIDs of a process's direct children, from /proc (no procps needed).
tf_child_pids() {
  local stat line
  for stat in /proc/[0-9]*/stat; do
    read -r line <"$stat" 2>/dev/null || continue
    line="${line##*) }"   # after "pid (comm) ": state ppid ...
    line="${line#* }"
    if [ "${line%% *}" = "$1" ]; then
      stat="${stat#/proc/}"
      echo "${stat%/stat}"
    fi
  done
}

# The whole teardown of an initialized-or-not stack folder (the current directory): plan -destroy, the
# summary with every stateful resource that would be lost, a confirmation when asked for, then the apply
# of that plan with live progress. Usage: tf_destroy <stack> [ask]   (ask: needs a terminal and "yes")
tf_destroy() {
  local stack="$1" confirm="${2:-}" answer
  tf_run init quiet init -reconfigure -input=false -no-color || return $?
  tf_run plan quiet plan -destroy -input=false -no-color -out=destroy.tfplan || return $?
  TF_DESTROY_RUN=1 tf_summarize destroy.tfplan "destroy $stack" || return $?
  if [ "$confirm" = ask ]; then
    if [ ! -t 0 ]; then
      echo "$TF_SCRIPT: refusing to destroy stack '$stack' without a terminal to confirm; review the list above and re-run with AUTO_APPROVE=1" >&2
      return 1
    fi
    read -r -p "Destroy every resource of stack '$stack' listed above? Type 'yes': " answer
    [ "$answer" = yes ] || { echo "$TF_SCRIPT: nothing was destroyed" >&2; return 1; }
  fi
  tf_run destroy progress apply -input=false -json destroy.tfplan
}

# Newest modification time (epoch seconds) of the files under the given paths (caches and tests aside).
tf_newest() {
  local newest=0 stamp path
  for path in "$@"; do
    [ -e "$path" ] || continue
    stamp=$(find "$path" -type f -not -path '*/__pycache__/*' -not -path '*/tests/*' -printf '%T@\n' 2>/dev/null | sort -n | tail -1)
    stamp=${stamp%.*}
    if [ -n "$stamp" ] && [ "$stamp" -gt "$newest" ]; then newest=$stamp; fi
  done
  echo "$newest"
}

# The environment file of a stack: <env>.json, or for the state bootstrap stack <env>-state, <env>.json.
tf_environment_file() {
  local stack="$1" dir="${PLATFORM_CONFIG_DIR:-$TF_REPO_ROOT/environments}"
  case "$dir" in /*) ;; *) dir="$TF_REPO_ROOT/$dir" ;; esac
  if [ -f "$dir/$stack.json" ]; then echo "$dir/$stack.json"; else echo "$dir/${stack%-state}.json"; fi
}

tf_require_fresh() {
  local outdir="$1" stack="$2"
  local manifest="$outdir/manifest.json" synthesized="$outdir/stacks/$stack/cdk.tf.json"
  local env_file; env_file="$(tf_environment_file "$stack")"
  local again="synthesize it again first (make synth ENV=${stack%-state}; make plan and make deploy synthesize by themselves)"
  if [ ! -f "$manifest" ] || ! python3 -c 'import json,sys; sys.exit(0 if sys.argv[2] in json.load(open(sys.argv[1])).get("stacks",{}) else 1)' "$manifest" "$stack"; then
    echo "$TF_SCRIPT: stack '$stack' is not listed in the last synth's manifest ($manifest), so $outdir/stacks/$stack is not current output; $again" >&2
    exit "$EXIT_STALE_SYNTH"
  fi
  if [ ! -f "$synthesized" ]; then
    echo "$TF_SCRIPT: the manifest lists stack '$stack' but $synthesized is missing; $again" >&2
    exit "$EXIT_STALE_SYNTH"
  fi
  local built newer
  built=$(stat -c %Y "$synthesized")
  for newer in "$env_file" "$TF_REPO_ROOT/src/main" "$TF_REPO_ROOT/glue-scripts"; do
    if [ "$(tf_newest "$newer")" -gt "$built" ]; then
      echo "$TF_SCRIPT: $synthesized is older than $newer, so it is not what the program now produces; $again" >&2
      exit "$EXIT_STALE_SYNTH"
    fi
  done
}
