"""The exported JSON Schemas in data/schema/ match the models (regenerate: python hooks/seen/content/schema.py)."""

from __future__ import annotations

from seen.content.schema import SCHEMA_DIR, render, schemas
from support.project import ROOT


def test_exported_schemas_match_the_models() -> None:
    expected = schemas()
    assert sorted(p.name for p in SCHEMA_DIR.glob("*.json")) == sorted(expected)
    for name, schema in expected.items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == render(schema), (
            f"data/schema/{name} is out of date: run python hooks/seen/content/schema.py"
        )


def test_each_data_file_points_editors_at_its_schema() -> None:
    for name in ("signs", "effects", "steps", "ui", "search", "practice", "help-lines", "safety"):
        first = (ROOT / "data" / f"{name}.yml").read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=schema/{name}.schema.json"
    # The Spanish files: entries may leave out what the languages share.
    for name in ("signs", "effects", "steps", "ui", "search", "help-lines", "safety"):
        first = (ROOT / "data" / "es" / f"{name}.yml").read_text(encoding="utf-8").splitlines()[0]
        schema = f"{name}.translation" if name in ("signs", "effects", "steps") else name
        assert first == f"# yaml-language-server: $schema=../schema/{schema}.schema.json"


def test_schema_rejects_unknown_fields_and_long_summaries() -> None:
    sign = schemas()["signs.schema.json"]["$defs"]["Sign"]
    assert sign["additionalProperties"] is False
    assert sign["properties"]["summary"]["maxLength"] == 160
