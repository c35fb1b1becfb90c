import unittest

from emulator_fixture import shared


class DatabasesAndContainersTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.emulator = shared()

    def test_user_set_db_parameters_read_back_with_source_user(self):
        rds = self.emulator.client("rds")
        rds.create_db_parameter_group(DBParameterGroupName="tls", DBParameterGroupFamily="mysql8.0", Description="tls")
        rds.modify_db_parameter_group(DBParameterGroupName="tls", Parameters=[
            {"ParameterName": "require_secure_transport", "ParameterValue": "1", "ApplyMethod": "pending-reboot"}])
        user = rds.describe_db_parameters(DBParameterGroupName="tls", Source="user")["Parameters"]
        self.assertEqual([("require_secure_transport", "1", "user")],
                         [(p["ParameterName"], p["ParameterValue"], p["Source"]) for p in user])
        self.assertEqual([], rds.describe_db_parameters(DBParameterGroupName="tls", Source="system")["Parameters"])

    def test_a_service_keeps_its_capacity_provider_strategy_and_settings(self):
        ecs = self.emulator.client("ecs")
        ecs.create_cluster(clusterName="c")
        ecs.register_task_definition(family="t", containerDefinitions=[{"name": "a", "image": "busybox", "memory": 128}],
                                     requiresCompatibilities=["FARGATE"], networkMode="awsvpc", cpu="256", memory="512")
        ecs.create_service(cluster="c", serviceName="s", taskDefinition="t", desiredCount=0,
                           capacityProviderStrategy=[{"capacityProvider": "FARGATE_SPOT", "weight": 1, "base": 0}],
                           enableECSManagedTags=True, availabilityZoneRebalancing="DISABLED")
        service = ecs.describe_services(cluster="c", services=["s"])["services"][0]
        self.assertEqual([{"capacityProvider": "FARGATE_SPOT", "weight": 1, "base": 0}], service["capacityProviderStrategy"])
        self.assertTrue(service["enableECSManagedTags"])
        self.assertEqual("DISABLED", service["availabilityZoneRebalancing"])
        self.assertNotIn("launchType", service)

    def test_redshift_parameters_can_be_set_and_read_back_with_source_user(self):
        redshift = self.emulator.client("redshift", region="us-east-1")
        redshift.create_cluster_parameter_group(ParameterGroupName="tls", ParameterGroupFamily="redshift-1.0", Description="tls")
        redshift.modify_cluster_parameter_group(ParameterGroupName="tls", Parameters=[
            {"ParameterName": "require_ssl", "ParameterValue": "true"}])
        user = redshift.describe_cluster_parameters(ParameterGroupName="tls", Source="user")["Parameters"]
        self.assertEqual([("require_ssl", "true")], [(p["ParameterName"], p["ParameterValue"]) for p in user])
        everything = redshift.describe_cluster_parameters(ParameterGroupName="tls")["Parameters"]
        self.assertEqual(["true"], [p["ParameterValue"] for p in everything if p["ParameterName"] == "require_ssl"])

    def test_each_db_instance_has_its_own_resource_id(self):
        rds = self.emulator.client("rds")
        ids = [rds.create_db_instance(DBInstanceIdentifier=name, DBInstanceClass="db.t3.micro", Engine=engine,
                                      MasterUsername="admin", ManageMasterUserPassword=True, AllocatedStorage=20)["DBInstance"]["DbiResourceId"]
               for name, engine in (("mysql-one", "mysql"), ("postgres-two", "postgres"))]
        self.assertNotEqual(ids[0], ids[1])
        found = rds.describe_db_instances(Filters=[{"Name": "dbi-resource-id", "Values": [ids[1]]}])["DBInstances"]
        self.assertEqual(["postgres-two"], [d["DBInstanceIdentifier"] for d in found])

    def test_a_redshift_cluster_is_available_without_zone_relocation(self):
        redshift = self.emulator.client("redshift", region="us-east-1")
        redshift.create_cluster(ClusterIdentifier="warehouse", NodeType="ra3.xlplus", MasterUsername="admin",
                                ManageMasterPassword=True, MasterPasswordSecretKmsKeyId="arn:aws:kms:us-east-1:123456789012:key/k",
                                ClusterType="single-node")
        cluster = redshift.describe_clusters(ClusterIdentifier="warehouse")["Clusters"][0]
        self.assertEqual("Available", cluster["ClusterAvailabilityStatus"])
        self.assertEqual("disabled", cluster["AvailabilityZoneRelocationStatus"])
        self.assertEqual("Disabled", cluster["MultiAZ"])
        self.assertEqual(-1, cluster["ManualSnapshotRetentionPeriod"])
        self.assertEqual("mon:03:00-mon:03:30", cluster["PreferredMaintenanceWindow"])
        self.assertEqual("current", cluster["MaintenanceTrackName"])
        self.assertEqual("arn:aws:kms:us-east-1:123456789012:key/k", cluster["MasterPasswordSecretKmsKeyId"])


if __name__ == "__main__":
    unittest.main()
