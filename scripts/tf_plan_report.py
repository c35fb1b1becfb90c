#!/usr/bin/env python3
"""Reports over `terraform show -json <plan>` that CI can gate on.

  summary <plan.json> [--title T] [--markdown FILE] [--allow-destroy]
      Per module: add / change / destroy / replace with the addresses, on the terminal and as Markdown
      (a pull-request comment). Exits 4 when a stateful resource (STATEFUL_TYPES) would be destroyed or
      replaced, listing what would be lost, unless --allow-destroy.
  drift <plan.json> [--config cdk.tf.json]
      For a refresh-only plan: the resources whose real state differs from Terraform's state, with the
      attributes that differ. Exits 2 when there is drift, 0 when there is none.

"Module" is the Terraform module when the resource sits in one, otherwise the platform module that
starts every address of this program (`aws_subnet.vpc_private_a` -> `vpc`, see cdk/Naming).
Standard library only (Python 3.8+).
"""
import argparse
import json
import sys
import textwrap
from collections import OrderedDict

EXIT_DRIFT = 2
EXIT_STATEFUL_REFUSED = 4

# Resource types whose destruction loses data that Terraform cannot recreate. A replace is a destroy too.
STATEFUL_TYPES = OrderedDict([
    ("aws_db_instance", "the database, its automated backups (and no final snapshot where finalSnapshot is off)"),
    ("aws_rds_cluster", "the cluster's databases and automated backups"),
    ("aws_redshift_cluster", "the warehouse's tables"),
    ("aws_s3_bucket", "every object and object version in the bucket (lake, scripts, outputs, access logs, Terraform state)"),
    ("aws_kms_key", "the key: everything encrypted with it (buckets, database, secrets, logs, volumes) becomes unreadable once the deletion window ends"),
    ("aws_secretsmanager_secret", "the secret's value (passwords, keys); consumers lose access"),
    ("aws_dynamodb_table", "every item (e.g. the Terraform state lock table)"),
    ("aws_ecr_repository", "every container image in the repository"),
    ("aws_cloudwatch_log_group", "the log history (flow logs, job and host logs)"),
    ("aws_ebs_volume", "the volume's data"),
    ("aws_efs_file_system", "the file system's data"),
])

ACTIONS = ("add", "change", "destroy", "replace")


def classify(actions):
    """Terraform's action list -> add | change | destroy | replace | None (no-op, read)."""
    actions = list(actions or [])
    if actions == ["create"]:
        return "add"
    if actions == ["update"]:
        return "change"
    if actions == ["delete"]:
        return "destroy"
    if sorted(actions) == ["create", "delete"]:
        return "replace"
    return None


def module_of(change):
    if change.get("module_address"):
        return change["module_address"]
    name = change.get("name") or change.get("address", "").split(".")[-1]
    return name.split("_", 1)[0] or "root"


