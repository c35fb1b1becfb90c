"""tf_plan_report.py over real `terraform show -json` output (fixtures/): the summary CI posts, the
stateful-destroy refusal, and drift."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(os.path.dirname(HERE), "tf_plan_report.py")
sys.path.insert(0, os.path.dirname(HERE))
import tf_plan_report  # noqa: E402


def fixture(name):
    return os.path.join(HERE, "fixtures", name)


def load(name):
    with open(fixture(name), encoding="utf-8") as handle:
        return json.load(handle)


def run(*args):
    return subprocess.run([sys.executable, SCRIPT, *args], capture_output=True, text=True, timeout=60)


class Summary(unittest.TestCase):
    def setUp(self):
        self.summary = tf_plan_report.Summary(load("plan-mixed.json"))

    def test_counts_add_change_destroy_replace(self):
        self.assertEqual({"add": 1, "change": 8, "destroy": 2, "replace": 4}, dict(self.summary.totals))
        self.assertEqual("1 to add, 8 to change, 2 to destroy, 4 to replace", self.summary.headline())

    def test_groups_addresses_by_module(self):
        modules = self.summary.modules
        self.assertEqual(["aws_cloudwatch_log_group.glue_extra_log"], modules["glue"]["add"])
        self.assertEqual(["aws_glue_trigger.glue_trigger_start"], modules["glue"]["destroy"])
        self.assertEqual(["aws_db_instance.rds_this"], modules["rds"]["replace"])
        self.assertEqual(["aws_vpc.vpc_this"], modules["vpc"]["change"])
        self.assertEqual(4, len(modules["iam"]["change"]))
        self.assertNotIn("s3", modules, "no-op resources are not listed")

    def test_replace_says_which_attribute_forces_it(self):
        text = self.summary.text("plan dev")
        self.assertIn("rds         replace 1: aws_db_instance.rds_this (forced by db_name)", text)
        self.assertIn("kms         replace 1: aws_kms_alias.kms_this (forced by name)", text)

    def test_stateful_losses_are_the_database_and_the_log_group(self):
        self.assertEqual([("aws_cloudwatch_log_group.rds_log_slowquery", "destroy"), ("aws_db_instance.rds_this", "replace")],
                         [(address, action) for address, action, _ in self.summary.stateful])

    def test_markdown_for_a_pull_request(self):
        markdown = self.summary.markdown("`dev` (offline)", None)
        self.assertTrue(markdown.startswith("### Terraform plan: `dev` (offline)\n\n**1 to add, 8 to change, 2 to destroy, 4 to replace**\n"))
        self.assertIn("| module | add | change | destroy | replace |", markdown)
        self.assertIn("| `rds` | 0 | 0 | 1 | 1 |", markdown)
        self.assertIn("| `glue` | 1 | 1 | 1 | 0 |", markdown)
        self.assertIn("> :warning: **2 stateful resource(s) would be destroyed or replaced** (**the plan is refused** unless `ALLOW_DESTROY=1`):", markdown)
        self.assertIn("> - `aws_db_instance.rds_this` (replace): loses the database", markdown)
        self.assertIn("**rds** replace: `aws_db_instance.rds_this (forced by db_name)`", markdown)

    def test_no_changes(self):
        empty = tf_plan_report.Summary({"resource_changes": [c for c in load("plan-mixed.json")["resource_changes"]
                                                              if c["change"]["actions"] == ["no-op"]]})
        self.assertEqual("plan dev: no changes", empty.text("plan dev"))
        self.assertIn("**No changes.**", empty.markdown("dev", None))
        self.assertEqual([], empty.stateful)

    def test_every_stateful_type_is_explained(self):
        for rtype, lost in tf_plan_report.STATEFUL_TYPES.items():
            self.assertTrue(rtype.startswith("aws_") and lost, rtype)
        for rtype in ("aws_db_instance", "aws_s3_bucket", "aws_kms_key", "aws_secretsmanager_secret", "aws_dynamodb_table"):
            self.assertIn(rtype, tf_plan_report.STATEFUL_TYPES)


class Refusal(unittest.TestCase):
    def test_stateful_destroy_is_refused_with_exit_4_and_the_list(self):
        with tempfile.TemporaryDirectory() as temp:
            markdown = os.path.join(temp, "plan.md")
            result = run("summary", fixture("plan-mixed.json"), "--title", "plan dev", "--markdown", markdown)
            self.assertEqual(4, result.returncode, result.stderr)
            self.assertIn("STATEFUL: 2 stateful resource(s) would be destroyed or replaced (refused; re-run with ALLOW_DESTROY=1", result.stderr)
            self.assertIn("  - aws_db_instance.rds_this (replace): loses the database", result.stderr)
            self.assertTrue(result.stdout.startswith("plan dev: 1 to add, 8 to change, 2 to destroy, 4 to replace\n"))
            with open(markdown, encoding="utf-8") as handle:
                self.assertIn("**the plan is refused**", handle.read())

    def test_allow_destroy_accepts_it_and_says_why(self):
        result = run("summary", fixture("plan-mixed.json"), "--allow-destroy", "ALLOW_DESTROY=1")
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertIn("(allowed by ALLOW_DESTROY=1)", result.stderr)

    def test_unreadable_plan_is_one_line_and_exit_1(self):
        result = run("summary", os.path.join(HERE, "missing.json"), "--title", "plan dev")
        self.assertEqual(1, result.returncode)
        self.assertEqual(1, len(result.stderr.strip().splitlines()), result.stderr)
        self.assertIn("plan dev: cannot read the plan JSON", result.stderr)


class Drift(unittest.TestCase):
    def test_reports_the_resource_and_attributes_changed_behind_terraforms_back(self):
        report = tf_plan_report.drift(load("drift-vpc-changed.json"), load("drift-config.json"))
        self.assertEqual([("aws_vpc.vpc_this", "changed outside Terraform", [
            ("enable_dns_hostnames", "true", "false"),
            ("tags.Owner", "null", '"changed-by-hand"'),
            ("tags_all.Owner", '"data-platform"', '"changed-by-hand"')])], report)

    def test_a_fresh_deploy_has_no_drift_once_computed_values_are_left_out(self):
        self.assertEqual([], tf_plan_report.drift(load("drift-fresh-deploy.json"), load("drift-config.json")))
        # Without the configuration every read-back difference would count.
        self.assertGreater(len(tf_plan_report.drift(load("drift-fresh-deploy.json"))), 3)

    def test_ignore_changes_of_the_stack_is_not_drift(self):
        config = load("drift-config.json")
        config["resource"]["aws_vpc"]["vpc_this"]["lifecycle"] = {"ignore_changes": ["enable_dns_hostnames"]}
        report = tf_plan_report.drift(load("drift-vpc-changed.json"), config)
        self.assertEqual(["tags.Owner", "tags_all.Owner"], [path for path, _, _ in report[0][2]])

    def test_a_resource_deleted_outside_terraform(self):
        plan = {"resource_drift": [{"address": "aws_s3_bucket.s3_lake_this", "mode": "managed",
                                    "change": {"actions": ["delete"], "before": {"bucket": "x"}, "after": None}}]}
        self.assertEqual([("aws_s3_bucket.s3_lake_this", "deleted outside Terraform", [])], tf_plan_report.drift(plan))

    def test_sensitive_values_are_never_printed(self):
        plan = {"resource_drift": [{"address": "aws_db_instance.rds_this", "mode": "managed", "change": {
            "actions": ["update"], "before": {"password": "old-secret"}, "after": {"password": "new-secret"},
            "before_sensitive": {"password": True}, "after_sensitive": {"password": True}}}]}
        text = tf_plan_report.drift_text("drift dev", tf_plan_report.drift(plan))
        self.assertIn("password: (sensitive) -> (sensitive)", text)
        self.assertNotIn("secret", text)

    def test_exit_2_on_drift_and_0_without(self):
        drifted = run("drift", fixture("drift-vpc-changed.json"), "--config", fixture("drift-config.json"), "--title", "drift dev")
        self.assertEqual(2, drifted.returncode, drifted.stderr)
        self.assertEqual(["drift dev: 1 resource(s) differ from Terraform's state",
                          "  aws_vpc.vpc_this: changed outside Terraform",
                          "    enable_dns_hostnames: true -> false",
                          '    tags.Owner: null -> "changed-by-hand"',
                          '    tags_all.Owner: "data-platform" -> "changed-by-hand"'], drifted.stdout.splitlines())
        clean = run("drift", fixture("drift-fresh-deploy.json"), "--config", fixture("drift-config.json"), "--title", "drift dev")
        self.assertEqual(0, clean.returncode, clean.stderr)
        self.assertEqual("drift dev: no drift, the real resources match Terraform's state", clean.stdout.strip())


if __name__ == "__main__":
    unittest.main()
