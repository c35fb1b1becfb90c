"""Glue job "feature-engineering": processed customers -> per-customer features.

Reads the cleansed customers Parquet written by customer-data-cleansing
(SOURCE_PATH, partitioned by ingest_date), keeps the latest version of each
customer and writes one feature row per customer to TARGET_PATH as snappy
Parquet partitioned by signup_cohort.

Runtime: AWS Glue 4.0 (Spark 3.3, Python 3.10).

Layout: everything above main() is pure Python so the unit tests can import this
file without pyspark/awsglue. derive_features() mirrors the Spark expressions in
main() rule for rule; change both together.
"""

import re
import sys
from datetime import date, datetime, timezone

JOB = "feature-engineering"
REQUIRED_ARGS = ["JOB_NAME", "SOURCE_PATH", "TARGET_PATH"]

# Must be in the SparkConf before the SparkContext starts; executors read them at
# launch. Kept after the executor "Connection refused" RPC incident (the root cause
# was networking, see README). Spark requires heartbeatInterval < network.timeout.
SPARK_CONF_SETTINGS = {
    "spark.network.timeout": "600s",
    "spark.executor.heartbeatInterval": "60s",
}
# Day and month boundaries (tenure, cohort) must not depend on the driver's zone.
SQL_SETTINGS = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.ansi.enabled": "false",
}

PRIMARY_KEY = "customer_id"
UPDATED_AT = "updated_at"
CREATED_AT = "created_at"
INGEST_DATE = "ingest_date"
REQUIRED_COLUMNS = (PRIMARY_KEY, UPDATED_AT, CREATED_AT)
# Optional in the source table; absent ones are read as NULL.
OPTIONAL_COLUMNS = ("email", "phone", "country")
PARTITION_COLUMN = "signup_cohort"
UNKNOWN_COHORT = "unknown"  # keeps NULL created_at out of __HIVE_DEFAULT_PARTITION__

# (max days since last update, bucket), checked in order; anything older is dormant.
ACTIVITY_BUCKETS = ((30, "active"), (90, "warm"), (365, "cooling"))
DORMANT_BUCKET = "dormant"
UNKNOWN_BUCKET = "unknown"

FEATURE_COLUMNS = (
    "customer_id",
    "tenure_days",
    "days_since_update",
    "email_domain",
    "has_phone",
    "country",
    "activity_bucket",
    "as_of_date",
    "signup_cohort",
)

S3_PATH_REGEX = r"^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$"


# --------------------------------------------------------------------------- #
# Pure helpers (no Spark)                                                      #
# --------------------------------------------------------------------------- #
def _s3_path_error(name, value, require_prefix):
    if not re.match(S3_PATH_REGEX, value):
        return f"{name} must be an s3://bucket/prefix/ URI, got {value!r}"
    if require_prefix and not value[len("s3://"):].partition("/")[2].strip("/"):
        # The target is overwritten as a whole; never let that be a bucket root.
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
    if (
        not errors
        and _overlaps(args["SOURCE_PATH"], args["TARGET_PATH"])
    ):
        # The static overwrite of TARGET_PATH would delete the input mid-read.
        errors.append("SOURCE_PATH and TARGET_PATH must not contain one another")
    if errors:
        raise ValueError(f"{JOB}: invalid arguments: " + "; ".join(errors))
    return args


def missing_columns(actual, required):
    present = {c.lower() for c in actual}
    return [c for c in required if c.lower() not in present]


def _to_utc_date(value):
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc)
        return value.date()
    if isinstance(value, date):
        return value
    raise TypeError(f"expected date/datetime, got {type(value).__name__}")


def days_between(as_of, value):
    """Whole days from value to as_of (Spark datediff semantics), None if unknown."""
    day = _to_utc_date(value)
    return None if day is None else (as_of - day).days


def activity_bucket(days_since_update):
    if days_since_update is None:
        return UNKNOWN_BUCKET
    for max_days, label in ACTIVITY_BUCKETS:
        if days_since_update <= max_days:
            return label
    return DORMANT_BUCKET


