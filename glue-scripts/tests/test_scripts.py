"""Unit tests for the pure-Python parts of the Glue scripts (stdlib only).

Run from the repository root:
    python3 -m unittest discover -s glue-scripts/tests -v

The scripts' file names start with digits, so they are loaded by path. Loading
them here also proves they import without pyspark/awsglue installed.
"""

import ast
import importlib.util
import json
import re
import sys
import unittest
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

SCRIPTS_DIR = Path(__file__).resolve().parent.parent
SCRIPT_FILES = {
    "cleansing": "1_data_cleansing.py",
    "features": "2_feature_engineering.py",
    "processing": "3_data_processing.py",
    "quality": "4_data_quality.py",
}


def load_script(filename):
    module_name = "glue_script_" + Path(filename).stem
    spec = importlib.util.spec_from_file_location(module_name, SCRIPTS_DIR / filename)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cleansing = load_script(SCRIPT_FILES["cleansing"])
features = load_script(SCRIPT_FILES["features"])
processing = load_script(SCRIPT_FILES["processing"])
quality = load_script(SCRIPT_FILES["quality"])
MODULES = {"cleansing": cleansing, "features": features, "processing": processing, "quality": quality}


def _seconds(duration):
    match = re.fullmatch(r"([0-9]+)(ms|s|m|min|h)", duration)
    if not match:
        raise AssertionError(f"unexpected duration format {duration!r}")
    value, unit = int(match.group(1)), match.group(2)
    return value * {"ms": 0.001, "s": 1, "m": 60, "min": 60, "h": 3600}[unit]


