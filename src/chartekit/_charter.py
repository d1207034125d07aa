"""Load, validate, merge and compile a charter.

Everything that can fail or cost time happens here, once: YAML parsing, validation
(every problem, located), ``extends`` resolution, expanding and indexing lexicons,
compiling regexes. The compiled :class:`Charter` is immutable, thread-safe and
picklable; ``moderate`` only matches against it.
"""

from __future__ import annotations

import contextlib
import copy
import copyreg
import dataclasses
import difflib
import gc
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from chartekit._categories import BUILTIN, CUSTOM_DEFAULTS
from chartekit._errors import CharterError, CharterNotFoundError, Problem
from chartekit._model import Category, Example, Rule, phrase_index
from chartekit._normalize import NormalizationOptions
from chartekit._terms import expand_vocabulary, vocabulary_references
from chartekit._validate import validate
from chartekit._verdict import Action
from chartekit._yamlsource import YamlSource, read_yaml
from chartekit.detectors import DETECTORS, detector_for
from chartekit.matchers.branches import split_branches
from chartekit.matchers.fuzzy import FuzzyRule
from chartekit.matchers.lexicon import LexiconIndex, fold_term
from chartekit.matchers.prefilter import Gate, gate_condition
from chartekit.matchers.regex import RegexRule, fast_eligible, pattern_error

__all__ = ["Charter", "bundled_charters", "load_charter"]

DEFAULT_CONFIDENCE = 0.8


@dataclass(frozen=True, eq=False)
class Charter:
    """A compiled charter. Build it with :func:`load_charter`; do not mutate it."""

    name: str
    description: str
    languages: tuple[str, ...]
    sources: tuple[str, ...]
    normalization: NormalizationOptions
    categories: dict[str, Category]
    rules: tuple[Rule, ...]
    protected_names: tuple[str, ...]
    protected_brands: tuple[str, ...]
    examples: tuple[Example, ...]
    lexicon: LexiconIndex
    regexes: tuple[RegexRule, ...]
    regex_gate: Gate  # which regex rules a message can match, in one pass
    fuzzy: tuple[FuzzyRule, ...]
    allow: dict[str, LexiconIndex]
    protected_words: tuple[tuple[str, ...], ...]
    protected_index: dict[str, tuple[tuple[str, ...], ...]]  # protected_words by first word
    always_run: tuple[str, ...]  # enabled categories whose detector reads every message

    def __repr__(self) -> str:
        return (f"<Charter {self.name!r}: {len(self.categories)} categories, "
                f"{len(self.rules)} rules, {len(self.lexicon)} lexicon forms>")

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


# -- finding charter files ----------------------------------------------------------------

def _by_fields(obj: Any) -> tuple[type[Any], tuple[Any, ...]]:
    """Pickle a frozen dataclass through its constructor.

    Compiled with mypyc (see hatch_build.py), a frozen dataclass refuses the
    attribute-by-attribute restore that pickle uses by default; a compiled charter must
    still pickle, to be sent to worker processes.
    """
    return type(obj), tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))


for _frozen in (Category, Example, Rule, NormalizationOptions, FuzzyRule, RegexRule):
    copyreg.pickle(_frozen, _by_fields)


def _bundled_dir() -> Path | None:
    packaged = resources.files("chartekit") / "charters"
    if packaged.is_dir():
        return Path(str(packaged))
    # Running from a source checkout (editable install): the repository's charters/.
    checkout = Path(__file__).resolve().parents[2] / "charters"
    return checkout if checkout.is_dir() else None


def bundled_charters() -> list[str]:
    """Names of the charters shipped with chartekit (``fr``, ``en``, ...)."""
    folder = _bundled_dir()
    return sorted(p.stem for p in folder.glob("*.yaml")) if folder else []


