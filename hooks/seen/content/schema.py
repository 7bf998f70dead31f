"""JSON Schemas of the data files, for editors' autocomplete; a test keeps them in sync with the models.

Regenerate after changing a model:  python hooks/seen/content/schema.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

if __package__ in (None, ""):  # run as a script: make `seen` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from seen.content.loading import SHARED_FIELDS
from seen.content.models import ENTRY_MODELS, LearnedWords, PageWords, PartnerCues, SearchWords, UiText
from seen.content.practice import GuideHelpLines, Practice

SCHEMA_DIR = Path(__file__).resolve().parents[3] / "data" / "schema"


def schemas() -> dict[str, dict[str, Any]]:
    """File name -> JSON Schema of that data file."""
    result: dict[str, dict[str, Any]] = {}
    for kind, model in ENTRY_MODELS.items():
        schema = TypeAdapter(list[model]).json_schema()  # type: ignore[valid-type]
        schema["title"] = f"data/{kind}.yml"
        result[f"{kind}.schema.json"] = schema
        # Another language's file: what the languages share (icon, links, date) may be left out.
        translation = json.loads(json.dumps(schema))
        entry = translation["$defs"][model.__name__]
        entry["required"] = [name for name in entry.get("required", []) if name not in SHARED_FIELDS]
        translation["title"] = f"data/<language>/{kind}.yml"
        result[f"{kind}.translation.schema.json"] = translation
    for name, model in (
        ("ui", UiText),
        ("search", SearchWords),
        ("practice", Practice),
        ("help-lines", GuideHelpLines),
        ("safety", PartnerCues),
        ("danger-words", LearnedWords),
        ("page-words", PageWords),
    ):
        schema = model.model_json_schema()
        schema["title"] = f"data/{name}.yml"
        result[f"{name}.schema.json"] = schema
    return result


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> None:
    SCHEMA_DIR.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        (SCHEMA_DIR / name).write_text(render(schema), encoding="utf-8")
        print(f"wrote data/schema/{name}")


if __name__ == "__main__":
    main()