class Summary:
    def __init__(self, plan):
        self.modules = OrderedDict()     # module -> action -> [address]
        self.totals = OrderedDict((action, 0) for action in ACTIONS)
        self.moved = []
        self.imported = []
        self.reasons = {}                # address -> why it is replaced
        self.stateful = []               # (address, action, what is lost)
        for change in plan.get("resource_changes") or []:
            if change.get("mode", "managed") != "managed":
                continue
            address = change.get("address")
            body = change.get("change") or {}
            if change.get("previous_address"):
                self.moved.append(f"{change['previous_address']} -> {address}")
            if body.get("importing"):
                self.imported.append(address)
            action = classify(body.get("actions"))
            if action is None:
                continue
            module = self.modules.setdefault(module_of(change), OrderedDict((a, []) for a in ACTIONS))
            module[action].append(address)
            self.totals[action] += 1
            if action == "replace":
                paths = [".".join(str(step) for step in path) for path in body.get("replace_paths") or []]
                self.reasons[address] = "forced by " + ", ".join(paths) if paths else change.get("action_reason", "")
            if action in ("destroy", "replace") and change.get("type") in STATEFUL_TYPES:
                self.stateful.append((address, action, STATEFUL_TYPES[change["type"]]))

    @property
    def changes(self):
        return sum(self.totals.values())

    def headline(self):
        return ", ".join(f"{count} to {action}" for action, count in self.totals.items())

    def text(self, title):
        lines = [f"{title}: {self.headline()}" if self.changes else f"{title}: no changes"]
        width = max((len(module) for module in self.modules), default=0)
        for module, actions in self.modules.items():
            for action, addresses in actions.items():
                if addresses:
                    shown = ", ".join(self._with_reason(a) for a in addresses)
                    lines += textwrap.wrap(f"{action} {len(addresses)}: {shown}", width=118 - width,
                                           initial_indent=f"  {module.ljust(width)}  ",
                                           subsequent_indent=" " * (width + 6), break_on_hyphens=False)
        if self.moved:
            lines.append(f"  moved {len(self.moved)}: " + ", ".join(self.moved))
        if self.imported:
            lines.append(f"  imported {len(self.imported)}: " + ", ".join(self.imported))
        return "\n".join(lines)

    def _with_reason(self, address):
        reason = self.reasons.get(address)
        return f"{address} ({reason})" if reason else address

    def stateful_text(self, allowed):
        if not self.stateful:
            return ""
        verdict = f"allowed by {allowed}" if allowed else \
            "refused; re-run with ALLOW_DESTROY=1 if this loss is intended"
        lines = [f"STATEFUL: {len(self.stateful)} stateful resource(s) would be destroyed or replaced ({verdict}):"]
        lines += [f"  - {address} ({action}): loses {lost}" for address, action, lost in self.stateful]
        return "\n".join(lines)

    def markdown(self, title, allowed):
        out = [f"### Terraform plan: {title}", ""]
        out.append(f"**{self.headline()}**" if self.changes else "**No changes.**")
        out.append("")
        if self.stateful:
            verdict = f"allowed by {allowed}" if allowed else \
                "**the plan is refused** unless `ALLOW_DESTROY=1`"
            out.append(f"> :warning: **{len(self.stateful)} stateful resource(s) would be destroyed or replaced** ({verdict}):")
            out += [f"> - `{address}` ({action}): loses {lost}" for address, action, lost in self.stateful]
            out.append("")
        if self.modules:
            out.append("| module | add | change | destroy | replace |")
            out.append("|---|---:|---:|---:|---:|")
            for module, actions in self.modules.items():
                out.append(f"| `{module}` | " + " | ".join(str(len(actions[a])) for a in ACTIONS) + " |")
            out.append("")
            out.append("<details><summary>Addresses</summary>")
            out.append("")
            for module, actions in self.modules.items():
                for action, addresses in actions.items():
                    if addresses:
                        out.append(f"**{module}** {action}: " + ", ".join(f"`{self._with_reason(a)}`" for a in addresses))
                        out.append("")
            out.append("</details>")
        if self.moved:
            out += ["", f"Moved ({len(self.moved)}): " + ", ".join(f"`{m}`" for m in self.moved)]
        if self.imported:
            out += ["", f"Imported ({len(self.imported)}): " + ", ".join(f"`{i}`" for i in self.imported)]
        return "\n".join(out) + "\n"


# The machine-readable UI's planned_change action -> the action list `terraform show -json` gives the same change.
STREAM_ACTIONS = {"create": ["create"], "update": ["update"], "delete": ["delete"], "replace": ["delete", "create"],
                  "read": ["read"], "noop": ["no-op"], "move": ["no-op"], "import": ["no-op"], "forget": ["forget"],
                  "remove": ["forget"]}


def change_from_stream(event):
    """A `planned_change` event of `terraform plan/apply -json` as the resource_changes entry Summary reads, so a
    plan that was never saved (deploy.sh's first apply) is summarized exactly as `terraform show -json` would be."""
    change = event.get("change") or {}
    resource = change.get("resource") or {}
    address = resource.get("addr", "")
    entry = {
        "address": address,
        # "resource" is the address within its module (data.aws_x.y for a data source), whatever the module is called.
        "mode": "data" if str(resource.get("resource", address)).startswith("data.") else "managed",
        "type": resource.get("resource_type"),
        "name": resource.get("resource_name"),
        "change": {"actions": STREAM_ACTIONS.get(change.get("action"), []),
                   "importing": change.get("importing")},
    }
    if resource.get("module"):
        entry["module_address"] = resource["module"]
    previous = (change.get("previous_resource") or {}).get("addr")
    if previous and previous != address:
        entry["previous_address"] = previous
    if change.get("reason"):
        entry["action_reason"] = change["reason"]
    return entry


# -- drift -----------------------------------------------------------------------------------------

EMPTY = (None, "", [], {})
# Always managed although no resource body names it: the provider's default_tags land in tags_all.
ALWAYS_MANAGED = {"tags_all"}


def differences(before, after, path=""):
    """Attribute paths whose values differ, e.g. ['tags.Owner', 'ingress[0].cidr_blocks'].
    null, "", [] and {} are the same "nothing": providers read unset values back as either."""
    if before in EMPTY and after in EMPTY:
        return []
    if isinstance(before, dict) and isinstance(after, dict):
        found = []
        for key in sorted(set(before) | set(after)):
            found += differences(before.get(key), after.get(key), f"{path}.{key}" if path else key)
        return found
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        found = []
        for index, (b, a) in enumerate(zip(before, after)):
            found += differences(b, a, f"{path}[{index}]")
        return found
    return [] if before == after else [path]


