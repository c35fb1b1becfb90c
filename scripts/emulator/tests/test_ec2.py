import unittest

from emulator_fixture import shared


class Ec2Test(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.emulator = shared()
        cls.ec2 = cls.emulator.client("ec2")
        cls.vpc = cls.ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
        cls.subnet = cls.ec2.create_subnet(VpcId=cls.vpc, CidrBlock="10.0.1.0/24", AvailabilityZone="us-east-2a")["Subnet"]["SubnetId"]

    def group(self, name: str) -> str:
        return self.ec2.create_security_group(GroupName=name, Description=name, VpcId=self.vpc)["GroupId"]

    def test_rules_that_reference_a_group_or_prefix_list_keep_their_description(self):
        app, db = self.group("app"), self.group("db")
        self.ec2.authorize_security_group_ingress(GroupId=db, IpPermissions=[{
            "IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306,
            "UserIdGroupPairs": [{"GroupId": app, "Description": "MySQL from app"}]}])
        self.ec2.authorize_security_group_egress(GroupId=app, IpPermissions=[{
            "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
            "PrefixListIds": [{"PrefixListId": "pl-12345678", "Description": "S3 gateway endpoint"}]}])
        rules = self.ec2.describe_security_group_rules(Filters=[{"Name": "group-id", "Values": [db, app]}])["SecurityGroupRules"]
        described = {(r["GroupId"], r["IsEgress"], r.get("FromPort")): r.get("Description") for r in rules}
        self.assertEqual("MySQL from app", described[(db, False, 3306)])
        self.assertEqual("S3 gateway endpoint", described[(app, True, 443)])

    def test_the_default_egress_rule_can_be_revoked(self):
        group = self.group("revoked")
        self.ec2.revoke_security_group_egress(GroupId=group, IpPermissions=[{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
        self.assertEqual([], self.ec2.describe_security_groups(GroupIds=[group])["SecurityGroups"][0]["IpPermissionsEgress"])

    def test_a_private_instance_has_no_public_association_and_lists_its_interface_groups(self):
        group = self.group("host")
        instance = self.ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1, InstanceType="t3.micro",
                                          NetworkInterfaces=[{"DeviceIndex": 0, "SubnetId": self.subnet, "Groups": [group],
                                                              "AssociatePublicIpAddress": False}])["Instances"][0]
        described = self.ec2.describe_instances(InstanceIds=[instance["InstanceId"]])["Reservations"][0]["Instances"][0]
        self.assertNotIn("Association", described["NetworkInterfaces"][0])
        self.assertNotIn("PublicIpAddress", described)
        self.assertEqual([group], [g["GroupId"] for g in described["SecurityGroups"]])

    def test_launch_template_tags_stay_out_of_the_launch_data(self):
        template = self.ec2.create_launch_template(
            LaunchTemplateName="host", LaunchTemplateData={"TagSpecifications": [{"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "host"}]}]},
            TagSpecifications=[{"ResourceType": "launch-template", "Tags": [{"Key": "Team", "Value": "data"}]}])["LaunchTemplate"]
        version = self.ec2.describe_launch_template_versions(LaunchTemplateId=template["LaunchTemplateId"])["LaunchTemplateVersions"][0]
        self.assertEqual(["instance"], [s["ResourceType"] for s in version["LaunchTemplateData"]["TagSpecifications"]])
        described = self.ec2.describe_launch_templates(LaunchTemplateIds=[template["LaunchTemplateId"]])["LaunchTemplates"][0]
        self.assertIn({"Key": "Team", "Value": "data"}, described["Tags"])


if __name__ == "__main__":
    unittest.main()
