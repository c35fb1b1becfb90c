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
}
