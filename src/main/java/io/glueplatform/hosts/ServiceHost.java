package io.glueplatform.hosts;

import io.glueplatform.cdk.Naming;
import io.glueplatform.secrets.Secret;
import software.constructs.Construct;

import java.util.function.BiFunction;

/**
 * Seed 004's hosts (Kubernetes, monitoring): module {@code hosts}, the first private subnet, the host's role security
 * group, and a first-boot script that generates the admin login and writes it into the host's own secret, the only
 * secret the host's role may write (it may read none).
 */
abstract class ServiceHost extends HostComponent {

    /**
     * @param host       what differs per host: role, description, IAM role, size and security group
     * @param adminLogin the secret the host writes its generated admin login into
     * @param firstBoot  the user data, from the region and the admin login secret's ARN
     */
    ServiceHost(Construct scope, String id, Naming naming, ServiceHostDependencies dependencies, Host.Builder host,
                Secret adminLogin, BiFunction<String, String, String> firstBoot) {
        super(scope, id);
        create(naming, host.module("hosts").network(dependencies.network()).key(dependencies.key())
                .userData(firstBoot.apply(dependencies.network().region(), adminLogin.arn())));
        dependencies.secrets().grantPutValue(role(), adminLogin);
    }
}
