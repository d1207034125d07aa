"""Defamation: a factual accusation of a crime, doping or corruption against a named person.

The charter's accusation patterns ("est dopé", "a détourné l'argent", "takes bribes")
are weak on their own (below review): an accusation only matters when it names
someone. The target is looked for in the same sentence:

- a title followed by a capitalised name ("le maire Dupont", "Senator Smith");
- a capitalised name that is not a function word or a sentence-opening capital
  ("Jean Moreau", "Dupont" right before the accusation);
- one of the charter's or the call's protected names;
- with the ``nlp`` extra installed (``ner: auto``), a spaCy person entity, but only on
  messages where an accusation already fired (spaCy loads lazily, once), and never a
  word the heuristics above rule out ("Pouvez", "Madame", "Hello" are tagged as people
  by the small French model).

Attributed reporting ("selon Le Monde", "condamné en 2019", "mis en examen", "according
to the court") lowers the confidence below review (``attribution_factor``), and so does
a question, by half. The action is ``review``: humans decide.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from chartekit._language import STOPWORDS
from chartekit._model import Category, Message, Rule, merged_options
from chartekit._normalize import NormalizationOptions
from chartekit._verdict import ContextCue, Reason
from chartekit.detectors._context import SENTENCE_END, window
from chartekit.detectors.rules import reason
from chartekit.detectors.sobriquet import public_names
from chartekit.matchers import Hit
from chartekit.matchers.lexicon import fold_term

__all__ = ["DEFAULT_OPTIONS", "NEEDS_HITS", "detect", "person_finder"]

NEEDS_HITS = True

DEFAULT_OPTIONS: dict[str, object] = {
    "target_boost": 0.35,
    "attribution_factor": 0.3,
    "question_factor": 0.4,
    "negation_factor": 0.3,  # "I don't think he's corrupt", "il n'est pas corrompu"
    "ner": "auto",
}

_TITLES = frozenset({
    "maire", "ministre", "president", "presidente", "depute", "deputee", "senateur",
    "senatrice", "coach", "entraineur", "entraineuse", "pdg", "directeur", "directrice",
    "patron", "patronne", "juge", "procureur", "prefet", "commissaire", "docteur", "dr",
    "professeur", "prof", "cycliste", "joueur", "joueuse", "athlete", "champion",
    "championne", "adjoint", "adjointe", "conseiller", "conseillere", "elu", "elue",
    "tresorier", "tresoriere", "secretaire", "abbe", "pere", "cure", "eveque", "mayor",
    "minister", "senator", "congressman", "congresswoman", "governor", "ceo", "judge",
    "sheriff", "officer", "doctor", "professor", "pastor", "priest", "player", "rider",
    "mr", "mrs", "ms", "m", "mme", "monsieur", "madame",
})
_ATTRIBUTION = frozenset({
    "selon", "d'apres", "apres", "condamne", "condamnee", "condamnes", "condamnation",
    "mis", "examen", "accuse", "accusee", "accuses", "accusation", "accusations",
    "tribunal", "justice", "enquete", "enquetes", "presume", "presumee", "presumes",
    "allegations", "allegue", "soupconne", "soupconnee", "soupcons", "proces",
    "jugement", "plainte", "parquet", "afp", "source", "sources", "rapport", "reconnu",
    "coupable", "aveux", "avoue", "relaxe", "inculpe", "inculpee", "garde", "perquisition",
    "according", "convicted", "charged", "alleged", "allegedly", "reportedly", "court",
    "indicted", "sentenced", "trial", "investigation", "investigated", "lawsuit",
    "accused", "guilty", "pleaded", "admitted", "confessed", "prosecutors", "report",
    "reports", "jury", "verdict", "ruling", "suspected", "arrested", "police",
    # the accusation reported as false or denied: "… which is false", "il dément"
    "false", "untrue", "lie", "lies", "debunked", "denies", "denied", "claims", "claimed",
    "faux", "fausse", "mensonge", "mensonges", "dement", "dementi", "diffamation",
    "defamation", "libel", "rumeur", "rumour", "rumor",
    # cleared of it: "was cleared of falsifying results", "blanchi par l'enquête"
    "cleared", "acquitted", "exonerated", "inquiry", "innocent", "acquitte", "acquittee",
    "blanchi", "blanchie", "innocente", "innocentes", "relaxee", "disculpe", "disculpee",
})
# Capitalised words that are not names (sentence openers, forms of address, greetings).
_NOT_NAMES = frozenset().union(*STOPWORDS.values(), {
    "pouvez", "madame", "monsieur", "hello", "bonjour", "salut", "merci", "quelqu'un",
    "quelqu", "un", "personne", "tout", "tous", "le", "la", "les", "mon", "ma", "mes", "notre",
    "votre", "ton", "ta", "son", "sa", "ce", "cette", "il", "elle", "ils", "elles", "on",
    "apparemment", "franchement", "honnetement", "perso", "bref", "mdr", "lol", "ok", "oui",
    "non", "voila", "en", "au", "aux", "et", "mais", "ou", "donc", "car", "si", "bah", "ben",
    "evidemment", "clairement", "encore", "toujours", "jamais", "enfin", "alors",
    "everyone", "someone", "somebody", "nobody", "honestly", "clearly", "obviously",
    "apparently", "hey", "hi", "well", "so", "and", "but", "yes", "no", "omg", "the",
    "he", "she", "they", "it", "this", "that", "his", "her", "their", "our", "my", "your",
})


# People known by their role: with a singular determiner they are someone in particular.
_ROLES = frozenset(
    "maire adjoint adjointe arbitre gerant gerante patron patronne directeur directrice "
    "proviseur principal entraineur entraineuse coach prof professeur instit medecin docteur "
    "pharmacien pharmacienne boulanger boulangere boucher bouchere garagiste plombier "
    "notaire comptable tresorier tresoriere cure pretre pasteur president presidente "
    "depute deputee senateur senatrice commissaire policier gendarme juge proprio "
    "proprietaire "
    "mayor councillor referee ref manager landlord landlady headteacher headmaster head "
    "teacher coach doctor gp pharmacist chemist butcher baker plumber mechanic accountant "
    "treasurer priest vicar pastor chairman chairwoman chair boss owner "
    "sheriff judge officer constable mp senator".split())
_SINGULAR_DETERMINERS = frozenset(
    "le la l mon ma notre votre son sa ce cet cette the my our your this that".split())
# An accusation denied by the writer: "I don't think he's corrupt", "il n'est pas dopé".
_NEGATIONS = frozenset({"not", "t", "never", "pas", "jamais", "doubt", "nie", "denies"})
# "t" is "n't" only after these ("don't", "isn't"), not French "t'as", "t'es"
_CONTRACTED = frozenset({"don", "doesn", "didn", "isn", "wasn", "aren", "weren", "won", "can",
                         "couldn", "wouldn", "shouldn"})
_RESUMPTIVE = frozenset({"il", "elle", "lui", "he", "she"})
_PLURAL_DETERMINERS = frozenset({"les", "des", "ces", "nos", "vos", "leurs", "tous", "toutes",
                                 "the", "these", "those", "all", "many", "most", "some"})


def _titled(message: Message, index: int) -> bool:
    token = message.tokens[index]
    start, end = message.norm.span(token.start, token.end)
    word = message.text[start:end]
    return (word[:1].isupper() and not word.isupper() and word.isalpha()
            and token.text not in _NOT_NAMES and token.text not in _TITLES)


# Abbreviated titles whose full stop does not end a sentence: "M. Giraud", "Dr. Hale".
_ABBREVIATIONS = frozenset({"m", "mr", "mrs", "ms", "dr", "mme", "mlle", "pr", "st", "me"})


def _ends_sentence(message: Message, before: int) -> bool:
    gap = message.gap(before, before + 1)
    if not SENTENCE_END & set(gap):
        return False
    return not (gap.strip() == "." and message.tokens[before].text in _ABBREVIATIONS)


def _sentence(message: Message, first: int, last: int) -> tuple[int, int]:
    """Token indexes of the sentence holding tokens ``first``..``last``."""
    start = first
    while start > 0 and not _ends_sentence(message, start - 1):
        start -= 1
    end = last
    while end + 1 < len(message.tokens) and not _ends_sentence(message, end):
        end += 1
    return start, end


@functools.cache
def _public_people() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str]]:
    """The bundled public figures by folded full name and by folded surname ("keir starmer",
    "starmer"; "bruno le maire", "le maire")."""
    options = NormalizationOptions()
    full: dict[tuple[str, ...], str] = {}
    surnames: dict[tuple[str, ...], str] = {}
    for written in public_names()[0]:
        words = tuple(fold_term(written, options) or ())
        if len(words) >= 2:
            full[words] = written
            surnames[words[1:]] = written
    return full, surnames


def _public_target(message: Message, start: int, end: int) -> str | None:
    """A bundled public figure named in tokens ``start``..``end``: the full name, or the
    surname written with its capital ("Starmer took a bribe", not "le maire a volé")."""
    full, surnames = _public_people()
    words = [token.text for token in message.tokens[start : end + 1]]
    for index in range(len(words)):
        for size in (3, 2):
            if tuple(words[index : index + size]) in full:
                return full[tuple(words[index : index + size])]
        for size in (2, 1):
            name = tuple(words[index : index + size])
            # at the sentence's end the slice is shorter than ``size``: the same word again
            if (len(name) == size and name in surnames and len(name[-1]) > 3
                    and all(_capitalised(message, start + index + k) for k in range(size))):
                return surnames[name]
    return None


def _capitalised(message: Message, index: int) -> bool:
    token = message.tokens[index]
    begin, end = message.norm.span(token.start, token.end)
    word = message.text[begin:end]
    return word[:1].isupper() and not word.isupper()


def _named_target(message: Message, first: int, last: int) -> str | None:
    tokens = message.tokens
    start, end = _sentence(message, first, last)
    protected = {w for name in message.protected_names for w in name.casefold().split()}
    for index in range(start, end + 1):
        if tokens[index].text in protected and len(tokens[index].text) > 2:
            return tokens[index].text
    if public := _public_target(message, start, end):
        return public
    for index in range(start, min(first, end + 1)):
        text = tokens[index].text
        if text in _TITLES and index + 1 <= end and _titled(message, index + 1):
            return f"{text} {tokens[index + 1].text}"
        # "les Roms", "the Mexicans": a people or a group after a plural determiner
        if index > 0 and tokens[index - 1].text in _PLURAL_DETERMINERS:
            continue
        # A capital opening the sentence is only a name when another one follows it
        # ("Jean Moreau") or the accusation itself does ("Dupont est dopé", and in speech
        # "Dupont il se dope", the name taken up by a pronoun).
        if _titled(message, index) and (
                index > start or index + 1 == first
                or (index + 2 == first and tokens[index + 1].text in _RESUMPTIVE)
                or (index + 1 <= end and _titled(message, index + 1))):
            return text
    # "l'arbitre … devait avoir des billets dans les poches", "the manager at the Mill Street
    # branch has been …": one person known by their role, before the accusation
    for index in range(max(start, 1), min(first, end + 1)):
        if (tokens[index].text in _ROLES
                and tokens[index - 1].text in _SINGULAR_DETERMINERS):
            return f"{tokens[index - 1].text} {tokens[index].text}"
    # "l'arbitre Stéphane Lannoy a été acheté par …": a full name inside the accusation
    for index in range(max(first, start), min(last, end)):
        if _titled(message, index) and _titled(message, index + 1):
            return f"{tokens[index].text} {tokens[index + 1].text}"
    # "Sarah Linwood's campaign got the cash right before the vote. Bribed, plain and
    # simple.": a full name, or a title and a name, in an earlier sentence
    for index in range(0, start - 1):
        if (_titled(message, index) or tokens[index].text in _TITLES) and _titled(
                message, index + 1):
            return f"{tokens[index].text} {tokens[index + 1].text}"
    return None


@functools.cache
def person_finder() -> Callable[[str], list[str]] | None:
    """spaCy's person names for a text, if spaCy and a French or English model load."""
    try:
        import spacy
    except ImportError:
        return None
    for model in ("fr_core_news_sm", "en_core_web_sm"):
        try:
            nlp = spacy.load(model, disable=["parser", "lemmatizer", "tagger", "morphologizer",
                                              "attribute_ruler"])
        except OSError:
            continue
        return lambda text: [e.text for e in nlp(text).ents if e.label_ in ("PER", "PERSON")]
    return None