class CommonStructureTest(unittest.TestCase):
    """Properties every script must have."""

    def test_expected_job_arguments(self):
        self.assertEqual(cleansing.REQUIRED_ARGS, ["JOB_NAME", "SOURCE_CONNECTION", "SOURCE_TABLE", "TARGET_PATH"])
        self.assertEqual(features.REQUIRED_ARGS, ["JOB_NAME", "SOURCE_PATH", "TARGET_PATH"])
        self.assertEqual(processing.REQUIRED_ARGS, ["JOB_NAME", "SOURCE_PATH", "TARGET_PATH"])
        self.assertEqual(
            quality.REQUIRED_ARGS, ["JOB_NAME", "SOURCE_PATH", "REPORT_PATH", "MIN_ROWS", "MAX_NULL_RATIO"]
        )

    def test_job_names(self):
        self.assertEqual(cleansing.JOB, "customer-data-cleansing")
        self.assertEqual(features.JOB, "feature-engineering")
        self.assertEqual(processing.JOB, "data-processing")
        self.assertEqual(quality.JOB, "data-quality")

    def test_network_timeout_is_600s_in_every_script(self):
        for key, filename in SCRIPT_FILES.items():
            with self.subTest(script=filename):
                settings = MODULES[key].SPARK_CONF_SETTINGS
                self.assertEqual(settings["spark.network.timeout"], "600s")
                heartbeat = _seconds(settings["spark.executor.heartbeatInterval"])
                # Spark refuses to start unless the heartbeat is below the timeout.
                self.assertLess(heartbeat, _seconds(settings["spark.network.timeout"]) / 2)

    def test_source_applies_network_timeout_before_context_creation(self):
        for filename in SCRIPT_FILES.values():
            with self.subTest(script=filename):
                source = (SCRIPTS_DIR / filename).read_text(encoding="utf-8")
                self.assertRegex(source, r'"spark\.network\.timeout":\s*"600s"')
                # The settings must reach the SparkConf the context is built from.
                self.assertIn(
                    "SparkContext.getOrCreate(SparkConf().setAll(list(SPARK_CONF_SETTINGS.items())))", source
                )

    def test_no_top_level_spark_or_glue_imports(self):
        for filename in SCRIPT_FILES.values():
            with self.subTest(script=filename):
                tree = ast.parse((SCRIPTS_DIR / filename).read_text(encoding="utf-8"))
                for node in tree.body:
                    names = []
                    if isinstance(node, ast.Import):
                        names = [alias.name for alias in node.names]
                    elif isinstance(node, ast.ImportFrom):
                        names = [node.module or ""]
                    for name in names:
                        self.assertFalse(
                            name.split(".")[0] in ("pyspark", "awsglue"), f"top-level import of {name}"
                        )
        self.assertNotIn("pyspark", sys.modules)
        self.assertNotIn("awsglue", sys.modules)

    def test_main_imports_glue_and_spark_lazily_and_has_entry_point(self):
        for filename in SCRIPT_FILES.values():
            with self.subTest(script=filename):
                source = (SCRIPTS_DIR / filename).read_text(encoding="utf-8")
                tree = ast.parse(source)
                main = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "main")
                imported = {
                    node.module for node in ast.walk(main) if isinstance(node, ast.ImportFrom)
                }
                self.assertIn("awsglue.utils", imported)
                self.assertIn("pyspark.sql", imported)
                self.assertIn('if __name__ == "__main__":\n    main()', source)

    def test_job_bookmark_lifecycle(self):
        for filename in SCRIPT_FILES.values():
            with self.subTest(script=filename):
                source = (SCRIPTS_DIR / filename).read_text(encoding="utf-8")
                self.assertIn('job.init(args["JOB_NAME"], resolved)', source)
                self.assertIn("job.commit()", source)
                self.assertLess(source.index("job.init("), source.index("job.commit()"))

    def test_no_python_udfs(self):
        for filename in SCRIPT_FILES.values():
            with self.subTest(script=filename):
                source = (SCRIPTS_DIR / filename).read_text(encoding="utf-8")
                self.assertNotRegex(source, r"\budf\b|pandas_udf|\.rdd\.map")

    def test_shared_regexes_avoid_engine_specific_syntax(self):
        # The same patterns run in Java (Spark) and Python; these tokens differ.
        forbidden = [r"\d", r"\w", r"\s", r"\b", r"\Z", r"\z", r"\A", "(?P<", "(?<"]
        for key, module in MODULES.items():
            for name in dir(module):
                if not name.endswith("_REGEX"):
                    continue
                pattern = getattr(module, name)
                with self.subTest(script=key, regex=name):
                    re.compile(pattern)
                    for token in forbidden:
                        self.assertNotIn(token, pattern)

    def test_validation_reports_missing_arguments(self):
        for key, module in MODULES.items():
            with self.subTest(script=key):
                with self.assertRaises(ValueError) as ctx:
                    module.validate_args({"JOB_NAME": "  "})
                message = str(ctx.exception)
                for name in module.REQUIRED_ARGS:
                    self.assertIn(f"--{name}", message)


