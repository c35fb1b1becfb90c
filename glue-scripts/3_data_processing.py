"""Glue job "data-processing": raw JSON-lines events -> processed Parquet.

Reads every JSON-lines file under SOURCE_PATH, drops malformed and duplicate
events, normalises occurred_at to UTC and writes snappy Parquet to TARGET_PATH
partitioned by event_date (UTC), overwriting only the dates present in the run.

The raw prefix is reprocessed in full on each run (no job bookmark): dynamic
partition overwrite is only safe when each written event_date holds all of that
day's events, and de-duplication must see every copy of an event. Switch to
bookmarks + append only together with a downstream de-duplication step.

Runtime: AWS Glue 4.0 (Spark 3.3, Python 3.10).

Layout: everything above main() is pure Python so the unit tests can import this
file without pyspark/awsglue. parse_event_line()/normalise_event() mirror the
Spark expressions in main() (same regex constants); change both together.
"""

import json
import re
import sys
from datetime import datetime, timedelta, timezone

JOB = "data-processing"
REQUIRED_ARGS = ["JOB_NAME", "SOURCE_PATH", "TARGET_PATH"]

# Must be in the SparkConf before the SparkContext starts; executors read them at
# launch. Kept after the executor "Connection refused" RPC incident (the root cause
# was networking, see README). Spark requires heartbeatInterval < network.timeout.
SPARK_CONF_SETTINGS = {
    "spark.network.timeout": "600s",
    "spark.executor.heartbeatInterval": "60s",
}
# Session zone UTC: naive timestamps are read as UTC and event_date is a UTC day.
# ANSI off: unparseable timestamps must become NULL (then dropped), not fail the job.
SQL_SETTINGS = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.ansi.enabled": "false",
    "spark.sql.sources.partitionOverwriteMode": "dynamic",
}

EVENT_FIELDS = ("event_id", "event_type", "customer_id", "occurred_at", "payload")
# All STRING on purpose: Spark's JSON reader keeps any non-string token (numbers,
# nested objects) as its raw JSON text, so ids stay exact and payload stays JSON.
EVENT_SCHEMA_DDL = ", ".join(f"{name} STRING" for name in EVENT_FIELDS)
# customer_id may be NULL (anonymous events); data-quality watches its null ratio.
MANDATORY_FIELDS = ("event_id", "event_type", "occurred_at")
PARTITION_COLUMN = "event_date"

