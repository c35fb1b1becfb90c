package io.glueplatform.iam;

import com.hashicorp.cdktf.providers.aws.iam_instance_profile.IamInstanceProfile;
import com.hashicorp.cdktf.providers.aws.iam_instance_profile.IamInstanceProfileConfig;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.iam.ComponentRole.TrustedService;
import software.constructs.Construct;


/**
 * The iam module's roles of the hosts (the tools host's role and instance profile, the Kubernetes and monitoring
 * hosts' roles). Every other component creates its own {@link ComponentRole}; resource owners add permissions
 * with grants.
 */
public final class PlatformRoles extends PlatformModule {

    private final IamProps props;
    private final ServiceRole toolsHost;
    private final IamInstanceProfile toolsHostProfile;

    public PlatformRoles(Construct scope, Naming naming, IamProps props) {
        super(scope, "iam", naming);
        this.props = props;
        this.toolsHost = role("tools_host", "ec2.amazonaws.com", "Session Manager tools host",
                "AmazonSSMManagedInstanceCore");
        this.toolsHostProfile = add("tools_host", id -> new IamInstanceProfile(this, id + "_profile", IamInstanceProfileConfig.builder()
                .name(resourceName("tools-host"))
                .role(toolsHost.name())
                .tags(tags("tools_host"))
                .build()));
    }

    /** Creates a role trusted by one AWS service, with one AWS managed policy (path after policy/) or none. */
    public ServiceRole role(String role, String servicePrincipal, String description, String managedPolicy) {
        ServiceRole serviceRole = new ServiceRole(this, naming(), role, new TrustedService(servicePrincipal), description);
        if (managedPolicy != null) {
            serviceRole.withManagedPolicy(new AwsScope(props.partition(), props.region(), props.accountId()).managedPolicyArn(managedPolicy));
        }
        return serviceRole;
    }

    public ServiceRole toolsHost() {
        return toolsHost;
    }

    public String toolsHostInstanceProfileName() {
        return toolsHostProfile.getName();
    }

    /** A role of this module (the hosts' roles); grants become inline policies {@code aws_iam_role_policy.iam_<role>_<name>}. */
    public static final class ServiceRole extends ComponentRole {
        private ServiceRole(Construct scope, Naming naming, String role, TrustedService trustedBy, String description) {
            super(scope, naming, role, trustedBy, description);
        }
    }
}
