"""The JSON Schema of a bank file, generated from the models, for editors' completion."""

from __future__ import annotations

import json
from typing import Any

from game.rules.bank.model import BankFile

SCHEMA_FILE = "banque.schema.json"


def bank_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a bank file, with the fields' French descriptions."""
    schema = BankFile.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_text() -> str:
    return json.dumps(bank_schema(), ensure_ascii=False, indent=2) + "\n"
