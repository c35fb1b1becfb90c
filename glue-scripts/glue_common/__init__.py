"""Shared driver library of the Glue jobs in glue-scripts/<job>/ (shipped with --extra-py-files).

A job is a folder: job.json (the manifest), sql/NN_<view>.sql and a thin driver that calls
run_job("<job>"). The driver reads the manifest's inputs, registers each as a temporary view,
runs the SQL files in order (each SELECT becomes the view named after its file), writes the
outputs and, when the manifest names a failOn view, fails the run if that view has rows.
The JUnit harness (io.glueplatform.gluejobs.JobRunner) does the same on local Spark, so the
SQL text that runs on Glue is the text the tests run.

Everything above run_job() is pure Python (no pyspark/awsglue import), so `make script-test`
imports and tests it without Spark. On Glue this package and every job's job.json + SQL
travel in one zip (scripts/lib/glue_common.zip); locally they are read from glue-scripts/.
"""

import json
import math
import os
import re
from datetime import datetime, timezone

MANIFEST = "job.json"
SQL_DIR = "sql"
# The view every job's SQL can join: the run's date and time plus its numeric arguments.
RUN_VIEW = "job_run"
SQL_FILE_REGEX = r"^[0-9]{2}_([a-z][a-z0-9_]*)\.sql$"

S3_URI_REGEX = r"^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$"
# dbtable is spliced into SQL by Glue, so only plain [schema.]table names pass.
TABLE_REGEX = r"^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?$"
QUALIFIED_TABLE_REGEX = r"^[A-Za-z_][A-Za-z0-9_$]*\.[A-Za-z_][A-Za-z0-9_$]*$"
CONNECTION_REGEX = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
COUNT_REGEX = r"^[0-9]+$"


class JobFailed(RuntimeError):
    """Raised after the outputs are written when the manifest's failOn view has rows."""


# --------------------------------------------------------------------------- #
# Manifest and SQL (pure Python)                                               #
# --------------------------------------------------------------------------- #
def _root():
    # glue-scripts/ locally; the zip's root on Glue (this file is glue_common/__init__.py in both).
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _read(relative):
    # __loader__ reads plain files and zip members alike (zipimporter.get_data).
    return __loader__.get_data(os.path.join(_root(), relative)).decode("utf-8")


def spark_settings():
    """(sparkConf, sqlConf) of glue_common/spark.json, shared with the local Spark runs.

    sparkConf must be in the SparkConf before the SparkContext starts (executors read it at launch):
    spark.network.timeout=600s stayed after the executor "Connection refused" RPC incident (the root
    cause was networking, see README). sqlConf: UTC days and months, and invalid casts giving NULL
    (the SQL relies on it) whatever the platform's ANSI default.
    """
    settings = json.loads(_read(os.path.join("glue_common", "spark.json")))
    return settings["sparkConf"], settings["sqlConf"]


def load_manifest(job):
    manifest = json.loads(_read(os.path.join(job, MANIFEST)))
    if manifest.get("name") != job:
        raise ValueError(f"{job}/{MANIFEST}: name is {manifest.get('name')!r}, expected the folder name {job!r}")
    return manifest


def view_name(sql_file):
    match = re.match(SQL_FILE_REGEX, sql_file)
    if not match:
        raise ValueError(f"SQL file {sql_file!r} must be named NN_<view>.sql (lower case)")
    return match.group(1)


def load_sql(job, manifest):
    """[(view, text)] in the manifest's order."""
    return [(view_name(name), _read(os.path.join(job, SQL_DIR, name))) for name in manifest["sql"]]


# --------------------------------------------------------------------------- #
# Arguments (pure Python)                                                      #
# --------------------------------------------------------------------------- #
def required_arguments(manifest):
    """What Glue must pass: JOB_NAME (Glue's own) and every required manifest argument."""
    return ["JOB_NAME"] + [name for name, spec in manifest["arguments"].items() if spec.get("required", True)]


def _as_dir(path):
    return path if path.endswith("/") else path + "/"


def _check_s3(name, value, below_root):
    if not re.match(S3_URI_REGEX, value):
        return None, f"{name} must be an s3://bucket/prefix/ URI, got {value!r}"
    if below_root and not value[len("s3://"):].partition("/")[2].strip("/"):
        # Outputs are overwritten; an overwrite at a bucket root would touch the whole bucket.
        return None, f"{name} must point below the bucket root, got {value!r}"
    return _as_dir(value), None


def _check_regex(regex, what):
    def check(name, value):
        if re.match(regex, value):
            return value, None
        return None, f"{name} must be {what}, got {value!r}"
    return check


def _check_count(name, value):
    if re.match(COUNT_REGEX, value):
        return int(value), None
    return None, f"{name} must be a non-negative integer, got {value!r}"


def _check_ratio(name, value):
    try:
        ratio = float(value)
    except ValueError:
        ratio = math.nan
    # NaN would make every comparison false, i.e. silently pass or fail checks.
    if math.isnan(ratio) or not 0.0 <= ratio <= 1.0:
        return None, f"{name} must be a number in [0, 1], got {value!r}"
    return ratio, None


