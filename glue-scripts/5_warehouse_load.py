"""Glue job "warehouse-load": curated customer features -> cross-region Redshift.

Reads SOURCE_PATH (Parquet) and writes TARGET_TABLE through the Glue JDBC
connection REDSHIFT_CONNECTION. The cluster lives in another region; traffic
leaves the Glue VPC through its NAT gateway, whose Elastic IP is the only
source the cluster's security group admits (see docs/preflight.md). TLS is
enforced by the connection (JDBC_ENFORCE_SSL) and by the cluster (require_ssl).

Runtime: AWS Glue 4.0. Everything above main() is pure Python.
"""

import sys

JOB = "warehouse-load"
REQUIRED_ARGS = ["JOB_NAME", "SOURCE_PATH", "TARGET_TABLE", "TEMP_PATH", "REDSHIFT_CONNECTION"]


def redshift_options(connection, table, temp_path):
    """Connection options for glueContext.write_dynamic_frame.from_options(connection_type="redshift")."""
    if "." not in table:
        raise ValueError(f"TARGET_TABLE must be schema.table, got {table!r}")
    return {
        "useConnectionProperties": "true",
        "connectionName": connection,
        "dbtable": table,
        "redshiftTmpDir": temp_path,
    }


def main():  # pragma: no cover - runs on Glue only
    from awsglue.context import GlueContext
    from awsglue.dynamicframe import DynamicFrame
    from awsglue.job import Job
    from awsglue.utils import getResolvedOptions
    from pyspark.context import SparkContext

    args = getResolvedOptions(sys.argv, REQUIRED_ARGS)
    glue_context = GlueContext(SparkContext.getOrCreate())
    job = Job(glue_context)
    job.init(args["JOB_NAME"], args)
    frame = glue_context.spark_session.read.parquet(args["SOURCE_PATH"])
    glue_context.write_dynamic_frame.from_options(
        frame=DynamicFrame.fromDF(frame, glue_context, "features"),
        connection_type="redshift",
        connection_options=redshift_options(args["REDSHIFT_CONNECTION"], args["TARGET_TABLE"], args["TEMP_PATH"]),
    )
    job.commit()


if __name__ == "__main__":
    main()
