"""Decide a message's language cheaply, from function words.

The point is scoping: a French message must never be matched against English word
lists ("en retard" is not the English slur). Function words that both languages
share ("a", "on", "est") count for neither. A message with no function word at all
is of no known language (``None``) and is read with every language's rules; a tie
goes to the charter's first language, and a caller who knows the language passes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["STOPWORDS", "detect_language"]

STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le la les des du un une et est sont pas je tu il elle nous vous ils elles ce cette ces "
        "mon ton son ma ta sa mes tes ses au aux pour dans sur avec mais ou donc ne qui que quoi "
        "en qu c j l n y de moi toi lui leur leurs tres plus comme suis es etes ai as avons avez "
        "ont etait fait faire cest jai rien tout tous toute toutes aussi alors encore bien trop "
        "ici meme chez sans sous vers entre quand parce parceque deja jamais toujours ca cet "
        "notre votre nos vos etre avoir peut faut va vais vont oui non merci bonjour".split()
    ),
    "en": frozenset(
        "the and is are was were you your yours he she it its we they them their this that these "
        "those of to in for with not but be been have has had do does did my me what so just "
        "like can will would should could there here from by at or if about all any some no yes "
        "thanks please hello how why who when where which than then too very really im youre "
        "dont doesnt isnt cant wont didnt ur u i am an our us him her his".split()
    ),
}


def detect_language(words: Iterable[str], languages: Sequence[str], *,
                    singles: int | None = None) -> str | None:
    """The most likely of ``languages`` for these folded words, or the first on a tie.

    ``singles``: how many of the words are one letter long, when the caller counted them.
    """
    if not languages:
        return None
    candidates = [lang for lang in languages if lang in STOPWORDS]
    if len(candidates) < 2:
        return languages[0]
    words = words if isinstance(words, list | tuple) else list(words)
    if (singles if singles is not None else list(map(len, words)).count(1)) >= 4:
        words = _without_split_letters(words)
    counts = [sum(map(STOPWORDS[lang].__contains__, words)) for lang in candidates]
    best = max(counts)
    if best == 0:
        return None  # nothing to go on ("dirty jews", "Macrotte!"): every language's rules run
    if counts.count(best) > 1:
        return languages[0]
    return candidates[counts.index(best)]


def _without_split_letters(words: Sequence[str]) -> Sequence[str]:
    """The words without runs of four or more single letters: "p u t e" is a word spelt
    out, and its "u" is not the English "you" (three would take "I'm a": i, m, a)."""
    kept: list[str] = []
    run: list[str] = []
    for word in (*words, ""):
        if len(word) == 1:
            run.append(word)
            continue
        if len(run) < 4:
            kept.extend(run)
        run = []
        if word:
            kept.append(word)
    return kept
