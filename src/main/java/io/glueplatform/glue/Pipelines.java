package io.glueplatform.glue;

import io.glueplatform.storage.DataLake;

import java.util.List;
import java.util.Map;

/** The jobs of the platform, with the arguments their scripts in glue-scripts/ expect. */
public final class Pipelines {
    private Pipelines() {
    }

    /**
     * The two jobs of the connection fix document: cleanse the customers table from MySQL into the lake,
     * then derive per-customer features.
     */
    public static List<GlueJobSpec> customerPipeline(DataLake lake, String sourceTable) {
        return List.of(
                new GlueJobSpec("customer_data_cleansing", "customer-data-cleansing", "1_data_cleansing.py",
                        "Cleanses the MySQL customers table into processed/customers/ (Parquet)",
                        // --SOURCE_CONNECTION is added by GluePipeline with the JDBC connection it attaches.
                        Map.of("--SOURCE_TABLE", sourceTable,
                                "--TARGET_PATH", lake.lake().s3Uri(DataLake.PROCESSED + "customers/")),
                        null, null, true),
                new GlueJobSpec("feature_engineering", "feature-engineering", "2_feature_engineering.py",
                        "Derives per-customer features into curated/customer_features/ (Parquet)",
                        Map.of("--SOURCE_PATH", lake.lake().s3Uri(DataLake.PROCESSED + "customers/"),
                                "--TARGET_PATH", lake.lake().s3Uri(DataLake.CURATED + "customer_features/")),
                        null, null, false));
    }

    /** Role of the data-processing job in {@link #eventsPipeline}. */
    public static final String DATA_PROCESSING = "data_processing";
    /** Role of the data-quality job in {@link #eventsPipeline}. */
    public static final String DATA_QUALITY = "data_quality";
    /** Where the events land and are written, under the lake bucket. */
    public static final String RAW_EVENTS = DataLake.RAW + "events/";
    public static final String PROCESSED_EVENTS = DataLake.PROCESSED + "events/";

    /**
     * The two jobs of seed 004's workflow: raw JSON events to Parquet (60 min), then a quality gate on the result
     * (30 min) that writes its report to the outputs bucket and fails the run when a check fails.
     * MAX_NULL_RATIO is applied to every column, including the nullable customer_id and payload, hence 0.5.
     */
    public static List<GlueJobSpec> eventsPipeline(DataLake lake) {
        return List.of(
                new GlueJobSpec(DATA_PROCESSING, "data-processing", "3_data_processing.py",
                        "Parses raw JSON-lines events into processed/events/ (Parquet by event_date)",
                        Map.of("--SOURCE_PATH", lake.lake().s3Uri(RAW_EVENTS),
                                "--TARGET_PATH", lake.lake().s3Uri(PROCESSED_EVENTS)),
                        60, null, false),
                new GlueJobSpec(DATA_QUALITY, "data-quality", "4_data_quality.py",
                        "Checks processed/events/ (row count, null ratios, duplicates); fails on a failed check",
                        Map.of("--SOURCE_PATH", lake.lake().s3Uri(PROCESSED_EVENTS),
                                "--REPORT_PATH", lake.outputs().s3Uri(DataLake.OUTPUTS + "data-quality/"),
                                "--MIN_ROWS", "1",
                                "--MAX_NULL_RATIO", "0.5"),
                        30, null, false));
    }

    /**
     * Jobs of the connectivity stores (seeds 002, 003); each is left out unless its stores are configured.
     * {@code orders_enrichment} lists connections into both VPCs: the Glue VPC's first (where the ENIs go,
     * with MySQL), the peered VPC's PostgreSQL last.
     */
    public static List<GlueJobSpec> connectivityJobs(DataLake lake) {
        return List.of(
                new GlueJobSpec("warehouse_load", "warehouse-load", "5_warehouse_load.py",
                        "Loads curated customer features into the cross-region Redshift warehouse (JDBC through the NAT gateway)",
                        Map.of("--SOURCE_PATH", lake.lake().s3Uri(DataLake.CURATED + "customer_features/"),
                                "--TARGET_TABLE", "public.customer_features",
                                "--TEMP_PATH", lake.lake().s3Uri(DataLake.PROCESSED + "_redshift_tmp/")),
                        null, null, false, List.of("redshift")),
                new GlueJobSpec("orders_enrichment", "orders-enrichment", "6_orders_enrichment.py",
                        "Joins PostgreSQL orders (peered VPC) with MySQL customers into processed/orders_enriched/",
                        Map.of("--ORDERS_TABLE", "public.orders",
                                "--CUSTOMERS_TABLE", "customers",
                                "--TARGET_PATH", lake.lake().s3Uri(DataLake.PROCESSED + "orders_enriched/")),
                        null, null, true, List.of("postgres")));
    }
}
