"""Glue job "customer-data-cleansing": MySQL customers table -> cleansed Parquet.

Reads SOURCE_TABLE through the Glue JDBC connection SOURCE_CONNECTION (with job
bookmarks, so each run only sees rows changed since the last successful run),
cleanses and de-duplicates the batch and writes snappy Parquet to TARGET_PATH,
partitioned by ingest_date, overwriting only the partitions it writes.

Runtime: AWS Glue 4.0 (Spark 3.3, Python 3.10).

Layout: everything above main() is pure Python so the unit tests can import this
file without pyspark/awsglue. The pure helpers mirror the Spark expressions in
main() rule for rule (they share the same regex constants); change both together.
"""

import re
import sys
from datetime import datetime, timezone

JOB = "customer-data-cleansing"
REQUIRED_ARGS = ["JOB_NAME", "SOURCE_CONNECTION", "SOURCE_TABLE", "TARGET_PATH"]

# Must be in the SparkConf before the SparkContext starts; executors read them at
# launch. Kept after the executor "Connection refused" RPC incident (the root cause
# was networking, see README). Spark requires heartbeatInterval < network.timeout.
SPARK_CONF_SETTINGS = {
    "spark.network.timeout": "600s",
    "spark.executor.heartbeatInterval": "60s",
}
# Runtime SQL settings. The cleansing rules rely on invalid casts returning NULL,
# so ANSI mode is pinned off rather than inherited from the platform default.
SQL_SETTINGS = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.ansi.enabled": "false",
    "spark.sql.sources.partitionOverwriteMode": "dynamic",
}

PRIMARY_KEY = "customer_id"
UPDATED_AT = "updated_at"
EMAIL_COLUMN = "email"
PHONE_COLUMN = "phone"
COUNTRY_COLUMN = "country"
TIMESTAMP_COLUMNS = ("created_at", "updated_at")
DATE_COLUMNS = ("date_of_birth",)
PARTITION_COLUMN = "ingest_date"
REQUIRED_COLUMNS = (PRIMARY_KEY, UPDATED_AT)

# The bookmark tracks updated_at rather than the primary key: a PK bookmark only
# ever sees new customers, never updates. Glue skips rows whose key is NULL and
# needs the key to be (close to) strictly increasing.
BOOKMARK_KEY = UPDATED_AT
TRANSFORMATION_CTX = "source_customers"  # bookmark state is stored under this name; keep it stable

# These patterns run both in Java (Spark) and in Python (tests), so they stick to
# syntax both engines read the same way: explicit ASCII classes, no \d \s \w
# (Unicode-aware in Python, ASCII in Java).
WHITESPACE = r"[ \t\n\x0B\f\r]"
TRIM_REGEX = "^" + WHITESPACE + "+|" + WHITESPACE + "+$"
EMAIL_REGEX = (
    r"^[a-z0-9_%+'-]+(\.[a-z0-9_%+'-]+)*"
    r"@([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$"
)
EMAIL_MAX_LENGTH = 254  # RFC 5321 path limit
NON_DIGIT_REGEX = r"[^0-9]"
# E.164 allows at most 15 digits; fewer than 7 is never a dialable number.
PHONE_MIN_DIGITS = 7
PHONE_MAX_DIGITS = 15
COUNTRY_REGEX = r"^[A-Z]{2}$"
# Two-letter codes that are common but not ISO 3166-1 alpha-2.
COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}

S3_PATH_REGEX = r"^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$"
# dbtable is spliced into SQL by Glue, so only plain [schema.]table names pass.
TABLE_REGEX = r"^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?$"


# --------------------------------------------------------------------------- #
# Pure helpers (no Spark)                                                      #
# --------------------------------------------------------------------------- #
def _s3_path_error(name, value, require_prefix):
    if not re.match(S3_PATH_REGEX, value):
        return f"{name} must be an s3://bucket/prefix/ URI, got {value!r}"
    if require_prefix and not value[len("s3://"):].partition("/")[2].strip("/"):
        # An overwrite at a bucket root would touch everything in the bucket.
        return f"{name} must point below the bucket root, got {value!r}"
    return None


