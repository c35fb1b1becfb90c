import unittest

from emulator_fixture import shared


class RdsAndEcsTest(unittest.TestCase):
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


if __name__ == "__main__":
    unittest.main()
