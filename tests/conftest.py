"""Shared test settings. Property tests run 300 examples each; `--hypothesis-profile=deep` runs 5000."""

from hypothesis import HealthCheck, settings

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.filter_too_much]}
settings.register_profile("project", max_examples=300, **_COMMON)
settings.register_profile("deep", max_examples=5000, **_COMMON)
settings.load_profile("project")