def _ner_target(message: Message) -> str | None:
    finder = person_finder()
    if finder is None:
        return None
    for name in finder(message.text):
        words = [w for w in name.split() if w[:1].isupper() and w.casefold() not in _NOT_NAMES
                 and w.casefold() not in _TITLES]
        if words:
            return " ".join(words)
    return None


# "trial" is a court's only when no word next to it makes it a test: "clinical trial",
# "the trial results", "a free trial", "trial and error".
_TEST_TRIAL = frozenset({
    "clinical", "drug", "vaccine", "free", "results", "result", "data", "period", "run",
    "version", "phase", "error", "day", "days", "week", "month", "subscription", "offer",
    "account", "lesson", "session", "membership",
})


# Sources that are ordinary words too ("il court", "the inventory reports"): counted only
# after or before the words that make them a source.
_BY_NEIGHBOUR = {
    "mis": (frozenset(), frozenset({"en"})),  # "mis en examen", not "s'est mis 50 000 € …"
    "apres": (frozenset({"d"}), frozenset()),  # "d'après Le Monde", not "après une chute"
    # "he claims", "claims that …", not the insurance or expense claims an accusation names
    "claims": (frozenset("he she they it who which falsely company article paper report "
                         "police prosecution prosecutors source".split()),
               frozenset({"that", "to"})),
    "court": (frozenset("the a in to high supreme crown district federal magistrates appeals "
                        "county family by".split()),
              frozenset("ruled said found heard case ruling documents papers records".split())),
    "report": (frozenset("a the this its their according news media press police official "
                         "recent new latest bbc guardian in".split()),
               frozenset("says said found claims claimed shows showed suggests by".split())),
    "reports": (frozenset("according news media press police official recent new latest "
                          "bbc guardian multiple several some".split()),
                frozenset("say said claim claimed suggest suggested show showed".split())),
}
# "je le sais de source sûre", "from a reliable source": the writer vouches for the claim,
# nobody is cited.
_VOUCHING = frozenset({"sure", "sures", "fiable", "fiables", "reliable", "trusted", "good"})
# "faux"/"fausse" deny only as a predicate or before what is denied.
_FALSE = frozenset({"faux", "fausse", "fausses", "false"})
_DENIED = frozenset({"information", "informations", "rumeur", "rumeurs", "accusation",
                     "accusations", "nouvelle", "nouvelles", "news", "claim", "claims",
                     "allegation", "allegations", "story", "rumour", "rumor"})


