import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;

/**
 * The floor of a cold CDKTF Java synth on this machine: one stack, one provider, one bucket, with the same
 * cdktf and AWS provider jars as the platform. bench/synth-bench.sh compiles and runs it.
 * Args: outdir, stacks (default 1), extra resources per stack (default 0), and "addresses" to give each extra
 * resource its own logical id as the platform does (overrideLogicalId: one more jsii call per resource, which keeps
 * Terraform addresses stable for existing deployments). The extra resources are log groups, created with one jsii call
 * each and no attribute reads: the least a stack of that many resources costs, the floor of the "per extra stack" figure.
 */
public final class FloorApp {
    public static void main(String[] args) {
        App app = new App(AppConfig.builder().outdir(args[0]).build());
        int stacks = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int extra = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        boolean addresses = args.length > 3 && args[3].equals("addresses");
        for (int i = 0; i < stacks; i++) {
            TerraformStack stack = new TerraformStack(app, "floor" + i);
            AwsProvider.Builder.create(stack, "aws").region("us-east-2").build();
            S3Bucket.Builder.create(stack, "bucket").bucket("floor-bucket-" + i).build();
            for (int r = 0; r < extra; r++) {
                CloudwatchLogGroup group = CloudwatchLogGroup.Builder.create(stack, "log" + r).name("/floor/" + i + "/" + r).build();
                if (addresses) {
                    group.overrideLogicalId("floor_log_" + r);
                }
            }
        }
        app.synth();
        System.exit(0);
    }
}
