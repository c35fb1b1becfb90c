"""Glue job "data-quality": checks processed events and gates downstream jobs.

Reads the processed events Parquet (SOURCE_PATH), computes the row count, the
null ratio of every column and the number of duplicate event_id values, writes
a JSON report to REPORT_PATH/run_ts=<UTC timestamp>/ and then raises when a
check failed. The failed run is what stops a conditional trigger that waits for
SUCCEEDED, so bad data never reaches the next job.

Runtime: AWS Glue 4.0 (Spark 3.3, Python 3.10).

Layout: everything above main() is pure Python so the unit tests can import this
file without pyspark/awsglue. The threshold logic and report format live there;
main() only computes the metrics.
"""

import json
import math
import re
import sys
from datetime import datetime, timezone

JOB = "data-quality"
REQUIRED_ARGS = ["JOB_NAME", "SOURCE_PATH", "REPORT_PATH", "MIN_ROWS", "MAX_NULL_RATIO"]

# Must be in the SparkConf before the SparkContext starts; executors read them at
# launch. Kept after the executor "Connection refused" RPC incident (the root cause
# was networking, see README). Spark requires heartbeatInterval < network.timeout.
SPARK_CONF_SETTINGS = {
    "spark.network.timeout": "600s",
    "spark.executor.heartbeatInterval": "60s",
}
SQL_SETTINGS = {
    "spark.sql.session.timeZone": "UTC",
}

KEY_COLUMN = "event_id"
S3_PATH_REGEX = r"^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$"
# Spark's messages for "nothing to read"; treated as zero rows, not a crash, so
# the run still leaves a report explaining why it failed.
NO_DATA_MESSAGES = ("Unable to infer schema", "Path does not exist")

STATUS_PASSED = "PASSED"
STATUS_FAILED = "FAILED"


class DataQualityError(RuntimeError):
    """Raised to fail the Glue run when at least one check failed."""


# --------------------------------------------------------------------------- #
# Pure helpers (no Spark)                                                      #
# --------------------------------------------------------------------------- #
def _s3_path_error(name, value, require_prefix):
    if not re.match(S3_PATH_REGEX, value):
        return f"{name} must be an s3://bucket/prefix/ URI, got {value!r}"
    if require_prefix and not value[len("s3://"):].partition("/")[2].strip("/"):
        return f"{name} must point below the bucket root, got {value!r}"
    return None


def _as_dir(path):
    return path if path.endswith("/") else path + "/"


def validate_args(raw):
    """Validate the getResolvedOptions() dict; return a normalised copy with
    MIN_ROWS as int and MAX_NULL_RATIO as float.

    Raises ValueError listing every problem at once.
    """
    errors = []
    args = {}
    for name in REQUIRED_ARGS:
        value = raw.get(name)
        if value is None or not str(value).strip():
            errors.append(f"missing required argument --{name}")
        else:
            args[name] = str(value).strip()
    for name, require_prefix in (("SOURCE_PATH", False), ("REPORT_PATH", True)):
        if name in args:
            err = _s3_path_error(name, args[name], require_prefix)
            if err:
                errors.append(err)
            else:
                args[name] = _as_dir(args[name])
    if "MIN_ROWS" in args:
        if re.match(r"^[0-9]+$", args["MIN_ROWS"]):
            args["MIN_ROWS"] = int(args["MIN_ROWS"])
        else:
            errors.append(f"MIN_ROWS must be a non-negative integer, got {args['MIN_ROWS']!r}")
    if "MAX_NULL_RATIO" in args:
        try:
            ratio = float(args["MAX_NULL_RATIO"])
        except ValueError:
            ratio = math.nan
        # NaN would make every comparison false, i.e. silently fail or pass checks.
        if math.isnan(ratio) or not 0.0 <= ratio <= 1.0:
            errors.append(f"MAX_NULL_RATIO must be a number in [0, 1], got {args['MAX_NULL_RATIO']!r}")
        else:
            args["MAX_NULL_RATIO"] = ratio
    if errors:
        raise ValueError(f"{JOB}: invalid arguments: " + "; ".join(errors))
    return args


def is_no_data_error(message):
    return any(marker in str(message) for marker in NO_DATA_MESSAGES)


def null_ratios(row_count, null_counts):
    """Column -> share of NULLs; empty when there are no rows to judge."""
    if row_count <= 0:
        return {}
    return {column: count / row_count for column, count in null_counts.items()}


def evaluate_checks(metrics, min_rows, max_null_ratio):
    """Turn metrics into check results.

    metrics: {"row_count": int, "null_counts": {column: int},
              "key_column": str, "duplicate_key_count": int or None}
    (duplicate_key_count None means the key column is missing.)
    Returns a list of {"name", "passed", "observed", "threshold"} dicts.
    """
    row_count = metrics["row_count"]
    checks = [{
        "name": "min_rows",
        "passed": row_count >= min_rows,
        "observed": row_count,
        "threshold": min_rows,
    }]
    for column, ratio in sorted(null_ratios(row_count, metrics["null_counts"]).items()):
        checks.append({
            "name": f"null_ratio:{column}",
            "passed": ratio <= max_null_ratio,
            "observed": round(ratio, 6),
            "threshold": max_null_ratio,
        })
    duplicates = metrics.get("duplicate_key_count")
    checks.append({
        "name": f"duplicate_keys:{metrics['key_column']}",
        # A missing key column is a failure: uniqueness cannot be shown.
        "passed": duplicates == 0,
        "observed": duplicates,
        "threshold": 0,
    })
    return checks


