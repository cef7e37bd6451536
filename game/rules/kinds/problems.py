"""A broken bank rule as pydantic reports it: its French message kept as is."""

from __future__ import annotations

from pydantic_core import PydanticCustomError


def rule_error(message: str) -> PydanticCustomError:
    """A broken bank rule, with its French message as is (braces never formatted)."""
    return PydanticCustomError("regle", "{message}", {"message": message})
