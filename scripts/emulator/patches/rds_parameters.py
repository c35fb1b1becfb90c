"""DB parameter group parameters (moto 5.2.1 gap): ModifyDBParameterGroup stores the parameters, but
DescribeDBParameters answers them without ``Source`` and ignores the ``Source`` filter. The provider keeps
only parameters whose source is "user" (AWS marks every parameter a user set that way), so it reads back
none of them and every re-plan wants to set them again.
"""
from typing import Any

from moto.rds import models
from moto.rds.responses import RDSResponse


def apply() -> None:
    update = models.DBParameterGroup.update_parameters
    describe = RDSResponse.describe_db_parameters

    def update_parameters(self: models.DBParameterGroup, new_parameters: Any) -> None:
        update(self, new_parameters)
        for parameter in new_parameters:
            self.parameters[parameter["ParameterName"]]["Source"] = "user"

    def describe_db_parameters(self: RDSResponse) -> Any:
        answer = describe(self)
        source = self.params.get("Source")
        if source:
            parameters = answer.result["Parameters"]
            answer.result["Parameters"] = [p for p in parameters if p.get("Source", "engine-default") == source]
        return answer

    models.DBParameterGroup.update_parameters = update_parameters
    RDSResponse.describe_db_parameters = describe_db_parameters
