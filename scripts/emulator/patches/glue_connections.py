"""Glue connections as the AWS provider needs them (moto 5.2.1 gaps).

- GetConnection/GetConnections answer without ConnectionType and MatchCriteria (and with a stray
  "Connection" member), so every re-plan of an aws_glue_connection wants an update;
- UpdateConnection and DeleteConnection are not implemented, so that update, and every destroy, retries
  until the provider gives up (9+ minutes).
"""
from typing import Any

from moto.core.responses import EmptyResult
from moto.core.utils import utcnow
from moto.glue import models
from moto.glue.exceptions import EntityNotFoundException
from moto.glue.responses import GlueResponse


def _as_dict(self: models.FakeConnection) -> dict[str, Any]:
    connection_input = self.connection_input
    answer = {
        "Name": self.name,
        "ConnectionType": connection_input.get("ConnectionType"),
        "MatchCriteria": connection_input.get("MatchCriteria", []),
        "ConnectionProperties": connection_input.get("ConnectionProperties", {}),
        "PhysicalConnectionRequirements": connection_input.get("PhysicalConnectionRequirements"),
        "CreationTime": self.created_time,
        "LastUpdatedTime": self.updated_time,
        "Status": self.status,
    }
    if self.description is not None:
        answer["Description"] = self.description
    for optional in ("AthenaProperties", "SparkProperties", "PythonProperties", "ValidateCredentials",
                     "AuthenticationConfiguration"):
        if optional in connection_input:
            answer[optional] = connection_input[optional]
    return {key: value for key, value in answer.items() if value is not None}


def _found(backend: models.GlueBackend, name: str) -> models.FakeConnection:
    connection = backend.connections.get(name)
    if connection is None:
        raise EntityNotFoundException(f"Connection {name} not found")
    return connection


def update_connection(self: models.GlueBackend, name: str, connection_input: dict[str, Any]) -> None:
    connection = _found(self, name)
    new_name = connection_input.get("Name", name)
    if new_name != name:
        # A rename keeps the connection (and its tags) but moves it to the new key; AWS keeps the ARN's tags too.
        del self.connections[name]
        self.connections[new_name] = connection
    connection.connection_input = connection_input
    connection.name = new_name
    connection.description = connection_input.get("Description")
    connection.connection_properties = connection_input.get("ConnectionProperties", {})
    connection.updated_time = utcnow()


def delete_connection(self: models.GlueBackend, name: str) -> None:
    connection = _found(self, name)
    del self.connections[name]
    self.tagger.delete_all_tags_for_resource(connection.arn)


def update_connection_response(self: GlueResponse) -> EmptyResult:
    self.glue_backend.update_connection(self._get_param("Name"), self._get_param("ConnectionInput"))
    return EmptyResult()


def delete_connection_response(self: GlueResponse) -> EmptyResult:
    self.glue_backend.delete_connection(self._get_param("ConnectionName"))
    return EmptyResult()


def apply() -> None:
    for owner, attribute in ((models.FakeConnection, "as_dict"), (models.GlueBackend, "create_connection"),
                             (GlueResponse, "get_connection")):
        if not hasattr(owner, attribute):
            raise RuntimeError(f"moto changed: {owner.__name__}.{attribute} is gone; revisit {__file__}")
    models.FakeConnection.as_dict = _as_dict
    models.GlueBackend.update_connection = update_connection
    models.GlueBackend.delete_connection = delete_connection
    GlueResponse.update_connection = update_connection_response
    GlueResponse.delete_connection = delete_connection_response
