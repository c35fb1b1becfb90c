"""The RDS patch against moto itself: an instance created without a CA reports AWS's default, and one
created with a CA keeps it. Run: python3 -m unittest discover -s scripts/emulator/tests"""
import importlib.util
import pathlib
import sys
import unittest

import boto3
from moto import mock_aws

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import launcher  # noqa: E402

spec = importlib.util.spec_from_file_location("rds_fast_waiters", ROOT / "patches" / "rds_fast_waiters.py")
rds_fast_waiters = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rds_fast_waiters)


def create(client, name, **extra):
    client.create_db_instance(DBInstanceIdentifier=name, DBInstanceClass="db.t3.micro", Engine="mysql",
                              AllocatedStorage=20, MasterUsername="admin", MasterUserPassword="not-a-secret-1",
                              **extra)
    return client.describe_db_instances(DBInstanceIdentifier=name)["DBInstances"][0]


class RdsDefaultCaTest(unittest.TestCase):
    def setUp(self):
        # Each test starts from moto as shipped; the patch is global once applied.
        from moto.rds import models
        self.original = models.DBInstance.__init__
        self.addCleanup(setattr, models.DBInstance, "__init__", self.original)
        self.assertFalse(getattr(self.original, "_glue_platform_default_ca", False), "a test left moto patched")

    @mock_aws
    def test_patch_gives_new_instances_the_aws_default_ca_and_keeps_a_requested_one(self):
        client = boto3.client("rds", region_name="us-east-2")
        # Unpatched moto answers a CA the provider must then "fix" with ModifyDBInstance (the 80 s wait).
        self.assertEqual(create(client, "before")["CACertificateIdentifier"], "rds-ca-default")

        rds_fast_waiters.apply()
        rds_fast_waiters.apply()  # idempotent: the launcher and a test may both apply it

        self.assertEqual(create(client, "after")["CACertificateIdentifier"], "rds-ca-rsa2048-g1")
        self.assertEqual(create(client, "explicit", CACertificateIdentifier="rds-ca-ecc384-g1")["CACertificateIdentifier"],
                         "rds-ca-ecc384-g1")

    def test_launcher_applies_every_patch_module_with_apply(self):
        self.assertIn("rds_fast_waiters", launcher.apply_patches())


if __name__ == "__main__":
    unittest.main()
