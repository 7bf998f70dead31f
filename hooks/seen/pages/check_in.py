"""The private check-in: decided at build time, so the page holds every answer and sends nothing.

Each sign is asked as one question. What a ticked sign connects to (its effects and steps) is
worked out here and written into the page; the page's small script only shows and hides it.
"""

from __future__ import annotations

from dataclasses import dataclass

from seen.content.guide import Guide
from seen.content.loading import GuideDataError
from seen.content.models import Entry, Sign, Step

SUPPORT_STEP = "professional-support"
SUPPORT_AT = 4  # from this many ticks, the results add a gentle pointer to support and help lines


@dataclass(frozen=True)
class Connected:
    """An effect or step among the results, and the signs whose ticks bring it up."""

    entry: Entry
    signs: tuple[str, ...]
    questions: tuple[int, ...]  # those signs' places among the questions, from 1 (what the page writes)


@dataclass(frozen=True)
class CheckIn:
    signs: list[Sign]
    effects: list[Connected]
    steps: list[Connected]
    support_step: Step
    support_at: int = SUPPORT_AT


def connected(entries: list[Entry], signs: list[Sign], *, via: str) -> list[Connected]:
    """Each entry (in data order) with the slugs and question numbers of the signs that point to it
    through `via`."""
    result = []
    for entry in entries:
        leading = [(number, sign.slug) for number, sign in enumerate(signs, 1) if entry.slug in getattr(sign, via)]
        if leading:
            result.append(
                Connected(entry=entry, signs=tuple(slug for _, slug in leading), questions=tuple(n for n, _ in leading))
            )
    return result


def plan_check_in(guide: Guide, *, label_root: str = "data") -> CheckIn:
    """Everything the check-in page shows; raises GuideDataError when the support step is gone."""
    support = next((step for step in guide.steps if step.slug == SUPPORT_STEP), None)
    if support is None:
        raise GuideDataError(
            f'{label_root}/steps.yml: expected a step with slug "{SUPPORT_STEP}" (the check-in points to it), '
            f"found none among {', '.join(step.slug for step in guide.steps)}"
        )
    return CheckIn(
        signs=guide.signs,
        effects=connected(guide.effects, guide.signs, via="effects"),  # type: ignore[arg-type]
        steps=connected(guide.steps, guide.signs, via="steps"),  # type: ignore[arg-type]
        support_step=support,
    )
