"""Glue workflow tags (moto 5.2.1 gap): CreateWorkflow keeps its Tags on the workflow object but never
registers them for the workflow's ARN, so GetTags answers {} and every re-plan wants to add them.
"""
from typing import Any

from moto.glue import models
from moto.utilities.utils import get_partition


def workflow_arn(backend: models.GlueBackend, name: str) -> str:
    return f"arn:{get_partition(backend.region_name)}:glue:{backend.region_name}:{backend.account_id}:workflow/{name}"


def apply() -> None:
    create, delete = models.GlueBackend.create_workflow, models.GlueBackend.delete_workflow

    def create_workflow(self: models.GlueBackend, name: str, default_run_properties: Any, description: Any,
                        max_concurrent_runs: Any, tags: dict[str, str] | None) -> str:
        created = create(self, name, default_run_properties, description, max_concurrent_runs, tags)
        self.tag_resource(workflow_arn(self, name), tags or {})
        return created

    def delete_workflow(self: models.GlueBackend, name: str) -> str:
        self.tagger.delete_all_tags_for_resource(workflow_arn(self, name))
        return delete(self, name)

    models.GlueBackend.create_workflow = create_workflow
    models.GlueBackend.delete_workflow = delete_workflow
