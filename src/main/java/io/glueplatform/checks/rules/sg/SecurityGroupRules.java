package io.glueplatform.checks.rules.sg;

import io.glueplatform.checks.RuleId;
import io.glueplatform.checks.StackModel;
import io.glueplatform.checks.Verdict;
import io.glueplatform.checks.model.Resource;
import java.util.List;

/**
 * The rules on security groups and their rules: one predicate per rule, bound to its id by {@link RuleId}.
 * What each rule requires, why and how to comply is data: {@code SecurityGroupRules.json} next to this class (in
 * src/main/resources); {@code RuleCatalog} pairs the two.
 */
public final class SecurityGroupRules {

    private SecurityGroupRules() {
    }

    @RuleId("GLUE-SG-001")
    static Verdict ruleDescribed(Resource resource, StackModel model) {
        List<String> undescribed = Permissions.of(resource).all().stream().filter(p -> p.description() == null || p.description().isBlank())
                .map(Permissions.Permission::describe).toList();
        return Verdict.when(undescribed.isEmpty(), "no description on " + String.join("; ", undescribed));
    }

    @RuleId("GLUE-SG-002")
    static Verdict noWorldSsh(Resource resource, StackModel model) {
        return Permissions.of(resource).worldOpen(22, "SSH");
    }

    @RuleId("GLUE-SG-003")
    static Verdict noWorldRdp(Resource resource, StackModel model) {
        return Permissions.of(resource).worldOpen(3389, "RDP");
    }

    @RuleId("GLUE-SG-004")
    static Verdict noWorldIngress(Resource resource, StackModel model) {
        List<String> open = Permissions.of(resource).ingress().stream().filter(Permissions.Permission::fromAnywhere)
                .map(Permissions.Permission::describe).toList();
        return Verdict.when(open.isEmpty(), "open to the world: " + String.join("; ", open));
    }

    @RuleId("GLUE-SG-005")
    static Verdict noUnrestrictedEgress(Resource resource, StackModel model) {
        List<String> open = Permissions.of(resource).all().stream().filter(p -> !p.ingress() && p.fromAnywhere() && p.allPorts())
                .map(Permissions.Permission::describe).toList();
        return Verdict.when(open.isEmpty(), "unrestricted egress: " + String.join("; ", open));
    }

    @RuleId("GLUE-SG-006")
    static Verdict defaultSecurityGroupClosed(Resource resource, StackModel model) {
        List<Resource> defaults = model.referencing("aws_default_security_group", "vpc_id", resource.address());
        if (defaults.isEmpty()) {
            return Verdict.fail("the VPC's default security group is not managed, so it keeps AWS's default rules");
        }
        Resource group = defaults.get(0);
        return Verdict.when(group.path("ingress").size() == 0 && group.path("egress").size() == 0,
                group.address() + " still has rules");
    }

    @RuleId("GLUE-SG-007")
    static Verdict securityGroupDescribed(Resource resource, StackModel model) {
        String description = resource.text("description");
        return Verdict.when(description != null && !description.isBlank() && !description.equals("Managed by Terraform"),
                "the group has no description of its own");
    }
}
