"""Hate: slurs, and dehumanising generalisations about or calls to expel a protected group.

The charter holds three kinds of rules: slurs that are nothing else (``hate.*.slur``),
slurs that are also ordinary words (``hate.*.slur_ambiguous``: a bike's *pédale*, a
*macaque*, a British *fag*), and patterns over a list of groups (origin, religion, sex,
orientation, gender identity, disability): ``sale`` + group, group + dehumanising
predicate ("les X sont des rats"), calls to expel ("X dehors", "go back to your
country"). This detector weighs them:

- an ambiguous slur only counts when aimed at someone (``sale``, ``espèce de``,
  ``t'es``, an @mention: the insult detector's cues), else it stays below review;
- counter-speech passes or goes to review, never ``remove``: a message that condemns
  ("c'est du racisme", "inacceptable", "condamné pour injure raciste") lowers every
  hit (``counter_factor``), quoting or reporting lowers it again (``quote_factor``);
- a reclaimed self-description ("en tant que gouine", "je suis pédé et fier") is lowered
  (``self_factor``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chartekit._model import Category, Message, Rule, merged_options
from chartekit._verdict import ContextCue, Reason
from chartekit.detectors._context import following, in_quotes, languages, table, window
from chartekit.detectors._families import generalisation
from chartekit.detectors.insult import SELF, self_after, target_cue
from chartekit.detectors.rules import reason, weigh
from chartekit.detectors.threat import context_cues
from chartekit.matchers import Hit

__all__ = ["DEFAULT_OPTIONS", "NEEDS_HITS", "detect"]

NEEDS_HITS = False  # a generalisation without a slur (detectors._families) needs no hit

DEFAULT_OPTIONS: dict[str, float] = {
    "counter_factor": 0.45,
    "quote_factor": 0.6,  # passed to the shared reported-speech cues as their factor
    "self_factor": 0.4,
    "sense_factor": 0.25,  # a slur's ordinary sense beside it (_ORDINARY_SENSE)
    "target_boost": 0.4,
    "window": 6,
    # a group named and, near it, what is said of it, without a slur or a rule's pattern
    # (detectors._families.generalisation): removed alone
    "generalisation": 0.75,
}

# Words that say the message condemns or reports what it quotes.
_COUNTER = frozenset({
    "raciste", "racistes", "racisme", "homophobe", "homophobes", "homophobie", "antisemite",
    "antisemites", "antisemitisme", "xenophobe", "xenophobie", "sexiste", "sexisme",
    "misogyne", "misogynie", "transphobe", "transphobie", "islamophobe", "islamophobie",
    "discrimination", "discriminations", "discriminatoire", "inacceptable", "inadmissible",
    "honteux", "honteuse", "honte", "condamne", "condamnee", "condamnes", "condamnation",
    "condamner", "condamnons", "scandaleux", "scandaleuse", "intolerable", "injure", "injures",
    "plainte", "proces", "tribunal", "haine", "haineux", "haineuse",
    "degueulasse", "ignoble", "abject", "abjecte", "denonce", "denoncer", "denoncons",
    "victime", "victimes", "harcelement", "racist", "racism", "homophobic", "homophobia",
    "antisemitic", "antisemitism", "racists", "bigots", "sexists", "islamophobia",
    "islamophobic",
    "xenophobic", "sexist", "sexism", "misogynist", "misogyny", "transphobic", "bigot",
    "bigoted", "bigotry", "disgusting", "unacceptable", "condemn", "condemned", "shameful",
    "hateful", "slur", "slurs", "charged", "convicted", "sentenced", "court", "lawsuit",
    "report", "reported", "harassment", "abuse", "choque", "choquee", "choques", "choquees",
    "choquant", "choquante", "delit", "delits", "puni", "punie", "punis", "punissable",
    "condamnable", "sanctionne", "sanctionnee", "penalement",
    # a stereotype named as one: "it's a myth that Mexicans are lazy"
    "myth", "myths", "stereotype", "stereotypes", "stereotyping", "cliche", "cliches",
    "prejudice", "prejudices", "mythe", "mythes", "prejuge", "prejuges",
    "trope", "tropes",
    # what the quoted words do: "saying 'X are parasites' is dehumanising"
    "dehumanising", "dehumanizing", "dehumanises", "dehumanizes", "deshumanisant",
    "deshumanisante", "deshumanisants", "deshumanisantes", "deshumanise",
    "moderation",
    # a call to report the words: "… me dégoûte, signalez-les tous"
    "signalez", "signalons", "appalled",
})
# News of a sanction, counted only for a slur in quotation marks: "« Sale Arabe » : l'insulte
# lui a valu six mois avec sursis", "fined for shouting 'dirty Jews'".
_SANCTION = frozenset({
    "sursis", "amende", "poursuivi", "poursuivie", "poursuivis", "interpelle", "interpellee",
    "jailed", "fined", "arrested", "prosecuted", "indicted",
    # the author lost a job or an account for it: "sacked after posting 'all X are …'"
    "sacked", "fired", "suspended", "banned", "expelled", "dismissed", "disciplined",
})
# Phrases that name what they quote as hate: "they are spreading hate", "discours de haine".
_COUNTER_PHRASE = re.compile(
    r"\b(?:hate\s+speech|spread(?:ing|s)?\s+hate|(?:discours|propos|messages?)\s+(?:de\s+haine|"
    r"haineux)|incitation\s+a\s+la\s+haine|appel\s+a\s+la\s+haine|which\s+is\s+(?:false|untrue|"
    r"nonsense|a\s+lie)|(?:has\s+been|have\s+been|was|were|been|long)\s+(?:\w+ly\s+)?debunked|pseudo-?science|c(?:'|\s+)est\s+faux|"
    r"ce\s+qui\s+est\s+faux|the\s+(?:claim|idea|lie|notion|smear)\s+that|"
    # "when people say 'X are terrorists', they …": a stance quoted to be answered
    r"when\s+(?:people|someone|somebody|politicians|you)\s+(?:say|says|write|claim|claims)\b|"
    r"l(?:'|\s+)idee\s+(?:que|selon\s+laquelle)|pretendre\s+que|"
    # the slur reported by or for its victim: "il s'est fait traiter de …", "I got called a …"
    r"(?:s'est|se\s+sont|me\s+suis|t'es|s'etait|se\s+faire|se\s+fait|se\s+font|me\s+fais|"
    r"me\s+fait|te\s+fais)\s+fait(?:e|es|s)?\s+(?:traiter|insulter|appeler)|"
    r"(?:got|get|gets|getting|been|was|were)\s+called\s+(?:a|an)(?=\s)|"
    # words told to a victim, or read and answered: "ma fille s'est fait dire « … »",
    # "quand je lis « … »", "ça suffit", "was told to go back"
    r"(?:s'est|se\s+sont|me\s+suis|t'es|se\s+faire|se\s+fait|se\s+font|me\s+fais|te\s+fais)\s+"
    r"fait(?:e|es|s)?\s+dire|quand\s+je\s+lis|ca\s+suffit|(?:was|were|got|get)\s+told\s+to|"
    # the victim's own telling: "quelqu'un m'a traité de …", "shouted '…' at my mum"
    r"(?:m'a|m'ont|nous\s+a|nous\s+ont|l'a|l'ont)\s+traite(?:e|es|s)?\s+de|"
    r"(?:shouted|yelled|screamed|hurled|spat)\b[^.!?\n]{0,60}?\bat\s+(?:me|us|my|our)\b|"
    r"called\s+(?:me|us|my\s+\w+|our\s+\w+)\s+(?:a|an)(?=\s)|"
    # a quoted claim answered: "saying 'all X are criminals' is just false"
    r"(?:is|are|was|it's|its|that's|thats)\s+(?:just\s+|simply\s+|plainly\s+|completely\s+|"
    r"flat\s+out\s+|obviously\s+)?(?:false|untrue|a\s+lie|nonsense|rubbish|bollocks)|"
    r"show(?:s)?\s+the\s+opposite|montrent\s+(?:tout\s+)?le\s+contraire|"
    r"c(?:'|\s+)est\s+(?:juste\s+|tout\s+simplement\s+|completement\s+)?(?:faux|un\s+mensonge))\b")
_META = frozenset({("the", "word"), ("the", "term"), ("this", "word"), ("that", "word"),
                   ("le", "mot"), ("le", "terme"), ("ce", "mot"), ("ce", "terme"),
                   ("l", "insulte"), ("the", "slur"),
                   # "people who say 'go back to your country' …": a stance quoted
                   ("who", "say"), ("who", "says"), ("who", "said"), ("qui", "disent"),
                   ("qui", "dit"), ("qui", "ecrivent")})
# A slur's ordinary sense, told by a word beside it: British "faggots and peas" (a meatball),
# a faggot of firewood.
_ORDINARY_SENSE: dict[str, frozenset[str]] = {
    word: frozenset("peas pea gravy mash mushy onion onions butcher butchers pork liver brains "
                    "oven dinner recipe sausages chips firewood sticks kindling bundle "
                    "bundles wood".split())
    for word in ("faggot", "faggots")}
_RECLAIM = table({
    "fr": [("en", "tant", "que"), ("nous", "les"), ("on", "est", "des"), ("fier",),
           ("fiere",), ("fiers",), ("fieres",), ("moi", "aussi"), ("je", "suis", "une"),
           ("je", "suis", "un")],
    "en": [("as", "a"), ("as", "an"), ("proud",), ("we", "re"), ("we", "are"), ("us",)],
})


# An ambiguous slur said of a whole group ("typical p4k1s, ruin every town", "all these
# krauts"): a generalisation, which the ambiguity does not excuse. Not for the words whose
# plural is an everyday, a reclaimed or a team's name ("these fags are dear", "my niggas",
# "those Redskins").
_GENERALISING = frozenset({"typical", "all", "bloody", "damn", "these", "those", "tous",
                           "ces", "sales"})
_DEFINITE = frozenset({"the"})  # "since the p4kis took over": a people, not one person
_STEREOTYPING = frozenset({"typical", "typique", "encore"})
_NOT_GENERALISED = frozenset({"fags", "fag", "niggas", "nigga", "coons", "coon", "homos",
                              "homo", "dykes", "dyke", "pedales", "pedale", "macaques", "redskins"})


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category) -> list[Reason]:
    options = merged_options(category, DEFAULT_OPTIONS)
    texts = message.word_set
    counter = _counter(message) if hits else None  # else read only for a generalisation
    reasons: list[Reason] = []
    for hit, rule in hits:
        cues: list[ContextCue] = []
        words = window(message, hit.first, int(options["window"])) if hit.first >= 0 else []
        langs = (rule.lang,) if rule.lang in _RECLAIM else languages(message)
        # "je suis", "en tant que", "proud": a bare "moi" or "me" is too common to count.
        reclaimed = next((c for lang in langs
                          if ((c := SELF[lang].find(words[-3:])) and " " in c)
                          # "moi je suis pédé": "moi" is found first in the last three
                          or ((c := SELF[lang].find(words[-2:])) and " " in c)
                          or (c := _RECLAIM[lang].find(words))), None) or (
            self_after(message, hit) if hit.first >= 0 else None)
        if reclaimed:
            cues.append(ContextCue("self", reclaimed, factor=float(options["self_factor"])))
        elif hit.first >= 0 and (senses := _ORDINARY_SENSE.get(hit.normalized)) and (sense := next(
                (w for w in (*words, *following(message, hit.last, int(options["window"])))
                 if w in senses), None)):
            cues.append(ContextCue("sense", sense, factor=float(options["sense_factor"])))
        elif rule.id.endswith("slur_ambiguous") and hit.first >= 0:
            target = target_cue(message, hit, words, langs)
            if target in _GENERALISING and hit.normalized in _NOT_GENERALISED:
                target = None  # "these fags cost a fortune": a demonstrative aims at no one
            if target:
                cues.append(ContextCue("target", target, boost=float(options["target_boost"])))
            elif (words and hit.normalized not in _NOT_GENERALISED and (
                    (words[-1] in _GENERALISING | _DEFINITE and hit.normalized.endswith(("s", "x")))
                    # "typical p*ki cabbie": one said to be like them all
                    or words[-1] in _STEREOTYPING)):
                cues.append(ContextCue("group", words[-1], boost=float(options["target_boost"])))
        # "the word 'faggot' meant …", "le mot « nègre »": the word is talked about
        # ... unless the condemning word is the hate itself ("gays are disgusting perverts")
        own = counter if counter is not None and counter not in hit.normalized else None
        named = own or (" ".join(words[-2:]) if tuple(words[-2:]) in _META else None)
        if named is None and (sanction := texts & _SANCTION) and in_quotes(
                message, message.norm.span(hit.start, hit.end)[0]):
            named = min(sanction)
        if named:
            cues.append(ContextCue("counter", named, factor=float(options["counter_factor"])))
        cues.extend(context_cues(message, hit, rule,
                                 {**options, "reported_factor": options["quote_factor"]}))
        reasons.append(reason(hit, rule, message, context=tuple(cues)))
    if all(found.confidence < category.review_from for found in reasons) and (
            said := _generalisation_reason(message, category.name, options)):
        reasons.append(said)
    return reasons


# Condemning words that as often insult the group itself ("disgusting perverts the lot of
# them", "c'est contre nature et dégueulasse"): counter-speech only beside a word for what
# was said or done ("c'est dégueulasse de dire ça", "disgusting comments").
_EITHER_WAY = frozenset({"degueulasse", "disgusting", "ignoble", "abject", "abjecte"})
_SAID = frozenset(
    "dire dit dis disent ecrit ecrire ecrivent propos commentaire commentaires message messages "
    "remarque remarques insulte insultes tweet tweets post posts traiter traite crier crie "
    "said say says saying comment comments remark remarks words wrote written tweeted posted "
    "shouting shouted calling called chant chants chanting language behaviour behavior "
    "attitude attitudes".split())


def _counter(message: Message) -> str | None:
    """A word or phrase that condemns what is quoted ("raciste", "c'est du racisme")."""
    found = message.word_set & _COUNTER
    if found and found <= _EITHER_WAY and message.word_set.isdisjoint(_SAID):
        found = frozenset()
    counter = next(iter(sorted(found)), None)
    if counter is None and (phrase := _COUNTER_PHRASE.search(message.folded)):
        counter = phrase.group()
    return counter


def _generalisation_reason(message: Message, category: str, options: dict[str, float]
                           ) -> Reason | None:
    """A group and what is said of it (detectors._families), weighed like a rule's hit: a
    condemning word or quotation marks make it counter-speech or a quote."""
    found = generalisation(message.folded)
    if found is None:
        return None
    counter = _counter(message)
    start, end = message.norm.span(found.start, found.end)
    cues: list[ContextCue] = []
    if counter is not None:
        cues.append(ContextCue("counter", counter, factor=float(options["counter_factor"])))
    if in_quotes(message, start):
        cues.append(ContextCue("quote", "quotation marks", factor=float(options["quote_factor"])))
    base = float(options["generalisation"])
    return Reason(category, f"{category}.generalisation", start, end, message.text[start:end],
                  " + ".join(found.families), weigh(base, cues), "generalisation", "", base,
                  context=tuple(cues))
