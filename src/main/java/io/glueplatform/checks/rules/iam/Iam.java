package io.glueplatform.checks.rules.iam;

import java.util.List;

/** Actions IAM cannot scope to a resource: for them Resource "*" is the only possible value. */
final class Iam {

    private static final List<String> UNSCOPED = List.of("ecr:getauthorizationtoken", "ec2:describe", "ec2:createnetworkinterface",
            "ec2:deletenetworkinterface", "ec2:assignprivateipaddresses", "ec2:unassignprivateipaddresses", "cloudwatch:putmetricdata",
            "cloudwatch:getmetricdata", "cloudwatch:getmetricstatistics", "cloudwatch:listmetrics",
            "xray:puttracesegments", "xray:puttelemetryrecords", "sts:getcalleridentity", "s3:listallmybuckets", "kms:listaliases",
            "logs:describeloggroups", "ssmmessages:", "ec2messages:", "ssm:updateinstanceinformation", "ssm:listinstanceassociations",
            "ssm:getmanifest", "ssm:putinventory", "ssm:putcompliance", "ssm:putconfigurepackageresult", "ssm:updateassociationstatus",
            "ssm:updateinstanceassociationstatus", "ssm:describeassociation", "ssm:getdeployablepatchsnapshotforinstance",
            "ssm:describedocument", "ssm:listassociations", "secretsmanager:listsecrets", "glue:getdatabases", "iam:listroles",
            "tag:getresources", "ecs:createcluster", "ecs:registertaskdefinition", "ecs:listclusters", "ecs:describetaskdefinition");

    private Iam() {
    }

    static boolean unscopedAction(String action) {
        String a = action.toLowerCase();
        return UNSCOPED.stream().anyMatch(u -> u.endsWith(":") || u.equals("ec2:describe") ? a.startsWith(u) : a.equals(u));
    }
}