def failed_checks(checks):
    return [check["name"] for check in checks if not check["passed"]]


def format_run_ts(now):
    """UTC compact timestamp; no ':' because Hadoop paths reject it."""
    if now.tzinfo is not None:
        now = now.astimezone(timezone.utc)
    return now.strftime("%Y%m%dT%H%M%SZ")


def report_output_path(report_path, run_ts):
    return f"{_as_dir(report_path)}run_ts={run_ts}/"


def build_report(job_name, run_ts, source_path, metrics, min_rows, max_null_ratio, checks):
    failed = failed_checks(checks)
    return {
        "job_name": job_name,
        "run_ts": run_ts,
        "source_path": source_path,
        "status": STATUS_FAILED if failed else STATUS_PASSED,
        "thresholds": {"min_rows": min_rows, "max_null_ratio": max_null_ratio},
        "metrics": {
            "row_count": metrics["row_count"],
            "null_ratios": {
                column: round(ratio, 6)
                for column, ratio in sorted(null_ratios(metrics["row_count"], metrics["null_counts"]).items())
            },
            "key_column": metrics["key_column"],
            "duplicate_key_count": metrics.get("duplicate_key_count"),
        },
        "checks": checks,
        "failed_checks": failed,
    }


def report_to_json(report):
    # allow_nan=False: the file must stay valid JSON for Athena/jq consumers.
    return json.dumps(report, sort_keys=True, allow_nan=False)


def raise_if_failed(report):
    if report["status"] != STATUS_PASSED:
        raise DataQualityError(
            f"{JOB}: checks failed for {report['source_path']}: {', '.join(report['failed_checks'])}"
        )


# --------------------------------------------------------------------------- #
# Glue job                                                                     #
# --------------------------------------------------------------------------- #
def main():
    from awsglue.context import GlueContext
    from awsglue.job import Job
    from awsglue.utils import getResolvedOptions
    from pyspark.conf import SparkConf
    from pyspark.context import SparkContext
    from pyspark.sql import functions as F
    from pyspark.sql.utils import AnalysisException

    resolved = getResolvedOptions(sys.argv, REQUIRED_ARGS)
    args = validate_args(resolved)
    run_ts = format_run_ts(datetime.now(timezone.utc))

    sc = SparkContext.getOrCreate(SparkConf().setAll(list(SPARK_CONF_SETTINGS.items())))
    glue_context = GlueContext(sc)
    spark = glue_context.spark_session
    for key, value in SQL_SETTINGS.items():
        spark.conf.set(key, value)
    logger = glue_context.get_logger()
    # getOrCreate() silently ignores the conf if a context already existed; log the
    # effective value so the incident setting can be verified in CloudWatch.
    logger.info(f"{JOB}: spark.network.timeout={sc.getConf().get('spark.network.timeout', 'unset')}")

    job = Job(glue_context)
    job.init(args["JOB_NAME"], resolved)

    # Defaults describe "no data": zero rows, hence zero duplicates; only
    # min_rows can fail then.
    metrics = {"row_count": 0, "null_counts": {}, "key_column": KEY_COLUMN, "duplicate_key_count": 0}
    try:
        events = spark.read.parquet(args["SOURCE_PATH"])
    except AnalysisException as exc:
        if not is_no_data_error(exc):
            raise
        logger.warn(f"{JOB}: no data under {args['SOURCE_PATH']}: {exc}")
        events = None

    if events is not None:
        columns = events.columns
        # A single aggregation: one scan of the data for every metric.
        aggregates = [F.count(F.lit(1)).alias("row_count")]
        aggregates += [
            F.sum(F.col(f"`{name}`").isNull().cast("long")).alias(f"nulls_{i}")
            for i, name in enumerate(columns)
        ]
        if KEY_COLUMN in columns:
            aggregates += [
                F.count(F.col(KEY_COLUMN)).alias("key_values"),
                F.countDistinct(F.col(KEY_COLUMN)).alias("key_distinct"),
            ]
        result = events.agg(*aggregates).collect()[0]
        metrics["row_count"] = int(result["row_count"])
        # sum() over zero rows is NULL, hence the "or 0".
        metrics["null_counts"] = {name: int(result[f"nulls_{i}"] or 0) for i, name in enumerate(columns)}
        if KEY_COLUMN in columns:
            metrics["duplicate_key_count"] = int(result["key_values"]) - int(result["key_distinct"])
        else:
            metrics["duplicate_key_count"] = None

    checks = evaluate_checks(metrics, args["MIN_ROWS"], args["MAX_NULL_RATIO"])
    report = build_report(
        args["JOB_NAME"], run_ts, args["SOURCE_PATH"], metrics,
        args["MIN_ROWS"], args["MAX_NULL_RATIO"], checks,
    )
    output_path = report_output_path(args["REPORT_PATH"], run_ts)
    # Written as text so the file holds exactly report_to_json()'s document.
    (
        spark.createDataFrame([(report_to_json(report),)], "value STRING")
        .coalesce(1)
        .write.mode("overwrite")
        .text(output_path)
    )
    logger.info(f"{JOB}: {report['status']} -> {output_path}")

    # Raised after the report is written, so every failed run leaves its evidence.
    raise_if_failed(report)
    job.commit()


if __name__ == "__main__":
    main()