def _resolve(ref: str | os.PathLike[str], relative_to: Path | None = None) -> Path:
    text = os.fspath(ref)
    looks_like_path = any(s in text for s in ("/", "\\")) or text.endswith((".yaml", ".yml"))
    if looks_like_path:
        path = Path(text).expanduser()
        if not path.is_absolute() and relative_to is not None:
            path = relative_to / path
        if path.is_file():
            return path
        raise CharterNotFoundError([Problem("CK101", f"no charter file at {str(path)!r}", text)])
    folder = _bundled_dir()
    if folder and (folder / f"{text}.yaml").is_file():
        return folder / f"{text}.yaml"
    if Path(text).is_file():
        return Path(text)
    names = bundled_charters()
    close = difflib.get_close_matches(text, names, n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"bundled charters: {', '.join(names)}"
    raise CharterNotFoundError([Problem("CK101", f"no bundled charter or file named {text!r}",
                                        text, suggestion=hint)])


# -- reading and merging ------------------------------------------------------------------

def _read_chain(path: Path, seen: tuple[Path, ...] = ()) -> tuple[list[YamlSource],
                                                                    list[Problem]]:
    """The file and everything it extends, base first, and every problem found in them."""
    resolved = path.resolve()
    if resolved in seen:
        chain = " -> ".join(str(p) for p in (*seen, resolved))
        return [], [Problem("CK106", f"'extends' loops back on itself: {chain}", str(path))]
    source, problems = read_yaml(path)
    if source.data is None and problems:
        return [source], problems
    problems = sorted([*problems, *validate(source, DETECTORS)],
                      key=lambda p: (p.line or 0, p.column or 0))
    sources = [source]
    data = source.data if isinstance(source.data, dict) else {}
    base = data.get("extends")
    if isinstance(base, str):
        try:
            base_path = _resolve(base, relative_to=path.parent)
        except CharterNotFoundError as exc:
            line, column = source.where(("extends",))
            problems += [Problem(p.code, p.message, source.file, line, column, "extends",
                                 p.suggestion) for p in exc.problems]
        else:
            base_sources, base_problems = _read_chain(base_path, (*seen, resolved))
            sources = [*base_sources, source]
            problems = base_problems + problems
    return sources, problems


def _merge_rules(base: list[Any], child: list[Any]) -> list[Any]:
    """Rules merge by id: a child rule with a base rule's id replaces it."""
    merged = {r.get("id", f"#{i}"): r for i, r in enumerate(base) if isinstance(r, dict)}
    for i, rule in enumerate(child):
        if isinstance(rule, dict):
            merged[rule.get("id", f"#child{i}")] = rule
    return list(merged.values())


def _union(base: list[Any], child: list[Any]) -> list[Any]:
    return list(dict.fromkeys([*base, *child]))


def _merge(base: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in child.items():
        if key == "categories":
            categories = merged.setdefault("categories", {})
            for name, spec in (value or {}).items():
                old = categories.get(name) or {}
                new = {**old, **(spec or {})}
                if "rules" in old and "rules" in (spec or {}):
                    new["rules"] = _merge_rules(old["rules"], spec["rules"])
                if "allow" in old and "allow" in (spec or {}):
                    new["allow"] = _union(old["allow"], spec["allow"])
                if "options" in old and "options" in (spec or {}):
                    new["options"] = {**old["options"], **spec["options"]}
                categories[name] = new
        elif key == "rules":
            merged["rules"] = _merge_rules(merged.get("rules", []), value)
        elif key == "protected":
            protected = merged.setdefault("protected", {})
            for kind, names in value.items():
                protected[kind] = _union(protected.get(kind, []), names)
        elif key == "normalization":
            merged["normalization"] = {**merged.get("normalization", {}), **value}
        elif key == "vocabulary":
            # A child's list replaces the base's list of the same name.
            merged["vocabulary"] = {**merged.get("vocabulary", {}), **(value or {})}
        elif key == "examples":
            merged["examples"] = value  # a charter's examples describe that charter only
        elif key != "extends":
            merged[key] = value
    if "examples" not in child:
        merged.pop("examples", None)
    return merged


def _regex_paths(data: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """Every regex rule's key path and pattern in one file's data."""
    found: list[tuple[tuple[str | int, ...], str]] = []
    if not isinstance(data, dict):
        return found
    lists: list[tuple[tuple[str | int, ...], Any]] = [(("rules",), data.get("rules"))]
    categories = data.get("categories")
    if isinstance(categories, dict):
        lists += [(("categories", str(name), "rules"), (spec or {}).get("rules"))
                  for name, spec in categories.items() if isinstance(spec, dict) or spec is None]
    for path, rules in lists:
        for index, rule in enumerate(rules if isinstance(rules, list) else ()):
            if isinstance(rule, dict) and isinstance(rule.get("regex"), str):
                found.append(((*path, index, "regex"), rule["regex"]))
    return found


def _unknown_words(sources: list[YamlSource]) -> list[Problem]:
    """Regex rules that name a vocabulary list no file of the chain defines."""
    known: set[str] = set()
    for source in sources:
        words = source.data.get("vocabulary") if isinstance(source.data, dict) else None
        if isinstance(words, dict):
            known.update(str(name) for name in words)
    problems: list[Problem] = []
    for source in sources:
        for path, pattern in _regex_paths(source.data):
            for name in vocabulary_references(pattern):
                if name not in known:
                    close = difflib.get_close_matches(name, sorted(known), n=1)
                    problems.append(source.problem(
                        "CK122", f"unknown vocabulary {{{{{name}}}}} in regex", path,
                        suggestion=f"did you mean {{{{{close[0]}}}}}?" if close else
                        "define it under the charter's 'vocabulary'"))
    return problems


# -- compiling ----------------------------------------------------------------------------

def _compile(sources: list[YamlSource]) -> Charter:
    data: dict[str, Any] = {}
    for source in sources:
        data = _merge(data, source.data)
    own = sources[-1]
    languages = tuple(data.get("languages") or ("fr",))
    normalization = NormalizationOptions(**data.get("normalization", {}))
    vocabulary: dict[str, list[str]] = data.get("vocabulary") or {}

    categories: dict[str, Category] = {}
    specified: list[tuple[Rule, bool]] = []
    problems: list[Problem] = []
    for name, spec in (data.get("categories") or {}).items():
        spec = spec or {}
        defaults = BUILTIN.get(name, CUSTOM_DEFAULTS)
        category = Category(
            name=name,
            action=Action(spec.get("action", defaults.action.value)),
            threshold=float(spec.get("threshold", defaults.threshold)),
            review_from=float(spec.get("review_from", min(defaults.review_from,
                                                          spec.get("threshold", 1.0)))),
            detector=spec.get("detector", detector_for(name)),
            enabled=spec.get("enabled", True),
            options=dict(spec.get("options") or {}),
            allow=tuple(spec.get("allow") or ()),
            custom=name not in BUILTIN,
            description=spec.get("description", ""),
        )
        if category.review_from > category.threshold:
            problems.append(own.problem(
                "CK113", f"after merging, review_from ({category.review_from}) is above "
                f"threshold ({category.threshold})", ("categories", name)))
        categories[name] = category
        specified.extend(_rule(rule, name, vocabulary) for rule in spec.get("rules") or ())
    for rule in data.get("rules") or ():
        if rule.get("category") not in categories:
            categories[rule["category"]] = _default_category(rule["category"])
        specified.append(_rule(rule, rule["category"], vocabulary))
    if problems:
        raise CharterError(problems)
    rules = [rule for rule, enabled in specified if enabled]

    entries: list[tuple[int, str]] = []
    regexes: list[RegexRule] = []
    fuzzy: list[FuzzyRule] = []
    for index, rule in enumerate(rules):
        if rule.kind == "lexicon":
            entries.extend((index, term) for term in rule.terms)
        elif rule.kind == "regex":
            assert rule.pattern is not None
            regexes.extend(_regex_rules(index, rule, normalization.casefold))
        else:
            folded = tuple(" ".join(fold_term(t, normalization)) for t in rule.terms)
            fuzzy.append(FuzzyRule(index, folded, rule.terms, rule.min_similarity))
    protected = data.get("protected") or {}
    names = tuple(protected.get("names") or ())
    brands = tuple(protected.get("brands") or ())
    protected_words = tuple(w for w in (fold_term(n, normalization) for n in (*names, *brands))
                            if w)
    return Charter(
        name=data.get("name", Path(own.file).stem),
        description=data.get("description", ""),
        languages=languages,
        sources=tuple(s.file for s in sources),
        normalization=normalization,
        categories=categories,
        rules=tuple(rules),
        protected_names=names,
        protected_brands=brands,
        examples=tuple(_example(e, own, i) for i, e in enumerate(data.get("examples") or ())),
        lexicon=LexiconIndex(entries, normalization),
        regexes=tuple(regexes),
        regex_gate=Gate(r.required for r in regexes),
        fuzzy=tuple(fuzzy),
        allow={name: LexiconIndex(((0, t) for t in c.allow), normalization)
               for name, c in categories.items() if c.allow},
        always_run=tuple(name for name, c in categories.items()
                         if c.enabled and not DETECTORS[c.detector].NEEDS_HITS),
        protected_words=protected_words,
        protected_index=phrase_index(protected_words),
    )


def _default_category(name: str) -> Category:
    defaults = BUILTIN.get(name, CUSTOM_DEFAULTS)
    return Category(name, defaults.action, defaults.threshold, defaults.review_from,
                    detector_for(name), custom=name not in BUILTIN)


def _regex_rules(index: int, rule: Rule, casefolded: bool) -> list[RegexRule]:
    """A regex rule as the gate indexes it: its pattern, or each branch of its top-level
    alternation, each with the whole pattern to run when several open (matchers.branches)."""
    assert rule.pattern is not None
    fast = fast_eligible(rule.pattern, rule.view, casefolded)
    if rule.view != "folded":  # the gate reads the folded text: this runs on every message
        return [RegexRule(index, rule.pattern, rule.view, rule.timeout, None, fast)]
    branches = split_branches(rule.pattern)
    if branches is None or any(pattern_error(b) is not None for b in branches):
        return [RegexRule(index, rule.pattern, rule.view, rule.timeout,
                          gate_condition(rule.pattern), fast)]
    whole = RegexRule(index, rule.pattern, rule.view, rule.timeout, None, fast)
    return [RegexRule(index, branch, rule.view, rule.timeout, gate_condition(branch),
                      fast_eligible(branch, rule.view, casefolded), whole)
            for branch in branches]


def _rule(spec: dict[str, Any], category: str,
          vocabulary: dict[str, list[str]]) -> tuple[Rule, bool]:
    kind = next((k for k in ("lexicon", "regex", "fuzzy") if k in spec), "lexicon")
    value = spec.get(kind)
    if kind == "regex" and isinstance(value, str):
        value = expand_vocabulary(value, vocabulary)
    rule = Rule(
        id=spec["id"],
        category=category,
        kind=kind,
        confidence=float(spec.get("confidence", DEFAULT_CONFIDENCE)),
        lang=spec.get("lang"),
        terms=tuple(value) if isinstance(value, list) else (),
        pattern=value if isinstance(value, str) else None,
        view=spec.get("view", "folded"),
        min_similarity=float(spec.get("min_similarity", 0.85)),
        timeout=float(spec.get("timeout", 0.05)),
        description=spec.get("description", ""),
    )
    return rule, bool(spec.get("enabled", True)) and value is not None


def _example(spec: dict[str, Any], source: YamlSource, index: int) -> Example:
    line, _ = source.where(("examples", index))
    action = spec.get("action")
    categories = spec.get("categories")
    return Example(
        text=spec["text"],
        action=Action(action) if action else None,
        categories=tuple(categories) if categories is not None else None,
        lang=spec.get("lang"),
        author=spec.get("author"),
        file=source.file,
        line=line,
    )


# -- the public entry point ---------------------------------------------------------------

_CACHE: dict[str, tuple[tuple[tuple[str, float], ...], Charter]] = {}
_CACHE_LOCK = threading.Lock()


def _mtime(file: str) -> float:
    try:
        return os.stat(file).st_mtime
    except OSError:
        return -1.0


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a charter compiles: it builds hundreds of
    thousands of tuples, sets and dicts that all stay alive, and the collections they set
    off are a seventh of the work of loading the bundled ``fr`` charter (callgrind). The
    collector is switched back on after, as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_charter(charter: str | os.PathLike[str] | Charter) -> Charter:
    """Load a bundled charter by name (``"fr"``) or a YAML file by path, compiled and cached.

    Raises :class:`CharterError` listing every problem found, each located by file,
    line, column and key path. The cache is keyed by path and checks the
    modification time of every file in the ``extends`` chain, so an edited charter
    is reloaded.
    """
    if isinstance(charter, Charter):
        return charter
    path = _resolve(charter)
    key = str(path.resolve())
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
    if cached is not None and all(_mtime(file) == stamp for file, stamp in cached[0]):
        return cached[1]
    with _collector_paused():
        sources, problems = _read_chain(path)
        problems += _unknown_words(sources)
        if problems:
            raise CharterError(problems)
        stamps = tuple((s.file, _mtime(s.file)) for s in sources)
        compiled = _compile(sources)
    with _CACHE_LOCK:
        _CACHE[key] = (stamps, compiled)
    return compiled
