import json
import unittest

from botocore.exceptions import ClientError

from emulator_fixture import shared


def deny_all_objects(bucket: str, condition: dict) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": [{
        "Sid": "Conditional", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
        "Resource": [f"arn:aws:s3:::{bucket}", f"arn:aws:s3:::{bucket}/*"], "Condition": condition}]})


class PolicyConditionsTest(unittest.TestCase):
    """The platform's TLS-only bucket policy on the emulator: deployable, and the provider's writes still work."""

    @classmethod
    def setUpClass(cls):
        cls.emulator = shared()
        cls.s3 = cls.emulator.client("s3")

    def bucket_with(self, name: str, condition: dict) -> str:
        self.s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": "us-east-2"})
        self.s3.put_bucket_policy(Bucket=name, Policy=deny_all_objects(name, condition))
        return name

    def assert_denied(self, bucket: str) -> None:
        with self.assertRaises(ClientError) as denied:
            self.s3.put_object(Bucket=bucket, Key="k", Body=b"x")
        self.assertEqual("403", str(denied.exception.response["ResponseMetadata"]["HTTPStatusCode"]))

    def test_tls_only_deny_does_not_stop_requests_to_the_emulator(self):
        bucket = self.bucket_with("tls-only", {"Bool": {"aws:SecureTransport": "false"}})
        self.s3.put_object(Bucket=bucket, Key="scripts/job.py", Body=b"print('hi')")
        self.assertEqual(b"print('hi')", self.s3.get_object(Bucket=bucket, Key="scripts/job.py")["Body"].read())
        self.s3.delete_object(Bucket=bucket, Key="scripts/job.py")

    def test_a_deny_whose_condition_holds_still_denies(self):
        self.assert_denied(self.bucket_with("deny-secure", {"Bool": {"aws:SecureTransport": "true"}}))

    def test_negated_and_like_operators_are_evaluated(self):
        self.assert_denied(self.bucket_with("deny-not-false", {"StringNotEquals": {"aws:SecureTransport": "false"}}))
        self.assert_denied(self.bucket_with("deny-like", {"StringLike": {"aws:SecureTransport": "t*"}}))
        kept = self.bucket_with("missing-key", {"StringEquals": {"aws:SourceVpce": "vpce-1"}})
        self.s3.put_object(Bucket=kept, Key="k", Body=b"x")


if __name__ == "__main__":
    unittest.main()
