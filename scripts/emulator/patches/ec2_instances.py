"""EC2 instances as the provider reads them (moto 5.2.1 gaps).

- A network interface without a public IP is described with an empty ``Association`` element; the
  provider reads "has an association" as ``associate_public_ip_address = true``, so every instance in a
  private subnet (launched with ``associate_public_ip_address = false``) is replaced on each apply.
  AWS omits the element; so does the patch.
- An instance launched with its security groups on the primary network interface (which the provider
  does whenever ``associate_public_ip_address`` is set) is described with no ``SecurityGroups``; AWS
  lists the primary interface's groups there. The patch does too, so ``vpc_security_group_ids`` reads back.
"""
from typing import Any

from moto.ec2.models import elastic_network_interfaces, instances


def apply() -> None:
    interface = elastic_network_interfaces.NetworkInterface
    if not isinstance(interface.__dict__.get("association"), property) or not hasattr(instances.InstanceBackend, "run_instances"):
        raise RuntimeError(f"moto changed its EC2 instance model; revisit {__file__}")
    association = interface.__dict__["association"].fget

    def association_or_none(self: Any) -> dict[str, Any] | None:
        return association(self) or None

    interface.association = property(association_or_none)

    run_instances = instances.InstanceBackend.run_instances

    def run_instances_with_groups(self: Any, *args: Any, **kwargs: Any) -> Any:
        reservation = run_instances(self, *args, **kwargs)
        for instance in reservation.instances:
            primary = instance.nics.get(0)
            if not instance.security_groups and primary is not None:
                instance.security_groups = list(primary._group_set)
        return reservation

    instances.InstanceBackend.run_instances = run_instances_with_groups