class CleansingTest(unittest.TestCase):
    def test_good_emails_are_kept_lower_cased(self):
        cases = {
            "a@b.com": "a@b.com",
            "  John.Doe+news@Mail.Example.CO.UK \n": "john.doe+news@mail.example.co.uk",
            "o'brien@example.ie": "o'brien@example.ie",
            "first_last@sub-domain.example.org": "first_last@sub-domain.example.org",
        }
        for raw, expected in cases.items():
            with self.subTest(email=raw):
                self.assertTrue(cleansing.is_valid_email(raw))
                self.assertEqual(cleansing.normalise_email(raw), expected)

    def test_bad_emails_are_rejected(self):
        bad = [
            None, "", "   ", "plainaddress", "a@b", "a@b.c", "a..b@example.com", ".a@example.com",
            "a.@example.com", "a@-example.com", "a@example-.com", "a@example.com.", "a b@example.com",
            "a@@example.com", "用户@example.com", "a@exa_mple.com", "x" * 250 + "@example.com",
        ]
        for raw in bad:
            with self.subTest(email=raw):
                self.assertFalse(cleansing.is_valid_email(raw))
                self.assertIsNone(cleansing.normalise_email(raw))

    def test_phone_normalised_to_digits(self):
        cases = {
            "+1 (555) 123-4567": "15551234567",
            "020 7946 0958": "02079460958",
            "555.123.4567": "5551234567",
            15551234567: "15551234567",
            "00 44 20 7946 0958": "00442079460958",
        }
        for raw, expected in cases.items():
            with self.subTest(phone=raw):
                self.assertEqual(cleansing.normalise_phone(raw), expected)

    def test_phone_without_plausible_digit_count_is_dropped(self):
        for raw in [None, "", "n/a", "123", "12345-6", "1234567890123456", "١٢٣٤٥٦٧٨"]:
            with self.subTest(phone=raw):
                self.assertIsNone(cleansing.normalise_phone(raw))

    def test_country_codes(self):
        cases = {"gb": "GB", " us ": "US", "Uk": "GB", "el": "GR", "GBR": None, "U": None, "1A": None, None: None}
        for raw, expected in cases.items():
            with self.subTest(country=raw):
                self.assertEqual(cleansing.normalise_country(raw), expected)

    def test_clean_string_trims_ascii_whitespace_only(self):
        self.assertEqual(cleansing.clean_string("\t a b \r\n"), "a b")
        self.assertIsNone(cleansing.clean_string(" \t\n "))
        # Java's regex \s-free class does not trim NBSP, so neither does the mirror.
        self.assertEqual(cleansing.clean_string("\u00a0x"), "\u00a0x")

    def test_cleanse_record_drops_missing_primary_key(self):
        self.assertIsNone(cleansing.cleanse_record({"customer_id": None, "email": "a@b.com"}))
        self.assertIsNone(cleansing.cleanse_record({"customer_id": "   ", "email": "a@b.com"}))
        self.assertIsNone(cleansing.cleanse_record({"email": "a@b.com"}))

    def test_cleanse_record_applies_column_rules(self):
        row = cleansing.cleanse_record({
            "Customer_ID": " 42 ", "email": " A@B.COM ", "phone": "(555) 123-4567",
            "country": "uk", "first_name": "  Ann ", "notes": "   ",
        })
        self.assertEqual(row, {
            "customer_id": "42", "email": "a@b.com", "phone": "5551234567",
            "country": "GB", "first_name": "Ann", "notes": None,
        })

    def test_dedupe_keeps_latest_updated_at(self):
        t = datetime(2024, 1, 1, tzinfo=timezone.utc)
        rows = [
            {"customer_id": 1, "updated_at": t, "v": "old"},
            {"customer_id": 1, "updated_at": t + timedelta(hours=1), "v": "new"},
            {"customer_id": 1, "updated_at": None, "v": "unknown"},
            {"customer_id": 2, "updated_at": None, "v": "only"},
        ]
        result = {r["customer_id"]: r["v"] for r in cleansing.dedupe_latest(rows)}
        self.assertEqual(result, {1: "new", 2: "only"})

    def test_jdbc_options_use_glue_connection_and_bookmark_key(self):
        options = cleansing.jdbc_connection_options("mysql-conn", "crm.customers")
        self.assertEqual(options["useConnectionProperties"], "true")
        self.assertEqual(options["connectionName"], "mysql-conn")
        self.assertEqual(options["dbtable"], "crm.customers")
        self.assertEqual(options["jobBookmarkKeys"], ["updated_at"])
        self.assertNotIn("password", options)

    def test_source_uses_mysql_connection_with_transformation_ctx(self):
        source = (SCRIPTS_DIR / SCRIPT_FILES["cleansing"]).read_text(encoding="utf-8")
        self.assertIn('connection_type="mysql"', source)
        self.assertIn("transformation_ctx=TRANSFORMATION_CTX", source)
        self.assertTrue(cleansing.TRANSFORMATION_CTX)
        self.assertEqual(cleansing.SQL_SETTINGS["spark.sql.sources.partitionOverwriteMode"], "dynamic")
        self.assertIn('.option("partitionOverwriteMode", "dynamic")', source)

    def test_valid_args_are_normalised(self):
        args = cleansing.validate_args({
            "JOB_NAME": "customer-data-cleansing", "SOURCE_CONNECTION": "mysql-conn",
            "SOURCE_TABLE": "customers", "TARGET_PATH": "s3://lake-bucket/processed/customers",
        })
        self.assertEqual(args["TARGET_PATH"], "s3://lake-bucket/processed/customers/")

    def test_invalid_args_raise(self):
        base = {
            "JOB_NAME": "j", "SOURCE_CONNECTION": "mysql-conn",
            "SOURCE_TABLE": "customers", "TARGET_PATH": "s3://lake-bucket/processed/customers/",
        }
        bad_values = {
            "SOURCE_TABLE": ["customers; DROP TABLE x", "a.b.c", "1abc", "cust-omers"],
            "TARGET_PATH": ["/tmp/out", "s3://Lake/x/", "s3://lake-bucket", "s3://lake-bucket/", "s3a://lake-bucket/x/"],
        }
        for name, values in bad_values.items():
            for value in values:
                with self.subTest(argument=name, value=value):
                    with self.assertRaisesRegex(ValueError, name):
                        cleansing.validate_args({**base, name: value})

    def test_ingest_date_is_utc(self):
        late_evening_ny = datetime(2024, 3, 1, 22, 0, tzinfo=timezone(timedelta(hours=-5)))
        self.assertEqual(cleansing.ingest_date_for(late_evening_ny), "2024-03-02")


