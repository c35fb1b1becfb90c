#!/usr/bin/env python3
"""Lists what an emulator still holds of one environment, one line per resource; prints nothing when
the environment left nothing behind. Used by the end-to-end tests after a destroy.

Usage: python3 scripts/emulator/inventory.py <endpoint> <environment> <region> [<region>...]

A resource belongs to the environment when its name starts with "<env>-" or "glueplat-<env>-" or it
carries the tag Environment=<env> (every resource of the stack has one or the other). What AWS itself
keeps after a delete is not reported: terminated instances and KMS keys pending deletion (a key can
only be scheduled for deletion).
"""
import sys
from typing import Callable, Iterable

import boto3


def main(endpoint: str, env: str, regions: list[str]) -> int:
    def ours(name: str | None = None, tags: Iterable[dict] | dict | None = None) -> bool:
        if name and (name.startswith(f"{env}-") or name.startswith(f"glueplat-{env}-") or f"/{env}-" in name
                     or name.startswith(f"/{env}/") or name.startswith(f"{env}/") or name.startswith(f"{env}_")):
            return True
        if isinstance(tags, dict):
            return tags.get("Environment") == env
        return any(t.get("Key", t.get("key")) == "Environment" and t.get("Value", t.get("value")) == env for t in tags or [])

    left: list[str] = []
    for region in regions:
        def client(service: str):
            return boto3.client(service, region_name=region, endpoint_url=endpoint,
                                aws_access_key_id="emulator", aws_secret_access_key="emulator")

        def check(kind: str, items: Iterable, name: Callable, tags: Callable = lambda i: None) -> None:
            for item in items:
                if ours(name(item), tags(item)):
                    left.append(f"{region} {kind} {name(item)}")

        ec2 = client("ec2")
        check("vpc", ec2.describe_vpcs()["Vpcs"], lambda i: i["VpcId"], lambda i: i.get("Tags"))
        check("subnet", ec2.describe_subnets()["Subnets"], lambda i: i["SubnetId"], lambda i: i.get("Tags"))
        check("security-group", ec2.describe_security_groups()["SecurityGroups"], lambda i: i["GroupName"], lambda i: i.get("Tags"))
        check("route-table", ec2.describe_route_tables()["RouteTables"], lambda i: i["RouteTableId"], lambda i: i.get("Tags"))
        check("nat-gateway", [n for n in ec2.describe_nat_gateways()["NatGateways"] if n["State"] not in ("deleted", "deleting")],
              lambda i: i["NatGatewayId"], lambda i: i.get("Tags"))
        check("address", ec2.describe_addresses()["Addresses"], lambda i: i.get("AllocationId"), lambda i: i.get("Tags"))
        check("vpc-endpoint", [e for e in ec2.describe_vpc_endpoints()["VpcEndpoints"] if e["State"].lower() != "deleted"],
              lambda i: i["VpcEndpointId"], lambda i: i.get("Tags"))
        check("peering", [p for p in ec2.describe_vpc_peering_connections()["VpcPeeringConnections"]
                          if p["Status"]["Code"] not in ("deleted", "rejected")], lambda i: i["VpcPeeringConnectionId"], lambda i: i.get("Tags"))
        check("launch-template", ec2.describe_launch_templates()["LaunchTemplates"], lambda i: i["LaunchTemplateName"], lambda i: i.get("Tags"))
        check("instance", [i for r in ec2.describe_instances()["Reservations"] for i in r["Instances"]
                           if i["State"]["Name"] not in ("terminated", "shutting-down")], lambda i: i["InstanceId"], lambda i: i.get("Tags"))
        check("volume", ec2.describe_volumes()["Volumes"], lambda i: i["VolumeId"], lambda i: i.get("Tags"))
        check("flow-log", ec2.describe_flow_logs()["FlowLogs"], lambda i: i["FlowLogId"], lambda i: i.get("Tags"))
        s3 = client("s3")
        if region == regions[0]:
            check("bucket", s3.list_buckets()["Buckets"], lambda i: i["Name"])
            iam = client("iam")
            check("role", iam.list_roles()["Roles"], lambda i: i["RoleName"])
            check("policy", iam.list_policies(Scope="Local")["Policies"], lambda i: i["PolicyName"])
            check("instance-profile", iam.list_instance_profiles()["InstanceProfiles"], lambda i: i["InstanceProfileName"])
        kms = client("kms")
        for key in kms.list_keys()["Keys"]:
            meta = kms.describe_key(KeyId=key["KeyId"])["KeyMetadata"]
            if meta["KeyState"] != "PendingDeletion" and ours(meta.get("Description"), kms.list_resource_tags(KeyId=key["KeyId"]).get("Tags")):
                left.append(f"{region} kms-key {key['KeyId']}")
        check("kms-alias", kms.list_aliases()["Aliases"], lambda i: i["AliasName"].removeprefix("alias/"))
        rds = client("rds")
        check("db-instance", rds.describe_db_instances()["DBInstances"], lambda i: i["DBInstanceIdentifier"])
        check("db-subnet-group", rds.describe_db_subnet_groups()["DBSubnetGroups"], lambda i: i["DBSubnetGroupName"])
        check("db-parameter-group", rds.describe_db_parameter_groups()["DBParameterGroups"], lambda i: i["DBParameterGroupName"])
        glue = client("glue")
        check("glue-connection", glue.get_connections()["ConnectionList"], lambda i: i["Name"])
        check("glue-job", [{"Name": n} for n in glue.list_jobs()["JobNames"]], lambda i: i["Name"])
        check("glue-crawler", glue.get_crawlers()["Crawlers"], lambda i: i["Name"])
        check("glue-trigger", glue.get_triggers()["Triggers"], lambda i: i["Name"])
        check("glue-workflow", [{"Name": n} for n in glue.list_workflows()["Workflows"]], lambda i: i["Name"])
        check("glue-database", glue.get_databases()["DatabaseList"], lambda i: i["Name"])
        check("glue-security-configuration", glue.get_security_configurations()["SecurityConfigurations"], lambda i: i["Name"])
        check("log-group", client("logs").describe_log_groups()["logGroups"], lambda i: i["logGroupName"].lstrip("/").replace("aws-glue/", ""))
        check("secret", client("secretsmanager").list_secrets()["SecretList"], lambda i: i["Name"], lambda i: i.get("Tags"))
        check("ecr-repository", client("ecr").describe_repositories()["repositories"], lambda i: i["repositoryName"])
        ecs = client("ecs")
        check("ecs-cluster", [c for c in ecs.describe_clusters(clusters=ecs.list_clusters()["clusterArns"])["clusters"] if c["status"] == "ACTIVE"],
              lambda i: i["clusterName"])
        check("ecs-task-definition", [{"Name": a.split("/")[-1]} for a in ecs.list_task_definitions(status="ACTIVE")["taskDefinitionArns"]],
              lambda i: i["Name"])
        check("redshift-cluster", client("redshift").describe_clusters()["Clusters"], lambda i: i["ClusterIdentifier"],
              lambda i: i.get("Tags"))
    for line in left:
        print(line)
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
