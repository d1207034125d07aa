"""Check one charter file against the charter format and collect every problem, located.

Validation never stops at the first mistake: the caller gets the whole list, each
with file, line, column, key path and, where one can be guessed, a suggestion.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import Any

import regex

from chartekit._categories import BUILTIN
from chartekit._errors import Problem
from chartekit._normalize import NormalizationOptions
from chartekit._terms import VOCABULARY_NAME, TermSyntaxError, expand_term, expand_vocabulary
from chartekit._verdict import Action
from chartekit._yamlsource import Path_, YamlSource
from chartekit.matchers.regex import pattern_error

__all__ = ["SCHEMA_VERSION", "validate"]

SCHEMA_VERSION = 1
ACTIONS = tuple(a.value for a in Action)
VIEWS = ("folded", "original")
_RULE_ID = regex.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_LANG = regex.compile(r"^[a-z]{2}$")

TOP_KEYS = ("version", "name", "description", "languages", "extends", "normalization",
            "protected", "vocabulary", "categories", "rules", "examples")
CATEGORY_KEYS = ("enabled", "action", "threshold", "review_from", "detector", "options", "rules",
                 "allow", "custom", "description")
RULE_KEYS = ("id", "lexicon", "regex", "fuzzy", "confidence", "lang", "enabled", "view",
             "min_similarity", "timeout", "category", "description")
MATCH_KEYS = ("lexicon", "regex", "fuzzy")
EXAMPLE_KEYS = ("text", "action", "categories", "lang", "author", "thread", "protected_names",
                "protected_brands", "note")
PROTECTED_KEYS = ("names", "brands")


# Words people write for an action, and the action they mean.
_ACTION_SYNONYMS = {
    "delete": "remove", "ban": "remove", "block": "remove", "hide": "remove", "reject": "remove",
    "drop": "remove", "flag": "review", "hold": "review", "moderate": "review",
    "queue": "review", "alert": "escalate", "notify": "escalate", "accept": "allow",
    "pass": "allow", "keep": "allow", "ok": "allow", "approve": "allow",
}


def _suggest(word: object, choices: Iterable[str]) -> str | None:
    if not isinstance(word, str):
        return None
    choices = list(choices)
    synonym = _ACTION_SYNONYMS.get(word.lower())
    if synonym in choices:
        return f"did you mean {synonym!r}?"
    close = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else None


class _Checker:
    def __init__(self, source: YamlSource, detectors: Iterable[str]) -> None:
        self.source = source
        self.detectors = tuple(detectors)
        self.problems: list[Problem] = []
        self.words: dict[str, list[str]] = {}  # the file's own vocabulary, once checked

    def add(self, message: str, path: Path_, *, key: bool = False, code: str = "CK110",
            suggestion: str | None = None) -> None:
        self.problems.append(self.source.problem(code, message, path, key=key,
                                                 suggestion=suggestion))

    # -- generic shapes --------------------------------------------------------------
    def mapping(self, value: Any, path: Path_, allowed: tuple[str, ...], what: str) -> bool:
        if not isinstance(value, dict):
            self.add(f"{what} must be a mapping, not {_kind(value)}", path, code="CK111")
            return False
        for key in value:
            if key not in allowed:
                self.add(f"unknown key {key!r} in {what}", (*path, str(key)), key=True,
                         code="CK112", suggestion=_suggest(key, allowed))
        return True

    def string(self, value: Any, path: Path_, what: str) -> bool:
        if not isinstance(value, str) or not value.strip():
            self.add(f"{what} must be a non-empty string, not {_kind(value)}", path, code="CK111")
            return False
        return True

    def boolean(self, value: Any, path: Path_, what: str) -> None:
        if not isinstance(value, bool):
            self.add(f"{what} must be true or false, not {_kind(value)}", path, code="CK111")

    def unit(self, value: Any, path: Path_, what: str) -> bool:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(f"{what} must be a number between 0 and 1, not {_kind(value)}", path,
                     code="CK111")
            return False
        if not 0 <= value <= 1:
            self.add(f"{what} must be between 0 and 1, not {value}", path, code="CK113")
            return False
        return True

    def strings(self, value: Any, path: Path_, what: str,
                each: Callable[[str, Path_], None] | None = None) -> None:
        if not isinstance(value, list):
            self.add(f"{what} must be a list, not {_kind(value)}", path, code="CK111")
            return
        for index, item in enumerate(value):
            if self.string(item, (*path, index), f"each entry of {what}") and each:
                each(item, (*path, index))

    def action(self, value: Any, path: Path_) -> None:
        if value not in ACTIONS:
            self.add(f"unknown action {value!r}; expected one of {', '.join(ACTIONS)}", path,
                     code="CK114", suggestion=_suggest(value, ACTIONS))

    def lang(self, value: Any, path: Path_) -> None:
        if not isinstance(value, str) or not _LANG.match(value):
            self.add(f"language must be a two-letter ISO 639-1 code like 'fr', not {value!r}", path,
                     code="CK113")

    # -- charter parts ---------------------------------------------------------------
    def charter(self, data: Any) -> None:
        if data is None:
            self.add("the charter is empty", (), code="CK111")
            return
        if not self.mapping(data, (), TOP_KEYS, "the charter"):
            return
        if "version" not in data:
            self.add(f"missing 'version' (this chartekit reads version {SCHEMA_VERSION})", (),
                     code="CK115", suggestion=f"add 'version: {SCHEMA_VERSION}' at the top")
        elif data["version"] != SCHEMA_VERSION:
            self.add(f"unsupported version {data['version']!r}; this chartekit reads version "
                     f"{SCHEMA_VERSION}", ("version",), code="CK113")
        if "name" not in data and "extends" not in data:
            self.add("missing 'name'", (), code="CK115")
        for key in ("name", "description", "extends"):
            if key in data:
                self.string(data[key], (key,), f"'{key}'")
        if "languages" in data:
            self.strings(data["languages"], ("languages",), "'languages'", self.lang)
        if "normalization" in data and self.mapping(
            data["normalization"], ("normalization",), NormalizationOptions.names(),
            "'normalization'",
        ):
            for key, value in data["normalization"].items():
                if key in NormalizationOptions.names():
                    self.boolean(value, ("normalization", key), f"normalization step {key!r}")
        if "protected" in data and self.mapping(data["protected"], ("protected",), PROTECTED_KEYS,
                                                "'protected'"):
            for key in PROTECTED_KEYS:
                if key in data["protected"]:
                    self.strings(data["protected"][key], ("protected", key), f"protected {key}")
        if "vocabulary" in data:
            self.vocabulary(data["vocabulary"], ("vocabulary",))
        categories = data.get("categories")
        if categories is not None and not isinstance(categories, dict):
            self.add(f"'categories' must be a mapping, not {_kind(categories)}", ("categories",),
                     code="CK111")
        elif categories is not None:
            for name, spec in categories.items():
                self.category(str(name), spec, ("categories", str(name)))
        if "rules" in data:
            self.rules(data["rules"], ("rules",), category=None,
                       known=set(BUILTIN) | set(categories or {}))
        if "examples" in data:
            self.examples(data["examples"], ("examples",))

    def vocabulary(self, value: Any, path: Path_) -> None:
        if not isinstance(value, dict):
            self.add(f"'vocabulary' must be a mapping of names to lists, not {_kind(value)}",
                     path, code="CK111")
            return
        for name, entries in value.items():
            vpath = (*path, str(name))
            if not isinstance(name, str) or not VOCABULARY_NAME.match(name):
                self.add(f"vocabulary name {name!r} must be lower-case letters, digits and '_'",
                         vpath, key=True, code="CK113")
                continue
            if not isinstance(entries, list) or not entries:
                self.add(f"vocabulary {name!r} must be a non-empty list, not {_kind(entries)}",
                         vpath, code="CK111")
                continue
            good = True
            for index, entry in enumerate(entries):
                if not isinstance(entry, str) or not entry.strip() or "{{" in entry:
                    self.add("a vocabulary entry must be a non-empty pattern without {{…}}",
                             (*vpath, index), code="CK113")
                    good = False
                elif (exc := pattern_error(f"(?:{entry})")) is not None:
                    self.add(f"invalid regex in vocabulary entry: {exc.msg}", (*vpath, index),
                             code="CK120")
                    good = False
            if good:
                self.words[name] = list(entries)

    def category(self, name: str, spec: Any, path: Path_) -> None:
        if spec is None:
            spec = {}
        if not self.mapping(spec, path, CATEGORY_KEYS, f"category {name!r}"):
            return
        if name not in BUILTIN and not spec.get("custom", False):
            suggestion = _suggest(name, BUILTIN)
            if suggestion:
                self.add(f"unknown category {name!r}", path, key=True, code="CK116",
                         suggestion=f"{suggestion} (add 'custom: true' to define a category of "
                                    "your own)")
        for key in ("enabled", "custom"):
            if key in spec:
                self.boolean(spec[key], (*path, key), f"'{key}'")
        if "action" in spec:
            self.action(spec["action"], (*path, "action"))
        ok_threshold = "threshold" in spec and self.unit(spec["threshold"], (*path, "threshold"),
                                                         "'threshold'")
        ok_review = "review_from" in spec and self.unit(spec["review_from"],
                                                        (*path, "review_from"), "'review_from'")
        if ok_threshold and ok_review and spec["review_from"] > spec["threshold"]:
            self.add(f"review_from ({spec['review_from']}) is above threshold "
                     f"({spec['threshold']})", (*path, "review_from"), code="CK113",
                     suggestion="the review band lies below the threshold")
        if "detector" in spec and spec["detector"] not in self.detectors:
            self.add(f"unknown detector {spec['detector']!r}", (*path, "detector"), code="CK117",
                     suggestion=_suggest(spec["detector"], self.detectors))
        if "options" in spec and not isinstance(spec["options"], dict):
            self.add(f"'options' must be a mapping, not {_kind(spec['options'])}",
                     (*path, "options"), code="CK111")
        if "allow" in spec:
            self.strings(spec["allow"], (*path, "allow"), "'allow'", self.term)
        if "rules" in spec:
            self.rules(spec["rules"], (*path, "rules"), category=name, known=set())

    def rules(self, rules: Any, path: Path_, *, category: str | None, known: set[str]) -> None:
        if not isinstance(rules, list):
            self.add(f"'rules' must be a list, not {_kind(rules)}", path, code="CK111")
            return
        seen: dict[str, int] = {}
        for index, rule in enumerate(rules):
            rpath = (*path, index)
            allowed = RULE_KEYS if category is None else tuple(k for k in RULE_KEYS
                                                               if k != "category")
            if not self.mapping(rule, rpath, allowed, "a rule"):
                continue
            rule_id = rule.get("id")
            if rule_id is None:
                self.add("rule has no 'id' (reasons name the rule that fired)", rpath, code="CK115")
            elif not isinstance(rule_id, str) or not _RULE_ID.match(rule_id):
                self.add(f"rule id {rule_id!r} must be letters, digits, '.', '_' or '-'",
                         (*rpath, "id"), code="CK113")
            elif rule_id in seen:
                self.add(f"duplicate rule id {rule_id!r} (also rules[{seen[rule_id]}])",
                         (*rpath, "id"), code="CK118")
            else:
                seen[rule_id] = index
            if category is None:
                if "category" not in rule:
                    self.add("a top-level rule needs a 'category'", rpath, code="CK115")
                elif self.string(rule["category"], (*rpath, "category"), "'category'") and (
                    rule["category"] not in known
                ):
                    self.add(f"rule for unknown category {rule['category']!r}",
                             (*rpath, "category"), code="CK116",
                             suggestion=_suggest(rule["category"], known))
            kinds = [k for k in MATCH_KEYS if k in rule]
            if len(kinds) != 1 and not (len(kinds) == 0 and rule.get("enabled") is False):
                self.add(f"a rule needs exactly one of {', '.join(MATCH_KEYS)} "
                         f"(found {', '.join(kinds) or 'none'})", rpath, code="CK119")
            if "lexicon" in rule:
                self.strings(rule["lexicon"], (*rpath, "lexicon"), "'lexicon'", self.term)
            if "fuzzy" in rule:
                self.strings(rule["fuzzy"], (*rpath, "fuzzy"), "'fuzzy'")
            if "regex" in rule and self.string(rule["regex"], (*rpath, "regex"), "'regex'"):
                # A list from another file (the base charter) is checked after merging.
                exc = pattern_error(expand_vocabulary(rule["regex"], self.words, "(?:)"))
                if exc is not None:
                    at = f" at position {exc.pos}" if exc.pos is not None else ""
                    self.add(f"invalid regex{at}: {exc.msg}", (*rpath, "regex"), code="CK120")
            for key in ("confidence", "min_similarity"):
                if key in rule:
                    self.unit(rule[key], (*rpath, key), f"'{key}'")
            if "timeout" in rule and (isinstance(rule["timeout"], bool) or not isinstance(
                rule["timeout"], int | float) or not 0 < rule["timeout"] <= 10):
                self.add("'timeout' must be a number of seconds in (0, 10]", (*rpath, "timeout"),
                         code="CK113")
            if "lang" in rule:
                self.lang(rule["lang"], (*rpath, "lang"))
            if "enabled" in rule:
                self.boolean(rule["enabled"], (*rpath, "enabled"), "'enabled'")
            if "view" in rule and rule["view"] not in VIEWS:
                self.add(f"unknown view {rule['view']!r}; expected one of {', '.join(VIEWS)}",
                         (*rpath, "view"), code="CK114", suggestion=_suggest(rule["view"], VIEWS))

    def term(self, value: str, path: Path_) -> None:
        try:
            expand_term(value)
        except TermSyntaxError as exc:
            self.add(f"cannot read term {value!r}: {exc}", path, code="CK121")

    def examples(self, examples: Any, path: Path_) -> None:
        if not isinstance(examples, list):
            self.add(f"'examples' must be a list, not {_kind(examples)}", path, code="CK111")
            return
        for index, example in enumerate(examples):
            epath = (*path, index)
            if not self.mapping(example, epath, EXAMPLE_KEYS, "an example"):
                continue
            if "text" not in example:
                self.add("an example needs a 'text'", epath, code="CK115")
            elif not isinstance(example["text"], str):
                self.add(f"'text' must be a string, not {_kind(example['text'])}", (*epath, "text"),
                         code="CK111")
            if "action" in example:
                self.action(example["action"], (*epath, "action"))
            if "categories" in example:
                self.strings(example["categories"], (*epath, "categories"), "'categories'")
            if "lang" in example:
                self.lang(example["lang"], (*epath, "lang"))


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string {value!r}"
    return type(value).__name__


def validate(source: YamlSource, detectors: Iterable[str]) -> list[Problem]:
    """Every problem in one charter file (which may extend another and so be partial)."""
    checker = _Checker(source, detectors)
    checker.charter(source.data)
    return checker.problems