class FeatureEngineeringTest(unittest.TestCase):
    AS_OF = date(2024, 6, 30)

    def test_derive_features(self):
        record = {
            "customer_id": "42",
            "email": "ann@Example.com",
            "phone": "5551234567",
            "country": "GB",
            "created_at": datetime(2023, 12, 31, 23, 30, tzinfo=timezone.utc),
            "updated_at": datetime(2024, 6, 20, 8, 0, tzinfo=timezone.utc),
        }
        self.assertEqual(features.derive_features(record, self.AS_OF), {
            "customer_id": "42",
            "tenure_days": 182,
            "days_since_update": 10,
            "email_domain": "example.com",
            "has_phone": True,
            "country": "GB",
            "activity_bucket": "active",
            "as_of_date": self.AS_OF,
            "signup_cohort": "2023-12",
        })

    def test_feature_columns_match_mirror(self):
        row = features.derive_features({"customer_id": 1}, self.AS_OF)
        self.assertEqual(tuple(row), features.FEATURE_COLUMNS)
        source = (SCRIPTS_DIR / SCRIPT_FILES["features"]).read_text(encoding="utf-8")
        for column in features.FEATURE_COLUMNS:
            if column != features.PARTITION_COLUMN:
                self.assertIn(f'.alias("{column}")', source)

    def test_missing_values(self):
        row = features.derive_features({"customer_id": 7, "email": None, "phone": None}, self.AS_OF)
        self.assertIsNone(row["tenure_days"])
        self.assertIsNone(row["email_domain"])
        self.assertIs(row["has_phone"], False)
        self.assertEqual(row["signup_cohort"], "unknown")
        self.assertEqual(row["activity_bucket"], "unknown")

    def test_activity_bucket_boundaries(self):
        expected = {0: "active", 30: "active", 31: "warm", 90: "warm", 91: "cooling", 365: "cooling",
                    366: "dormant", -3: "active", None: "unknown"}
        for days, bucket in expected.items():
            with self.subTest(days=days):
                self.assertEqual(features.activity_bucket(days), bucket)

    def test_cohort_uses_utc_month(self):
        created = datetime(2024, 2, 1, 1, 0, tzinfo=timezone(timedelta(hours=5)))  # 2024-01-31 UTC
        self.assertEqual(features.signup_cohort(created), "2024-01")

    def test_target_rebuilt_with_static_overwrite(self):
        source = (SCRIPTS_DIR / SCRIPT_FILES["features"]).read_text(encoding="utf-8")
        self.assertIn('.option("partitionOverwriteMode", "static")', source)
        self.assertIn(".partitionBy(PARTITION_COLUMN)", source)
        self.assertEqual(features.PARTITION_COLUMN, "signup_cohort")

    def test_invalid_args_raise(self):
        with self.assertRaisesRegex(ValueError, "must not contain one another"):
            features.validate_args({
                "JOB_NAME": "j", "SOURCE_PATH": "s3://lake/processed/",
                "TARGET_PATH": "s3://lake/processed/customer_features/",
            })
        with self.assertRaisesRegex(ValueError, "TARGET_PATH must point below the bucket root"):
            features.validate_args({"JOB_NAME": "j", "SOURCE_PATH": "s3://lake/processed/customers/",
                                    "TARGET_PATH": "s3://curated-bucket"})

    def test_valid_args(self):
        args = features.validate_args({
            "JOB_NAME": "feature-engineering", "SOURCE_PATH": "s3://lake/processed/customers",
            "TARGET_PATH": "s3://lake/curated/customer_features/",
        })
        self.assertEqual(args["SOURCE_PATH"], "s3://lake/processed/customers/")


