package io.glueplatform.preflight;

import io.glueplatform.cdk.QuietJsiiStderr;
import io.glueplatform.glue.JobCatalog;
import io.glueplatform.config.ProcessEnvironment;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import io.glueplatform.Main;
import io.glueplatform.checks.CheckResult;
import io.glueplatform.checks.Checks;
import io.glueplatform.checks.report.TextReport;
import io.glueplatform.UnexpectedError;
import io.glueplatform.config.ConfigException;
import io.glueplatform.config.ConfigLoader;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.preflight.NetworkModel.Connection;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.PlatformStack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code make reachability ENV=...}: for every Glue job, the path its traffic takes, as the stack declares
 * it: ENI subnet and AZ → route table → NAT / S3 endpoint / peering → each data store, with the security
 * group rule that admits it. Then the verdict of the checks engine. Nothing is written.
 */
public final class ReachabilityReport {

    private ReachabilityReport() {
    }

    public static void main(String[] args) {
        QuietJsiiStderr.install();
        System.exit(UnexpectedError.guard(() -> run(args), System.err));
    }

    private static int run(String[] args) throws Exception {
        List<String> requested = args.length > 0 ? List.of(args) : envList(ProcessEnvironment.current().get("PLATFORM_ENVIRONMENTS"));
        List<EnvironmentConfig> environments;
        try {
            environments = ConfigLoader.load(Path.of(envOr("PLATFORM_CONFIG_DIR", "environments")), requested);
        } catch (ConfigException e) {
            System.err.println("glue-platform: invalid configuration:");
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            return 2;
        }
        Path outdir = Files.createTempDirectory("reachability");
        App app = new App(AppConfig.builder().outdir(outdir.toString()).build());
        boolean passed = true;
        JobCatalog jobs = null;  // read once, for every environment, inside the try below (invalid jobs exit 2 too)
        for (EnvironmentConfig env : environments) {
            PlatformStack stack;
            try {
                if (jobs == null) {
                    jobs = JobCatalog.load(Path.of(envOr("PLATFORM_SCRIPTS_DIR", "glue-scripts")));
                }
                stack = new PlatformStack(app, env, DeploymentTarget.OFFLINE, jobs);
            } catch (ConfigException e) {
                // What only the built stack can judge, e.g. migration.imports naming an address it lacks.
                System.err.println("glue-platform: invalid configuration:");
                e.problems().forEach(problem -> System.err.println("  - " + problem));
                return 2;
            }
            NetworkModel model = NetworkModel.of(stack);
            print(env.name(), model, System.out);
            CheckResult result = Checks.run(env.name(), model.terraformDocument(), Main.suppressions(env));
            System.out.println();
            new TextReport(TextReport.terminal()).print(result, System.out, "checks ");
            System.out.println();
            passed &= result.passed();
        }
        return passed ? 0 : 3;
    }

    /** The report of one stack. */
    public static void print(String environment, NetworkModel model, PrintStream out) {
        out.println("== " + environment + ": reachability of Glue jobs");
        for (NetworkModel.Job job : model.jobs().values()) {
            out.println();
            out.println("job " + job.name() + " (" + job.address() + ")");
            out.println("  connections, in order: " + job.connections().stream()
                    .map(c -> c.substring(c.indexOf('.') + 1)).toList());
            Optional<Connection> eni = model.eniConnection(job);
            if (eni.isEmpty()) {
                out.println("  no connection with network settings: the job runs outside any VPC");
                continue;
            }
            Optional<NetworkModel.Subnet> subnet = model.subnet(eni.get().subnet());
            if (subnet.isEmpty()) {
                out.println("  ENI subnet " + eni.get().subnet() + " is not in this stack");
                continue;
            }
            NetworkModel.Subnet s = subnet.get();
            out.println("  ENI subnet: " + s.address() + " " + s.cidr() + " in " + s.availabilityZone() + " (VPC " + s.vpc()
                    + "), from " + eni.get().address() + ", security groups " + eni.get().securityGroups());
            out.println("  route table " + s.routeTable() + ":");
            for (NetworkModel.Route route : model.routes(s.routeTable())) {
                out.println("    " + route);
            }
            for (String endpoint : model.s3Endpoints(s.routeTable())) {
                out.println("    S3 prefix list → gateway endpoint " + endpoint);
            }
            List<String> stores = new ArrayList<>();
            for (Connection connection : model.connectionsOf(job)) {
                model.target(connection).ifPresent(store -> {
                    Reachability path = Reachability.trace(model, eni.get(), store);
                    stores.add(store.address());
                    out.println("  → " + store.address() + " (" + store.engine() + ", port " + store.port() + ") via " + connection.address());
                    path.hops().forEach(hop -> out.println("      " + hop));
                    if (path.reachable()) {
                        out.println("      admitted by " + path.admitted());
                    } else {
                        out.println("      UNREACHABLE: " + path.problem() + ". Fix: " + path.fix());
                    }
                });
            }
            if (stores.isEmpty()) {
                out.println("  → no JDBC data store: S3 and AWS APIs only");
            }
        }
    }

    private static List<String> envList(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static String envOr(String name, String fallback) {
        String value = ProcessEnvironment.current().get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
