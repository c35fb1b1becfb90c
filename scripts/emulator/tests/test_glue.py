import unittest

from botocore.exceptions import ClientError

from emulator_fixture import shared

NETWORK = {
    "Name": "dev-network-us-east-2a",
    "ConnectionType": "NETWORK",
    "ConnectionProperties": {},
    "PhysicalConnectionRequirements": {"SubnetId": "subnet-1", "SecurityGroupIdList": ["sg-1"],
                                       "AvailabilityZone": "us-east-2a"},
}


class GlueTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.emulator = shared()
        cls.glue = cls.emulator.client("glue")

    def test_get_connection_reads_back_what_was_created(self):
        self.glue.create_connection(ConnectionInput={**NETWORK, "Name": "read-back", "MatchCriteria": ["a"]})
        connection = self.glue.get_connection(Name="read-back")["Connection"]
        self.assertEqual("NETWORK", connection["ConnectionType"])
        self.assertEqual(["a"], connection["MatchCriteria"])
        self.assertEqual("us-east-2a", connection["PhysicalConnectionRequirements"]["AvailabilityZone"])
        listed = [c for c in self.glue.get_connections()["ConnectionList"] if c["Name"] == "read-back"]
        self.assertEqual("NETWORK", listed[0]["ConnectionType"])

    def test_update_connection_replaces_its_definition(self):
        self.glue.create_connection(ConnectionInput={**NETWORK, "Name": "updated"})
        self.glue.update_connection(Name="updated", ConnectionInput={
            "Name": "updated", "ConnectionType": "JDBC", "Description": "now JDBC",
            "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:mysql://db:3306/x", "SECRET_ID": "s"}})
        connection = self.glue.get_connection(Name="updated")["Connection"]
        self.assertEqual("JDBC", connection["ConnectionType"])
        self.assertEqual("now JDBC", connection["Description"])
        self.assertEqual("jdbc:mysql://db:3306/x", connection["ConnectionProperties"]["JDBC_CONNECTION_URL"])

    def test_delete_connection_removes_it_and_a_second_delete_is_not_found(self):
        self.glue.create_connection(ConnectionInput={**NETWORK, "Name": "deleted"})
        self.glue.delete_connection(ConnectionName="deleted")
        with self.assertRaises(ClientError) as missing:
            self.glue.get_connection(Name="deleted")
        self.assertEqual("EntityNotFoundException", missing.exception.response["Error"]["Code"])
        with self.assertRaises(ClientError) as again:
            self.glue.delete_connection(ConnectionName="deleted")
        self.assertEqual("EntityNotFoundException", again.exception.response["Error"]["Code"])

    def test_workflow_tags_read_back_and_go_with_the_workflow(self):
        self.glue.create_workflow(Name="flow", Tags={"Project": "glue-platform"})
        arn = "arn:aws:glue:us-east-2:123456789012:workflow/flow"
        self.assertEqual({"Project": "glue-platform"}, self.glue.get_tags(ResourceArn=arn)["Tags"])
        self.glue.delete_workflow(Name="flow")
        self.assertEqual({}, self.glue.get_tags(ResourceArn=arn)["Tags"])

    def test_starting_an_on_demand_trigger_leaves_it_created_and_a_scheduled_one_activated(self):
        self.glue.create_trigger(Name="start", Type="ON_DEMAND", Actions=[{"JobName": "job"}])
        self.assertEqual("CREATED", self.glue.get_trigger(Name="start")["Trigger"]["State"])
        self.glue.start_trigger(Name="start")
        self.assertEqual("CREATED", self.glue.get_trigger(Name="start")["Trigger"]["State"])
        self.glue.create_trigger(Name="nightly", Type="SCHEDULED", Schedule="cron(0 2 * * ? *)", Actions=[{"JobName": "job"}])
        self.glue.start_trigger(Name="nightly")
        self.assertEqual("ACTIVATED", self.glue.get_trigger(Name="nightly")["Trigger"]["State"])


if __name__ == "__main__":
    unittest.main()
