"""Unit tests of the drivers' pure parts: glue_common and the job folders (stdlib only, no Spark).

Run from the repository root (make script-test):
    python3 -m unittest discover -s glue-scripts/tests -v

The logic itself is Spark SQL (glue-scripts/<job>/sql/) and runs on real Spark in the JUnit tests
(io.glueplatform.glue.spark); these tests cover what runs before Spark starts.
"""

import ast
import importlib.util
import json
import math
import os
import re
import sys
import tempfile
import unittest
import zipfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

SCRIPTS_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(SCRIPTS_DIR))

import glue_common  # noqa: E402  (needs the path above)

JOBS = sorted(p.name for p in SCRIPTS_DIR.iterdir() if (p / glue_common.MANIFEST).is_file())


def _seconds(duration):
    match = re.fullmatch(r"([0-9]+)(ms|s|m|min|h)", duration)
    if not match:
        raise AssertionError(f"unexpected duration format {duration!r}")
    value, unit = int(match.group(1)), match.group(2)
    return value * {"ms": 0.001, "s": 1, "m": 60, "min": 60, "h": 3600}[unit]


def _manifest(job):
    return glue_common.load_manifest(job)


class JobFoldersTest(unittest.TestCase):
    def test_the_six_jobs_are_folders(self):
        self.assertEqual(JOBS, ["customer-data-cleansing", "data-processing", "data-quality", "feature-engineering",
                                "orders-enrichment", "warehouse-load"])

    def test_each_driver_imports_without_spark_and_only_calls_run_job_with_its_folder(self):
        for job in JOBS:
            with self.subTest(job=job):
                manifest = _manifest(job)
                path = SCRIPTS_DIR / job / manifest["driver"]
                spec = importlib.util.spec_from_file_location("driver_" + job.replace("-", "_"), path)
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)  # __name__ is not "__main__": nothing runs
                self.assertIs(module.run_job, glue_common.run_job)
                calls = [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                         if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "run_job"]
                self.assertEqual(len(calls), 1)
                self.assertEqual(calls[0].args[0].value, job)
        self.assertNotIn("pyspark", sys.modules)
        self.assertNotIn("awsglue", sys.modules)

    def test_manifests_name_their_folder_and_their_sql_files_exist_in_order(self):
        for job in JOBS:
            with self.subTest(job=job):
                manifest = _manifest(job)
                self.assertEqual(manifest["name"], job)
                views = [view for view, _ in glue_common.load_sql(job, manifest)]
                self.assertEqual(len(views), len(set(views)))
                listed = sorted(manifest["sql"])
                self.assertEqual(manifest["sql"], listed, "SQL files run in file-name order")
                self.assertEqual(sorted(os.listdir(SCRIPTS_DIR / job / "sql")), listed)
                for output in manifest["outputs"]:
                    self.assertIn(output["view"], views + [i["name"] for i in manifest["inputs"]])

    def test_sql_is_one_statement_without_python_formatting(self):
        for job in JOBS:
            for view, text in glue_common.load_sql(job, _manifest(job)):
                with self.subTest(job=job, view=view):
                    # The text runs unchanged in Glue and in the tests: no templating, no statement separator.
                    self.assertNotIn(";", re.sub(r"--.*", "", text))
                    self.assertNotRegex(text, r"\{[a-z_]+\}")

    def test_argument_types_are_known_and_every_job_takes_its_arguments_from_the_manifest(self):
        for job in JOBS:
            manifest = _manifest(job)
            for name, spec in manifest["arguments"].items():
                with self.subTest(job=job, argument=name):
                    self.assertIn(spec["type"], glue_common.ARGUMENT_TYPES)
                    self.assertRegex(name, r"^[A-Z][A-Z0-9_]*$")
            self.assertEqual(glue_common.required_arguments(manifest)[0], "JOB_NAME")

    def test_view_names_come_from_file_names(self):
        self.assertEqual(glue_common.view_name("10_cleansed.sql"), "cleansed")
        for bad in ["cleansed.sql", "1_x.sql", "10_Cleansed.sql", "10_x.SQL", "10_x-y.sql"]:
            with self.subTest(file=bad):
                with self.assertRaisesRegex(ValueError, "NN_<view>.sql"):
                    glue_common.view_name(bad)


