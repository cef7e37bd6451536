"""The JSON Schema of a bank file, generated from the models, for editors' completion.

The models say the shapes and limits; the catalogue says, in French, what each key is for
(``bank.schema.<model>.<key>``): an editor shows that sentence when the adviser hovers a key.
"""

from __future__ import annotations

import json
from typing import Any

from game.rules.bank import limits
from game.rules.bank.model import BankFile
from game.wording import say

SCHEMA_FILE = "banque.schema.json"
# The schema's name of each model, and the catalogue's.
_MODELS = {"Sector": "sector", "FramingRule": "framing", "Question": "question"}
_LIMITS = {
    "question_max": limits.QUESTION_MAX,
    "explanation_max": limits.EXPLANATION_MAX,
    "choices_min": limits.CHOICES_MIN,
    "choices_max": limits.CHOICES_MAX,
}


def _describe(properties: dict[str, Any], model: str) -> None:
    for key, entry in properties.items():
        entry["description"] = say(f"bank.schema.{model}.{key}", **_LIMITS)


def bank_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a bank file, with the fields' French descriptions."""
    schema = BankFile.model_json_schema(by_alias=True)
    schema["title"] = say("bank.schema.title")
    schema["description"] = say("bank.schema.file")
    _describe(schema["properties"], "file")
    for name, model in _MODELS.items():
        definition = schema["$defs"][name]
        definition["description"] = say(f"bank.schema.{model}")
        _describe(definition["properties"], model)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_text() -> str:
    return json.dumps(bank_schema(), ensure_ascii=False, indent=2) + "\n"
