package io.glueplatform.preflight;

import io.glueplatform.preflight.rules.AvailabilityZoneFailover;
import io.glueplatform.preflight.rules.DataStoreReachable;
import io.glueplatform.preflight.rules.NoVpcJobArguments;
import io.glueplatform.preflight.rules.PeeringBetweenConnectionVpcs;
import io.glueplatform.preflight.rules.PrivateSubnet;
import io.glueplatform.preflight.rules.S3EndpointOrNat;
import io.glueplatform.preflight.rules.SecurityGroupSelfReference;
import io.glueplatform.preflight.rules.SubnetCapacity;
import io.glueplatform.preflight.rules.VpcDns;

import java.util.List;

/** The rule pack of the network preflight, in id order. */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(new SecurityGroupSelfReference(), new S3EndpointOrNat(), new PrivateSubnet(), new SubnetCapacity(),
                new PeeringBetweenConnectionVpcs(), new DataStoreReachable(), new VpcDns(), new NoVpcJobArguments(),
                new AvailabilityZoneFailover());
    }

    public static List<String> ids() {
        return all().stream().map(Rule::id).toList();
    }
}