ARGUMENT_TYPES = {
    "s3_uri": lambda name, value: _check_s3(name, value, below_root=False),
    "s3_prefix": lambda name, value: _check_s3(name, value, below_root=True),
    "table": _check_regex(TABLE_REGEX, "[schema.]table"),
    "qualified_table": _check_regex(QUALIFIED_TABLE_REGEX, "schema.table"),
    "connection": _check_regex(CONNECTION_REGEX, "a Glue connection name"),
    "count": _check_count,
    "ratio": _check_ratio,
    "string": lambda name, value: (value, None),
}
# Exposed as columns of the job_run view, so the SQL can use them.
SQL_ARGUMENT_TYPES = ("count", "ratio")


def validate_args(manifest, raw):
    """Validate the getResolvedOptions() dict against the manifest; return typed values.

    Raises ValueError listing every problem at once, so a misconfigured job fails in one
    run instead of one argument per run.
    """
    job = manifest["name"]
    errors = []
    args = {}
    for name in required_arguments(manifest):
        value = raw.get(name)
        if value is None or not str(value).strip():
            errors.append(f"missing required argument --{name}")
    for name, spec in manifest["arguments"].items():
        value = raw.get(name)
        if value is None or not str(value).strip():
            continue
        checked, error = ARGUMENT_TYPES[spec["type"]](name, str(value).strip())
        if error:
            errors.append(error)
        else:
            args[name] = checked
    for first, second in manifest.get("disjointPaths", []):
        a, b = args.get(first), args.get(second)
        if a and b and (a.startswith(b) or b.startswith(a)):
            # Writing under the input (or the reverse) would read or delete its own output.
            errors.append(f"{first} and {second} must not contain one another")
    if errors:
        raise ValueError(f"{job}: invalid arguments: " + "; ".join(errors))
    if "JOB_NAME" in raw:
        args["JOB_NAME"] = str(raw["JOB_NAME"]).strip()
    return args


def run_values(manifest, args, now):
    """Columns of the job_run view: the run's UTC date and second, and the numeric arguments."""
    now = now.astimezone(timezone.utc).replace(microsecond=0)
    values = {"as_of_date": now.date(), "run_ts": now.replace(tzinfo=None)}
    for name, spec in manifest["arguments"].items():
        if spec["type"] in SQL_ARGUMENT_TYPES and name in args:
            values[name.lower()] = args[name]
    return values


def run_view_sql(values):
    """The SELECT that defines job_run; literals are read in the session zone (UTC), as in the Java harness."""
    columns = []
    for name, value in values.items():
        if isinstance(value, datetime):
            literal = f"TIMESTAMP'{value.strftime('%Y-%m-%d %H:%M:%S')}'"
        elif hasattr(value, "isoformat"):
            literal = f"DATE'{value.isoformat()}'"
        elif isinstance(value, int):
            literal = f"CAST({value} AS BIGINT)"
        else:
            literal = f"CAST({value!r} AS DOUBLE)"
        columns.append(f"{literal} AS {name}")
    return "SELECT " + ", ".join(columns)


# --------------------------------------------------------------------------- #
# Glue job                                                                     #
# --------------------------------------------------------------------------- #
def run_job(job, argv):  # pragma: no cover - runs on Glue only
    import sys
    from awsglue.context import GlueContext
    from awsglue.job import Job
    from awsglue.utils import getResolvedOptions
    from pyspark.conf import SparkConf
    from pyspark.context import SparkContext

    manifest = load_manifest(job)
    present = [name for name in manifest["arguments"] if "--" + name in argv]
    resolved = getResolvedOptions(argv, sorted(set(required_arguments(manifest) + present)))
    args = validate_args(manifest, resolved)

    spark_conf, sql_conf = spark_settings()
    sc = SparkContext.getOrCreate(SparkConf().setAll(list(spark_conf.items())))
    glue_context = GlueContext(sc)
    spark = glue_context.spark_session
    for key, value in sql_conf.items():
        spark.conf.set(key, value)
    logger = glue_context.get_logger()
    # getOrCreate() silently ignores the conf if a context already existed; log the effective
    # value so the incident setting can be verified in CloudWatch.
    logger.info(f"{job}: spark.network.timeout={sc.getConf().get('spark.network.timeout', 'unset')}")

    glue_job = Job(glue_context)
    glue_job.init(args["JOB_NAME"], resolved)

    values = run_values(manifest, args, datetime.now(timezone.utc))
    spark.sql(run_view_sql(values)).createOrReplaceTempView(RUN_VIEW)
    for spec in manifest["inputs"]:
        _read_input(spark, glue_context, spec, args, logger).createOrReplaceTempView(spec["name"])
    for view, text in load_sql(job, manifest):
        spark.sql(text).createOrReplaceTempView(view)
    for spec in manifest["outputs"]:
        _write_output(spark, glue_context, spec, args, logger)

    fail_view = manifest.get("failOn")
    if fail_view:
        # After the writes, so every failed run leaves its evidence (e.g. the quality report).
        failures = [str(row[0]) for row in spark.table(fail_view).collect()]
        if failures:
            raise JobFailed(f"{job}: {fail_view}: " + ", ".join(failures))
    # Only reached when everything succeeded, so a failed run re-reads the same bookmarked rows.
    glue_job.commit()
    sys.stdout.flush()


