package io.glueplatform.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glueplatform.config.ConfigFixtures;
import io.glueplatform.testing.Repo;
import io.glueplatform.testing.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.glueplatform.config.ConfigFixtures.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * `make deploy`, `make plan CHECK=1` and `make drift` for real, on private emulators (each on its own free port),
 * with a lean environment "ops" (dev without the optional services and the tools host; RDS, Glue, VPC, KMS and
 * the buckets stay, so the scripts run against the same kinds of resources).
 *
 * <ol>
 *   <li>one successful deploy (CI=true: quiet progress), reused for every later check;</li>
 *   <li>`make plan CHECK=1` right after it: exit 0, no changes;</li>
 *   <li>a VPC tag and a VPC setting changed behind Terraform's back with boto3: `make drift` exits 2 naming them;</li>
 *   <li>a configuration change: `make plan CHECK=1` exits 2 and lists the changed resources;</li>
 *   <li>a configuration that replaces the database: `make plan` refuses it (exit 4), listing it;</li>
 *   <li>the same with ALLOW_DESTROY=1 through `make deploy`, and the emulator killed while Terraform waits on RDS:
 *       make fails, the step is named, Terraform's error and the log path are printed, no success line.</li>
 * </ol>
 */
@Tag("e2e")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsE2ETest {

    private static final Path WORK = Repo.root().resolve("target/ops-e2e");
    private static final Path CONFIG = WORK.resolve("environments");
    private static final List<Map<String, String>> EMULATORS = new ArrayList<>();
    private static Map<String, String> deployed;

    @BeforeAll
    static void leanEnvironment() throws IOException {
        Tools.requireTerraform();
        Tools.requireEmulator();
        FailurePathsTest.deleteRecursively(WORK);
        Files.createDirectories(CONFIG);
        Files.writeString(CONFIG.resolve("ops.json"), opsEnvironment(14).toString());
    }

    private static ObjectNode opsEnvironment(int logRetentionDays) {
        ObjectNode ops = ConfigFixtures.shipped("dev");
        put("/services", Map.of("containers", false, "dataPipeline", false, "kubernetesHost", false, "monitoringHost", false)).accept(ops);
        put("/toolsHost/enabled", false).accept(ops);
        put("/logRetentionDays", logRetentionDays).accept(ops);
        return ops;
    }

    /** The environment of one test's runs: its own emulator port, output folder and logs. */
    private static Map<String, String> privateRun(String name) {
        int port = Tools.freePort();
        Map<String, String> environment = new HashMap<>(Map.of(
                "PLATFORM_EMULATOR_PORT", String.valueOf(port),
                "PLATFORM_EMULATOR_ENDPOINT", "http://127.0.0.1:" + port,
                "PLATFORM_CONFIG_DIR", CONFIG.toString(),
                "CDKTF_OUTDIR", WORK.resolve(name).resolve("cdktf.out").toString(),
                "PLATFORM_LOG_DIR", WORK.resolve(name).resolve("logs").toString()));
        EMULATORS.add(environment);
        return environment;
    }

    @AfterAll
    static void stopTheEmulators() {
        for (Map<String, String> environment : EMULATORS) {
            Tools.script("emulator.sh", environment, "stop");
        }
    }

    @Test
    @Order(1)
    void deployWithQuietProgressInCi() {
        deployed = privateRun("deployed");
        Map<String, String> environment = new HashMap<>(deployed);
        environment.put("CI", "true");
        Tools.Result deploy = Make.run(environment, 15, "deploy", "ENV=ops");
        assertThat(deploy.exitCode()).as("make deploy ENV=ops:%n%s", deploy.output()).isZero();
        // A fresh emulator's state is empty: one Terraform run plans and applies, and its plan summary comes first.
        assertThat(deploy.output())
                .contains("deploy: no resource of ops is in the emulator's state yet, so nothing can be lost: one Terraform run plans and applies it")
                .containsPattern("deploy ops: \\d+ to add, 0 to change, 0 to destroy, 0 to replace")
                .containsPattern("deploy ops: Markdown summary \\S+/stacks/ops/deploy\\.md")
                .containsPattern("(?m)^\\[\\d+/\\d+\\] \\S+( — waiting: .*)? \\(1\\d %\\)$")
                .containsPattern("(?m)^\\[(\\d+)/\\1\\] \\S+ \\(100 %\\)$")
                .containsPattern("Apply complete! Resources: \\d+ added, 0 changed, 0 destroyed.")
                .contains("deploy: ops on emulator in")
                // The outputs, printed from the apply's own event stream as `terraform output` prints them.
                .containsPattern("(?m)^vpc_id = \"vpc-[0-9a-f]+\"$")
                .containsPattern("(?m)^glue_job_names = \\[\n  \"ops-[a-z-]+\",\n");
        long progressLines = deploy.output().lines().filter(line -> line.matches("^\\[\\d+/\\d+\\] .*")).count();
        assertThat(progressLines).as("CI: one progress line per 10 %").isBetween(1L, 10L);
        Matcher firstProgressLine = Pattern.compile("(?m)^\\[\\d+/\\d+\\] ").matcher(deploy.output());
        assertThat(firstProgressLine.find()).isTrue();
        assertThat(deploy.output().indexOf("deploy ops: Markdown summary")).as("the plan summary before the first progress line")
                .isBetween(0, firstProgressLine.start());
    }

    @Test
    @Order(3)
    void planCheckRightAfterTheDeployHasNoChanges() {
        Tools.Result plan = Make.run(withTarget(deployed), 10, "plan", "ENV=ops", "CHECK=1");
        assertThat(plan.exitCode()).as("make plan ENV=ops TARGET=emulator CHECK=1:%n%s", plan.output()).isZero();
        assertThat(plan.output()).contains("plan ops: no changes").contains("plan: CHECK=1: no changes (exit 0)");
    }

    @Test
    @Order(4)
    void driftBehindTerraformsBackIsReported() {
        Tools.Result change = Tools.run(List.of("python3", "-c", """
                import sys, boto3
                ec2 = boto3.client("ec2", endpoint_url=sys.argv[1], region_name="us-east-2",
                                   aws_access_key_id="test", aws_secret_access_key="test")
                vpc = ec2.describe_vpcs(Filters=[{"Name": "tag:Name", "Values": ["ops-vpc-this"]}])["Vpcs"][0]["VpcId"]
                ec2.create_tags(Resources=[vpc], Tags=[{"Key": "Owner", "Value": "changed-by-hand"}])
                ec2.modify_vpc_attribute(VpcId=vpc, EnableDnsHostnames={"Value": False})
                """, deployed.get("PLATFORM_EMULATOR_ENDPOINT")), Map.of(), Repo.root(), 2);
        assertThat(change.exitCode()).as("boto3 against the emulator:%n%s", change.output()).isZero();

        Tools.Result drift = Make.run(deployed, 10, "drift", "ENV=ops");
        Make.assertFailedWith(drift, "drift", 2);
        assertThat(drift.output())
                .contains("drift ops: 1 resource(s) differ from Terraform's state")
                .contains("  aws_vpc.vpc_this: changed outside Terraform")
                .contains("    enable_dns_hostnames: true -> false")
                .contains("    tags.Owner: null -> \"changed-by-hand\"");
    }

    @Test
    @Order(5)
    void planCheckAfterAConfigurationChangeHasChanges() throws IOException {
        Files.writeString(CONFIG.resolve("ops.json"), opsEnvironment(30).toString());
        Tools.Result plan = Make.run(withTarget(deployed), 10, "plan", "ENV=ops", "CHECK=1");
        Make.assertFailedWith(plan, "plan", 2);
        assertThat(plan.output())
                .contains("plan: CHECK=1: the plan has changes (exit 2)")
                .containsPattern("plan ops: 0 to add, \\d+ to change, 0 to destroy, 0 to replace")
                .contains("aws_cloudwatch_log_group.vpc_flow_logs");
    }

    @Test
    @Order(6)
    void replacingTheDatabaseIsRefusedByPlanWithWhatWouldBeLost() throws IOException {
        Files.writeString(CONFIG.resolve("ops.json"), renamedDatabase().toString());
        Tools.Result plan = Make.run(withTarget(deployed), 10, "plan", "ENV=ops");
        Make.assertFailedWith(plan, "plan", 4);
        assertThat(plan.output())
                .contains("STATEFUL: 1 stateful resource(s) would be destroyed or replaced (refused; re-run with ALLOW_DESTROY=1")
                .contains("  - aws_db_instance.rds_this (replace): loses the database")
                .contains("aws_db_instance.rds_this (forced by db_name)")
                .contains("plan: step 'plan' failed (exit 4)");
    }

    /**
     * The reproduction: the emulator stops while Terraform waits on RDS. With ALLOW_DESTROY=1 the database
     * replace is applied; once the progress shows the RDS waiter, the emulator is killed. Last test: it ends the emulator.
     */
    @Test
    @Order(7)
    void anApplyThatFailsMidwayFailsMakeDeploy() throws Exception {
        Path output = WORK.resolve("failing-deploy.log");
        ProcessBuilder builder = new ProcessBuilder("make", "--no-print-directory", "deploy", "ENV=ops", "ALLOW_DESTROY=1")
                .directory(Repo.root().toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(deployed);
        builder.environment().remove("CI");
        Process deploy = builder.start();
        try {
            Pattern waitingOnRds = Pattern.compile("(?m)^\\[\\d+/\\d+\\] .*waiting: aws_db_instance\\.rds_this");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
            while (!waitingOnRds.matcher(Files.readString(output)).find()) {
                assertThat(deploy.isAlive()).as("deploy ended before the apply waited on RDS:%n%s", Files.readString(output)).isTrue();
                assertThat(System.nanoTime()).as("the apply reached RDS within 6 min").isLessThan(deadline);
                Thread.sleep(500);
            }
            long pid = Long.parseLong(Files.readString(Repo.root().resolve("target/emulator-" + deployed.get("PLATFORM_EMULATOR_PORT") + ".pid")).trim());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            assertThat(deploy.waitFor(6, TimeUnit.MINUTES)).as("deploy ends after the emulator is gone").isTrue();
        } finally {
            deploy.descendants().forEach(ProcessHandle::destroyForcibly);
            deploy.destroyForcibly();
        }
        Tools.Result result = new Tools.Result(deploy.exitValue(), Files.readString(output));
        Make.assertFailedWith(result, "deploy", 1);
        // The state holds the first deploy's resources: this deploy plans, checks and applies the saved plan.
        assertThat(result.output())
                .doesNotContain("one Terraform run plans and applies it")
                .containsPattern("deploy: binary plan \\S+/deploy\\.tfplan, its JSON \\S+/deploy\\.json")
                .contains("(allowed by ALLOW_DESTROY=1)")
                .containsPattern("Error: (waiting for|creating) RDS DB Instance \\(ops-mysql\\)")
                // The watchdog ends the apply (its provider calls end "context canceled"), not the provider's retries.
                .containsPattern("deploy: the emulator at \\S+ has not answered for \\d+ s \\(3 checks in a row\\) during step 'apply';"
                        + " interrupting Terraform now instead of waiting for the provider's retries")
                .contains(" no longer answers (stopped or crashed during the apply;")
                .containsPattern("apply: \\d+ error\\(s\\) after \\S+; \\d+ of \\d+ resources done; failed: .*aws_db_instance.rds_this")
                .contains("deploy: step 'apply' failed (exit 1)")
                .containsPattern("full Terraform log: \\S+\\.log")
                .doesNotContain("Apply complete!")
                .doesNotContain("deploy: ops on emulator in");
    }

    private static ObjectNode renamedDatabase() {
        ObjectNode renamed = opsEnvironment(30);
        put("/database/databaseName", "customers_v2").accept(renamed);
        return renamed;
    }

    private static Map<String, String> withTarget(Map<String, String> environment) {
        Map<String, String> copy = new HashMap<>(environment);
        copy.put("TARGET", "emulator");
        return copy;
    }
}
