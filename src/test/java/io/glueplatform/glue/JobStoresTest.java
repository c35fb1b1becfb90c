package io.glueplatform.glue;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import io.glueplatform.Main;
import io.glueplatform.cdk.Naming;
import io.glueplatform.config.ConfigException;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.iam.AwsScope;
import io.glueplatform.kms.PlatformKey;
import io.glueplatform.kms.PlatformKeyProps;
import io.glueplatform.rds.Database;
import io.glueplatform.rds.DatabaseProps;
import io.glueplatform.storage.DataLake;
import io.glueplatform.storage.DataLakeProps;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.SynthFixture;
import io.glueplatform.vpc.Network;
import io.glueplatform.vpc.NetworkProps;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A job is linked to its stores by {@link StoreKind}: a job is deployed exactly where its stores exist, every job that
 * is not deployed is listed with the sentence saying why, and a job named explicitly without its store is an error.
 */
class JobStoresTest {

    @Test
    void devListsTheStoreJobsItDoesNotDeployWithTheReason() {
        Map<String, String> notDeployed = SynthFixture.synth("dev").stack().glue().notDeployedJobs();
        assertThat(notDeployed).containsOnlyKeys("orders-enrichment", "warehouse-load");
        assertThat(notDeployed.get("warehouse-load")).isEqualTo(
                "dev: Glue job warehouse-load needs store redshift, which this environment does not have; stores it has: mysql");
        assertThat(notDeployed.get("orders-enrichment")).isEqualTo(
                "dev: Glue job orders-enrichment needs store postgres, which this environment does not have; stores it has: mysql");
        assertThat(SynthFixture.synth("dev").resources("aws_glue_job")).doesNotContainKeys("glue_warehouse_load", "glue_orders_enrichment");
    }

    @Test
    void synthSaysWhichJobsItLeavesOutSoNoneDisappearsSilently() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.reportJobsNotDeployed(SynthFixture.synth("dev").stack(), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactlyInAnyOrder(
                "glue-platform: not deployed: dev: Glue job warehouse-load needs store redshift, which this environment does not have; stores it has: mysql",
                "glue-platform: not deployed: dev: Glue job orders-enrichment needs store postgres, which this environment does not have; stores it has: mysql");
    }

    @Test
    void anEnvironmentWithBothStoresDeploysEveryPipelineJob() {
        GluePipeline glue = SynthFixture.synth("dataxr").stack().glue();
        assertThat(glue.notDeployedJobs()).isEmpty();
        assertThat(glue.jobNames()).containsKeys("warehouse_load", "orders_enrichment", "customer_data_cleansing");
    }

    @Test
    void outsideTheVpcAJdbcJobIsNotDeployedAndTheReasonSaysWhy() {
        Map<String, String> notDeployed = SynthFixture.variant("dev", ConfigFixtures.put("/glue/runInVpc", false)).stack().glue()
                .notDeployedJobs();
        assertThat(notDeployed.get("customer-data-cleansing")).isEqualTo("dev: Glue job customer-data-cleansing needs store mysql,"
                + " which this environment does not have; stores it has: none (glue.runInVpc is false: a job outside the VPC"
                + " reaches no JDBC store)");
    }

    @Test
    void aJobNamedExplicitlyWhoseStoreIsMissingIsAnErrorNamingEnvironmentJobStoreAndWhatExists() {
        JobCatalog catalog = JobCatalog.load(Repo.scripts());
        EnvironmentConfig env = SynthFixture.environment("dev");
        TerraformStack stack = new TerraformStack(Testing.app(), "explicit-jobs");
        Naming naming = new Naming("explicit");
        PlatformKey key = new PlatformKey(stack, naming, PlatformKeyProps.of(AwsScope.of(env)));
        Network network = new Network(stack, naming, new NetworkProps(env.region(), env.availabilityZones(), env.network(), 7, key));
        DataLake lake = new DataLake(stack, naming, new DataLakeProps(env::bucketName, null, env.accountId(), key));
        Database database = new Database(stack, naming, new DatabaseProps(null, network, key, 7));
        List<GlueJobSpec> jobs = catalog.pipelineJobs(JobCatalog.Locations.of(lake)).stream()
                .filter(job -> job.jobName().equals("warehouse-load")).toList();
        assertThat(jobs).hasSize(1);
        GluePipelineProps props = new GluePipelineProps(new GlueDependencies(AwsScope.of(env), network, key, lake, catalog),
                new JdbcStores(database, List.of()), null, "explicit_catalog", 7);

        assertThatThrownBy(() -> new GluePipeline(stack, naming, props, jobs))
                .isInstanceOf(ConfigException.class)
                .hasMessage("explicit: Glue job warehouse-load needs store redshift, which this environment does not have;"
                        + " stores it has: mysql");
    }

    @Test
    void aManifestNamesAStoreOnlyByItsKind() {
        assertThat(JobCatalog.CONNECTIONS).containsExactlyInAnyOrder("mysql", "redshift", "postgres");
        assertThat(StoreKind.byConnectionName("redshift")).contains(StoreKind.REDSHIFT);
        assertThat(StoreKind.byConnectionName("oracle")).isEmpty();
    }
}