def _as_dir(path):
    return path if path.endswith("/") else path + "/"


def validate_args(raw):
    """Validate the getResolvedOptions() dict; return a normalised copy.

    Raises ValueError listing every problem at once, so a misconfigured job
    fails in one run instead of one argument per run.
    """
    errors = []
    args = {}
    for name in REQUIRED_ARGS:
        value = raw.get(name)
        if value is None or not str(value).strip():
            errors.append(f"missing required argument --{name}")
        else:
            args[name] = str(value).strip()
    if "SOURCE_TABLE" in args and not re.match(TABLE_REGEX, args["SOURCE_TABLE"]):
        errors.append(f"SOURCE_TABLE must be [schema.]table, got {args['SOURCE_TABLE']!r}")
    if "TARGET_PATH" in args:
        err = _s3_path_error("TARGET_PATH", args["TARGET_PATH"], require_prefix=True)
        if err:
            errors.append(err)
        else:
            args["TARGET_PATH"] = _as_dir(args["TARGET_PATH"])
    if errors:
        raise ValueError(f"{JOB}: invalid arguments: " + "; ".join(errors))
    return args


def jdbc_connection_options(connection_name, table):
    """Options for create_dynamic_frame.from_options(connection_type="mysql")."""
    return {
        # URL, user and password come from the Glue connection, never the script.
        "useConnectionProperties": "true",
        "connectionName": connection_name,
        "dbtable": table,
        "jobBookmarkKeys": [BOOKMARK_KEY],
        "jobBookmarkKeysSortOrder": "asc",
    }


def missing_columns(actual, required):
    present = {c.lower() for c in actual}
    return [c for c in required if c.lower() not in present]


def clean_string(value):
    """Strip ASCII whitespace; blank becomes None. Mirrors clean_str() in main()."""
    if value is None:
        return None
    trimmed = re.sub(TRIM_REGEX, "", str(value))
    return trimmed or None


def normalise_email(value):
    """Lower-cased email, or None when it is not a plausible address."""
    email = clean_string(value)
    if email is None:
        return None
    email = email.lower()
    if len(email) > EMAIL_MAX_LENGTH or not re.match(EMAIL_REGEX, email):
        return None
    return email


def is_valid_email(value):
    return normalise_email(value) is not None


def normalise_phone(value):
    """Digits only, or None when the digit count cannot be a phone number."""
    if value is None:
        return None
    digits = re.sub(NON_DIGIT_REGEX, "", str(value))
    if not PHONE_MIN_DIGITS <= len(digits) <= PHONE_MAX_DIGITS:
        return None
    return digits


def normalise_country(value):
    """Upper-case ISO 3166-1 alpha-2 code, or None."""
    code = clean_string(value)
    if code is None:
        return None
    code = code.upper()
    code = COUNTRY_ALIASES.get(code, code)
    return code if re.match(COUNTRY_REGEX, code) else None


def cleanse_record(record):
    """Apply the column rules to one plain-dict row; None when it has no key."""
    row = {}
    for name, value in record.items():
        name = name.lower()
        if isinstance(value, str):
            value = clean_string(value)
        if name == EMAIL_COLUMN:
            value = normalise_email(value)
        elif name == PHONE_COLUMN:
            value = normalise_phone(value)
        elif name == COUNTRY_COLUMN:
            value = normalise_country(value)
        row[name] = value
    if row.get(PRIMARY_KEY) is None:
        return None
    return row


def dedupe_latest(records):
    """One row per customer_id, the one with the latest updated_at (None last)."""
    best = {}
    for row in records:
        key = row[PRIMARY_KEY]
        current = best.get(key)
        if current is None or _newer(row.get(UPDATED_AT), current.get(UPDATED_AT)):
            best[key] = row
    return list(best.values())


