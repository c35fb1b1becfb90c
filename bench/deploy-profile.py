#!/usr/bin/env python3
"""Where the time of a `terraform apply -json` goes: per resource start/end, the longest waits, and the
critical path (the chain of dependencies that sets the apply's total).

Usage: bench/deploy-profile.py <log> [--plan <plan.json> | --config <cdk.tf.json>] [--top N] [--tolerance S] [--one-line]

<log>   a deploy log of scripts/tf-run.sh (target/terraform-logs/*-deploy-*.log) or a bare
        `terraform apply -json` stream; lines that are not JSON events are skipped, and when the log holds
        several applies the last one is profiled. The log's "=== <script> step <name>: ... (<time>)" markers,
        when present, give the time of each step (build + synth before the first one is not in the log).
--plan  `terraform show -json` of the applied plan (deploy.sh leaves it as cdktf.out/stacks/<stack>/deploy.json):
        gives the real dependency graph (references and depends_on of the configuration). Without it each
        resource's blocker is inferred: the resource that finished last before it started.
--config  the synthesized stack (cdktf.out/stacks/<stack>/cdk.tf.json): the same graph, read from the ${...}
        references and depends_on of the configuration itself. A first deploy to an emulator plans and applies
        in one run and leaves no plan JSON; its configuration is what the bench profiles.

For each resource on the critical path the profile shows when it started and ended (seconds since the apply
began), how long it took, and how long it sat ready but not started ("queued": all its dependencies were
done, yet Terraform had no free slot for it, i.e. -parallelism starved it). A queue on the critical path is
time a higher -parallelism wins back; a long resource on it is the provider's own waiting.

Standard library only. Exit codes: 0 profile printed, 1 the log holds no apply events, 2 bad usage/unreadable input.
"""
import argparse
import datetime
import json
import re
import sys

STEP_MARKER = re.compile(r"^=== (\S+) step (\S+): .*\((\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\)\s*$")
# A dependency that finished this close before a resource started counts as what it waited for.
DEFAULT_TOLERANCE = 0.5


def parse_time(stamp):
    return datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


class Apply:
    """One apply's resource timings, read from the event stream (times in seconds since its first event)."""

    def __init__(self):
        self.origin = None
        self.start = {}
        self.end = {}
        self.action = {}
        self.failed = set()
        self.last = 0.0
        self.by_base = None     # filled once all events are read (see _applied_by_base)

    def at(self, event):
        t = parse_time(event["@timestamp"])
        if self.origin is None:
            self.origin = t
        self.last = max(self.last, t - self.origin)
        return t - self.origin

    def add(self, event):
        kind = event.get("type")
        t = self.at(event)
        hook = event.get("hook") or {}
        address = (hook.get("resource") or {}).get("addr")
        if not address:
            return
        if kind == "apply_start":
            self.start[address] = t
            self.action[address] = hook.get("action", "")
        elif kind == "apply_complete":
            self.end[address] = t
        elif kind == "apply_errored":
            self.end[address] = t
            self.failed.add(address)

    def resources(self):
        return [a for a in self.start if a in self.end]

    def duration(self, address):
        return self.end[address] - self.start[address]


def read_log(lines):
    """(the last apply in the log, [(script, step, epoch seconds)]) from a tf-run log or a bare -json stream."""
    applies = []
    steps = []
    for line in lines:
        marker = STEP_MARKER.match(line)
        if marker:
            steps.append((marker.group(1), marker.group(2), parse_time(marker.group(3))))
            continue
        if not line.startswith("{"):
            continue
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if not isinstance(event, dict) or "@timestamp" not in event:
            continue
        if event.get("type") == "version" or not applies:
            applies.append(Apply())
        applies[-1].add(event)
    return (applies[-1] if applies else None), steps