def signup_cohort(created_at):
    day = _to_utc_date(created_at)
    return UNKNOWN_COHORT if day is None else day.strftime("%Y-%m")


def email_domain(email):
    """Text after the last '@' (Spark substring_index(email, '@', -1)), lower-cased."""
    if email is None or "@" not in email:
        return None
    return email.rsplit("@", 1)[1].lower()


def derive_features(record, as_of):
    """Feature row for one customer record (plain dict); mirrors main()."""
    days_since_update = days_between(as_of, record.get(UPDATED_AT))
    phone = record.get("phone")
    return {
        "customer_id": record.get(PRIMARY_KEY),
        "tenure_days": days_between(as_of, record.get(CREATED_AT)),
        "days_since_update": days_since_update,
        "email_domain": email_domain(record.get("email")),
        "has_phone": phone is not None and len(str(phone)) > 0,
        "country": record.get("country"),
        "activity_bucket": activity_bucket(days_since_update),
        "as_of_date": as_of,
        "signup_cohort": signup_cohort(record.get(CREATED_AT)),
    }


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

    # Plain Spark read, not a bookmarked DynamicFrame: features are rebuilt from
    # the full history, because a customer's latest row may sit in any partition.
    # mergeSchema picks up columns added to the MySQL table after older partitions.
    customers = spark.read.option("mergeSchema", "true").parquet(args["SOURCE_PATH"])
    missing = missing_columns(customers.columns, REQUIRED_COLUMNS)
    if missing:
        raise ValueError(f"{JOB}: {args['SOURCE_PATH']} lacks columns {missing}")
    for name in OPTIONAL_COLUMNS:
        if name not in customers.columns:
            customers = customers.withColumn(name, F.lit(None).cast("string"))

    # customer-data-cleansing writes one partition per run with that run's changes,
    # so the same customer appears once per ingest_date it changed on.
    order = [F.col(UPDATED_AT).desc_nulls_last()]
    if INGEST_DATE in customers.columns:
        order.append(F.col(INGEST_DATE).desc_nulls_last())
    latest = (
        customers.withColumn("_rank", F.row_number().over(Window.partitionBy(PRIMARY_KEY).orderBy(*order)))
        .where(F.col("_rank") == 1)
        .drop("_rank")
    )

    as_of = F.current_date()
    with_days = latest.withColumn("days_since_update", F.datediff(as_of, F.to_date(F.col(UPDATED_AT))))

    days = F.col("days_since_update")
    bucket = F.when(days.isNull(), F.lit(UNKNOWN_BUCKET))
    for max_days, label in ACTIVITY_BUCKETS:
        bucket = bucket.when(days <= max_days, F.lit(label))
    bucket = bucket.otherwise(F.lit(DORMANT_BUCKET))

    email = F.col("email").cast("string")
    phone = F.col("phone").cast("string")
    features = with_days.select(
        F.col(PRIMARY_KEY).alias("customer_id"),
        F.datediff(as_of, F.to_date(F.col(CREATED_AT))).alias("tenure_days"),
        days.alias("days_since_update"),
        F.when(email.contains("@"), F.lower(F.substring_index(email, "@", -1))).alias("email_domain"),
        # isNotNull() is never NULL, so has_phone is always true/false.
        (phone.isNotNull() & (F.length(phone) > 0)).alias("has_phone"),
        F.col("country").cast("string").alias("country"),
        bucket.alias("activity_bucket"),
        as_of.alias("as_of_date"),
        F.coalesce(F.date_format(F.col(CREATED_AT), "yyyy-MM"), F.lit(UNKNOWN_COHORT)).alias(PARTITION_COLUMN),
    )

    (
        # One shuffle so each cohort is written by one task: few, larger files.
        features.repartition(PARTITION_COLUMN)
        .write.mode("overwrite")
        # Full rebuild: static overwrite also removes cohorts that no longer have
        # customers (e.g. after a created_at correction).
        .option("partitionOverwriteMode", "static")
        .option("compression", "snappy")
        .partitionBy(PARTITION_COLUMN)
        .parquet(args["TARGET_PATH"])
    )

    job.commit()


if __name__ == "__main__":
    main()