# These patterns run both in Java (Spark) and in Python (tests), so they stick to
# syntax both engines read the same way: explicit ASCII classes, no \d \s \w.
WHITESPACE = r"[ \t\n\x0B\f\r]"
TRIM_REGEX = "^" + WHITESPACE + "+|" + WHITESPACE + "+$"
# Exact digit counts tell seconds from milliseconds for any date 2001-2286.
EPOCH_SECONDS_REGEX = r"^[0-9]{10}$"
EPOCH_MILLIS_REGEX = r"^[0-9]{13}$"
# ISO-8601 date or date-time with seconds, optional fraction and offset. Checked
# before Spark's cast, which would otherwise also accept e.g. a bare "10:00:00"
# (today's date implied) or a bare year.
ISO_TIMESTAMP_REGEX = (
    r"^([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"(?:[T ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?)?$"
)

S3_PATH_REGEX = r"^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$"
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


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


def _overlaps(a, b):
    return a.startswith(b) or b.startswith(a)


def validate_args(raw):
    """Validate the getResolvedOptions() dict; return a normalised copy.

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
    for name, require_prefix in (("SOURCE_PATH", False), ("TARGET_PATH", True)):
        if name in args:
            err = _s3_path_error(name, args[name], require_prefix)
            if err:
                errors.append(err)
            else:
                args[name] = _as_dir(args[name])
    if not errors and _overlaps(args["SOURCE_PATH"], args["TARGET_PATH"]):
        # Output files under the input prefix would be re-read as raw events.
        errors.append("SOURCE_PATH and TARGET_PATH must not contain one another")
    if errors:
        raise ValueError(f"{JOB}: invalid arguments: " + "; ".join(errors))
    return args


def clean_string(value):
    """Strip ASCII whitespace; blank becomes None. Mirrors clean_str() in main()."""
    if value is None:
        return None
    trimmed = re.sub(TRIM_REGEX, "", value)
    return trimmed or None


def parse_occurred_at(value):
    """Timezone-aware UTC datetime, or None when the value is not accepted.

    Accepts epoch seconds (10 digits), epoch milliseconds (13 digits) and
    ISO_TIMESTAMP_REGEX strings; values without an offset are taken as UTC.
    Fractions beyond microseconds are truncated, as Spark does.
    """
    text = clean_string(value)
    if text is None:
        return None
    if re.match(EPOCH_MILLIS_REGEX, text):
        return _EPOCH + timedelta(milliseconds=int(text))
    if re.match(EPOCH_SECONDS_REGEX, text):
        return _EPOCH + timedelta(seconds=int(text))
    match = re.match(ISO_TIMESTAMP_REGEX, text)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    tz = timezone.utc
    if offset and offset != "Z":
        sign = -1 if offset[0] == "-" else 1
        delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6]))
        try:
            tz = timezone(sign * delta)
        except ValueError:
            return None
    try:
        parsed = datetime(
            int(year), int(month), int(day),
            int(hour or 0), int(minute or 0), int(second or 0),
            int((fraction or "")[:6].ljust(6, "0")),
            tzinfo=tz,
        )
    except ValueError:
        return None
    return parsed.astimezone(timezone.utc)


def _json_text(value):
    # Same idea as Spark keeping the raw JSON text of non-string tokens.
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def normalise_event(record):
    """Cleaned event dict from one decoded JSON object, or None if malformed."""
    fields = {name: _json_text(record.get(name)) for name in EVENT_FIELDS}
    event = {
        "event_id": clean_string(fields["event_id"]),
        "event_type": clean_string(fields["event_type"]),
        "customer_id": clean_string(fields["customer_id"]),
        "occurred_at": parse_occurred_at(fields["occurred_at"]),
        "payload": fields["payload"],
    }
    if any(event[name] is None for name in MANDATORY_FIELDS):
        return None
    event[PARTITION_COLUMN] = event["occurred_at"].date()
    return event


def parse_event_line(line):
    """normalise_event() for one raw JSON line; None for anything malformed."""
    try:
        record = json.loads(line)
    except (TypeError, ValueError):
        return None
    if not isinstance(record, dict):
        return None
    return normalise_event(record)


def dedupe_events(events):
    """One event per event_id: earliest occurred_at wins (ties: smallest payload)."""
    best = {}
    for event in events:
        key = event["event_id"]
        rank = (event["occurred_at"], event["payload"] is None, event["payload"] or "")
        if key not in best or rank < best[key][0]:
            best[key] = (rank, event)
    return [event for _, event in best.values()]


# --------------------------------------------------------------------------- #
# Glue job                                                                     #
# --------------------------------------------------------------------------- #
def main():
    from awsglue.context import GlueContext
    from awsglue.job import Job
    from awsglue.utils import getResolvedOptions
    from pyspark.conf import SparkConf
    from pyspark.context import SparkContext
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    resolved = getResolvedOptions(sys.argv, REQUIRED_ARGS)
    args = validate_args(resolved)

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

    # Read as text and parse with from_json: a bad line becomes NULL fields that
    # the filter below drops, instead of failing the read or needing a corrupt-
    # record column. recursiveFileLookup accepts any date/hour folder layout.
    lines = spark.read.option("recursiveFileLookup", "true").text(args["SOURCE_PATH"])
    parsed = lines.select(F.from_json(F.col("value"), EVENT_SCHEMA_DDL).alias("e")).select("e.*")

    def clean_str(col):
        trimmed = F.regexp_replace(col, TRIM_REGEX, "")
        return F.when(F.length(trimmed) > 0, trimmed)

    raw_ts = clean_str(F.col("occurred_at"))
    occurred_at = (
        # Decimal keeps millisecond precision exact; a double would round.
        F.when(raw_ts.rlike(EPOCH_MILLIS_REGEX), F.timestamp_seconds(raw_ts.cast("decimal(20,0)") / F.lit(1000)))
        .when(raw_ts.rlike(EPOCH_SECONDS_REGEX), F.timestamp_seconds(raw_ts.cast("bigint")))
        # Offsets are honoured; naive values use the session zone, i.e. UTC.
        .when(raw_ts.rlike(ISO_TIMESTAMP_REGEX), raw_ts.cast("timestamp"))
    )
    events = parsed.select(
        clean_str(F.col("event_id")).alias("event_id"),
        clean_str(F.col("event_type")).alias("event_type"),
        clean_str(F.col("customer_id")).alias("customer_id"),
        occurred_at.alias("occurred_at"),
        F.col("payload"),
    )
    for name in MANDATORY_FIELDS:
        events = events.where(F.col(name).isNotNull())

    # Deterministic winner, so a rerun writes identical partitions.
    first_seen = Window.partitionBy("event_id").orderBy(
        F.col("occurred_at").asc(), F.col("payload").asc_nulls_last()
    )
    processed = (
        events.withColumn("_rank", F.row_number().over(first_seen))
        .where(F.col("_rank") == 1)
        .drop("_rank")
        .withColumn(PARTITION_COLUMN, F.to_date(F.col("occurred_at")))
        .withColumn("processed_at", F.current_timestamp())
    )

    (
        # One shuffle so each event_date is written by one task: few, larger files.
        processed.repartition(PARTITION_COLUMN)
        .write.mode("overwrite")
        # Explicit on the writer too: static would wipe dates absent from this run.
        .option("partitionOverwriteMode", "dynamic")
        .option("compression", "snappy")
        .partitionBy(PARTITION_COLUMN)
        .parquet(args["TARGET_PATH"])
    )

    job.commit()


if __name__ == "__main__":
    main()
