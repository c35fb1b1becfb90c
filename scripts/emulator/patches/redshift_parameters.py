"""Redshift cluster parameter groups (moto 5.2.1 gap): ModifyClusterParameterGroup is not implemented
(the provider retries it until it times out, so an aws_redshift_parameter_group with parameters — the
cross-region store's require_ssl — never finishes), and DescribeClusterParameters answers the engine
defaults only, ignoring the Source filter.
"""
from typing import Any

from moto.core.responses import ActionResult
from moto.redshift.exceptions import ClusterParameterGroupNotFoundError
from moto.redshift.responses import RedshiftResponse


def _group(response: RedshiftResponse, name: str) -> Any:
    groups = response.redshift_backend.parameter_groups
    if name not in groups:
        raise ClusterParameterGroupNotFoundError(name)
    return groups[name]


def _value(parameter: Any, key: str) -> Any:
    return parameter.get(key) if isinstance(parameter, dict) else getattr(parameter, key, None)


def modify_cluster_parameter_group(self: RedshiftResponse) -> ActionResult:
    name = self._get_param("ParameterGroupName")
    group = _group(self, name)
    user = getattr(group, "user_parameters", {})
    for parameter in self._get_param("Parameters") or []:
        user[_value(parameter, "ParameterName")] = _value(parameter, "ParameterValue")
    group.user_parameters = user
    return ActionResult({"ParameterGroupName": name, "ParameterGroupStatus": "Your parameter group has been updated."})


def apply() -> None:
    if hasattr(RedshiftResponse, "modify_cluster_parameter_group") or not hasattr(RedshiftResponse, "describe_cluster_parameters"):
        raise RuntimeError(f"moto changed its Redshift parameter groups; revisit {__file__}")
    describe = RedshiftResponse.describe_cluster_parameters

    def describe_cluster_parameters(self: RedshiftResponse) -> ActionResult:
        answer = describe(self)
        user = getattr(_group(self, self._get_param("ParameterGroupName")), "user_parameters", {})
        merged = [p for p in answer.result["Parameters"] if p["ParameterName"] not in user]
        merged += [{"ParameterName": k, "ParameterValue": v, "Source": "user", "DataType": "string", "ApplyType": "static",
                    "IsModifiable": True} for k, v in user.items()]
        source = self._get_param("Source")
        answer.result["Parameters"] = [p for p in merged if not source or p.get("Source") == source]
        return answer

    RedshiftResponse.modify_cluster_parameter_group = modify_cluster_parameter_group
    RedshiftResponse.describe_cluster_parameters = describe_cluster_parameters
