"""Self-harm: suicidal messages, which are escalated (kept visible, a human alerted).

The charter's patterns are first person ("je veux mourir", "I want to kill myself",
"plus envie de vivre") and leave out idioms ("mort de rire", "je meurs de faim", "I'm
dying to see it", "ce boulot me tue") and news or prevention ("le 3114, numéro de
prévention du suicide"). In quotation marks or reported ("la chanson « je veux
mourir »") the confidence drops to the review band: a human still reads it, since
people in distress do quote songs. So does a wish something else is said to cause ("ce
boulot me donne envie de me pendre", "this meeting makes me want to die"): often a
figure of speech, but a human looks (``cause_factor``). So does a laugh marker in the
message ("that exam killed me, I want to die lol", "je veux mourir mdr"): mostly
hyperbole, but people in distress laugh things off too (``joke_factor``). Not for an
act told or about to be (rules ``*.injury``, ``*.overdose``, ``*.lethality``,
``*.acts``): "cut again last night, long sleeves in july lol" is no hyperbole.

Weak signs (rules ``*.despair``, ``*.farewell``, ``*.signs``, a means at hand …) are
nothing or little alone: "j'en peux plus." or "merci pour tout." is most often nothing.
Two of them in one message ("je suis un poids pour tout le monde. Bientôt ce sera
fini", "I left a letter for my mum, tomorrow I won't be here") corroborate each other:
each gets ``corroborated_boost``, which escalates them. People who write two such
sentences together are the ones a human must reach first, and an escalated message
stays visible. A message told in pieces, in the first person, is also read by word
families (:mod:`chartekit.detectors._families`: arrangements, things given away, a
goodbye, a time, a means or a burden), one reason at ``families``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chartekit._model import HITS_BY_DETECTOR, Category, Message, Rule, merged_options
from chartekit._verdict import ContextCue, Reason
from chartekit.detectors._context import window
from chartekit.detectors._families import SELF_HARM, family_reason
from chartekit.detectors.rules import reason
from chartekit.detectors.threat import JOKE, context_cues, laugh_marker
from chartekit.matchers import Hit

__all__ = ["DEFAULT_OPTIONS", "NEEDS_HITS", "detect"]

NEEDS_HITS = False  # word families (detectors._families) need no rule hit

DEFAULT_OPTIONS: dict[str, float] = {"reported_factor": 0.6, "cause_factor": 0.6,
                                     "joke_factor": 0.6, "wager_factor": 0.6,
                                     "work_factor": 0.6, "ordinary_factor": 0.5,
                                     "window": 6,
                                     "corroborated_boost": 0.05,
                                     "families": 0.6}  # told in pieces: escalated alone

_FIRST_PERSON = frozenset({"je", "j", "jme", "jsuis", "moi", "mon", "ma", "mes", "me", "m",
                           "i", "im", "my", "myself", "mine"})

# Families that say the message is about the writer without an "I" (see detect).
_UNSPOKEN_SELF = frozenset({"intent", "enough", "gone"})

# "jpp" is "j'en peux plus": a laugh after a joke, a sign of despair after "de cette vie"
_LAUGHS = JOKE - {"jpp", "blague"}

# "X me donne envie de …", "makes me want to …": the wish is said to be caused by something.
_CAUSED = (("me", "donne", "envie"), ("me", "donnent", "envie"), ("me", "donnait", "envie"),
           ("m", "a", "donne", "envie"), ("makes", "me", "want"), ("make", "me", "want"),
           ("made", "me", "want"), ("making", "me", "want"))


# ... unless what causes it is the writer's life or pain ("ma vie me donne envie de mourir").
_INNER = frozenset(
    "vie existence tout solitude depression douleur douleurs souffrance maladie situation "
    "pensees corps tete angoisse angoisses life everything pain depression loneliness "
    "anxiety thoughts".split())


# A move or a new job explains things given away and a goodbye: "anyone want my old bike?
# Moving abroad after this week, won't be needing it". It voids a combination made only of
# such families, never one with a means, an act or a stated intent.
_MOVING = re.compile(r"\b(?:moving\s+(?:abroad|house|out|away|back|to|country|flat|in\s+with)|"
                     r"(?:new|nouveau|nouvel)\s+(?:job|boulot|poste|emploi|appart|flat|house|"
                     r"maison)|demenag\w*|emigr\w+|relocat\w+|expatri\w+|je\s+pars\s+(?:vivre|"
                     r"m'installer|travailler)|(?:going|off)\s+travelling)\b")
_EXPLAINED_BY_MOVING = frozenset({"give", "gone", "time", "farewell", "arrange", "letter"})

# A plan or a means said with an ordinary reason beside it: a move or a trip ("wont need
# them where im going, Dubai here I come"), a place left with a complaint ("logging off
# for good, too much drama here"), pills kept for the pharmacy, an event planned ("a plan
# and a date for the wedding"). ``ordinary_factor`` weighs the sign below review.
_ORDINARY = re.compile(
    r"\b(?:here\s+i\s+come|off\s+to\s+(?!sleep|bed|die|end)[a-z]\w+|visa|erasmus|abroad"
    r"|a\s+l'etranger|en\s+(?:australie|amerique|asie|afrique|espagne|angleterre|erasmus)"
    r"|(?:pars|part|partir|vais|va)\s+(?:vivre|habiter|m'installer|s'installer|bosser|travailler)"
    r"|(?:moving|move|relocating)\s+(?:to|abroad|out|house)|the\s+move|demenag\w+"
    r"|new\s+(?:job|flat|house)"
    r"|downhill|drama|toxi(?:c|que)\w*|(?:new|nouveaux?)\s+(?:mods|modos|moderateurs|rules"
    r"|regles)|trop\s+de\s+(?:pubs|drama|haine|trolls)|too\s+many\s+(?:ads|trolls|bots)"
    r"|censur\w+|censorship"
    r"|(?:ramener|rapporter|rendre|deposer)\s+(?:a\s+la\s+|en\s+)pharmacie"
    r"|(?:return|take)\s+(?:them\s+|it\s+)?(?:back\s+)?to\s+the\s+(?:pharmacy|chemist)"
    # ... not a purpose denied: "bought a rope today. not for camping."
    r"|(?<!not\s)(?<!pas\s)(?:for|pour)\s+(?:the\s+|le\s+|la\s+|l'|notre\s+|our\s+|my\s+|mon\s+|ma\s+)?"
    r"(?:wedding|mariage|holidays?|vacances|trip|voyage|party|fete|anniversaire|birthday"
    r"|demenagement|exams?|interview|entretien|escalade|climbing|camping|balancoire|swing)"
    # a forum closing or left for another place, a pet given up for a reason
    r"|(?:forum|site|groupe|serveur|server|group|board)\s+(?:ferme|fermera|va\s+fermer|s'arrete|"
    r"disparait|is\s+closing|closes|is\s+shutting|shuts\s+down|is\s+moving)"
    r"|ferme\s+(?:dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|bientot|ses\s+portes|"
    r"definitivement|pour\s+de\s+bon|a\s+la\s+fin)|(?:closing|shutting)\s+(?:down|on|this|next|soon|"
    r"for\s+good|at\s+the\s+end)"
    r"|(?:pars|partir|migre|migrer|retrouve|retrouver|moving|move|moved|see\s+you|find\s+me)\s+"
    r"(?:sur|on|to|over\s+to)\s+(?:discord|reddit|mastodon|bluesky|facebook|whatsapp|telegram|"
    r"insta(?:gram)?|twitch|le\s+nouveau|the\s+new)"
    r"|off\s+on\s+(?:holiday|hols|vacation|a\s+trip)|(?<!pas\s)(?:je\s+pars|partir)\s+en\s+vacances"
    r"|retraite|retirement|retiring|deploy\w*|partiels|revisions"
    r"|allergi\w+|allergique|landlord|proprietaire|no\s+pets|pas\s+d'animaux|(?:new|nouveau)\s+"
    r"(?:baby|bebe)|arrive\s+le\s+bebe|(?:pregnant|enceinte))\b")
_EXPLAINED_SIGNS = (".means", ".veiled", ".plan", ".at_hand", ".affairs", ".goodbye", ".rehomed")
# Pieces of one story ("found a good home for Biscuit, she'll be happier with them", "j'ai
# donné mon chat à ma voisine, elle s'en occupera mieux que moi") are one sign: they do not
# corroborate each other, and only the strongest counts.
_ONE_STORY = (".rehomed",)
_PETS = re.compile(r"\b(?:chats?|chiens?|chienne|chatons?|lapins?|hamsters?|perroquets?|"
                   r"animaux|cats?|dogs?|kittens?|puppy|puppies|rabbits?|hamster|pets?)\b")
# A means turned on others: "the rifle's loaded and I know where those councillors park.
# Last warning." is a threat, not a plan for oneself. The threat detector's hits say so:
# a hint at others' whereabouts, or a threat. Not a seal alone: "give me one reason not
# to" seals a threat and is also what a person in distress writes.
_AT_OTHERS = (".hints", ".whereabouts", ".warning", ".menace")
# A place scouted for a photo, a walk or a picnic: "j'ai repéré le pont le plus haut pour
# une photo au coucher du soleil" (not "not for a photo": a purpose denied is "enough").
_SCOUTED_FOR = re.compile(
    r"(?<!not\s)(?<!pas\s)\b(?:pour\s+(?:une|des|la|les|faire\s+(?:une|des))\s+photos?|for\s+(?:a|some|"
    r"the)\s+(?:photo|photos|picture|pictures|shoot)|(?:take|get|taking|getting)\s+(?:some\s+)?"
    r"(?:photos|pictures|shots)|pique-nique|picnic|balade|promenade|walk|stargazing|"
    r"observer\s+les\s+etoiles)\b")

# A condition opening the sentence: "si on perd encore dimanche je saute par la fenêtre
# mdr", "if Arsenal bottle it again I'm going to kill myself lol". With a laugh marker, the
# act is wagered on a match or an exam: hyperbole (``wager_factor``, on top of the joke).
_CONDITION = re.compile(r"\b(?:si|if)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")

# A quotation named as a song, a film or a book: "« Je veux mourir dans tes bras », cette
# chanson est tellement belle" (``work_factor``, on top of the quote's).
_WORKS = frozenset(
    "chanson chansons titre album paroles film serie episode livre roman poeme replique "
    "song songs track lyrics album film movie show episode book novel poem line".split())


def _wager(text: str, start: int) -> str | None:
    """The "si" or "if" in ``text``'s sentence before ``start``, if any."""
    begin = 0
    for end in _SENTENCE_END.finditer(text, 0, start):
        begin = end.end()
    found = _CONDITION.search(text, begin, start)
    return None if found is None else found.group()


