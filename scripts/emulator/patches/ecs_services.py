"""ECS services as the provider reads them (moto 5.2.1 gaps): CreateService drops the request's
capacityProviderStrategy, enableECSManagedTags, availabilityZoneRebalancing and
healthCheckGracePeriodSeconds, and reports launchType EC2 even for a service that runs on capacity
providers (AWS reports no launch type then). The provider reads the strategy back as empty and, because
the strategy forces a new service, replaces the service on every apply.
"""
from typing import Any

from moto.ecs.responses import EC2ContainerServiceResponse

# request parameter → Service attribute the response serializer reads
KEPT = {
    "capacityProviderStrategy": "capacity_provider_strategy",
    "enableECSManagedTags": "enable_ecs_managed_tags",
    "availabilityZoneRebalancing": "availability_zone_rebalancing",
    "healthCheckGracePeriodSeconds": "health_check_grace_period_seconds",
}


def _keep_request_settings(response: EC2ContainerServiceResponse, service: Any) -> None:
    for parameter, attribute in KEPT.items():
        value = response._get_param(parameter)
        if value is not None:
            setattr(service, attribute, value)
    if getattr(service, "capacity_provider_strategy", None) and not response._get_param("launchType"):
        service.launch_type = None


def apply() -> None:
    create, update = EC2ContainerServiceResponse.create_service, EC2ContainerServiceResponse.update_service

    def create_service(self: EC2ContainerServiceResponse) -> Any:
        answer = create(self)
        _keep_request_settings(self, answer.result["service"])
        return answer

    def update_service(self: EC2ContainerServiceResponse) -> Any:
        answer = update(self)
        _keep_request_settings(self, answer.result["service"])
        return answer

    EC2ContainerServiceResponse.create_service = create_service
    EC2ContainerServiceResponse.update_service = update_service
