"""tf_progress.py replays real `terraform apply -json` streams (fixtures/) on the events' own clock."""
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import tf_plan_report  # noqa: E402
import tf_progress  # noqa: E402


def fixture(name):
    with open(os.path.join(HERE, "fixtures", name), encoding="utf-8") as handle:
        return handle.read().splitlines()


def replay(name, mode, title="apply"):
    out = io.StringIO()
    progress = tf_progress.render(fixture(name), out, mode, title)
    return progress, out.getvalue().splitlines()


class SuccessfulApply(unittest.TestCase):
    def test_counts_every_planned_resource_as_done(self):
        progress, lines = replay("apply-dev-emulator.jsonl", "lines")
        self.assertEqual(165, progress.total)
        self.assertEqual(165, progress.done)
        self.assertEqual([], progress.errors)
        self.assertEqual("Apply complete! Resources: 165 added, 0 changed, 0 destroyed.", lines[-2])
        self.assertRegex(lines[-1], r"^apply: 165/165 resources in 3m1\ds$")

    def test_lines_mode_names_each_finished_resource_and_what_is_still_waited_on(self):
        _, lines = replay("apply-dev-emulator.jsonl", "lines")
        self.assertTrue(lines[0].startswith("[1/165] 5s created aws_iam_role.iam_ecs_task_execution — waiting: aws_db_parameter_group.rds_this (1s), "), lines[0])
        self.assertTrue(lines[0].endswith(", +6 more"), lines[0])
        # The database is the last one: a heartbeat while nothing else finishes says what is being waited on.
        heartbeats = [line for line in lines if line.endswith("— waiting: aws_db_instance.rds_this (2m00s)")]
        self.assertEqual(1, len(heartbeats), "\n".join(lines[-20:]))
        self.assertRegex(heartbeats[0], r"^\[154/165\] 2m23s — waiting: aws_db_instance.rds_this \(2m00s\)$")
        self.assertIn("[155/165] 3m03s created aws_db_instance.rds_this", lines)
        self.assertEqual("[165/165] 3m14s created aws_instance.ec2_tools_host", lines[-3])

    def test_ci_mode_prints_one_line_per_ten_percent_and_the_summary(self):
        _, lines = replay("apply-dev-emulator.jsonl", "ci")
        percents = [line.rsplit("(", 1)[1] for line in lines if line.startswith("[")]
        self.assertEqual(["10 %)", "20 %)", "30 %)", "40 %)", "50 %)", "60 %)", "70 %)", "80 %)", "90 %)", "100 %)"], percents)
        self.assertEqual(12, len(lines), "\n".join(lines))
        self.assertTrue(lines[0].startswith("[17/165] "))

    def test_status_line_shows_the_longest_waits_first(self):
        progress = tf_progress.Progress(live=False)
        for event in map(json.loads, fixture("apply-dev-emulator.jsonl")):
            progress.handle(event)
            if progress.done == 154:
                break
        self.assertRegex(progress.status_line(), r"^\[154/165\] 1m04s — waiting: aws_db_instance.rds_this \(40s\)$")


class FailedApply(unittest.TestCase):
    def test_prints_terraforms_full_errors_and_what_was_interrupted(self):
        progress, lines = replay("apply-emulator-stopped.jsonl", "lines")
        text = "\n".join(lines)
        self.assertEqual(2, len(progress.errors))
        self.assertIn("Error: waiting for RDS DB Instance (dev-mysql) delete: operation error RDS: DescribeDBInstances, "
                      "exceeded maximum number of attempts, 9", text)
        self.assertIn("connect: connection refused", text)
        self.assertIn("  with aws_s3_bucket_lifecycle_configuration.s3_outputs_this", text)
        self.assertIn("apply: aws_db_instance.rds_this failed", text)
        self.assertRegex(lines[-1], r"^apply: 2 error\(s\) after 1m36s; 1 of 15 resources done; failed: "
                                    r"aws_s3_bucket_lifecycle_configuration.s3_outputs_this, aws_db_instance.rds_this$")
        self.assertNotIn("Apply complete", text)

    def test_a_replace_counts_once_and_only_when_both_halves_are_done(self):
        progress, lines = replay("apply-emulator-stopped.jsonl", "lines")
        self.assertEqual(2, progress.expected["aws_db_instance.rds_this"])
        self.assertIn("[0/15] 17s destroyed aws_ecs_task_definition.containers_task_data_processing", lines[0])

    def test_errors_are_printed_in_ci_mode_too(self):
        _, lines = replay("apply-emulator-stopped.jsonl", "ci")
        self.assertTrue(any(line.startswith("Error: waiting for RDS DB Instance (dev-mysql) delete") for line in lines), lines)


