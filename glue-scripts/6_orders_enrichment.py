"""Glue job "orders-enrichment": PostgreSQL orders (peered VPC) + MySQL customers -> Parquet.

The job lists connections into two VPCs. Glue creates its network interfaces in
ONE subnet: that of the first connection that passes its checks, here the Glue
VPC's (NAT, S3 endpoint, MySQL). PostgreSQL is reached from there over the VPC
peering (routes both ways, DNS resolution over the peering); see docs/preflight.md.

Runtime: AWS Glue 4.0. Everything above main() is pure Python.
"""

import sys

JOB = "orders-enrichment"
REQUIRED_ARGS = [
    "JOB_NAME", "ORDERS_TABLE", "CUSTOMERS_TABLE", "TARGET_PATH", "POSTGRES_CONNECTION", "SOURCE_CONNECTION",
]
JOIN_KEY = "customer_id"


def jdbc_options(connection, table):
    """Options for glueContext.create_dynamic_frame.from_options with a named JDBC connection."""
    return {"useConnectionProperties": "true", "connectionName": connection, "dbtable": table}


def main():  # pragma: no cover - runs on Glue only
    from awsglue.context import GlueContext
    from awsglue.job import Job
    from awsglue.utils import getResolvedOptions
    from pyspark.context import SparkContext

    args = getResolvedOptions(sys.argv, REQUIRED_ARGS)
    glue_context = GlueContext(SparkContext.getOrCreate())
    job = Job(glue_context)
    job.init(args["JOB_NAME"], args)
    orders = glue_context.create_dynamic_frame.from_options(
        connection_type="postgresql", connection_options=jdbc_options(args["POSTGRES_CONNECTION"], args["ORDERS_TABLE"])
    ).toDF()
    customers = glue_context.create_dynamic_frame.from_options(
        connection_type="mysql", connection_options=jdbc_options(args["SOURCE_CONNECTION"], args["CUSTOMERS_TABLE"])
    ).toDF()
    orders.join(customers, JOIN_KEY, "left").write.mode("overwrite").parquet(args["TARGET_PATH"])
    job.commit()


if __name__ == "__main__":
    main()
