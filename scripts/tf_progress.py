#!/usr/bin/env python3
"""Live progress of `terraform apply -json` / `terraform destroy -json` (Terraform's machine-readable UI).

Reads the JSON event stream on stdin and shows resources done / total, the elapsed time and the
resources Terraform is still waiting on, e.g.

    [97/165] 2m10s — waiting: aws_db_instance.rds_this (1m40s)

Modes (chosen automatically, or with --mode):
  tty    a terminal: one status line, rewritten in place every second;
  lines  not a terminal: a line per finished resource, and a heartbeat while a resource takes long;
  ci     CI=true: a line each time another 10 % of the resources is done, and the summary.

With --outputs-file, the root module's outputs of a successful apply (its final `outputs` event) are written
there exactly as `terraform output` prints them, so deploy.sh need not start Terraform once more. Only values of
the kinds checked against Terraform are written (strings, whole numbers, booleans, tuples and objects of them);
for anything else (a list, set or map, a null inside a value, a fraction, a multi-line or non-ASCII string) no
file is written and the caller runs `terraform output`.

With --plan-title, a run that plans before it applies (`terraform apply -json` without a saved plan) also
gets tf_plan_report.py's per-module plan summary, printed when its plan is complete (before the first
resource starts) and written as Markdown to --plan-markdown.

Errors (Terraform's diagnostics) are printed in full as they arrive, whatever the mode. The renderer
never decides the outcome: the calling script takes Terraform's own exit code (PIPESTATUS). It also
never stops reading early, so Terraform is never killed by a closed pipe.

Standard library only (Python 3.8+).
"""
import argparse
import datetime
import json
import os
import select
import signal
import sys
import time

import tf_plan_report

HEARTBEAT_SECONDS = 15
PAST = {"create": "created", "update": "updated", "delete": "destroyed", "read": "read"}
SHOWN_WAITING = 3