def _schema(spark, ddl):  # pragma: no cover - runs on Glue only
    # PySpark 3.3 has no StructType.fromDDL; createDataFrame parses DDL on the JVM, as the Java harness does.
    return spark.createDataFrame([], ddl).schema


def _conform(spark, df, spec):  # pragma: no cover - runs on Glue only
    """Declared columns in declared order and types; missing required ones fail (schema drift)."""
    from pyspark.sql import functions as F

    df = df.toDF(*[c.lower() for c in df.columns])
    schema = _schema(spark, spec["schema"])
    optional = set(spec.get("optionalColumns", []))
    missing = [f.name for f in schema.fields if f.name not in df.columns and f.name not in optional]
    if missing:
        raise ValueError(f"input {spec['name']}: missing column(s) {', '.join(missing)} (schema drift); expected {spec['schema']}")
    return df.select(*[
        (F.col(f"`{f.name}`") if f.name in df.columns else F.lit(None)).cast(f.dataType).alias(f.name)
        for f in schema.fields
    ])


def _read_input(spark, glue_context, spec, args, logger):  # pragma: no cover - runs on Glue only
    from pyspark.sql.utils import AnalysisException

    fmt = spec["format"]
    if fmt == "jdbc":
        options = {
            # URL, user and password come from the Glue connection, never the script.
            "useConnectionProperties": "true",
            "connectionName": args[spec["connection"]],
            "dbtable": args[spec["argument"]],
        }
        if spec.get("bookmarkKeys"):
            options["jobBookmarkKeys"] = spec["bookmarkKeys"]
            options["jobBookmarkKeysSortOrder"] = "asc"
        frame = glue_context.create_dynamic_frame.from_options(
            connection_type=spec["engine"], connection_options=options,
            # Bookmark state is stored under this name; keep it stable.
            transformation_ctx=spec.get("transformationCtx", spec["name"]),
        )
        return _conform(spark, frame.toDF(), spec)
    path = args[spec["argument"]]
    try:
        if fmt == "text":
            # recursiveFileLookup accepts any date/hour folder layout under the prefix.
            return spark.read.option("recursiveFileLookup", "true").text(path)
        if fmt == "parquet":
            # mergeSchema picks up columns added after older partitions were written.
            return _conform(spark, spark.read.option("mergeSchema", "true").parquet(path), spec)
    except AnalysisException as exc:
        if not spec.get("missingAsEmpty") or not is_no_data_error(str(exc)):
            raise
        logger.warn(f"input {spec['name']}: no data under {path}: {exc}")
        return spark.createDataFrame([], spec["schema"])
    raise ValueError(f"input {spec['name']}: format {fmt!r} is not supported")


# Spark's messages for "nothing to read": an input that may be empty reads as zero rows.
NO_DATA_MESSAGES = ("Unable to infer schema", "Path does not exist")


def is_no_data_error(message):
    return any(marker in message for marker in NO_DATA_MESSAGES)


def _write_output(spark, glue_context, spec, args, logger):  # pragma: no cover - runs on Glue only
    df = spark.table(spec["view"])
    if spec.get("skipWhenEmpty") and df.limit(1).count() == 0:
        logger.info(f"output {spec['view']}: no rows, nothing written")
        return
    fmt = spec["format"]
    if fmt == "redshift":
        from awsglue.dynamicframe import DynamicFrame
        glue_context.write_dynamic_frame.from_options(
            frame=DynamicFrame.fromDF(df, glue_context, spec["view"]),
            connection_type="redshift",
            connection_options={
                "useConnectionProperties": "true",
                "connectionName": args[spec["connection"]],
                "dbtable": args[spec["argument"]],
                "redshiftTmpDir": args[spec["tempArgument"]],
            },
        )
        return
    partitions = spec.get("partitionBy", [])
    if spec.get("files"):
        df = df.coalesce(spec["files"])
    elif partitions:
        # One shuffle so each partition value is written by one task: few, larger files.
        df = df.repartition(*partitions)
    writer = (
        df.write.mode("append" if spec["mode"] == "append" else "overwrite")
        # Explicit on the writer: "dynamic" replaces only the partitions this run writes,
        # "static" rebuilds the whole target.
        .option("partitionOverwriteMode", "dynamic" if spec["mode"] == "overwrite-partitions" else "static")
        .partitionBy(*partitions)
    )
    path = args[spec["argument"]]
    if fmt == "parquet":
        writer.option("compression", "snappy").parquet(path)
    elif fmt == "text":
        writer.text(path)
    else:
        raise ValueError(f"output {spec['view']}: format {fmt!r} is not supported")
    logger.info(f"output {spec['view']} -> {path}")
