package io.glueplatform.cdk;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformOutputConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.data_aws_region.DataAwsRegion;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderConfig;
import com.hashicorp.cdktf.providers.aws.subnet.Subnet;
import com.hashicorp.cdktf.providers.aws.subnet.SubnetConfig;
import com.hashicorp.cdktf.providers.aws.vpc.Vpc;
import com.hashicorp.cdktf.providers.aws.vpc.VpcConfig;
import io.glueplatform.checks.model.InvalidDocumentException;
import io.glueplatform.checks.model.TerraformDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.constructs.Construct;

import io.glueplatform.config.ConfigLoader;
import io.glueplatform.config.EnvironmentConfig;
import io.glueplatform.glue.JobCatalog;
import io.glueplatform.stack.DeploymentTarget;
import io.glueplatform.stack.Stacks;
import io.glueplatform.testing.Repo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@link StandaloneStack} skips CDKTF's preparing pass and {@link StackWriter} writes stacks one at a time: both must
 * write byte for byte what plain CDKTF writes, and a reference to another stack's resource must not slip through.
 */
class StandaloneStackTest {

    @TempDir
    Path temp;

    /** A stack to compare on: a provider, references between resources, a data source, an output and an override. */
    private static <S extends TerraformStack> S populate(S stack) {
        new AwsProvider(stack, "aws", AwsProviderConfig.builder().region("eu-west-1").build());
        DataAwsRegion region = new DataAwsRegion(stack, "current");
        Vpc vpc = new Vpc(stack, "vpc", VpcConfig.builder().cidrBlock("10.0.0.0/16").tags(Map.of("Region", region.getName())).build());
        Subnet subnet = new Subnet(stack, "subnet", SubnetConfig.builder().vpcId(vpc.getId()).cidrBlock("10.0.1.0/24").build());
        subnet.overrideLogicalId("vpc_private_a");
        new TerraformOutput(stack, "subnet_id", TerraformOutputConfig.builder().value(subnet.getId()).build());
        stack.addOverride("terraform.required_providers.aws.version", "~> 5.0");
        subnet.addOverride("tags.Vpc", vpc.getArn());
        return stack;
    }

    private static final class Standalone extends StandaloneStack {
        Standalone(Construct scope, String id) {
            super(scope, id);
        }
    }

    private App app(String folder) {
        return new App(AppConfig.builder().outdir(temp.resolve(folder).toString()).build());
    }

    @Test
    void aStandaloneStackWritesWhatAPlainStackWrites() throws IOException {
        App plain = app("plain");
        populate(new TerraformStack(plain, "one"));
        plain.synth();
        App standalone = app("standalone");
        populate(new Standalone(standalone, "one"));
        standalone.synth();

        assertThat(files(temp.resolve("standalone"))).isEqualTo(files(temp.resolve("plain")))
                .containsKeys("manifest.json", "stacks/one/cdk.tf.json");
    }

    @Test
    void theStackWriterWritesWhatAppSynthWrites() throws IOException {
        App synthesized = app("synth");
        populate(new Standalone(synthesized, "one"));
        populate(new Standalone(synthesized, "two"));
        synthesized.synth();

        App pipelined = app("writer");
        StackWriter writer = new StackWriter(pipelined);
        // Each stack written before the next one is built, as Main writes them.
        writer.write(populate(new Standalone(pipelined, "one")));
        assertThat(temp.resolve("writer/stacks/one/cdk.tf.json")).exists();
        assertThat(temp.resolve("writer/stacks/two")).doesNotExist();
        Standalone two = populate(new Standalone(pipelined, "two"));
        writer.write(two);
        writer.finish();

        assertThat(files(temp.resolve("writer"))).isEqualTo(files(temp.resolve("synth")))
                .containsKeys("manifest.json", "stacks/one/cdk.tf.json", "stacks/two/cdk.tf.json");
        assertThatThrownBy(() -> writer.write(two)).isInstanceOf(IllegalStateException.class)
                .hasMessage("stack two written after the manifest");
    }