def format_duration(seconds):
    seconds = int(max(0, seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


def format_diagnostic(diagnostic, fallback=""):
    """A Terraform diagnostic as the human UI shows it: severity and summary, where, the detail."""
    severity = diagnostic.get("severity", "error").capitalize()
    lines = [f"{severity}: {diagnostic.get('summary') or fallback}"]
    if diagnostic.get("address"):
        lines.append(f"  with {diagnostic['address']}")
    where = diagnostic.get("range") or {}
    if where.get("filename"):
        lines.append(f"  on {where['filename']} line {where.get('start', {}).get('line', '?')}")
    detail = (diagnostic.get("detail") or "").strip()
    if detail:
        lines.extend("  " + line if line else "" for line in detail.splitlines())
    return "\n".join(lines)


def event_time(event):
    """Epoch seconds of an event's @timestamp (RFC 3339), or None."""
    stamp = event.get("@timestamp")
    if not stamp:
        return None
    try:
        return datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


class Progress:
    """Counts planned and finished operations per resource address from the event stream.

    Times come from the events' own timestamps; "now" is the wall clock while Terraform runs
    (live=True) and the latest event's time when a recorded stream is replayed (live=False).
    """

    def __init__(self, live=True):
        self.live = live
        self.latest = None
        self.started = time.time() if live else None
        self.expected = {}      # address -> operations planned (a replace is a delete and a create)
        self.finished = {}      # address -> operations finished
        self.waiting = {}       # address -> clock() when its current operation started
        self.failed = []        # addresses whose operation errored
        self.errors = []        # formatted error diagnostics
        self.warnings = []      # warning summaries
        self.summary = None     # the final change_summary message, e.g. "Apply complete! ..."
        self.other_lines = []   # anything on stdout that was not a JSON event
        self.planned = []       # planned_change events as tf_plan_report resource changes (the plan summary's input)
        self.outputs = None     # the root module's outputs of the last `outputs` event (name -> sensitive, type, value)

    # -- counting --------------------------------------------------------------------------------
    @property
    def total(self):
        return len(self.expected)

    @property
    def done(self):
        return sum(1 for address, count in self.expected.items() if self.finished.get(address, 0) >= count)

    def clock(self):
        if self.live or self.latest is None:
            return time.time()
        return self.latest

    def elapsed(self):
        return self.clock() - (self.started if self.started is not None else self.clock())

    def longest_waiting(self):
        now = self.clock()
        return sorted(((now - since, address) for address, since in self.waiting.items()), reverse=True)

    # -- events ----------------------------------------------------------------------------------
    def handle(self, event):
        """Updates the counters; returns (kind, address) for events a renderer may announce."""
        stamp = event_time(event)
        if stamp is not None:
            self.latest = stamp if self.latest is None else max(self.latest, stamp)
            if self.started is None:
                self.started = stamp
        kind = event.get("type")
        hook = event.get("hook") or {}
        address = (hook.get("resource") or {}).get("addr")
        if kind == "planned_change":
            change = event.get("change") or {}
            action = change.get("action")
            planned = (change.get("resource") or {}).get("addr")
            if planned and action not in ("noop", "read", "move", "forget", "remove"):
                self.expected[planned] = 2 if action == "replace" else 1
            self.planned.append(tf_plan_report.change_from_stream(event))
        elif kind == "apply_start" and address:
            if hook.get("action") == "read" and address not in self.expected:
                return None
            self.expected.setdefault(address, 1)
            self.waiting[address] = stamp if stamp is not None else self.clock()
        elif kind == "apply_complete" and address:
            self.waiting.pop(address, None)
            if address in self.expected:
                self.finished[address] = self.finished.get(address, 0) + 1
                return ("complete", f"{PAST.get(hook.get('action'), 'done')} {address}")
        elif kind == "apply_errored" and address:
            self.waiting.pop(address, None)
            self.failed.append(address)
            return ("errored", address)
        elif kind == "apply_progress":
            return ("progress", address)
        elif kind == "diagnostic":
            diagnostic = event.get("diagnostic") or {}
            if diagnostic.get("severity") == "error" or event.get("@level") == "error":
                text = format_diagnostic(diagnostic, event.get("@message", ""))
                self.errors.append(text)
                return ("error", text)
            self.warnings.append(diagnostic.get("summary") or event.get("@message", ""))
        elif kind == "change_summary" and (event.get("changes") or {}).get("operation") in ("apply", "destroy"):
            self.summary = event.get("@message")
        elif kind == "change_summary" and (event.get("changes") or {}).get("operation") == "plan":
            return ("planned", None)
        elif kind == "outputs" and isinstance(event.get("outputs"), dict) \
                and not any(isinstance(o, dict) and "action" in o for o in event["outputs"].values()):
            # The applied outputs; the plan's own `outputs` event (in a run that plans too) has actions, no values.
            self.outputs = event["outputs"]
        return None

    # -- text ------------------------------------------------------------------------------------
    def status_line(self, finished=None):
        total = str(self.total) if self.total else "?"
        line = f"[{self.done}/{total}] {format_duration(self.elapsed())}"
        if finished:
            line += f" {finished}"
        waiting = self.longest_waiting()
        if waiting:
            shown = ", ".join(f"{address} ({format_duration(seconds)})" for seconds, address in waiting[:SHOWN_WAITING])
            more = f", +{len(waiting) - SHOWN_WAITING} more" if len(waiting) > SHOWN_WAITING else ""
            line += f" — waiting: {shown}{more}"
        return line

    def final_lines(self, title):
        lines = []
        if self.summary:
            lines.append(self.summary)
        if self.warnings:
            lines.append(f"{title}: {len(self.warnings)} warning(s): " + "; ".join(sorted(set(self.warnings))))
        if self.errors or self.failed:
            failed = f"; failed: {', '.join(self.failed)}" if self.failed else ""
            lines.append(f"{title}: {len(self.errors)} error(s) after {format_duration(self.elapsed())}; "
                         f"{self.done} of {self.total} resources done{failed}")
            if self.waiting:
                lines.append(f"{title}: interrupted while waiting on: {', '.join(sorted(self.waiting))}")
        else:
            lines.append(f"{title}: {self.done}/{self.total} resources in {format_duration(self.elapsed())}")
        return lines


class Renderer:
    """Writes a Progress to a stream in one of the three modes."""

    def __init__(self, progress, out, mode, title, plan_title=None, plan_markdown=None):
        self.progress = progress
        self.out = out
        self.mode = mode
        self.title = title
        self.plan_title = plan_title
        self.plan_markdown = plan_markdown
        self.last_decile = 0
        self.last_line_at = progress.clock()
        self.line_open = False

    def _write(self, text):
        self._clear()
        self.out.write(text + "\n")
        self.out.flush()
        self.last_line_at = self.progress.clock()

    def _clear(self):
        if self.line_open:
            self.out.write("\r\x1b[K")
            self.line_open = False

    def on_event(self, announced):
        progress = self.progress
        if announced and announced[0] == "planned":
            self.plan_summary()
            return
        if announced and announced[0] == "error":
            self._write(announced[1])
            return
        if announced and announced[0] == "errored":
            self._write(f"{self.title}: {announced[1]} failed")
        if self.mode == "tty":
            self.tick()
        elif self.mode == "lines":
            if announced and announced[0] == "complete":
                self._write(progress.status_line(finished=announced[1]))
            elif progress.clock() - self.last_line_at >= HEARTBEAT_SECONDS and progress.waiting:
                self._write(progress.status_line())
        elif self.mode == "ci" and progress.total:
            decile = progress.done * 10 // progress.total
            if decile > self.last_decile:
                self.last_decile = decile
                self._write(f"{progress.status_line()} ({progress.done * 100 // progress.total} %)")

    def plan_summary(self):
        """The per-module summary of the run's plan (with --plan-title), as deploy.sh prints it for a saved plan."""
        if not self.plan_title:
            return
        # `terraform show -json` lists the changes by address; events arrive in the order the plan walk finished them.
        changes = sorted(self.progress.planned, key=lambda change: change["address"])
        summary = tf_plan_report.Summary({"resource_changes": changes})
        self._write(summary.text(self.plan_title))
        if self.plan_markdown:
            with open(self.plan_markdown, "w", encoding="utf-8") as handle:
                handle.write(summary.markdown(self.plan_title, None))
            self._write(f"{self.plan_title}: Markdown summary {os.path.abspath(self.plan_markdown)}")

    def tick(self):
        """Called at least every second: keeps the elapsed time moving on a terminal, heartbeats in lines mode."""
        if self.mode == "tty":
            self._clear()
            self.out.write(self.progress.status_line()[:max(20, terminal_width() - 1)])
            self.out.flush()
            self.line_open = True
        elif self.mode == "lines" and self.progress.waiting and \
                self.progress.clock() - self.last_line_at >= HEARTBEAT_SECONDS:
            self._write(self.progress.status_line())

    def finish(self):
        for line in self.progress.other_lines:
            self._write(line)
        for line in self.progress.final_lines(self.title):
            self._write(line)


class NotExact(ValueError):
    """A value `terraform output` would print in a way format_output_value does not reproduce."""


def format_output_value(value, kind, indent=0):
    """One output's value as `terraform output` prints it (Terraform's repl.FormatValue), walked with its type from
    the event (cty's JSON type: "string", ["tuple", [...]], ["object", {...}], ...). Only what was checked against
    Terraform is printed: strings of printable ASCII, whole numbers, booleans, and tuples and objects of them.
    Anything else raises NotExact: a list, set or map (Terraform prints tolist(...), toset(...), tomap(...)), a null
    inside a value (printed with its type), a fraction, a multi-line or non-ASCII string."""
    if value is None:
        raise NotExact("a null inside a value")
    if kind == "bool" and isinstance(value, bool):
        return "true" if value else "false"
    if kind == "number" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if kind == "string" and isinstance(value, str):
        # Go's %q: only printable ASCII is certain to come out as itself (plus the two escapes below).
        if any(not (32 <= ord(c) < 127) for c in value):
            raise NotExact("a string with characters outside printable ASCII")
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    pad = "  " * (indent + 1)
    if isinstance(kind, list) and len(kind) == 2 and kind[0] == "tuple" and isinstance(value, list) \
            and isinstance(kind[1], list) and len(kind[1]) == len(value):
        if not value:
            return "[]"
        items = "".join(f"{pad}{format_output_value(item, item_kind, indent + 1)},\n"
                        for item, item_kind in zip(value, kind[1]))
        return "[\n" + items + "  " * indent + "]"
    if isinstance(kind, list) and len(kind) == 2 and kind[0] == "object" and isinstance(value, dict) \
            and isinstance(kind[1], dict) and set(kind[1]) == set(value):
        if not value:
            return "{}"
        items = "".join(f"{pad}{format_output_value(key, 'string', indent + 1)} = "
                        f"{format_output_value(value[key], kind[1][key], indent + 1)}\n" for key in sorted(value))
        return "{\n" + items + "  " * indent + "}"
    raise NotExact(f"a value of type {json.dumps(kind)}")


def format_outputs(outputs):
    """The text of `terraform output` (no name given) for an `outputs` event's map; NotExact when unsure."""
    lines = []
    for name in sorted(outputs):
        output = outputs[name] or {}
        if output.get("sensitive"):
            lines.append(f"{name} = <sensitive>")
        elif output.get("value") is None:
            # `terraform output` leaves a null output out; an event with one is not a case this has seen.
            raise NotExact(f"output {name} has no value in the event")
        else:
            lines.append(f"{name} = {format_output_value(output['value'], output.get('type'))}")
    return "".join(line + "\n" for line in lines)


def write_outputs(progress, path):
    """Writes the apply's outputs for deploy.sh; nothing (and any earlier file removed) unless exactly reproducible."""
    if os.path.exists(path):
        os.remove(path)
    if progress.outputs is None or progress.errors or progress.failed:
        return
    try:
        text = format_outputs(progress.outputs)
    except NotExact:
        return
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def terminal_width():
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 120


def choose_mode(requested, out, environ):
    if requested != "auto":
        return requested
    if environ.get("CI", "").lower() in ("true", "1", "yes"):
        return "ci"
    return "tty" if out.isatty() else "lines"


def render(lines, out, mode, title, plan_title=None, plan_markdown=None):
    """Replays an iterable of recorded event lines, on the events' own clock (tests use this)."""
    progress = Progress(live=False)
    renderer = Renderer(progress, out, mode, title, plan_title, plan_markdown)
    for line in lines:
        feed(progress, renderer, line)
    renderer.finish()
    return progress


def feed(progress, renderer, line):
    line = line.strip()
    if not line:
        return
    try:
        event = json.loads(line)
        if not isinstance(event, dict):
            raise ValueError("not an event")
    except ValueError:
        # Terraform prints some failures (e.g. a bad flag) as plain text even with -json: keep them.
        progress.other_lines.append(line)
        renderer._write(line)
        return
    try:
        renderer.on_event(progress.handle(event))
    except Exception as problem:  # a rendering bug must never stop Terraform's stream
        renderer._write(f"{renderer.title}: (progress display error: {problem})")


def read_live(stream, progress, renderer):
    """Reads stdin without blocking the clock: the status line moves even while no event arrives."""
    fd = stream.fileno()
    buffer = b""
    while True:
        ready, _, _ = select.select([fd], [], [], 1.0)
        if not ready:
            renderer.tick()
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            feed(progress, renderer, line.decode("utf-8", "replace"))
    if buffer:
        feed(progress, renderer, buffer.decode("utf-8", "replace"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=["auto", "tty", "lines", "ci"], default="auto")
    parser.add_argument("--title", default="apply", help="prefix of the summary lines (apply, destroy)")
    parser.add_argument("--plan-title", help="print the run's plan summary under this title once it is planned")
    parser.add_argument("--plan-markdown", help="with --plan-title: also write that summary as Markdown here")
    parser.add_argument("--outputs-file", help="write the applied outputs here as `terraform output` prints them")
    args = parser.parse_args(argv)
    mode = choose_mode(args.mode, sys.stdout, os.environ)
    # Ctrl-C reaches Terraform too, which stops gracefully and keeps reporting: keep reading until it ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    progress = Progress()
    renderer = Renderer(progress, sys.stdout, mode, args.title, args.plan_title, args.plan_markdown)
    try:
        read_live(sys.stdin, progress, renderer)
    finally:
        renderer.finish()
    if args.outputs_file:
        write_outputs(progress, args.outputs_file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