def steps(path):
    """'a.b[0].c' -> ['a', 'b', 0, 'c']"""
    result = []
    for part in path.replace("[", ".[").split("."):
        if part.startswith("["):
            result.append(int(part[1:-1]))
        elif part:
            result.append(part)
    return result


def value_at(document, path):
    current = document
    for step in steps(path):
        if isinstance(step, int):
            current = current[step] if isinstance(current, list) and step < len(current) else None
        else:
            current = current.get(step) if isinstance(current, dict) else None
    return current


def is_sensitive(marks, path):
    """Terraform's *_sensitive mirrors the value's shape with true at sensitive parts."""
    current = marks
    for step in steps(path):
        if current is True:
            return True
        if isinstance(step, int):
            current = current[step] if isinstance(current, list) and step < len(current) else None
        else:
            current = current.get(step) if isinstance(current, dict) else None
    return current is True


def short(value, limit=80):
    text = json.dumps(value, sort_keys=True)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def managed_attributes(config):
    """address -> (attributes the stack sets, attributes it ignores) from the synthesized cdk.tf.json."""
    managed = {}
    for rtype, resources in (config.get("resource") or {}).items():
        for name, body in resources.items():
            ignored = (body.get("lifecycle") or {}).get("ignore_changes") or []
            ignored = {"*"} if ignored == "all" else set(ignored)
            managed[f"{rtype}.{name}"] = (set(body) | ALWAYS_MANAGED, ignored)
    return managed


def drift(plan, config=None):
    """[(address, what, [(path, before, after)])] of a refresh-only plan.

    With the synthesized configuration, only attributes the stack sets count (plus tags_all): values AWS
    alone computes (timestamps, association ids) and inline views of things managed as separate
    resources (a security group's rules, a bucket's encryption) change without anyone changing them."""
    managed = managed_attributes(config) if config else {}
    report = []
    for change in plan.get("resource_drift") or []:
        if change.get("mode", "managed") != "managed":
            continue
        address = change["address"]
        body = change.get("change") or {}
        actions = body.get("actions") or []
        before, after = body.get("before"), body.get("after")
        if actions == ["delete"] or after is None:
            report.append((address, "deleted outside Terraform", []))
            continue
        set_by_stack, ignored = managed.get(address, (None, set()))
        kept = []
        for path in differences(before, after):
            top = steps(path)[0]
            if "*" in ignored or top in ignored or (set_by_stack is not None and top not in set_by_stack):
                continue
            sensitive = is_sensitive(body.get("before_sensitive"), path) or is_sensitive(body.get("after_sensitive"), path)
            kept.append((path, "(sensitive)" if sensitive else short(value_at(before, path)),
                         "(sensitive)" if sensitive else short(value_at(after, path))))
        if kept:
            report.append((address, "changed outside Terraform", kept))
    return report


def drift_text(title, report):
    if not report:
        return f"{title}: no drift, the real resources match Terraform's state"
    lines = [f"{title}: {len(report)} resource(s) differ from Terraform's state"]
    for address, what, attributes in report:
        lines.append(f"  {address}: {what}")
        lines += [f"    {path}: {before} -> {after}" for path, before, after in attributes]
    return "\n".join(lines)


# -- command line ----------------------------------------------------------------------------------

def load(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    summary = commands.add_parser("summary")
    summary.add_argument("plan")
    summary.add_argument("--title", default="plan")
    summary.add_argument("--markdown")
    summary.add_argument("--allow-destroy", metavar="WHY", help="accept stateful losses; WHY is printed (e.g. ALLOW_DESTROY=1)")
    drifted = commands.add_parser("drift")
    drifted.add_argument("plan")
    drifted.add_argument("--title", default="drift")
    drifted.add_argument("--config")
    args = parser.parse_args(argv)

    try:
        plan = load(args.plan)
        config = load(args.config) if getattr(args, "config", None) else None
    except (OSError, ValueError) as problem:
        print(f"{args.title}: cannot read the plan JSON: {problem}", file=sys.stderr)
        return 1
    if args.command == "summary":
        result = Summary(plan)
        print(result.text(args.title))
        if args.markdown:
            with open(args.markdown, "w", encoding="utf-8") as handle:
                handle.write(result.markdown(args.title, args.allow_destroy))
        if result.stateful:
            print(result.stateful_text(args.allow_destroy), file=sys.stderr)
            if not args.allow_destroy:
                return EXIT_STATEFUL_REFUSED
        return 0
    report = drift(plan, config)
    print(drift_text(args.title, report))
    return EXIT_DRIFT if report else 0


if __name__ == "__main__":
    sys.exit(main())
