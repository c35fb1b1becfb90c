"""bench/deploy-profile.py: resource times, queues and the critical path of a recorded apply."""
import importlib.util
import io
import json
import tempfile
import unittest
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
LOG = FIXTURES / "deploy-dev-emulator.log"
PLAN = FIXTURES / "deploy-dev-plan.json"
CONFIG = FIXTURES / "deploy-dev-config.json"

_spec = importlib.util.spec_from_file_location("deploy_profile", BENCH / "deploy-profile.py")
profile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(profile)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = profile.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def event(kind, address, second, action="create"):
    return json.dumps({"@timestamp": f"2026-11-30T10:00:{second:06.3f}Z", "type": kind,
                       "hook": {"resource": {"addr": address}, "action": action}})


def stream(*events):
    version = json.dumps({"@timestamp": "2026-11-30T10:00:00.000Z", "type": "version"})
    return [version + "\n"] + [e + "\n" for e in events]


class RecordedDeployTest(unittest.TestCase):
    """The fixture: dev's first deploy on the emulator with -parallelism=10, recorded on a loaded machine."""

    @classmethod
    def setUpClass(cls):
        with open(LOG) as handle:
            cls.apply, cls.steps = profile.read_log(handle)
        with open(PLAN) as handle:
            cls.graph = profile.dependencies_from_plan(json.load(handle))

    def test_every_resource_has_a_start_and_an_end(self):
        self.assertEqual(169, len(self.apply.resources()))
        self.assertAlmostEqual(80.2, self.apply.duration("aws_db_instance.rds_this"), delta=0.05)

    def test_graph_comes_from_references_and_depends_on(self):
        self.assertIn("aws_kms_key.kms_this", self.graph["aws_db_instance.rds_this"])
        self.assertIn("aws_db_instance.rds_this", self.graph["aws_instance.ec2_tools_host"])

    def test_critical_path_runs_through_the_key_the_log_group_the_database_and_the_tools_host(self):
        blocked = profile.blockers(self.apply, self.graph, profile.DEFAULT_TOLERANCE)
        self.assertEqual(["aws_kms_key.kms_this", "aws_cloudwatch_log_group.rds_log_general",
                          "aws_db_instance.rds_this", "aws_instance.ec2_tools_host"],
                         profile.critical_path(self.apply, blocked))
        # The log group sat ready 7 s: ten slots were busy (four of them with S3 lifecycle waiters).
        self.assertEqual("aws_kms_key.kms_this", blocked["aws_cloudwatch_log_group.rds_log_general"][0])
        self.assertAlmostEqual(7.0, blocked["aws_cloudwatch_log_group.rds_log_general"][1], delta=0.1)

    def test_steps_come_from_the_log_markers(self):
        self.assertEqual(["init", "plan", "show", "apply", "output"], [s[1] for s in self.steps])
        durations = dict(profile.steps_report(self.steps, None))
        self.assertEqual(45, durations["plan"])

    def test_report_names_waits_queues_and_the_path_with_seconds(self):
        code, out, _ = run(LOG, "--plan", PLAN, "--top", 3)
        self.assertEqual(0, code)
        self.assertIn("apply: 169 resources in 143.8 s (first started at 29.0 s)", out)
        self.assertIn("80.2 s  aws_db_instance.rds_this", out)
        self.assertIn("critical path (the configuration's dependency graph):", out)
        self.assertIn("= 29.0 s before the first resource + 104.8 s in resources + 10.0 s queued", out)

    def test_one_line_summary(self):
        code, out, _ = run(LOG, "--plan", PLAN, "--one-line")
        self.assertEqual(0, code)
        self.assertEqual("apply 143.8 s = 29.0 s to the first resource, then aws_kms_key.kms_this 13.7 → "
                         "aws_cloudwatch_log_group.rds_log_general 0.4 → aws_db_instance.rds_this 80.2 → "
                         "aws_instance.ec2_tools_host 10.5 s, 10.0 s of it queued", out.strip())

    def test_without_a_plan_the_blocker_is_inferred_from_timing(self):
        code, out, _ = run(LOG, "--top", 1)
        self.assertEqual(0, code)
        self.assertIn("inferred from timing", out)
        blocked = profile.blockers(self.apply, None, profile.DEFAULT_TOLERANCE)
        self.assertEqual(["aws_db_instance.rds_this", "aws_instance.ec2_tools_host"],
                         profile.critical_path(self.apply, blocked)[-2:])


