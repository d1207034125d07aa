"""Threats against people: "je vais te retrouver", "on sait où tu habites", "I'll kill you".

The charter's patterns only match a threat aimed at a person (second person, or a
death wish), so idioms never match in the first place: "je vais tuer le match", "ce
sketch m'a tué", "this joke killed me", news ("il a été tué"). This detector then
weighs what is around a hit:

- reported or quoted ("il m'a écrit : « je vais te tuer »", "he threatened to…"): the
  threat is someone else's, so it goes to review (``reported_factor``); quoted in a news
  item or a work of fiction ("… a-t-il crié avant d'être interpellé", song lyrics) it
  passes (``news_factor``), unless the reader is the one threatened ("il m'a écrit");
- video-game or sport talk in the same message ("je vais te défoncer au prochain
  round"): lowered below review (``game_factor``);
- a joke marker ("mdr", "lol", 😂): a human decides (``joke_factor``).

An intimidation (a dare, a warning: "keep talking and you'll regret it") is read by a
human, unless what it promises is an injury ("... and you'll end up in a ditch", "tu
vas finir à l'hôpital"): then it is a threat like any other (``injury_boost``). Said
of the reader's own habits ("tu vas finir à l'hôpital si tu continues à boire", "à force
de bosser", "if you keep drinking like that") it is worry, not a threat
(``care_factor``).

What seals a threat ("c'est une promesse", "I'm not joking", "sleep tight": rules whose
id ends in ``.sealers``) is no reason of its own: it adds ``sealed_boost`` to the
message's other threat hits, unless a game, joke, quote or care cue discounts them.

Where no threat rule fired, a threat told in pieces is read by word families
(:mod:`chartekit.detectors._families`): what is known of the reader, a routine, a
condition, a seal or a visit, with a harm or a weapon, said to the reader and not as a
joke or a worry, is one reason (``families``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chartekit._model import Category, Message, Rule, merged_options
from chartekit._verdict import ContextCue, Reason
from chartekit.detectors._context import in_quotes, languages, table, window
from chartekit.detectors._families import THREAT, family_reason
from chartekit.detectors.rules import reason
from chartekit.matchers import Hit

__all__ = ["DEFAULT_OPTIONS", "JOKE", "NEEDS_HITS", "context_cues", "detect", "laugh_marker"]

NEEDS_HITS = False  # word families (detectors._families) need no rule hit

DEFAULT_OPTIONS: dict[str, float] = {
    "reported_factor": 0.5,
    "game_factor": 0.4,
    "joke_factor": 0.6,
    "news_factor": 0.6,  # a reported threat in a news item or a work of fiction
    "animal_factor": 0.3,  # "les sangliers ravagent les champs, il faut les abattre"
    "injury_boost": 0.2,  # a dare or a warning that promises an injury
    "care_factor": 0.4,  # ... as the outcome of the reader's own habits: worry
    "sealed_boost": 0.15,  # "c'est une promesse", "I'm not joking" after a threat
    "pointed_boost": 0.12,  # a sign or a warning aimed: a name, a weapon, a crowd beside it
    "families": 0.75,  # a threat told in pieces (detectors._families): removed alone
    "window": 6,
}

REPORTED = table({
    "fr": [("m", "a", "dit"), ("m", "a", "ecrit"), ("m", "a", "menace"), ("menace", "de"),
           ("a", "menace"), ("il", "a", "dit"), ("elle", "a", "dit"), ("a", "ecrit"),
           ("a", "crie"), ("en", "criant"), ("selon",), ("d", "apres"), ("message",),
           ("j", "ai", "recu"), ("disant",), ("accuse", "d", "avoir"), ("pour", "avoir", "dit"),
           ("avait", "dit"), ("paroles",), ("traite", "de"), ("traitee", "de"),
           ("traites", "de"), ("traiter", "de"), ("traite", "d"), ("traitee", "d"),
           ("chanson",), ("film",), ("replique",), ("pour", "avoir", "ecrit"),
           ("affirme", "que"), ("a", "tweete"), ("a", "poste")],
    "en": [("told", "me"), ("said",), ("says",), ("wrote",), ("threatened",),
           ("threatening",), ("screamed",), ("yelled",), ("according", "to"),
           ("message", "saying"), ("texted", "me"), ("lyrics",), ("song",), ("movie",),
           ("line",), ("quote",), ("called", "me"), ("called", "him"),
           ("called", "her"), ("called", "them"), ("calling", "me"), ("for", "saying"),
           ("saying",), ("claimed",), ("claiming",), ("claims",), ("tweeted",), ("posted",)],
})
GAME = frozenset({
    "jeu", "jeux", "game", "games", "gaming", "partie", "parties", "round", "manche", "fortnite",
    "valorant", "minecraft", "warzone", "cod", "apex", "fifa", "pvp", "respawn", "boss",
    "niveau", "level", "console", "ps5", "ps4", "xbox", "sniper", "headshot",
    "1v1", "gg", "echecs", "chess", "poker", "tournoi", "tournament", "ranked", "lobby",
    "spawn", "noob", "loot", "frag", "mario", "zelda",
    "overwatch", "league", "serveur", "server", "squad", "match", "revanche",
    "rematch", "tennis", "foot", "babyfoot", "ping-pong", "belote", "scrabble", "monopoly",
    "uno", "tarot", "mmo", "rpg", "fps", "twitch",
})
# Words of a news item about a crime, a trial or a work of fiction: a threat reported or
# quoted next to them is the news ("« Je vais te tuer », a-t-il crié avant d'être
# interpellé"), not a threat to the reader.
_NEWS = frozenset({
    "interpelle", "interpellee", "arrete", "arretee", "condamne", "condamnee", "prevenu",
    "prevenue", "accuse", "accusee", "tribunal", "proces", "plainte", "police", "policiers",
    "gendarmes", "gendarmerie", "enquete", "sursis", "prison", "juge", "jugee", "agresseur",
    "suspect", "suspecte", "arrested", "convicted", "sentenced", "jailed", "charged",
    "court", "trial", "prosecutors", "lawsuit", "lyrics", "song", "chanson", "paroles",
    "film", "movie", "novel", "roman", "serie", "episode", "rapper", "rappeur",
})
_FIRST_PERSON = frozenset({"m", "me", "j", "je", "moi", "i", "my"})
# Animals a third-person call to kill ("il faut les abattre", "shoot them") is about.
_ANIMALS = frozenset({  # not the ones slurs use (rats, cafards, nuisibles, cochons)
    "sanglier", "sangliers", "loup", "loups", "renard", "renards", "souris", "frelon",
    "frelons", "moustique", "moustiques", "pigeon", "pigeons", "chevreuil", "chevreuils",
    "cerf", "cerfs", "ragondin", "ragondins", "taupe", "taupes", "lapins", "chenilles",
    "guepes", "ours", "poules", "vaches", "boar", "boars", "wolves", "wolf", "foxes", "fox",
    "mice", "hornets", "wasps", "deer", "coyotes", "coyote", "squirrels", "gophers", "bears",
    "hogs", "feral",
})
_THIRD_OBJECT = frozenset({"le", "la", "les", "l", "them", "it", "him"})
# A game word does not soften harm to the body or a real place: "at the game I'm going to
# break your legs", "après le match je sais où tu gares ta voiture".
_PHYSICAL = frozenset({
    "leg", "legs", "knee", "knees", "kneecaps", "arm", "arms", "teeth", "face", "skull", "neck",
    "ribs", "nose", "jaw", "jambe", "jambes", "genou", "genoux", "bras", "dents", "gueule",
    "crane", "nez", "machoire", "cotes", "tronche", "knife", "couteau", "hospital", "hopital",
    "jumped", "stabbed", "shanked", "shot", "rape", "raping", "violer", "egorger",
    # a weapon with the reader's name on it: "got a blade with your name on it … after the match"
    "blade", "blades", "bullet", "bullets", "lame", "balle", "stab", "stabbing", "poignarder",
})
# Said to be meant outside a game: "en vrai, pas dans le jeu, IRL", "not joking".
_IN_REAL_LIFE = re.compile(r"\b(?:irl|in\s+real\s+life|pour\s+de\s+vrai|en\s+vrai\s+de\s+vrai|"
                           r"pas\s+dans\s+le\s+jeu|not\s+in\s+(?:the\s+)?game|not\s+joking|"
                           r"i'?m\s+not\s+joking|je\s+(?:rigole|plaisante)\s+pas)\b")
_REAL_WORLD_RULES = (".whereabouts", ".property", ".coming", ".menace", ".signs", ".hints")
_WORD = re.compile(r"\w+")
# The reader's own habits an intimidation can be said of.
_CARE = re.compile(
    r"\b(?:a\s+force\s+de|si\s+tu\s+continues?\s+(?:a|de)\s+(?:boire|fumer|bosser|travailler|"
    r"manger|picoler|conduire|rouler|sauter|courir|t'entrainer|veiller|te\s+droguer)|"
    r"(?:if|when)\s+(?:you|u)\s+(?:keep|carry\s+on)\s+(?:on\s+)?(?:drinking|smoking|working|"
    r"eating|driving|partying|using|training|running)|(?:continue|continues)\s+(?:a|de)\s+"
    r"(?:boire|fumer|bosser|travailler|manger|picoler|conduire|rouler|te\s+droguer)|"
    r"keep\s+(?:on\s+)?(?:drinking|smoking|working|eating|driving|partying|using)|"
    # what the habit is of: "mange pas autant de bonbons sinon t'auras plus de dents"
    r"bonbons|sucreries|clopes?|cigarettes?|alcool|malbouffe|sweets|candy|cigs|booze|"
    r"junk\s+food|fast\s+food)\b")
# Intimidation rules, and the injuries that make one of their hits a threat.
_INTIMIDATION_RULES = (".dare", ".warning")
_INJURY = frozenset({
    "hospital", "hopital", "ditch", "morgue", "ambulance", "teeth", "dents", "stitches",
    "wheelchair", "coffin", "icu", "stretcher", "slab", "hurt", "smacked", "slapped",
    "punched", "decked", "battered", "stabbed", "shot", "jumped", "alive", "breathing",
    "straw", "skull", "jaw", "fosse", "cercueil", "urgences", "brancard", "fauteuil",
    "crane", "machoire", "vivant", "vivante", "home",
    # a death as the outcome: "tu finiras dans un sac poubelle", "six feet under"
    "poubelle", "mortuaire", "cimetiere", "planches", "terre", "coffre", "canal", "seine",
    "ground", "grave", "river", "trunk", "bag", "under",
    # the reader's family made to pay: "keep posting and your family will pay for it"
    "family", "famille", "kids", "enfants", "gosses",
})
JOKE = frozenset({"mdr", "mdrr", "mdrrr", "ptdr", "lol", "lool", "haha", "hahaha", "hihi",
                   "xd", "jk", "lmao", "rofl", "blague", "jpp", "😂", "🤣", "😜", "😉", "😆"})
# A wink is a joke after a taunt, and a knowing look after what is known of the reader or
# where they are: "on sait à quelle école vont tes gosses 😉" (real-world rules, families),
# unless the reader is thanked ("merci pour l'adresse, je passe déposer la tarte 😉").
_KNOWING = frozenset({"😉"})
_LAUGHS_NOT_KNOWING = JOKE - _KNOWING
_THANKS = frozenset({"merci", "thanks", "thank", "cheers", "thx"})


# The one-character markers of each set as a character class, found by one search
# instead of a loop over the message's characters.
_MARKER_CLASSES: dict[frozenset[str], re.Pattern[str] | None] = {}


def _marker_class(markers: frozenset[str]) -> re.Pattern[str] | None:
    if markers not in _MARKER_CLASSES:
        chars = sorted(m for m in markers if len(m) == 1)
        _MARKER_CLASSES[markers] = (re.compile("[" + "".join(map(re.escape, chars)) + "]")
                                    if chars else None)
    return _MARKER_CLASSES[markers]


def laugh_marker(message: Message, markers: frozenset[str] = JOKE) -> str | None:
    """The first of ``markers`` in the message: a word ("mdr", "lol"), else an emoji (😂)."""
    word = next((w for w in sorted(message.word_set & markers)), None)
    if word is not None:
        return word
    chars = _marker_class(markers)
    found = chars.search(message.text) if chars is not None else None
    return found.group() if found is not None else None


def _real_joke(message: Message, joke: str | None) -> bool:
    """Whether the laugh is a joke: a wink alone is none after a real-world threat or in
    the families (see _KNOWING), unless the reader is thanked."""
    return joke is not None and (laugh_marker(message, _LAUGHS_NOT_KNOWING) is not None
                                 or not message.word_set.isdisjoint(_THANKS))


# A verb of writing in a relative clause names who is threatened, not words reported:
# "the journalist who wrote this deserves a bullet", "celui qui a écrit ça mérite une balle".
_RELATIVE = frozenset({"who", "qui"})
_WRITING = frozenset({"wrote", "posted", "tweeted", "said", "says", "a ecrit", "a poste",
                      "a tweete", "a dit"})


def _relative(words: list[str], cue: str) -> bool:
    parts = cue.split()
    return cue in _WRITING and any(
        words[i : i + len(parts)] == parts and i > 0 and words[i - 1] in _RELATIVE
        for i in range(len(words)))


def context_cues(message: Message, hit: Hit, rule: Rule, options: dict[str, float]
                 ) -> list[ContextCue]:
    """The reported-speech, game and joke cues around ``hit`` (shared with hate)."""
    cues: list[ContextCue] = []
    words = window(message, hit.first, int(options["window"])) if hit.first >= 0 else []
    langs = (rule.lang,) if rule.lang in REPORTED else languages(message)
    reported = next((c for lang in langs if (c := REPORTED[lang].find(words))), None)
    if reported and _relative(words, reported):
        reported = None  # "the journalist who wrote this deserves a bullet": who, not what
    start, _ = message.norm.span(hit.start, hit.end)
    if reported or in_quotes(message, start):
        cues.append(ContextCue("quote", reported or "quotation marks",
                               factor=float(options["reported_factor"])))
    return cues


# Rules whose hits only seal another threat ("c'est une promesse", "sleep tight"): nothing
# alone, a boost to the message's other threat hits when nothing else discounts them.
_SEALER_RULES = ".sealers"
_SECOND_PERSON = frozenset({"tu", "te", "t", "toi", "ton", "ta", "tes", "vous", "votre", "vos",
                            "you", "your", "ur", "u", "yours", "ye", "yer", "ya"})
# Someone a comment section talks about, threatened in the third person: "that councillor",
# "ce maire", "le modo" (word families only, and not in news).
_THIRD_TARGET = re.compile(
    r"\b(?:that|this|the|ce|cet|cette|le|la|l')\s*(?:journalist|councillor|mayor|ref|referee|"
    r"reporter|mp|politician|teacher|headteacher|judge|journo|mod|moderator|journaliste|maire|"
    r"arbitre|depute|deputee|ministre|modo|moderateur|moderatrice|admin|prof|juge|elu|elue|"
    r"conseiller|conseillere|redac|redactrice|redacteur)\b"
    # anyone who crosses the writer: "people who grass end up in the canal", "le prochain qui
    # me balance, on le repêchera"
    r"|\b(?:(?:people|anyone|those)\s+who\s+(?:grass|snitch)|(?:le|la)\s+prochaine?\s+qui|"
    r"ceux\s+qui\s+(?:balancent|parlent\s+aux\s+(?:keufs|flics))|the\s+next\s+(?:one|person|guy)"
    r"\s+(?:who|that))\b")


# What aims a sign or a warning at someone: the reader called by
# name or role ("Last warning, Marcus.", "Toi le journaliste", "Dear Mr. Hale"), a weapon or
# a wound ("my shotgun", "ta Clio … brûlera", "🔪"), friends brought along ("avec des potes",
# "me and my cousins"). Advice to anyone ("faites vérifier vos freins avant les vacances")
# has none of them and stays a review.
_POINTED = re.compile(
    r"(?:^|[,.!?]\s*)(?:(?:dear\s+)?(?:mr|mrs|ms|miss|madame|monsieur|mme|m)\.?\s+\w+|"
    r"(?:madame|monsieur)\s+(?:la|le)\s+\w+|(?:toi|vous)\s+(?:le|la|l')\s*\w+)|"
    r",\s*(?:ref|mod|modo|the\s+ref)\s*[,.!?]|"
    r"\b(?:shotgun|guns?|pistol|knife|knives|blade|machete|cutter|flingue|fusil|batte|brick|"
    r"brique|flames|flammes|brulera|bruler|burn|burns|acid|acide|bleed|saigner|hospital|"
    r"hopital|gueule|face|jambes|legs|knees|genoux|petrol|essence|coming\s+for\s+u|"
    r"coming\s+for\s+you)\b|[\U0001F52A\U0001F52B\U0001F4A3]|"
    r"\b(?:(?:avec|moi\s+et)\s+(?:des|mes|les|quelques)\s+(?:potes|gars|freres|cousins)|(?:me\s+and|with)\s+"
    r"(?:my|a\s+few)\s+(?:boys|lads|cousins|mates|brothers|crew|mandem))\b")
# A name as a vocative in the original text: "…tonight Sarah, I'll be waiting", "Jayden,".
_VOCATIVE = re.compile(r"(?:,\s*|\b(?:tonight|tmrw|tomorrow|ce\s+soir)\s+)[A-Z][a-z]{2,}\s*[,.!?]")
_POINTED_RULES = (".dare", ".warning", ".signs")


def _pointed(message: Message, hit: Hit) -> str | None:
    """What aims a sign or a warning: a weapon, a wound or friends in the message (the
    hit's own "brick through the window" included), a name or a role called out."""
    if found := _POINTED.search(message.folded):
        return found.group(0).strip(" ,.!?")
    start, end = message.norm.span(hit.start, hit.end)
    for source in (message.text[:start], message.text[end:]):
        if found := _VOCATIVE.search(source):
            return found.group(0).strip(" ,.!?")
    return None


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category) -> list[Reason]:
    options = merged_options(category, DEFAULT_OPTIONS)
    seals = [hit for hit, rule in hits if rule.id.endswith(_SEALER_RULES)]
    hits = [(hit, rule) for hit, rule in hits if not rule.id.endswith(_SEALER_RULES)]
    texts = message.word_set
    game = next((w for w in sorted(texts & GAME)), None)
    joke = laugh_marker(message)
    real_joke = _real_joke(message, joke)
    inside = {word for hit, _ in hits for word in hit.normalized.split()} if game else set()
    reasons: list[Reason] = []
    for hit, rule in hits:
        cues = context_cues(message, hit, rule, options)
        news = sorted(texts & _NEWS)
        quote = next((cue for cue in cues if cue.kind == "quote"), None)
        # ... unless the reader is the one threatened ("il m'a écrit …", "he told me …"):
        # a victim's report goes to a human
        if news and quote and _FIRST_PERSON.isdisjoint(quote.text.split()):
            cues.append(ContextCue("news", news[0], factor=float(options["news_factor"])))
        if not _THIRD_OBJECT.isdisjoint(hit.normalized.split()) and (animal := sorted(
                texts & _ANIMALS)):
            cues.append(ContextCue("animal", animal[0], factor=float(options["animal_factor"])))
        physical = rule.id.endswith(_REAL_WORLD_RULES) or not _PHYSICAL.isdisjoint(
            hit.normalized.split())
        # a game word inside a threat is no game: "I'll pop round yours and lamp you", "my
        # shotgun's cleaned and I know when the bailiffs come round"
        hit_game = game and next((w for w in sorted(texts & GAME) if w not in inside), None)
        if hit_game and _IN_REAL_LIFE.search(message.folded):
            hit_game = None  # "pas dans le jeu, IRL", "not in the game, for real"
        if hit_game and not physical:
            cues.append(ContextCue("game", hit_game, factor=float(options["game_factor"])))
        elif joke and (real_joke or not rule.id.endswith(_REAL_WORLD_RULES)):
            cues.append(ContextCue("joke", joke, factor=float(options["joke_factor"])))
        if rule.id.endswith(_INTIMIDATION_RULES):
            if care := _CARE.search(message.folded):
                cues.append(ContextCue("care", care.group(0),
                                       factor=float(options["care_factor"])))
            elif injury := sorted(_INJURY.intersection(_WORD.findall(hit.normalized))):
                cues.append(ContextCue("injury", injury[0],
                                       boost=float(options["injury_boost"])))
        # a seal is another piece of the message, and a game or a joke unseals it
        seal = next((s for s in seals if s.end <= hit.start or s.start >= hit.end), None)
        if seal and all(cue.factor >= 1.0 for cue in cues):
            cues.append(ContextCue("sealed", seal.normalized,
                                   boost=float(options["sealed_boost"])))
        elif (rule.id.endswith(_POINTED_RULES) and all(cue.factor >= 1.0 for cue in cues)
              and (aimed := _pointed(message, hit))):
            cues.append(ContextCue("pointed", aimed, boost=float(options["pointed_boost"])))
        reasons.append(reason(hit, rule, message, context=tuple(cues)))
    # Veiled threats told in pieces, said to the reader: what is known of them, a harm, a
    # condition, a seal (detectors._families); not a game or a joke.
    # Only where no threat rule reached removal, and beside a reviewed hit only with pieces
    # outside it: the rules' own combinations (signs, seals, warnings) already weigh what
    # they found, and a worry for the reader is no threat; a hit that is nothing alone
    # ("I'll come round your mum's") is one piece among others.
    # The families' screen first: it shuts on most messages, before any search.
    strong = [found for found in reasons if found.confidence >= category.review_from]
    if (all(found.confidence < category.threshold for found in reasons)
            and (combined := family_reason(message, category.name, THREAT,
                                           float(options["families"])))
            # beside a reviewed rule hit, only pieces found outside it count: "your car's
            # parked in the same spot every night" before "shame if something happened"
            and not any(found.start <= combined.start and combined.end <= found.end
                        for found in strong)
            and not real_joke
            and (not _SECOND_PERSON.isdisjoint(texts)
                 or (texts.isdisjoint(_NEWS) and _THIRD_TARGET.search(message.folded)))
            and not _CARE.search(message.folded)):
        reasons.append(combined)
    return reasons