def _attribution_words(message: Message, texts: frozenset[str]) -> set[str]:
    found = set(texts & _ATTRIBUTION)
    if "trial" in found:
        tokens = message.tokens
        court = False
        for index, token in enumerate(tokens):
            if token.text != "trial":
                continue
            near = {tokens[i].text for i in (index - 1, index + 1, index + 2)
                    if 0 <= i < len(tokens)}
            if not near & _TEST_TRIAL:
                court = True
        if not court:
            found.discard("trial")
    for word in found & _BY_NEIGHBOUR.keys():
        # "a court", "the inventory reports" … : a source only next to its own words
        before, after = _BY_NEIGHBOUR[word]
        tokens = message.tokens
        if not any(token.text == word and (
                (index > 0 and tokens[index - 1].text in before)
                or (index + 1 < len(tokens) and tokens[index + 1].text in after))
                for index, token in enumerate(tokens)):
            found.discard(word)
    if found & {"source", "sources"}:
        tokens = message.tokens
        for index, token in enumerate(tokens):
            if token.text in {"source", "sources"} and (
                    (index + 1 < len(tokens) and tokens[index + 1].text in _VOUCHING)
                    or (index > 0 and tokens[index - 1].text in _VOUCHING)):
                found.discard(token.text)
    if found & _FALSE:
        # "c'est faux", "une fausse rumeur" deny; "une fausse association", "de faux
        # diplômes" are the accusation itself: an adjective before its noun
        tokens = message.tokens
        for index, token in enumerate(tokens):
            if token.text in _FALSE and index + 1 < len(tokens) and (
                    tokens[index + 1].text not in _DENIED and tokens[index + 1].text.isalpha()
                    and not (index >= 1 and tokens[index - 1].text in {"est", "c", "sont"})):
                found.discard(token.text)
    return found


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category) -> list[Reason]:
    options = merged_options(category, DEFAULT_OPTIONS)
    texts = message.word_set
    attribution = next(iter(sorted(_attribution_words(message, texts))), None)
    reasons: list[Reason] = []
    for hit, rule in hits:
        cues: list[ContextCue] = []
        target = _named_target(message, hit.first, hit.last) if hit.first >= 0 else None
        if target is None and options["ner"] != "off":
            target = _ner_target(message)
        if target:
            cues.append(ContextCue("target", target, boost=float(options["target_boost"])))
        if attribution:
            cues.append(ContextCue("attribution", attribution,
                                   factor=float(options["attribution_factor"])))
        before = window(message, hit.first, 4) if hit.first >= 0 else []
        if negation := next((w for i, w in enumerate(before) if w in _NEGATIONS and (
                w != "t" or (i > 0 and before[i - 1] in _CONTRACTED))), None):
            cues.append(ContextCue("negation", negation,
                                   factor=float(options["negation_factor"])))
        if hit.first >= 0:
            _, end = _sentence(message, hit.first, hit.last)
            after = message.folded[message.tokens[end].end:][:3]
            # "Dupont est-il dopé ?" asks; "X abuses kids, why does nobody act?" does not
            # ask about the accusation: a clause boundary stands between them
            clause = message.folded[message.tokens[hit.last].end:message.tokens[end].end]
            if "?" in after and not {",", ";", ":"} & set(clause):
                cues.append(ContextCue("question", "?",
                                       factor=float(options["question_factor"])))
        reasons.append(reason(hit, rule, message, context=tuple(cues)))
    return reasons
