"""Writing a Scenario back to YAML text that loads to the same Scenario."""

from __future__ import annotations

import yaml

from .schema import Scenario

HEADER = "# yaml-language-server: $schema=schema.json\n"


def dump_scenario(scenario: Scenario, *, minimal: bool = True) -> str:
    """YAML text of the scenario; with minimal, values equal to their defaults are left out."""
    data = scenario.model_dump(mode="json", exclude_defaults=minimal)
    # schema_version has no default, so it is always kept, and it comes first.
    body = yaml.dump(data, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=100)
    return HEADER + body