class SparkSettingsTest(unittest.TestCase):
    def test_network_timeout_is_600s_for_every_job(self):
        spark_conf, sql_conf = glue_common.spark_settings()
        self.assertEqual(spark_conf["spark.network.timeout"], "600s")
        # Spark refuses to start unless the heartbeat is below the timeout.
        self.assertLess(_seconds(spark_conf["spark.executor.heartbeatInterval"]), _seconds(spark_conf["spark.network.timeout"]) / 2)
        self.assertEqual(sql_conf["spark.sql.session.timeZone"], "UTC")
        self.assertEqual(sql_conf["spark.sql.ansi.enabled"], "false")

    def test_settings_reach_the_spark_conf_before_the_context_starts(self):
        source = (SCRIPTS_DIR / "glue_common" / "__init__.py").read_text(encoding="utf-8")
        self.assertIn("SparkContext.getOrCreate(SparkConf().setAll(list(spark_conf.items())))", source)

    def test_no_top_level_spark_or_glue_imports(self):
        tree = ast.parse((SCRIPTS_DIR / "glue_common" / "__init__.py").read_text(encoding="utf-8"))
        for node in tree.body:
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                self.assertNotIn(name.split(".")[0], ("pyspark", "awsglue"), f"top-level import of {name}")

    def test_bookmarks_commit_only_after_the_outputs_and_the_verdict(self):
        source = (SCRIPTS_DIR / "glue_common" / "__init__.py").read_text(encoding="utf-8")
        body = source[source.index("def run_job("):]
        self.assertLess(body.index("glue_job.init("), body.index("_write_output("))
        self.assertLess(body.index("_write_output("), body.index("raise JobFailed"))
        self.assertLess(body.index("raise JobFailed"), body.index("glue_job.commit()"))


class ValidateArgsTest(unittest.TestCase):
    CLEANSING = {"JOB_NAME": "j", "SOURCE_CONNECTION": "dev-glue-mysql", "SOURCE_TABLE": "customers",
                 "TARGET_PATH": "s3://lake-bucket/processed/customers"}
    QUALITY = {"JOB_NAME": "j", "SOURCE_PATH": "s3://lake/processed/events/", "REPORT_PATH": "s3://outputs-bucket/data-quality",
               "MIN_ROWS": "10", "MAX_NULL_RATIO": "0.25"}

    def test_valid_arguments_are_typed_and_paths_normalised(self):
        args = glue_common.validate_args(_manifest("customer-data-cleansing"), self.CLEANSING)
        self.assertEqual(args["TARGET_PATH"], "s3://lake-bucket/processed/customers/")
        quality = glue_common.validate_args(_manifest("data-quality"), self.QUALITY)
        self.assertEqual((quality["MIN_ROWS"], quality["MAX_NULL_RATIO"]), (10, 0.25))
        self.assertEqual(quality["REPORT_PATH"], "s3://outputs-bucket/data-quality/")

    def test_every_missing_argument_is_reported_at_once(self):
        for job in JOBS:
            manifest = _manifest(job)
            with self.subTest(job=job):
                with self.assertRaises(ValueError) as ctx:
                    glue_common.validate_args(manifest, {"JOB_NAME": "  "})
                for name in glue_common.required_arguments(manifest):
                    self.assertIn(f"--{name}", str(ctx.exception))
                self.assertTrue(str(ctx.exception).startswith(f"{job}: invalid arguments: "))

    def test_bad_values_name_the_argument(self):
        cases = {
            ("customer-data-cleansing", "SOURCE_TABLE"): ["customers; DROP TABLE x", "a.b.c", "1abc", "cust-omers"],
            ("customer-data-cleansing", "TARGET_PATH"): ["/tmp/out", "s3://Lake/x/", "s3://lake-bucket", "s3://lake-bucket/", "s3a://lake-bucket/x/"],
            ("customer-data-cleansing", "SOURCE_CONNECTION"): ["has space", "-x"],
            ("data-quality", "MIN_ROWS"): ["-1", "1.5", "ten", "1e3"],
            ("data-quality", "MAX_NULL_RATIO"): ["-0.1", "1.5", "nan", "inf", "abc"],
            ("data-quality", "REPORT_PATH"): ["s3://outputs-bucket", "outputs-bucket/data-quality"],
            ("warehouse-load", "TARGET_TABLE"): ["customer_features"],
        }
        bases = {"customer-data-cleansing": self.CLEANSING, "data-quality": self.QUALITY,
                 "warehouse-load": {"JOB_NAME": "j", "SOURCE_PATH": "s3://lake/curated/f/", "TARGET_TABLE": "public.f",
                                    "TEMP_PATH": "s3://lake/tmp/", "REDSHIFT_CONNECTION": "dev-glue-redshift"}}
        for (job, name), values in cases.items():
            glue_common.validate_args(_manifest(job), bases[job])  # the base is valid
            for value in values:
                with self.subTest(job=job, argument=name, value=value):
                    with self.assertRaisesRegex(ValueError, name):
                        glue_common.validate_args(_manifest(job), {**bases[job], name: value})

    def test_paths_that_contain_one_another_are_refused(self):
        for job, source, target in [("feature-engineering", "s3://lake/processed/", "s3://lake/processed/customer_features/"),
                                    ("data-processing", "s3://lake/raw/events/", "s3://lake/raw/events/processed/")]:
            with self.subTest(job=job):
                with self.assertRaisesRegex(ValueError, "SOURCE_PATH and TARGET_PATH must not contain one another"):
                    glue_common.validate_args(_manifest(job), {"JOB_NAME": "j", "SOURCE_PATH": source, "TARGET_PATH": target})

    def test_ratio_nan_is_refused(self):
        self.assertTrue(math.isnan(float("nan")))
        with self.assertRaisesRegex(ValueError, r"MAX_NULL_RATIO must be a number in \[0, 1\]"):
            glue_common.validate_args(_manifest("data-quality"), {**self.QUALITY, "MAX_NULL_RATIO": "NaN"})


