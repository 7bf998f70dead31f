"""A page's JSON-LD (seen.pages.templates.structured_data): the same data as Jinja's tojson, smaller,
and nothing in a value can end the script block it is written into."""

from __future__ import annotations

import json

import jinja2

from seen.pages.templates import structured_data


def test_it_is_the_same_data_written_smaller() -> None:
    value = {"name": "Mira cómo estás", "description": "una por cada señal", "position": 2, "@graph": [{"a": None}]}
    written = structured_data(value)
    assert json.loads(written) == value
    assert "señal" in written and "\\u00f1" not in written and ", " not in written and ": " not in written
    standard = jinja2.Environment().from_string("{{ value | tojson }}").render(value=value)
    assert len(written.encode("utf-8")) < len(standard.encode("utf-8"))


def test_no_value_can_end_the_script_or_open_another() -> None:
    hostile = "</script><script>alert(1)</script><!-- ' & >"
    written = structured_data({"name": hostile})
    for unsafe in ("<", ">", "&", "'"):
        assert unsafe not in written
    assert json.loads(written) == {"name": hostile}
    # Drawn by a template that escapes everything, it is left as it is (it is markup the guide made).
    env = jinja2.Environment(autoescape=True)
    env.filters["structured_data"] = structured_data
    assert env.from_string("{{ v | structured_data }}").render(v={"name": hostile}) == str(written)