class Destroy(unittest.TestCase):
    def test_destroy_stream(self):
        progress, lines = replay("destroy-targeted.jsonl", "ci", title="destroy")
        self.assertEqual((4, 4), (progress.done, progress.total))
        self.assertIn("[2/4] 21s — waiting: aws_glue_trigger.glue_trigger_start (0s), "
                      "aws_s3_bucket_lifecycle_configuration.s3_outputs_this (0s) (50 %)", lines)
        self.assertIn("Apply complete! Resources: 0 added, 0 changed, 4 destroyed.", lines)
        self.assertIn("destroy: 1 warning(s): Applied changes may be incomplete", lines)
        self.assertEqual("destroy: 4/4 resources in 21s", lines[-1])


class PlanInTheSameRun(unittest.TestCase):
    """deploy.sh's first apply to an emulator: `terraform apply -json` without a saved plan plans, then applies."""

    def replay_first_apply(self, markdown=None):
        out = io.StringIO()
        tf_progress.render(fixture("first-apply-dev-emulator.jsonl"), out, "ci", "apply", "deploy dev", markdown)
        return out.getvalue().splitlines()

    def test_the_plan_summary_is_the_one_show_json_gives_and_comes_before_the_first_resource(self):
        lines = self.replay_first_apply()
        with open(os.path.join(HERE, "fixtures", "first-apply-dev-show.json"), encoding="utf-8") as handle:
            expected = tf_plan_report.Summary(json.load(handle)).text("deploy dev").splitlines()
        self.assertEqual("deploy dev: 169 to add, 0 to change, 0 to destroy, 0 to replace", expected[0])
        self.assertEqual(expected, lines[:len(expected)])
        self.assertTrue(lines[len(expected)].startswith("[17/169] "), lines[len(expected)])

    def test_the_markdown_summary_is_written_and_named(self):
        with tempfile.TemporaryDirectory() as tmp:
            markdown = os.path.join(tmp, "deploy.md")
            lines = self.replay_first_apply(markdown)
            with open(markdown, encoding="utf-8") as handle:
                written = handle.read()
        self.assertIn(f"deploy dev: Markdown summary {markdown}", lines)
        self.assertTrue(written.startswith("### Terraform plan: deploy dev\n\n**169 to add, 0 to change, 0 to destroy, 0 to replace**"), written[:200])
        self.assertIn("| `kms` | 2 | 0 | 0 | 0 |", written)

    def test_without_a_plan_title_nothing_is_added(self):
        _, lines = replay_lines(fixture("first-apply-dev-emulator.jsonl"))
        self.assertFalse(any(line.startswith("deploy dev") for line in lines), lines[:3])

    def test_a_plan_that_destroys_replaces_and_moves_reads_as_show_json_reads_it(self):
        # A real plan of dev on the emulator: the database renamed (replace), a trigger removed, the KMS alias moved,
        # a retention changed. The stream's changes, fed to the summary, match `terraform show -json` of the same plan,
        # stateful losses included; only a replace's reason is Terraform's code instead of the attribute that forced it.
        progress = tf_progress.Progress(live=False)
        for line in fixture("plan-mixed-dev-emulator.jsonl"):
            progress.handle(json.loads(line))
        from_stream = tf_plan_report.Summary({"resource_changes": progress.planned})
        with open(os.path.join(HERE, "fixtures", "plan-mixed-dev-show.json"), encoding="utf-8") as handle:
            from_show = tf_plan_report.Summary(json.load(handle))
        self.assertEqual("0 to add, 8 to change, 1 to destroy, 3 to replace", from_show.headline())
        self.assertEqual(from_show.headline(), from_stream.headline())
        self.assertEqual({m: {a: sorted(x) for a, x in acts.items()} for m, acts in from_show.modules.items()},
                         {m: {a: sorted(x) for a, x in acts.items()} for m, acts in from_stream.modules.items()})
        self.assertEqual(from_show.moved, from_stream.moved)
        self.assertEqual(["aws_kms_alias.kms_this -> aws_kms_alias.kms_platform"], from_stream.moved)
        self.assertEqual(sorted(from_show.stateful), sorted(from_stream.stateful))
        self.assertIn("aws_db_instance.rds_this", [address for address, _, _ in from_stream.stateful])
        self.assertEqual("forced by db_name", from_show.reasons["aws_db_instance.rds_this"])
        self.assertEqual("cannot_update", from_stream.reasons["aws_db_instance.rds_this"])