class RunViewTest(unittest.TestCase):
    def test_run_values_are_utc_and_include_numeric_arguments(self):
        manifest = _manifest("data-quality")
        args = glue_common.validate_args(manifest, ValidateArgsTest.QUALITY)
        late_evening_ny = datetime(2024, 3, 1, 22, 0, 5, 123456, tzinfo=timezone(timedelta(hours=-5)))
        values = glue_common.run_values(manifest, args, late_evening_ny)
        self.assertEqual(values["as_of_date"], date(2024, 3, 2))
        self.assertEqual(glue_common.run_view_sql(values),
                         "SELECT DATE'2024-03-02' AS as_of_date, TIMESTAMP'2024-03-02 03:00:05' AS run_ts, "
                         "CAST(10 AS BIGINT) AS min_rows, CAST(0.25 AS DOUBLE) AS max_null_ratio")

    def test_no_data_errors_recognised(self):
        self.assertTrue(glue_common.is_no_data_error("Unable to infer schema for Parquet. It must be specified manually."))
        self.assertTrue(glue_common.is_no_data_error("Path does not exist: s3://lake/processed/events"))
        self.assertFalse(glue_common.is_no_data_error("Access Denied"))


class BundleTest(unittest.TestCase):
    """On Glue, glue_common and the jobs' manifests and SQL come from one zip on the Python path."""

    def test_manifests_and_sql_load_from_the_zip(self):
        with tempfile.TemporaryDirectory() as tmp:
            bundle = Path(tmp) / "glue_common.zip"
            with zipfile.ZipFile(bundle, "w") as zf:
                for path in sorted((SCRIPTS_DIR / "glue_common").iterdir()):
                    if path.is_file():
                        zf.write(path, f"glue_common/{path.name}")
                for job in JOBS:
                    zf.write(SCRIPTS_DIR / job / "job.json", f"{job}/job.json")
                    for sql in _manifest(job)["sql"]:
                        zf.write(SCRIPTS_DIR / job / "sql" / sql, f"{job}/sql/{sql}")
            code = ("import sys; sys.path.insert(0, sys.argv[1]); import glue_common, json; "
                    "m = glue_common.load_manifest('data-quality'); "
                    "print(json.dumps([glue_common.__file__, [v for v, _ in glue_common.load_sql('data-quality', m)], "
                    "glue_common.spark_settings()[0]['spark.network.timeout']]))")
            import subprocess
            out = subprocess.run([sys.executable, "-c", code, str(bundle)], capture_output=True, text=True, check=True, cwd=tmp)
            origin, views, timeout = json.loads(out.stdout)
            self.assertIn("glue_common.zip", origin)
            self.assertEqual(views, ["metrics", "checks", "report", "failed_checks"])
            self.assertEqual(timeout, "600s")


if __name__ == "__main__":
    unittest.main()