# A day named right after the act: "jvais me foutre en l'air ce week end", "gonna kill
# myself on friday". A plan with a date is no hyperbole, whatever laugh is elsewhere.
_DATED = re.compile(
    r"[\s,]*(?:(?:on|this|next|ce|cette|le|la)\s+)?(?:week[\s-]?end|weekend|tonight|tomorrow|tmrw|"
    r"demain|ce\s+soir|cette\s+nuit|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    # ... ending the clause ("on friday, whatever", "ce week end mais bon"), not "on friday
    # if we lose", "demain au karting", "ce week-end à réviser"
    r"\s*(?:$|[.!,;]|(?:mais|but|anyway|whatever|osef|tbh|honestly|lol|mdr)\b)")

# Self-injury told in any rule ("started cutting again … lol"): no hyperbole either.
_INJURY = frozenset({"cutting", "cut", "scarifie", "scarifier", "couper", "coupe", "coupee",
                     "taillade", "tailladee", "burning", "brule", "brulee"})

# Rules for an act told or planned in detail: a laugh marker does not make them a joke.
_ACTS = (".injury", ".overdose", ".lethality", ".acts")


# Rules for weak signs, by the end of their id: nothing or review alone, escalated together.
_WEAK_SIGNS = (".despair", ".farewell", ".farewell_time", ".signs", ".means", ".veiled",
               ".plan", ".at_hand", ".last_words", ".affairs", ".goodbye", ".rehomed")