class ChangeFromStream(unittest.TestCase):
    def change(self, addr, module, resource, action="create"):
        return tf_plan_report.change_from_stream({"type": "planned_change", "change": {"action": action, "resource": {
            "addr": addr, "module": module, "resource": resource, "resource_type": resource.split(".")[-2],
            "resource_name": resource.split(".")[-1].split("[")[0]}}})

    def test_data_sources_are_told_by_their_address_within_the_module(self):
        self.assertEqual("data", self.change("data.aws_region.r", "", "data.aws_region.r", "read")["mode"])
        self.assertEqual("data", self.change("module.m.data.aws_region.r", "module.m", "data.aws_region.r", "read")["mode"])
        # A module called "data", or an instance key with ".data." in it, is no data source.
        self.assertEqual("managed", self.change("module.data.aws_s3_object.x", "module.data", "aws_s3_object.x")["mode"])
        self.assertEqual("managed", self.change('aws_s3_object.x["raw.data.csv"]', "", 'aws_s3_object.x["raw.data.csv"]')["mode"])
        summary = tf_plan_report.Summary({"resource_changes": [
            self.change("module.data.aws_s3_object.x", "module.data", "aws_s3_object.x")]})
        self.assertEqual(1, summary.totals["add"])


class Outputs(unittest.TestCase):
    """The outputs of an apply's `outputs` event, printed as `terraform output` prints them, or not at all."""

    def event(self, name):
        with open(os.path.join(HERE, "fixtures", name), encoding="utf-8") as handle:
            return json.load(handle)["outputs"]

    def expected(self, name):
        with open(os.path.join(HERE, "fixtures", name), encoding="utf-8") as handle:
            return handle.read()

    def test_dev_prints_what_terraform_output_printed_after_the_same_deploy(self):
        self.assertEqual(self.expected("outputs-dev.txt"), tf_progress.format_outputs(self.event("outputs-dev-event.json")))

    def test_every_kind_of_value_terraform_output_was_seen_printing(self):
        # outputs-types.tf.json applied by Terraform 1.11.4: its outputs event and `terraform output` of the state.
        # A fraction, a multi-line and a non-ASCII string are printed differently by Terraform: never guessed.
        outputs = self.event("outputs-types-event.json")
        with self.assertRaises(tf_progress.NotExact):
            tf_progress.format_outputs(outputs)
        unsure = ("c_fraction", "k_multiline", "l_unicode")
        expected = "".join(block for block in re.split(r"(?m)^(?=[a-z_]+ = )", self.expected("outputs-types.txt"))
                           if block and block.split(" = ")[0] not in unsure)
        self.assertIn('h_nested = [\n  {\n    "name" = "x"\n    "ports" = [\n      1,\n', expected)
        self.assertEqual(expected, tf_progress.format_outputs({k: v for k, v in outputs.items() if k not in unsure}))

    def test_lists_sets_maps_and_nulls_inside_values_are_left_to_terraform(self):
        # outputs-typed.tf.json applied by Terraform 1.11.4: `terraform output` prints tolist(...), toset(...),
        # tomap(...) and typed nulls (outputs-typed.txt), which the event's values alone do not tell.
        outputs = self.event("outputs-typed-event.json")
        self.assertIn("a_list = tolist([", self.expected("outputs-typed.txt"))
        for name in ("a_list", "b_set", "c_map", "d_object_with_null", "e_tuple_with_null"):
            with self.subTest(name=name), self.assertRaises(tf_progress.NotExact):
                tf_progress.format_outputs({name: outputs[name]})
        self.assertEqual('f_plain = "kept"\n', tf_progress.format_outputs({"f_plain": outputs["f_plain"]}))

    def test_the_plans_own_outputs_event_is_not_taken_for_the_applied_one(self):
        progress = tf_progress.Progress(live=False)
        progress.handle({"type": "outputs", "outputs": {"secret": {"sensitive": True, "action": "create"}}})
        self.assertIsNone(progress.outputs)

    def test_the_file_is_written_only_for_a_successful_apply_it_can_reproduce(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "deploy-outputs.txt")
            progress = tf_progress.Progress(live=False)
            progress.handle({"type": "outputs", "outputs": self.event("outputs-dev-event.json")})
            tf_progress.write_outputs(progress, path)
            with open(path, encoding="utf-8") as handle:
                self.assertEqual(self.expected("outputs-dev.txt"), handle.read())
            progress.handle({"type": "outputs", "outputs": self.event("outputs-types-event.json")})
            tf_progress.write_outputs(progress, path)
            self.assertFalse(os.path.exists(path), "an output it cannot reproduce: no file, the caller asks Terraform")
            progress.handle({"type": "outputs", "outputs": self.event("outputs-dev-event.json")})
            progress.failed.append("aws_db_instance.rds_this")
            tf_progress.write_outputs(progress, path)
            self.assertFalse(os.path.exists(path), "a failed apply: no outputs")

    def test_the_process_writes_the_file_from_the_stream(self):
        with open(os.path.join(HERE, "fixtures", "outputs-dev-event.json"), encoding="utf-8") as handle:
            stream = handle.read()
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "out.txt")
            result = subprocess.run([sys.executable, os.path.join(os.path.dirname(HERE), "tf_progress.py"), "--mode", "ci",
                                     "--outputs-file", path], input=stream, capture_output=True, text=True, timeout=60)
            self.assertEqual(0, result.returncode, result.stderr)
            with open(path, encoding="utf-8") as handle:
                self.assertEqual(self.expected("outputs-dev.txt"), handle.read())