class SmallStreamTest(unittest.TestCase):

    def read(self, lines):
        apply, _ = profile.read_log(lines)
        return apply

    def test_the_dependency_is_the_blocker_even_when_another_resource_ended_later(self):
        apply = self.read(stream(event("apply_start", "a.x", 1), event("apply_start", "c.z", 1),
                                 event("apply_complete", "a.x", 10), event("apply_complete", "c.z", 11.9),
                                 event("apply_start", "b.y", 12), event("apply_complete", "b.y", 13)))
        graph = {"b.y": {"a.x"}, "a.x": set(), "c.z": set()}
        blocked = profile.blockers(apply, graph, 0.5)
        self.assertEqual(("a.x", 2.0), (blocked["b.y"][0], round(blocked["b.y"][1], 3)))
        self.assertEqual(["a.x", "b.y"], profile.critical_path(apply, blocked))
        self.assertEqual("c.z", profile.blockers(apply, None, 0.5)["b.y"][0])

    def test_dependencies_through_data_sources_and_indexed_instances(self):
        apply = self.read(stream(event("apply_start", "aws_subnet.s[0]", 1), event("apply_complete", "aws_subnet.s[0]", 3),
                                 event("apply_start", "aws_instance.i", 3.1), event("apply_complete", "aws_instance.i", 4)))
        plan = {"configuration": {"root_module": {"resources": [
            {"address": "aws_subnet.s", "expressions": {"cidr_block": {"references": ["var.cidr"]}}},
            {"address": "data.aws_iam_policy_document.p", "expressions": {"x": {"references": ["aws_subnet.s[0].id", "aws_subnet.s"]}}},
            {"address": "aws_instance.i", "expressions": {"user_data": {"references": ["data.aws_iam_policy_document.p.json"]}}},
        ]}}}
        graph = profile.dependencies_from_plan(plan)
        self.assertEqual({"data.aws_iam_policy_document.p"}, graph["aws_instance.i"])
        self.assertEqual(set(), graph["aws_subnet.s"])
        blocked = profile.blockers(apply, graph, 0.5)
        self.assertEqual("aws_subnet.s[0]", blocked["aws_instance.i"][0])

    def test_the_synthesized_configuration_gives_the_graph_terraform_gives(self):
        # cdk.tf.json of dev (construct metadata removed) and `terraform show -json` of a plan of the same stack.
        with open(CONFIG, encoding="utf-8") as handle:
            from_config = profile.dependencies_from_config(json.load(handle))
        with open(PLAN, encoding="utf-8") as handle:
            from_plan = profile.dependencies_from_plan(json.load(handle))
        self.assertEqual(169, len(from_config))
        self.assertEqual(from_plan, from_config)
        self.assertEqual({"aws_cloudwatch_log_group.rds_log_error", "aws_cloudwatch_log_group.rds_log_general",
                          "aws_cloudwatch_log_group.rds_log_slowquery"} <= from_config["aws_db_instance.rds_this"], True)

    def test_config_references_inside_expressions_data_sources_and_depends_on(self):
        config = {"resource": {
            "aws_instance": {"i": {"//": {"metadata": {"path": "aws_vpc.ignored"}},
                                   "user_data": "${templatefile(\"x.sh\", {db = aws_db_instance.d.address})}:${var.port}",
                                   "subnet_id": "${aws_subnet.s[0].id}", "ami": "literal.text ${data.aws_ami.a.id}",
                                   "depends_on": ["aws_iam_role_policy.p"]}},
            "aws_subnet": {"s": {"cidr_block": "10.0.0.0/24", "tags": {"Name": "aws_vpc.not_a_reference"}}},
            "aws_s3_object": {"o": {"tags": "${merge({a = \"}\"}, aws_kms_key.k.tags)}"}}},
            "data": {"aws_ami": {"a": {"owners": ["${local.owner}"]}}}}
        graph = profile.dependencies_from_config(config)
        self.assertEqual({"aws_db_instance.d", "aws_subnet.s", "data.aws_ami.a", "aws_iam_role_policy.p"}, graph["aws_instance.i"])
        self.assertEqual(set(), graph["aws_subnet.s"])
        self.assertEqual(set(), graph["data.aws_ami.a"])
        # A reference after a nested object (with a brace inside a string) is still found.
        self.assertEqual({"aws_kms_key.k"}, graph["aws_s3_object.o"])

    def test_report_with_the_configuration_names_its_graph(self):
        code, out, _ = run(LOG, "--config", CONFIG, "--one-line")
        self.assertEqual(0, code)
        self.assertIn("aws_kms_key.kms_this", out)
        code, out, _ = run(LOG, "--config", CONFIG, "--top", "1")
        self.assertIn("critical path (the configuration's dependency graph):", out)

    def test_the_last_apply_of_a_log_is_profiled(self):
        first = stream(event("apply_start", "old.x", 1), event("apply_complete", "old.x", 2))
        second = stream(event("apply_start", "new.y", 1), event("apply_complete", "new.y", 5))
        apply = self.read(["=== deploy step apply: terraform apply (2026-11-30T10:00:00Z)\n"] + first + ["plain text\n"] + second)
        self.assertEqual(["new.y"], apply.resources())

    def test_a_failed_resource_is_reported(self):
        with tempfile.TemporaryDirectory() as tmp:
            log = Path(tmp) / "apply.log"
            log.write_text("".join(stream(event("apply_start", "a.x", 1), event("apply_errored", "a.x", 4))))
            code, out, _ = run(log)
        self.assertEqual(0, code)
        self.assertIn("failed: a.x", out)


class BadInputTest(unittest.TestCase):

    def test_a_log_without_apply_events_exits_1_with_one_sentence(self):
        with tempfile.TemporaryDirectory() as tmp:
            log = Path(tmp) / "plan.log"
            log.write_text("=== deploy step plan: terraform plan (2026-11-30T10:00:00Z)\nNo changes.\n")
            code, out, err = run(log)
        self.assertEqual(1, code)
        self.assertEqual("", out)
        self.assertIn("holds no `terraform apply -json` resource events", err)

    def test_a_missing_log_exits_2(self):
        code, _, err = run("/nonexistent/deploy.log")
        self.assertEqual(2, code)
        self.assertIn("deploy-profile: cannot read input", err)

    def test_a_plan_that_is_not_json_exits_2(self):
        with tempfile.TemporaryDirectory() as tmp:
            plan = Path(tmp) / "plan.json"
            plan.write_text("not json")
            code, _, err = run(LOG, "--plan", plan)
        self.assertEqual(2, code)
        self.assertIn("cannot read input", err)


if __name__ == "__main__":
    unittest.main()