def _pet_story(hit: Hit, rule: Rule) -> bool:
    return rule.id.endswith(_ONE_STORY) or _PETS.search(hit.normalized) is not None


def _aimed_at_others(message: Message, hits: Sequence[tuple[Hit, Rule]]) -> str | None:
    """The text of the first threat hit that points at others, if the message has one
    outside its self-harm hits (a gun ready is a threat's hint and a plan's means)."""
    threats = message.cache.get(HITS_BY_DETECTOR, {}).get("threat", ())
    return next((hit.normalized for hit, rule in threats if rule.id.endswith(_AT_OTHERS)
                 and all(hit.end <= own.start or hit.start >= own.end for own, _ in hits)),
                None)


def _corroboration(hits: Sequence[tuple[Hit, Rule]], stories: Sequence[bool], at: int,
                   explained: bool) -> Hit | None:
    """Another weak sign elsewhere in the message (not overlapping ``hits[at]``), if any:
    not another piece of the same story (``stories``: which hits tell a pet's), nor a sign
    the message explains (a move, a trip)."""
    hit, rule = hits[at]
    if explained and rule.id.endswith(_EXPLAINED_SIGNS):
        return None
    return next((other for (other, by), story in zip(hits, stories, strict=True)
                 if by.id.endswith(_WEAK_SIGNS)
                 and (other.end <= hit.start or other.start >= hit.end)
                 and not (explained and by.id.endswith(_EXPLAINED_SIGNS))
                 and not (stories[at] and story)), None)