class DataProcessingTest(unittest.TestCase):
    def test_valid_event_is_normalised_to_utc(self):
        line = json.dumps({
            "event_id": " e-1 ", "event_type": "order_placed", "customer_id": 42,
            "occurred_at": "2024-01-01T01:30:00+02:00", "payload": {"total": 9.5, "items": [1, 2]},
        })
        event = processing.parse_event_line(line)
        self.assertEqual(event["event_id"], "e-1")
        self.assertEqual(event["customer_id"], "42")
        self.assertEqual(event["occurred_at"], datetime(2023, 12, 31, 23, 30, tzinfo=timezone.utc))
        self.assertEqual(event["event_date"], date(2023, 12, 31))
        self.assertEqual(json.loads(event["payload"]), {"total": 9.5, "items": [1, 2]})

    def test_timestamp_formats(self):
        utc = timezone.utc
        cases = {
            "1704103200": datetime(2024, 1, 1, 10, 0, tzinfo=utc),
            1704103200: datetime(2024, 1, 1, 10, 0, tzinfo=utc),
            "1704103200123": datetime(2024, 1, 1, 10, 0, 0, 123000, tzinfo=utc),
            "2024-01-01T10:00:00Z": datetime(2024, 1, 1, 10, 0, tzinfo=utc),
            "2024-01-01 10:00:00": datetime(2024, 1, 1, 10, 0, tzinfo=utc),
            "2024-01-01T10:00:00.123456789-05:30": datetime(2024, 1, 1, 15, 30, 0, 123456, tzinfo=utc),
            "2024-01-01": datetime(2024, 1, 1, tzinfo=utc),
        }
        for raw, expected in cases.items():
            with self.subTest(occurred_at=raw):
                event = processing.normalise_event({"event_id": "e", "event_type": "t", "occurred_at": raw})
                self.assertEqual(event["occurred_at"], expected)
                self.assertEqual(event["occurred_at"].utcoffset(), timedelta(0))

    def test_bad_timestamps_are_rejected(self):
        for raw in [None, "", "yesterday", "10:00:00", "2024", "2024-1-1", "2024-02-30", "2024-01-01T25:00:00",
                    "2024-01-01T10:00", "2024-01-01T10:00:00+0200", "2024-01-01T10:00:00+24:00", "17041032001"]:
            with self.subTest(occurred_at=raw):
                self.assertIsNone(processing.parse_occurred_at(raw))

    def test_malformed_lines_are_dropped(self):
        lines = [
            "", "not json", "{\"event_id\": \"e1\"", "[1, 2]", "\"just a string\"", "null",
            json.dumps({"event_type": "t", "occurred_at": "2024-01-01"}),
            json.dumps({"event_id": "  ", "event_type": "t", "occurred_at": "2024-01-01"}),
            json.dumps({"event_id": "e", "occurred_at": "2024-01-01"}),
            json.dumps({"event_id": "e", "event_type": "t", "occurred_at": "not a time"}),
        ]
        for line in lines:
            with self.subTest(line=line):
                self.assertIsNone(processing.parse_event_line(line))

    def test_customer_id_is_optional(self):
        event = processing.parse_event_line(json.dumps({"event_id": "e", "event_type": "t", "occurred_at": "2024-01-01"}))
        self.assertIsNotNone(event)
        self.assertIsNone(event["customer_id"])

    def test_duplicates_keep_earliest(self):
        t = datetime(2024, 1, 1, tzinfo=timezone.utc)
        events = [
            {"event_id": "a", "occurred_at": t + timedelta(seconds=5), "payload": "late"},
            {"event_id": "a", "occurred_at": t, "payload": None},
            {"event_id": "a", "occurred_at": t, "payload": "x"},
            {"event_id": "b", "occurred_at": t, "payload": "b"},
        ]
        result = {e["event_id"]: e["payload"] for e in processing.dedupe_events(events)}
        self.assertEqual(result, {"a": "x", "b": "b"})

    def test_schema_and_partitioning(self):
        self.assertEqual(
            processing.EVENT_SCHEMA_DDL,
            "event_id STRING, event_type STRING, customer_id STRING, occurred_at STRING, payload STRING",
        )
        source = (SCRIPTS_DIR / SCRIPT_FILES["processing"]).read_text(encoding="utf-8")
        self.assertIn('.option("partitionOverwriteMode", "dynamic")', source)
        self.assertEqual(processing.PARTITION_COLUMN, "event_date")
        self.assertEqual(processing.SQL_SETTINGS["spark.sql.session.timeZone"], "UTC")

    def test_invalid_args_raise(self):
        with self.assertRaisesRegex(ValueError, "must not contain one another"):
            processing.validate_args({"JOB_NAME": "j", "SOURCE_PATH": "s3://lake/raw/events/",
                                      "TARGET_PATH": "s3://lake/raw/events/processed/"})
        with self.assertRaisesRegex(ValueError, "SOURCE_PATH must be an s3://"):
            processing.validate_args({"JOB_NAME": "j", "SOURCE_PATH": "lake/raw/events/",
                                      "TARGET_PATH": "s3://lake/processed/events/"})

    def test_valid_args(self):
        args = processing.validate_args({"JOB_NAME": "data-processing", "SOURCE_PATH": "s3://lake/raw/events/",
                                         "TARGET_PATH": "s3://lake/processed/events"})
        self.assertEqual(args["TARGET_PATH"], "s3://lake/processed/events/")


