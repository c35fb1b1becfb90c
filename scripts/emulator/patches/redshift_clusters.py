"""Redshift clusters as the provider waits for and reads them (moto 5.2.1 gap): a cluster is described
without ClusterAvailabilityStatus, AvailabilityZoneRelocationStatus and MultiAZ. The provider's create
waiter wants ClusterAvailabilityStatus "Available" (it fails with "unexpected state ''"), and its read
refuses an empty relocation or Multi-AZ status. AWS answers "Available" for a ready cluster, "disabled"
when relocation was not asked for and "Disabled" for a single-AZ cluster. It also answers no
ManualSnapshotRetentionPeriod (AWS: -1, keep manual snapshots) and a default maintenance window in
mixed case ("Mon:03:00-Mon:03:30"; AWS answers lower case), no MaintenanceTrackName (AWS: "current")
and not the MasterPasswordSecretKmsKeyId it was created with — each of which a re-plan wants to "fix".
"""
from typing import Any

from moto.redshift import models
from moto.redshift.responses import RedshiftResponse


def apply() -> None:
    init = models.Cluster.__init__

    def __init__(self: models.Cluster, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.cluster_availability_status = "Available"
        self.availability_zone_relocation_status = "disabled"
        self.multi_az = "Disabled"
        self.manual_snapshot_retention_period = getattr(self, "manual_snapshot_retention_period", None) or -1
        self.preferred_maintenance_window = self.preferred_maintenance_window.lower()
        self.maintenance_track_name = "current"

    create = RedshiftResponse.create_cluster

    def create_cluster(self: RedshiftResponse) -> Any:
        answer = create(self)
        key = self._get_param("MasterPasswordSecretKmsKeyId")
        if key:
            answer.result["Cluster"].master_password_secret_kms_key_id = key
        return answer

    models.Cluster.__init__ = __init__
    RedshiftResponse.create_cluster = create_cluster