class Robustness(unittest.TestCase):
    def test_plain_text_lines_are_kept(self):
        _, lines = replay_lines(["Error: Invalid plan file", '{"type":"version","@timestamp":"2026-11-30T18:00:00Z"}'])
        self.assertIn("Error: Invalid plan file", lines)

    def test_the_process_reads_to_the_end_and_exits_0_even_for_garbage(self):
        stream = "\n".join(fixture("apply-emulator-stopped.jsonl") + ["{not json", "[1, 2]"]) + "\n"
        result = subprocess.run([sys.executable, os.path.join(os.path.dirname(HERE), "tf_progress.py"), "--mode", "ci"],
                                input=stream, capture_output=True, text=True, timeout=60)
        self.assertEqual(0, result.returncode, result.stderr)
        self.assertIn("{not json", result.stdout)
        self.assertIn("apply: 2 error(s)", result.stdout)

    def test_mode_follows_ci_and_terminal(self):
        out = io.StringIO()
        self.assertEqual("ci", tf_progress.choose_mode("auto", out, {"CI": "true"}))
        self.assertEqual("lines", tf_progress.choose_mode("auto", out, {}))
        self.assertEqual("tty", tf_progress.choose_mode("tty", out, {"CI": "true"}))

    def test_durations(self):
        self.assertEqual(["0s", "59s", "1m00s", "2m10s", "1h01m"],
                         [tf_progress.format_duration(s) for s in (0, 59, 60, 130, 3660)])


def replay_lines(lines):
    out = io.StringIO()
    progress = tf_progress.render(lines, out, "lines", "apply")
    return progress, out.getvalue().splitlines()


if __name__ == "__main__":
    unittest.main()
