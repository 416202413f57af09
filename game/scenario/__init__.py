"""The scenario format: pydantic models, loading with located errors, the JSON Schema.

This package is the boundary between files and the engine: the engine never sees pydantic
or files, only what `compile` (a later step) makes of a validated Scenario.
"""

from .load import load_scenario, parse_scenario, validate_data
from .problems import Problem, ScenarioError
from .schema import SCHEMA_VERSION, Scenario

__all__ = [
    "SCHEMA_VERSION",
    "Problem",
    "Scenario",
    "ScenarioError",
    "load_scenario",
    "parse_scenario",
    "validate_data",
]