def _references(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "references" and isinstance(value, list):
                found.extend(v for v in value if isinstance(v, str))
            else:
                _references(value, found)
    elif isinstance(node, list):
        for value in node:
            _references(value, found)
    return found


def _address_of(reference):
    """'aws_kms_key.k.arn' -> 'aws_kms_key.k'; 'data.aws_iam_policy_document.p.json' -> 'data.aws_iam_policy_document.p'."""
    parts = reference.split(".")
    if parts[0] == "data" and len(parts) >= 3:
        return ".".join(parts[:3])
    if len(parts) >= 2 and parts[0] not in ("var", "local", "each", "count", "path", "terraform", "self", "module"):
        return ".".join(parts[:2])
    return None


def dependencies_from_plan(plan):
    """address -> set of resource/data addresses it depends on directly (root module of the configuration)."""
    resources = (((plan.get("configuration") or {}).get("root_module") or {}).get("resources")) or []
    graph = {}
    for resource in resources:
        address = resource.get("address")
        if not address:
            continue
        found = _references(resource.get("expressions") or {}, [])
        for reference in resource.get("depends_on") or []:
            found.append(reference)
        graph[address] = {a for a in map(_address_of, found) if a and a != address}
    return graph


# A reference inside a Terraform expression: data.<type>.<name> or <type>.<name> (then an attribute, index or end).
CONFIG_REFERENCE = re.compile(r"(?<![\w.])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)")
QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')   # a string literal inside an expression ("x.sh") names no resource


def _expressions(text):
    """The bodies of the ${...} interpolations in a string, nested braces ({a = 1}, for expressions) and string
    literals inside them included."""
    found = []
    start = text.find("${")
    while start != -1:
        depth, i, quoted = 1, start + 2, False
        while i < len(text) and depth:
            c = text[i]
            if quoted:
                if c == "\\":
                    i += 1
                elif c == '"':
                    quoted = False
            elif c == '"':
                quoted = True
            elif c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            i += 1
        found.append(text[start + 2:i - 1] if depth == 0 else text[start + 2:])
        start = text.find("${", i)
    return found


def _expression_references(node, found):
    if isinstance(node, dict):
        for value in node.values():
            _expression_references(value, found)
    elif isinstance(node, list):
        for value in node:
            _expression_references(value, found)
    elif isinstance(node, str):
        for expression in _expressions(node):
            found.extend(CONFIG_REFERENCE.findall(QUOTED.sub('""', expression)))
    return found


def dependencies_from_config(config):
    """address -> set of resource/data addresses it depends on directly, from a synthesized cdk.tf.json."""
    graph = {}
    for section, prefix in (("resource", ""), ("data", "data.")):
        for kind, blocks in (config.get(section) or {}).items():
            for name, body in (blocks or {}).items():
                address = f"{prefix}{kind}.{name}"
                body = {key: value for key, value in body.items() if key != "//"}
                found = _expression_references({k: v for k, v in body.items() if k != "depends_on"}, [])
                found += [reference for reference in body.get("depends_on") or [] if isinstance(reference, str)]
                graph[address] = {a for a in map(_address_of, found) if a and a != address}
    return graph


def _strip_index(address):
    return re.sub(r"\[[^\]]*\]$", "", address)


def blockers(apply, graph, tolerance):
    """address -> (the dependency it waited for last or None, seconds it sat ready before starting)."""
    done = sorted((apply.end[a], a) for a in apply.resources())
    # A resource with nothing to wait for could have started with the first one.
    first = min(apply.start[a] for a in apply.resources())
    result = {}
    for address in apply.resources():
        started = apply.start[address]
        if graph is not None:
            deps = _applied_dependencies(_strip_index(address), graph, apply)
            candidates = [(apply.end[d], d) for d in deps if d in apply.end and apply.end[d] <= started + tolerance]
        else:
            candidates = [(t, a) for t, a in done if t <= started + 1e-6 and a != address]
        if candidates:
            finished, blocker = max(candidates)
            result[address] = (blocker, max(0.0, started - finished))
        else:
            result[address] = (None, started - first)
    return result


def _applied_dependencies(address, graph, apply, seen=None):
    """Dependencies that were applied, looking through ones that were not (data sources read at plan time)."""
    seen = set() if seen is None else seen
    applied = set()
    by_base = _applied_by_base(apply)
    for dep in graph.get(address, ()):
        if dep in seen:
            continue
        seen.add(dep)
        if dep in by_base:
            applied.update(by_base[dep])
        else:
            applied.update(_applied_dependencies(dep, graph, apply, seen))
    return applied


def _applied_by_base(apply):
    """'aws_subnet.s' -> {'aws_subnet.s[0]', 'aws_subnet.s[1]'}: the configuration names the resource, the apply its instances."""
    if apply.by_base is None:
        apply.by_base = {}
        for address in apply.resources():
            apply.by_base.setdefault(_strip_index(address), set()).add(address)
    return apply.by_base


def critical_path(apply, blocked_by):
    """From the resource that finished last back to one that started with nothing to wait for."""
    if not apply.resources():
        return []
    current = max(apply.resources(), key=lambda a: apply.end[a])
    path = []
    seen = set()
    while current and current not in seen:
        seen.add(current)
        path.append(current)
        current = blocked_by[current][0]
    return list(reversed(path))


def steps_report(steps, apply_end_epoch):
    """[(step, seconds)] of the tf-run steps of the log's script; the last lasts until the apply's end."""
    rows = []
    for i, (_script, step, at) in enumerate(steps):
        if i + 1 < len(steps):
            rows.append((step, steps[i + 1][2] - at))
        elif apply_end_epoch is not None:
            rows.append((step, max(0.0, apply_end_epoch - at)))
    return rows


def one_line(apply, graph, tolerance):
    """The critical path in one line: '<total> s = <before> s start + kms 13.7 s → … (queued <q> s)'."""
    blocked_by = blockers(apply, graph, tolerance)
    path = critical_path(apply, blocked_by)
    queue = sum(blocked_by[a][1] for a in path)
    steps = " → ".join(f"{a} {apply.duration(a):.1f}" for a in path)
    return (f"apply {apply.last:.1f} s = {min(apply.start.values()):.1f} s to the first resource, "
            f"then {steps} s, {queue:.1f} s of it queued")


def profile(apply, steps, graph, top, tolerance):
    """The report as a list of lines."""
    out = []
    blocked_by = blockers(apply, graph, tolerance)
    resources = apply.resources()
    source = "the configuration's dependency graph" if graph is not None else "inferred from timing (pass --plan or --config for the real graph)"
    out.append(f"apply: {len(resources)} resources in {apply.last:.1f} s "
               f"(first started at {min(apply.start.values()):.1f} s)")
    if apply.failed:
        out.append(f"failed: {', '.join(sorted(apply.failed))}")
    if steps:
        apply_end = apply.origin + apply.last if apply.origin is not None else None
        out.append("steps (log markers, whole seconds): " + ", ".join(
            f"{step} {seconds:.0f} s" for step, seconds in steps_report(steps, apply_end)))
    out.append("")
    out.append(f"longest resources (top {top}):")
    for address in sorted(resources, key=apply.duration, reverse=True)[:top]:
        out.append(f"  {apply.duration(address):6.1f} s  {address}  [{apply.start[address]:.1f} → {apply.end[address]:.1f}]")
    queued = sorted(((blocked_by[a][1], a) for a in resources), reverse=True)
    queued = [(q, a) for q, a in queued if q > tolerance][:top]
    out.append("")
    out.append(f"longest queued (ready, no free slot) (top {top}):")
    if not queued:
        out.append("  none")
    for seconds, address in queued:
        out.append(f"  {seconds:6.1f} s  {address}  (after {blocked_by[address][0] or 'the start'})")
    path = critical_path(apply, blocked_by)
    out.append("")
    out.append(f"critical path ({source}):")
    out.append(f"  {'start':>6} {'end':>6} {'took':>6} {'queued':>6}  resource")
    own = queue = 0.0
    for address in path:
        blocker, waited = blocked_by[address]
        took = apply.duration(address)
        own += took
        queue += waited
        out.append(f"  {apply.start[address]:6.1f} {apply.end[address]:6.1f} {took:6.1f} {waited:6.1f}  {address}")
    if path:
        head = min(apply.start.values())
        tail = apply.last - apply.end[path[-1]]
        out.append(f"  = {head:.1f} s before the first resource + {own:.1f} s in resources + {queue:.1f} s queued"
                   f" + {tail:.1f} s after the last = {apply.last:.1f} s")
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("log")
    graph_source = parser.add_mutually_exclusive_group()
    graph_source.add_argument("--plan", help="terraform show -json of the applied plan (the real dependency graph)")
    graph_source.add_argument("--config", help="the synthesized cdk.tf.json of the stack (the same graph, from its references)")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--one-line", action="store_true", help="print only the critical path, in one line")
    parser.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE,
                        help="seconds within which a dependency's end counts as what a resource waited for")
    args = parser.parse_args(argv)
    try:
        with open(args.log, encoding="utf-8", errors="replace") as handle:
            apply, steps = read_log(handle)
        graph = None
        if args.plan:
            with open(args.plan, encoding="utf-8") as handle:
                graph = dependencies_from_plan(json.load(handle))
        elif args.config:
            with open(args.config, encoding="utf-8") as handle:
                graph = dependencies_from_config(json.load(handle))
    except (OSError, ValueError) as error:
        print(f"deploy-profile: cannot read input: {error}", file=sys.stderr)
        return 2
    if apply is None or not apply.resources():
        print(f"deploy-profile: {args.log} holds no `terraform apply -json` resource events", file=sys.stderr)
        return 1
    if args.one_line:
        print(one_line(apply, graph, args.tolerance))
    else:
        print("\n".join(profile(apply, steps, graph, args.top, args.tolerance)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
