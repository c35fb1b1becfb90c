"""RDS instance identity (moto 5.2.1 gap): every DB instance gets the same DbiResourceId
("db-M5ENSHXFPU6XHZ4G4ZEI5QIO2U"). The provider finds an instance by its resource id (the
dbi-resource-id filter); with two instances in a region (dataxr: MySQL and the peered PostgreSQL) the
filter answers both and the provider reports "couldn't find resource". AWS gives each its own id.
"""
import random
import string
from typing import Any

from moto.rds import models


def apply() -> None:
    init = models.DBInstance.__init__

    def __init__(self: models.DBInstance, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.dbi_resource_id = "db-" + "".join(random.choices(string.ascii_uppercase + string.digits, k=26))

    models.DBInstance.__init__ = __init__