def _newer(candidate, current):
    if candidate is None:
        return False
    return current is None or candidate > current


def ingest_date_for(now):
    """Partition value for a run started at `now` (UTC calendar date)."""
    if now.tzinfo is not None:
        now = now.astimezone(timezone.utc)
    return now.date().isoformat()


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

    source = glue_context.create_dynamic_frame.from_options(
        connection_type="mysql",
        connection_options=jdbc_connection_options(args["SOURCE_CONNECTION"], args["SOURCE_TABLE"]),
        transformation_ctx=TRANSFORMATION_CTX,
    )
    df = source.toDF()
    # The Data Catalog and Athena are case-insensitive and lower-case names anyway.
    df = df.toDF(*[c.lower() for c in df.columns])
    missing = missing_columns(df.columns, REQUIRED_COLUMNS)
    if missing:
        raise ValueError(f"{JOB}: source table {args['SOURCE_TABLE']} lacks columns {missing}")

    def clean_str(col):
        trimmed = F.regexp_replace(col, TRIM_REGEX, "")
        return F.when(F.length(trimmed) > 0, trimmed)

    string_columns = {name for name, dtype in df.dtypes if dtype == "string"}
    projected = []
    for name in df.columns:
        col = F.col(f"`{name}`")
        if name in string_columns:
            col = clean_str(col)
        if name == EMAIL_COLUMN:
            email = F.lower(clean_str(col.cast("string")))
            col = F.when((F.length(email) <= EMAIL_MAX_LENGTH) & email.rlike(EMAIL_REGEX), email)
        elif name == PHONE_COLUMN:
            digits = F.regexp_replace(col.cast("string"), NON_DIGIT_REGEX, "")
            col = F.when(F.length(digits).between(PHONE_MIN_DIGITS, PHONE_MAX_DIGITS), digits)
        elif name == COUNTRY_COLUMN:
            code = F.upper(clean_str(col.cast("string")))
            if COUNTRY_ALIASES:
                aliases = F.create_map(*[F.lit(x) for pair in sorted(COUNTRY_ALIASES.items()) for x in pair])
                # A missing map key yields NULL (ANSI off), so unknown codes fall through.
                code = F.coalesce(aliases[code], code)
            col = F.when(code.rlike(COUNTRY_REGEX), code)
        elif name in TIMESTAMP_COLUMNS:
            col = col.cast("timestamp")
        elif name in DATE_COLUMNS:
            col = col.cast("date")
        projected.append(col.alias(name))

    latest_first = Window.partitionBy(PRIMARY_KEY).orderBy(F.col(UPDATED_AT).desc_nulls_last())
    ingest_date = ingest_date_for(datetime.now(timezone.utc))
    cleansed = (
        df.select(*projected)
        .where(F.col(PRIMARY_KEY).isNotNull())
        .withColumn("_rank", F.row_number().over(latest_first))
        .where(F.col("_rank") == 1)
        .drop("_rank")
        # Fixed once on the driver so every task agrees, even across midnight.
        .withColumn(PARTITION_COLUMN, F.to_date(F.lit(ingest_date)))
    )

    # Cached so the count below does not make a second round trip to MySQL.
    cleansed.persist()
    rows = cleansed.count()
    logger.info(f"{JOB}: {rows} cleansed rows for {PARTITION_COLUMN}={ingest_date}")
    if rows > 0:
        (
            cleansed.write.mode("overwrite")
            # Explicit on the writer too: a static overwrite here would delete
            # every other ingest_date partition under TARGET_PATH.
            .option("partitionOverwriteMode", "dynamic")
            .option("compression", "snappy")
            .partitionBy(PARTITION_COLUMN)
            .parquet(args["TARGET_PATH"])
        )
    cleansed.unpersist()

    # Only reached when the write succeeded, so a failed run re-reads the same rows.
    job.commit()


if __name__ == "__main__":
    main()
