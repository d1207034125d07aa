"""The result of moderating one message: an action, the categories that fired, and why."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

__all__ = ["Action", "ContextCue", "Reason", "Verdict"]


class Action(str, enum.Enum):
    """What to do with a message.

    The order of severity, used when several categories fire, is
    ``allow < review < escalate < remove``; an ``escalate`` category is never hidden
    by a ``remove``: it stays listed in :attr:`Verdict.alerts`.
    """

    ALLOW = "allow"
    REVIEW = "review"
    ESCALATE = "escalate"
    REMOVE = "remove"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    def __str__(self) -> str:
        return self.value


_SEVERITY = {Action.ALLOW: 0, Action.REVIEW: 1, Action.ESCALATE: 2, Action.REMOVE: 3}


@dataclass(frozen=True, slots=True)
class ContextCue:
    """Something around a hit that changed its confidence.

    ``kind`` is one of ``target`` (the word is aimed at someone), ``quote``,
    ``negation``, ``self`` (self-deprecation), or a detector's own kind.
    """

    kind: str
    text: str
    factor: float = 1.0
    boost: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "text": self.text, "factor": self.factor, "boost": self.boost}


_SHOWN_PATTERN = 60  # longer regexes are named by their rule in explanations


@dataclass(frozen=True, slots=True)
class Reason:
    """One hit: which rule fired, where in the original text, and how sure it is."""

    category: str
    rule_id: str
    start: int
    end: int
    text: str
    normalized: str
    confidence: float
    matcher: str
    term: str
    base_confidence: float
    transforms: tuple[str, ...] = ()
    context: tuple[ContextCue, ...] = ()

    @property
    def explanation(self) -> str:
        """A sentence built from the structured fields, for a human moderator."""
        if self.matcher == "handle":  # a handle: the author's (no span) or one in the text
            where = (f"handle {self.text!r} at {self.start}-{self.end}" if self.end > self.start
                     else f"author handle {self.normalized!r}")
            parts = [f"{where} imitates {self.term!r} (rule {self.rule_id})"]
        else:
            parts = [f"{self.text!r} at {self.start}-{self.end}"]
            if self.normalized and self.normalized != self.text.casefold():
                parts.append(f"(read as {self.normalized!r}")
                parts[-1] += f" after {', '.join(self.transforms)})" if self.transforms else ")"
            if self.matcher == "regex" and len(self.term) > _SHOWN_PATTERN:
                # a bundled pattern runs to hundreds of characters: ``term`` still has it
                parts.append(f"matches the regex of rule {self.rule_id}")
            else:
                parts.append(f"matches {self.matcher} {self.term!r} of rule {self.rule_id}")
        sentence = " ".join(parts) + f"; {self.category} confidence {self.base_confidence:.2f}"
        for cue in self.context:
            if cue.boost:
                sentence += f", +{cue.boost:.2f} {cue.kind} ({cue.text!r})"
            if cue.factor != 1.0:
                sentence += f", x{cue.factor:.2f} {cue.kind} ({cue.text!r})"
        if self.context:
            sentence += f" -> {self.confidence:.2f}"
        return sentence + "."

    def to_dict(self) -> dict[str, object]:
        return {
            "category": self.category,
            "rule_id": self.rule_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "normalized": self.normalized,
            "confidence": round(self.confidence, 4),
            "base_confidence": round(self.base_confidence, 4),
            "matcher": self.matcher,
            "term": self.term,
            "transforms": list(self.transforms),
            "context": [cue.to_dict() for cue in self.context],
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """What to do with a message, the categories that fired, and the reasons.

    ``categories`` maps every category that fired to its combined confidence, even
    below its review band. ``alerts`` lists the categories whose action is
    ``escalate`` and that crossed their threshold: they are reported even when
    another category makes the action ``remove``.
    """

    action: Action
    categories: dict[str, float]
    reasons: tuple[Reason, ...]
    alerts: tuple[str, ...] = ()
    language: str | None = None
    charter: str = ""
    warnings: tuple[str, ...] = ()
    text: str = field(default="", repr=False)

    @property
    def flagged(self) -> bool:
        return self.action is not Action.ALLOW

    def redacted(self, categories: tuple[str, ...] = ("personal_data",), mask: str = "█") -> str:
        """The text with the spans of these categories' reasons masked, length kept."""
        chars = list(self.text)
        for reason in self.reasons:
            if reason.category in categories:
                for index in range(reason.start, reason.end):
                    if not chars[index].isspace():
                        chars[index] = mask
        return "".join(chars)

    def to_dict(self) -> dict[str, object]:
        return {
            "action": self.action.value,
            "categories": {name: round(conf, 4) for name, conf in self.categories.items()},
            "alerts": list(self.alerts),
            "language": self.language,
            "charter": self.charter,
            "warnings": list(self.warnings),
            "reasons": [reason.to_dict() for reason in self.reasons],
        }