class DataQualityTest(unittest.TestCase):
    GOOD_METRICS = {
        "row_count": 1000,
        "null_counts": {"event_id": 0, "customer_id": 40, "payload": 100},
        "key_column": "event_id",
        "duplicate_key_count": 0,
    }

    def _report(self, metrics, min_rows=100, max_null_ratio=0.1):
        checks = quality.evaluate_checks(metrics, min_rows, max_null_ratio)
        return quality.build_report("data-quality", "20240101T000000Z", "s3://lake/processed/events/",
                                    metrics, min_rows, max_null_ratio, checks)

    def test_thresholds_pass(self):
        checks = quality.evaluate_checks(self.GOOD_METRICS, min_rows=100, max_null_ratio=0.1)
        self.assertEqual(quality.failed_checks(checks), [])
        report = self._report(self.GOOD_METRICS)
        self.assertEqual(report["status"], "PASSED")
        quality.raise_if_failed(report)  # must not raise

    def test_null_ratio_at_threshold_passes_and_above_fails(self):
        checks = quality.evaluate_checks(self.GOOD_METRICS, min_rows=100, max_null_ratio=0.05)
        self.assertEqual(quality.failed_checks(checks), ["null_ratio:payload"])
        # customer_id is exactly 0.04: equal to the threshold passes.
        checks = quality.evaluate_checks(self.GOOD_METRICS, min_rows=100, max_null_ratio=0.04)
        self.assertEqual(quality.failed_checks(checks), ["null_ratio:payload"])
        checks = quality.evaluate_checks(self.GOOD_METRICS, min_rows=100, max_null_ratio=0.039)
        self.assertEqual(quality.failed_checks(checks), ["null_ratio:customer_id", "null_ratio:payload"])

    def test_too_few_rows_fails(self):
        checks = quality.evaluate_checks(self.GOOD_METRICS, min_rows=1001, max_null_ratio=0.1)
        self.assertEqual(quality.failed_checks(checks), ["min_rows"])

    def test_duplicates_fail(self):
        metrics = dict(self.GOOD_METRICS, duplicate_key_count=3)
        report = self._report(metrics)
        self.assertEqual(report["status"], "FAILED")
        self.assertEqual(report["failed_checks"], ["duplicate_keys:event_id"])
        with self.assertRaisesRegex(quality.DataQualityError, "duplicate_keys:event_id"):
            quality.raise_if_failed(report)

    def test_missing_key_column_fails(self):
        metrics = dict(self.GOOD_METRICS, duplicate_key_count=None)
        self.assertEqual(quality.failed_checks(quality.evaluate_checks(metrics, 1, 1.0)), ["duplicate_keys:event_id"])

    def test_empty_dataset(self):
        empty = {"row_count": 0, "null_counts": {}, "key_column": "event_id", "duplicate_key_count": 0}
        self.assertEqual(quality.failed_checks(quality.evaluate_checks(empty, 1, 0.1)), ["min_rows"])
        self.assertEqual(quality.failed_checks(quality.evaluate_checks(empty, 0, 0.1)), [])

    def test_report_is_valid_json(self):
        report = self._report(dict(self.GOOD_METRICS, duplicate_key_count=2))
        decoded = json.loads(quality.report_to_json(report))
        self.assertEqual(decoded["status"], "FAILED")
        self.assertEqual(decoded["metrics"]["row_count"], 1000)
        self.assertEqual(decoded["metrics"]["null_ratios"]["payload"], 0.1)
        self.assertEqual(decoded["thresholds"], {"min_rows": 100, "max_null_ratio": 0.1})

    def test_report_path(self):
        run_ts = quality.format_run_ts(datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone(timedelta(hours=2))))
        self.assertEqual(run_ts, "20240506T050809Z")
        self.assertNotIn(":", run_ts)
        self.assertEqual(
            quality.report_output_path("s3://outputs-bucket/data-quality", run_ts),
            "s3://outputs-bucket/data-quality/run_ts=20240506T050809Z/",
        )

    def test_report_written_as_single_file_before_failing(self):
        source = (SCRIPTS_DIR / SCRIPT_FILES["quality"]).read_text(encoding="utf-8")
        self.assertIn(".coalesce(1)", source)
        main_body = source[source.index("def main():"):]
        self.assertLess(main_body.index(".text(output_path)"), main_body.index("raise_if_failed(report)"))
        self.assertLess(main_body.index("raise_if_failed(report)"), main_body.index("job.commit()"))

    def test_valid_args_are_converted(self):
        args = quality.validate_args({
            "JOB_NAME": "data-quality", "SOURCE_PATH": "s3://lake/processed/events/",
            "REPORT_PATH": "s3://outputs-bucket/data-quality", "MIN_ROWS": "10", "MAX_NULL_RATIO": "0.25",
        })
        self.assertEqual(args["MIN_ROWS"], 10)
        self.assertEqual(args["MAX_NULL_RATIO"], 0.25)
        self.assertEqual(args["REPORT_PATH"], "s3://outputs-bucket/data-quality/")

    def test_invalid_args_raise(self):
        base = {"JOB_NAME": "j", "SOURCE_PATH": "s3://lake/processed/events/",
                "REPORT_PATH": "s3://outputs-bucket/data-quality/", "MIN_ROWS": "10", "MAX_NULL_RATIO": "0.1"}
        bad = {
            "MIN_ROWS": ["-1", "1.5", "ten", "1e3"],
            "MAX_NULL_RATIO": ["-0.1", "1.5", "nan", "inf", "abc"],
            "REPORT_PATH": ["s3://outputs-bucket", "outputs-bucket/data-quality"],
        }
        for name, values in bad.items():
            for value in values:
                with self.subTest(argument=name, value=value):
                    with self.assertRaisesRegex(ValueError, name):
                        quality.validate_args({**base, name: value})

    def test_no_data_errors_recognised(self):
        self.assertTrue(quality.is_no_data_error("Unable to infer schema for Parquet. It must be specified manually."))
        self.assertTrue(quality.is_no_data_error("Path does not exist: s3://lake/processed/events"))
        self.assertFalse(quality.is_no_data_error("Access Denied"))


if __name__ == "__main__":
    unittest.main()
