import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;

/**
 * The floor of a cold CDKTF Java synth on this machine: one stack, one provider, one bucket, with the same
 * cdktf and AWS provider jars as the platform. bench/synth-bench.sh compiles and runs it. Args: outdir, stacks.
 */
public final class FloorApp {
    public static void main(String[] args) {
        App app = new App(AppConfig.builder().outdir(args[0]).build());
        int stacks = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int i = 0; i < stacks; i++) {
            TerraformStack stack = new TerraformStack(app, "floor" + i);
            AwsProvider.Builder.create(stack, "aws").region("us-east-2").build();
            S3Bucket.Builder.create(stack, "bucket").bucket("floor-bucket-" + i).build();
        }
        app.synth();
        System.exit(0);
    }
}
