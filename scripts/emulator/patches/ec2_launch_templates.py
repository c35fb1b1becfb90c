"""Launch template tags (moto 5.2.1 gap): CreateLaunchTemplate copies the request's own
TagSpecifications (the tags of the launch template resource, ResourceType "launch-template") into the
template's LaunchTemplateData, so the provider reads back a ``tag_specifications`` block nobody wrote and
every re-plan wants to remove it. AWS keeps them apart: the template's tags are not launch data.
"""
from typing import Any

from moto.ec2.responses.launch_templates import LaunchTemplates


def apply() -> None:
    create = LaunchTemplates.create_launch_template

    def create_launch_template(self: LaunchTemplates) -> Any:
        # moto merges what _parse_tag_specification returns into the data; the template's own tags are
        # applied from the data's "launch-template" entry, so keep them there for tagging, then drop them.
        answer = create(self)
        template = self.ec2_backend.get_launch_template_by_name(self._get_param("LaunchTemplateName"))
        for version in template.versions:
            specs = version.data.get("TagSpecifications")
            if specs is not None:
                kept = [s for s in specs if s.get("ResourceType") != "launch-template"]
                if kept:
                    version.data["TagSpecifications"] = kept
                else:
                    del version.data["TagSpecifications"]
        return answer

    LaunchTemplates.create_launch_template = create_launch_template