def _caused(words: list[str]) -> str | None:
    for cue in _CAUSED:
        n = len(cue)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == cue and (i == 0 or words[i - 1] not in _INNER):
                return " ".join(cue)
    return None


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category) -> list[Reason]:
    options = merged_options(category, DEFAULT_OPTIONS)
    reasons: list[Reason] = []
    laugh = laugh_marker(message, _LAUGHS)
    ordinary: str | None = None
    if any(rule.id.endswith(_EXPLAINED_SIGNS) for _, rule in hits):
        found = _ORDINARY.search(message.folded)
        ordinary = found.group() if found else _aimed_at_others(message, hits)
    stories = [_pet_story(hit, rule) for hit, rule in hits]
    for at, (hit, rule) in enumerate(hits):
        cues = context_cues(message, hit, rule, options)
        before = window(message, hit.first, int(options["window"])) if hit.first >= 0 else []
        if cause := _caused([*before, *hit.normalized.split()[:2]]):
            cues.append(ContextCue("cause", cause, factor=float(options["cause_factor"])))
        if rule.id.endswith(_WEAK_SIGNS) and (
                other := _corroboration(hits, stories, at, ordinary is not None)):
            cues.append(ContextCue("corroborated", other.normalized,
                                   boost=float(options["corroborated_boost"])))
        if rule.id.endswith(_EXPLAINED_SIGNS) and ordinary:
            cues.append(ContextCue("ordinary", ordinary,
                                   factor=float(options["ordinary_factor"])))
        discounted = any(cue.factor < 1.0 for cue in cues)
        if (laugh and not discounted and laugh not in hit.normalized.split()  # one discount
                and not rule.id.endswith(_ACTS) and _INJURY.isdisjoint(hit.normalized.split())
                and not _DATED.match(message.folded, hit.end)):
            cues.append(ContextCue("joke", laugh, factor=float(options["joke_factor"])))
        if laugh and (condition := _wager(message.text, message.norm.span(hit.start,
                                                                           hit.end)[0])):
            cues.append(ContextCue("wager", condition, factor=float(options["wager_factor"])))
        if (any(cue.kind == "quote" for cue in cues)
                and (work := next(iter(_WORKS & message.word_set), None))):
            cues.append(ContextCue("work", work, factor=float(options["work_factor"])))
        reasons.append(reason(hit, rule, message, context=tuple(cues)))
    if sum(stories) > 1:
        story = [found for found, told in zip(reasons, stories, strict=True) if told]
        strongest = max(story, key=lambda found: found.confidence)
        weaker = {id(found) for found in story if found is not strongest}
        reasons = [found for found in reasons if id(found) not in weaker]
    # A suicidal message told in pieces: arrangements, a means, a time, a goodbye, a burden
    # (detectors._families), in the first person.
    # A question about a means with what is meant ("pas se rater") or a purpose denied
    # ("not for a photo") needs no "I": "which bridge is the highest? Not for a photo."
    if (combined := family_reason(message, category.name, SELF_HARM,
                                  float(options["families"]))) and (
            not _FIRST_PERSON.isdisjoint(message.word_set)
            or not _UNSPOKEN_SELF.isdisjoint(combined.normalized.split(" + "))) and not (
            _EXPLAINED_BY_MOVING.issuperset(combined.normalized.split(" + "))
            and (_MOVING.search(message.folded) or _ORDINARY.search(message.folded))) and not (
            "scout" in combined.normalized.split(" + ") and _SCOUTED_FOR.search(message.folded)):
        if laugh and (condition := _wager(message.text, combined.start)):
            shown = (ContextCue("joke", laugh, factor=float(options["joke_factor"])),
                     ContextCue("wager", condition, factor=float(options["wager_factor"])))
            combined = replace(combined, context=shown, confidence=combined.confidence
                               * shown[0].factor * shown[1].factor)
        reasons.append(combined)
    return reasons
