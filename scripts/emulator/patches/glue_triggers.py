"""Glue ON_DEMAND triggers (moto 5.2.1 gap): StartTrigger moves every trigger to ACTIVATED. On AWS an
ON_DEMAND trigger only fires (its actions run) and stays CREATED — it can never be "activated". The
provider reads an ON_DEMAND trigger as enabled only in CREATED/CREATING, so after moto's StartTrigger it
reads ``enabled = false`` and starts it again on every apply.
"""
from moto.glue import models


def apply() -> None:
    start = models.FakeTrigger.start_trigger

    def start_trigger(self: models.FakeTrigger) -> None:
        if self.trigger_type == "ON_DEMAND":
            return
        start(self)

    models.FakeTrigger.start_trigger = start_trigger
