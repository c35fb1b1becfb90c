package io.glueplatform.firewall;

import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroupConfig;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_egress_rule.VpcSecurityGroupEgressRule;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_egress_rule.VpcSecurityGroupEgressRuleConfig;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRuleConfig;
import io.glueplatform.cdk.Naming;
import io.glueplatform.cdk.PlatformModule;
import io.glueplatform.cdk.ReadOnce;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A security group whose rules are separate resources, one per purpose, each with a description
 * ({@code aws_vpc_security_group_ingress_rule}; inline rules would fight them). It starts with no
 * rule at all; Terraform removes AWS's default allow-all egress. Rules are also kept as a Java model
 * so checks can reason about them without parsing JSON.
 */
public final class Firewall extends PlatformModule {

    /** Where a rule points: another firewall (by reference) or a CIDR block. */
    public record Peer(Firewall firewall, String cidr, String prefixListId) {
        public static Peer of(Firewall firewall) {
            return new Peer(firewall, null, null);
        }

        public static Peer cidr(String cidr) {
            return new Peer(null, cidr, null);
        }

        public static Peer prefixList(String prefixListId) {
            return new Peer(null, null, prefixListId);
        }

        @Override
        public String toString() {
            return firewall != null ? "security group " + firewall.moduleName() : cidr != null ? cidr : "prefix list " + prefixListId;
        }
    }

    public enum Direction { INGRESS, EGRESS }

    public record Rule(Direction direction, String role, PortRange ports, Peer peer, String description) {
    }

    /** The group's id token, read once (ReadOnce): each rule and member needs it. */
    private final ReadOnce groupId;
    private final List<Rule> rules = new ArrayList<>();

    /**
     * @param name        short purpose, e.g. {@code glue}; the group's module name becomes {@code <name>_sg}
     * @param description what the group protects (shown in the console; changing it replaces the group)
     */
    public Firewall(Construct scope, Naming naming, String name, String vpcId, String description) {
        this(scope, naming, name, vpcId, description, null);
    }

    /** A firewall in another region or account: {@code provider} is that region's (aliased) provider. */
    public Firewall(Construct scope, Naming naming, String name, String vpcId, String description,
                    com.hashicorp.cdktf.TerraformProvider provider) {
        super(scope, name + "_sg", naming, provider);
        SecurityGroup group = add("this", id -> new SecurityGroup(this, id, SecurityGroupConfig.builder()
                .name(resourceName("this"))
                .description(description)
                .vpcId(vpcId)
                .tags(tags("this"))
                .lifecycle(com.hashicorp.cdktf.TerraformResourceLifecycle.builder().createBeforeDestroy(true).build())
                .build()));
        this.groupId = new ReadOnce(group::getId);
    }

    public String id() {
        return groupId.get();
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }

    public Firewall allowIngress(String role, PortRange ports, Peer peer, String description) {
        return allow(new Rule(Direction.INGRESS, role, ports, peer, description));
    }

    public Firewall allowEgress(String role, PortRange ports, Peer peer, String description) {
        return allow(new Rule(Direction.EGRESS, role, ports, peer, description));
    }

    /**
     * One resource per rule, {@code <module>_in_<role>} or {@code <module>_out_<role>}. The provider has one resource
     * type per direction with the same attributes, hence the two builders.
     */
    private Firewall allow(Rule rule) {
        rules.add(rule);
        String role = (rule.direction() == Direction.INGRESS ? "in_" : "out_") + rule.role();
        PortRange ports = rule.ports();
        Peer peer = rule.peer();
        String peerGroup = peer.firewall() == null ? null : peer.firewall().id();
        add(role, id -> rule.direction() == Direction.INGRESS
                ? new VpcSecurityGroupIngressRule(this, id, VpcSecurityGroupIngressRuleConfig.builder()
                        .securityGroupId(groupId.get()).description(rule.description()).tags(tags(role))
                        .ipProtocol(ports.protocol()).fromPort(ports.from()).toPort(ports.to())
                        .referencedSecurityGroupId(peerGroup).cidrIpv4(peer.cidr()).prefixListId(peer.prefixListId()).build())
                : new VpcSecurityGroupEgressRule(this, id, VpcSecurityGroupEgressRuleConfig.builder()
                        .securityGroupId(groupId.get()).description(rule.description()).tags(tags(role))
                        .ipProtocol(ports.protocol()).fromPort(ports.from()).toPort(ports.to())
                        .referencedSecurityGroupId(peerGroup).cidrIpv4(peer.cidr()).prefixListId(peer.prefixListId()).build()));
        return this;
    }

    /** Lets this group's members reach each other on {@code ports} in both directions (Glue/Spark). */
    public Firewall allowSelf(String role, PortRange ports, String description) {
        allowIngress(role, ports, Peer.of(this), description);
        return allowEgress(role, ports, Peer.of(this), description);
    }

    /**
     * Opens {@code ports} from {@code clients} to this group: ingress here and the matching egress on the
     * client group, so both sides state the flow.
     */
    public Firewall allowFrom(Firewall clients, String role, PortRange ports, String description) {
        Objects.requireNonNull(clients, "clients");
        allowIngress(role + "_from_" + clients.shortName(), ports, Peer.of(clients), description);
        clients.allowEgress(role + "_to_" + shortName(), ports, Peer.of(this), description);
        return this;
    }

    public String shortName() {
        return moduleName().substring(0, moduleName().length() - "_sg".length());
    }
}
