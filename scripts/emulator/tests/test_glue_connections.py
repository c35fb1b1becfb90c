import unittest

from botocore.exceptions import ClientError

from emulator_fixture import Emulator

NETWORK = {
    "Name": "dev-network-us-east-2a",
    "ConnectionType": "NETWORK",
    "ConnectionProperties": {},
    "PhysicalConnectionRequirements": {"SubnetId": "subnet-1", "SecurityGroupIdList": ["sg-1"],
                                       "AvailabilityZone": "us-east-2a"},
}


class GlueConnectionsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.emulator = Emulator()
        cls.glue = cls.emulator.client("glue")

    @classmethod
    def tearDownClass(cls):
        cls.emulator.stop()

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


if __name__ == "__main__":
    unittest.main()