    @Test
    void aReferenceToAnotherStackIsRefusedByTheChecksInsteadOfBecomingARemoteStateLookup() {
        // Plain CDKTF's preparing pass turns the reference into an output of "origin" and a remote-state lookup here.
        App plain = app("plain");
        crossReference(plain, TerraformStack::new);
        plain.synth();
        assertThat(TerraformDocument.read(temp.resolve("plain/stacks/user/cdk.tf.json")).json().path("data").has("terraform_remote_state"))
                .isTrue();

        // A standalone stack has no such pass: the reference names a resource the stack lacks, and reading it says so.
        App standalone = app("standalone");
        TerraformStack user = crossReference(standalone, Standalone::new);
        standalone.synth();
        assertThatThrownBy(() -> TerraformDocument.read(temp.resolve("standalone/stacks/user/cdk.tf.json")))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageEndingWith("stacks/user/cdk.tf.json: aws_subnet.subnet references aws_vpc.vpc, which the document does not declare");
        // The cdktf CLI's path judges the resolved stack before anything is written: refused the same way.
        assertThatThrownBy(() -> CheckSuppressions.document(user))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("stack user: aws_subnet.subnet references aws_vpc.vpc, which the document does not declare");
    }

    @Test
    void noShippedStackReferencesAnotherEvenWithCdktfsOwnPreparingPass() {
        // Every environment's stacks (state bootstrap stacks included) in one app, as a synth builds them, per target.
        // A reference between them would make CDKTF's pass add an output to one stack and a remote-state lookup to the
        // other, as direct children: the synth, which skips that pass, would then write the reference as an address of
        // the other stack, which can be this stack's own (every environment uses the same addresses).
        List<EnvironmentConfig> environments = ConfigLoader.load(Repo.environments(), List.of());
        JobCatalog jobs = JobCatalog.load(Repo.scripts());
        assertThat(environments).extracting(EnvironmentConfig::name).contains("dev", "prod", "dataxr");
        for (DeploymentTarget target : DeploymentTarget.values()) {
            App app = app(target.name());
            List<StandaloneStack> stacks = new ArrayList<>();
            environments.forEach(env -> stacks.addAll(Stacks.forEnvironment(app, env, target, jobs, true)));
            Map<String, List<String>> before = children(stacks);

            stacks.forEach(StandaloneStack::prepareWithCrossStackReferences);

            assertThat(children(stacks)).as("constructs CDKTF's preparing pass added (%s target)", target).isEqualTo(before);
            assertThat(before).hasSizeGreaterThan(environments.size()).containsKey("prod-state");
        }
    }

    /** Each stack's direct children by id, in order. */
    private static Map<String, List<String>> children(List<StandaloneStack> stacks) {
        Map<String, List<String>> children = new TreeMap<>();
        for (StandaloneStack stack : stacks) {
            children.put(stack.getNode().getId(), stack.getNode().getChildren().stream().map(child -> child.getNode().getId()).toList());
        }
        return children;
    }

    private static TerraformStack crossReference(App app, BiFunction<Construct, String, TerraformStack> stackOf) {
        TerraformStack origin = stackOf.apply(app, "origin");
        new AwsProvider(origin, "aws", AwsProviderConfig.builder().region("eu-west-1").build());
        Vpc vpc = new Vpc(origin, "vpc", VpcConfig.builder().cidrBlock("10.0.0.0/16").build());
        TerraformStack user = stackOf.apply(app, "user");
        new AwsProvider(user, "aws", AwsProviderConfig.builder().region("eu-west-1").build());
        new Subnet(user, "subnet", SubnetConfig.builder().vpcId(vpc.getId()).cidrBlock("10.0.1.0/24").build());
        return user;
    }

    /** Every file under a folder by relative path, with its content. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
