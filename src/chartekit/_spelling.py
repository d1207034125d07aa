"""Texting spellings written out, for the regex rules: ``jvais`` -> ``je vais``.

Regex rules see text, not tokens, so they read a second view of the folded text in
which words spelt the way people text are written out in full (``c un pedo`` ->
``c'est un pedo``, ``gonna end it all 2nite`` -> ``gonna end it all tonight``), and
words in leetspeak are read as letters (``_tokens.leet_readings``). The pipeline adds
the hits found there and not in the folded text.

Spelling changes lengths, so a :class:`View` keeps where each rewritten word was in
the folded text and maps a hit back: a span that starts or ends inside a rewritten
word covers that whole word. Words are rewritten one language at a time (``c`` is
``c'est`` in French and ``see`` in English); a message of no known language gets the
spellings the two languages agree on. Links, @mentions and words glued to an
apostrophe, a dot or a hyphen (``c'est``, ``u.s.``, ``t-shirt``) stay as written, and
so do letters spelt out one by one (``c o n n a r d``).
"""

from __future__ import annotations

import bisect
import re
from typing import TypeVar

from chartekit._tokens import Token, leet_readings

__all__ = ["SPELLINGS", "View", "spelled_view"]

# Words that always mean the same, by language. Folded forms: no accents, "'" apostrophes.
_FR_WORDS: dict[str, str] = {
    **dict.fromkeys(("jsuis", "jsui", "jss", "chui", "chuis", "chuipa", "jsu"), "je suis"),
    **dict.fromkeys(("jsp", "chpa", "chaispas", "jspas"), "je sais pas"),
    **dict.fromkeys(("chai", "chais"), "je sais"),
    "jtm": "je t'aime", "jvx": "je veux",
    "cest": "c'est", "cetait": "c'etait", "ct": "c'etait",
    "sest": "s'est", "sil": "s'il", "sils": "s'ils", "quil": "qu'il", "quils": "qu'ils",
    "quon": "qu'on", "kil": "qu'il", "kils": "qu'ils", "kon": "qu'on",
    "jusqua": "jusqu'a", "largent": "l'argent", "lamour": "l'amour", "lautre": "l'autre",
    "lhomme": "l'homme", "lhopital": "l'hopital", "dla": "de la",
    "ya": "il y a", "yavait": "il y avait", "yaura": "il y aura", "ny": "n'y",
    "nimporte": "n'importe", "nimp": "n'importe quoi",
    **dict.fromkeys(("tkt", "tqt", "tinquiete"), "t'inquiete"),
    "tai": "t'ai", "tavais": "t'avais", "taime": "t'aime", "mas": "m'as", "mavait": "m'avait",
    **dict.fromkeys(("pk", "pq", "pkoi", "pourkoi", "prq", "pqoi"), "pourquoi"),
    **dict.fromkeys(("koi", "kwa", "koa", "quoa"), "quoi"),
    "ki": "qui", "ke": "que", "kel": "quel", "kelle": "quelle", "kels": "quels",
    "kelles": "quelles", **dict.fromkeys(("keske", "kesk", "keskeu", "kesske"), "qu'est-ce que"),
    **dict.fromkeys(("ske", "skeu"), "ce que"),
    **dict.fromkeys(("kan", "kand", "qd", "qnd"), "quand"),
    **dict.fromkeys(("kom", "komme", "kome"), "comme"),
    **dict.fromkeys(("koman", "kment", "cmt", "cmnt", "commen"), "comment"),
    **dict.fromkeys(("bcp", "bcoup", "bocoup", "boucoup"), "beaucoup"),
    **dict.fromkeys(("tjr", "tjrs", "tjs", "toujour", "tjours"), "toujours"),
    **dict.fromkeys(("mtn", "mnt", "maintenan"), "maintenant"),
    "dc": "donc", "pr": "pour", "ds": "dans", "ns": "nous", "vs": "vous", "tt": "tout",
    "tte": "toute", "ttes": "toutes", "tts": "tous", "tlm": "tout le monde",
    **dict.fromkeys(("dsl", "dsll", "dzl"), "desole"),
    **dict.fromkeys(("auj", "ajd", "aujd", "ojd", "aujourdhui", "aujourd8"), "aujourd'hui"),
    **dict.fromkeys(("2main", "2m1", "dem1", "dmain"), "demain"),
    **dict.fromkeys(("bi1", "b1"), "bien"), "ri1": "rien", "1peu": "un peu",
    **dict.fromkeys(("qqn", "qqun", "kelkun", "qlqn", "qqn1"), "quelqu'un"),
    **dict.fromkeys(("qqch", "qqc", "qlqch", "kekchose"), "quelque chose"),
    "avc": "avec", "pa": "pas", "fo": "faut", "fau": "faut", "slt": "salut",
    "bjr": "bonjour", "bsr": "bonsoir", "mrc": "merci",
    **dict.fromkeys(("dac", "dak", "dacc", "daccord"), "d'accord"),
    **dict.fromkeys(("vrmt", "vrm", "vraimen", "vmt"), "vraiment"),
    "grv": "grave", "tps": "temps", "msg": "message", "pv": "prive",
    **dict.fromkeys(("gratos", "grato", "gratuitos", "gratuis"), "gratuit"),
    "oqp": "occupe", "stp": "s'il te plait", "svp": "s'il vous plait",
    "cad": "c'est-a-dire", "ptn": "putain",
    **dict.fromkeys(("pcq", "pck", "pcke", "parske", "paske", "pask", "psk", "pasque"),
                    "parce que"),
    "nn": "non", "ui": "oui", "wi": "oui",
    **dict.fromkeys(("mwa", "moa"), "moi"), **dict.fromkeys(("twa", "toa"), "toi"),
    **dict.fromkeys(("jame", "jamai"), "jamais"), "tro": "trop",
    **dict.fromkeys(("ptit", "pti"), "petit"), "ptite": "petite", "veu": "veux",
    "sui": "suis", "mor": "mort",
}
# j' before a vowel ("jai" -> "j'ai"): only these, since French has many words in ja-, je-.
_FR_J_ELIDED = frozenset((
    "ai", "en", "y", "avais", "avait", "etais", "etait", "aime", "aimerais", "arrive",
    "attends", "attend", "espere", "irai", "arrete", "essaie", "essaye", "ecris", "habite",
    "hesite", "ose", "avoue", "accepte", "abandonne", "appelle", "aurais", "aurai",
    "allais", "etai", "avai", "aimerai", "y vais", "en ai",
))
_FR_WORDS.update({"j" + rest.replace(" ", ""): "j'" + rest for rest in _FR_J_ELIDED})
# j + consonant ("jvais", "jte", "jmen"): "je" + the rest; "jtai" -> "je t'ai".
_FR_J_NOT = frozenset(("jk", "jpg", "jpeg", "js", "jr", "jfk", "jmj", "jdd", "jcb", "jsf",
                       "jwt", "jnr", "jt", "jrpg", "jv"))
_FR_PRONOUN_ELIDED = frozenset(("ai", "en", "as", "a", "aime", "avais", "avait", "etais",
                                "ecris", "y", "appelle", "ai dit", "attends"))

_EN_WORDS: dict[str, str] = {
    "im": "i'm", **dict.fromkeys(("ima", "imma"), "i'm going to"),
    **dict.fromkeys(("gonna", "gunna", "gna"), "going to"), "wanna": "want to",
    "gotta": "got to", **dict.fromkeys(("finna", "boutta", "bouta", "bouttah"), "about to"),
    "tryna": "trying to", "lemme": "let me", "gimme": "give me", "dunno": "don't know",
    "idk": "i don't know", "cant": "can't", "dont": "don't", "wont": "won't",
    "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't",
    "wasnt": "wasn't", "werent": "weren't", "couldnt": "couldn't", "wouldnt": "wouldn't",
    "shouldnt": "shouldn't", "havent": "haven't", "hasnt": "hasn't", "aint": "ain't",
    "youre": "you're", "youll": "you'll", "youve": "you've", "ive": "i've",
    "theyre": "they're", "thats": "that's", "whats": "what's", "hes": "he's",
    "shes": "she's", "ya": "you", "yall": "y'all", "yer": "your", "ull": "you'll",
    "ure": "you're", "youz": "you",
    **dict.fromkeys(("urself", "urslf", "yourslf", "yrself", "uself", "yourselff"), "yourself"),
    **dict.fromkeys(("myslf", "mself", "meself"), "myself"),
    "ded": "dead", "luv": "love",
    **dict.fromkeys(("2nite", "2night", "tonite", "2nyt", "tonyt", "2nt", "2naight"), "tonight"),
    "2day": "today",
    **dict.fromkeys(("2moro", "2morrow", "2mrw", "2mro", "2morro", "tmrw", "tmr", "tmrrw",
                     "tomoz", "2moz", "tmoro", "tomoro", "tomorow"), "tomorrow"),
    **dict.fromkeys(("l8r", "l8er", "l8tr"), "later"), "gr8": "great", "m8": "mate",
    "h8": "hate", "w8": "wait", "str8": "straight", "b4": "before",
    **dict.fromkeys(("4ever", "4eva"), "forever"),
    **dict.fromkeys(("sum1", "some1", "sumone"), "someone"), "any1": "anyone",
    **dict.fromkeys(("every1", "evry1"), "everyone"), "no1": "no one",
    **dict.fromkeys(("abt", "bout"), "about"), "thru": "through", "tho": "though",
    **dict.fromkeys(("shud", "shld"), "should"), **dict.fromkeys(("wud", "wld"), "would"),
    **dict.fromkeys(("cud", "cld"), "could"),
    **dict.fromkeys(("wat", "wut", "wht", "wot"), "what"),
    **dict.fromkeys(("cuz", "coz", "cos", "bc", "bcuz", "becuz", "bcoz", "bcos"), "because"),
    **dict.fromkeys(("pls", "plz", "plez", "pleez", "pleaz", "plss"), "please"),
    **dict.fromkeys(("thx", "thnx", "thanx", "tnx"), "thanks"),
    **dict.fromkeys(("ppl", "peeps"), "people"), "msg": "message", "txt": "text",
    **dict.fromkeys(("acc", "acct"), "account"),
    **dict.fromkeys(("pw", "pwd", "pword"), "password"),
    **dict.fromkeys(("fkn", "fkin", "fkng", "fckn", "fckin", "fcking", "fckng", "fukin",
                     "fuckin", "fuckn", "fking", "fukn", "fookin", "fookn"), "fucking"),
    **dict.fromkeys(("fk", "fck", "fuk", "fuq"), "fuck"),
    **dict.fromkeys(("fkd", "fckd", "fukd"), "fucked"),
    "stfu": "shut the fuck up", "kys": "kill yourself", "kms": "kill myself",
    "unalive": "kill", "unalived": "killed", "unaliving": "killing", "unalives": "kills",
    "sewerslide": "suicide", "bday": "birthday", "wknd": "weekend", "nite": "night",
    "dat": "that", "dem": "them", "dey": "they", "dats": "that's", "wen": "when",
    **dict.fromkeys(("rly", "rlly", "realy"), "really"), "srsly": "seriously",
    **dict.fromkeys(("prolly", "probs"), "probably"),
    **dict.fromkeys(("sumthin", "smth", "sth", "somethin"), "something"),
    **dict.fromkeys(("nothin", "nuthin", "nuttin"), "nothing"),
    "gud": "good", **dict.fromkeys(("kno", "knw"), "know"), "wtf": "what the fuck",
    "rn": "right now", "irl": "in real life", "ngl": "not gonna lie",
    "hmu": "hit me up", "lmk": "let me know", "tbh": "to be honest",
    "imo": "in my opinion", "imho": "in my opinion", "fr": "for real",
    "ez": "easy", "outta": "out of", "kinda": "kind of", "sorta": "sort of",
    "coulda": "could have", "woulda": "would have", "shoulda": "should have",
    # the dropped g: "thinkin bout it"
    **{word[:-1]: word for word in (
        "thinking", "going", "doing", "feeling", "trying", "getting", "coming", "talking",
        "saying", "looking", "killing", "dying", "cutting", "hurting", "starting", "planning",
        "sitting", "waiting", "leaving", "taking", "making", "watching", "playing", "working",
        "asking", "telling", "selling", "sending", "giving", "paying", "earning", "making",
        "hoping", "praying", "crying", "begging", "lying", "stealing", "robbing", "cheating")},
}

# Words that stand for another only beside some words: (the previous word's set or None,
# the next word's set or None, the reading). Either set matching is enough, where both
# are given; a word with no condition on one side reads the same whatever is there.
_Context = tuple[frozenset[str] | None, frozenset[str] | None, str]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FR_AFTER_T_ES = _words(  # "t nul", "tes un bouffon", "c trop bien"
    "un une qu que trop vraiment grave tellement si pas jamais toujours tjrs tjr juste "
    "completement vrmt ou la ici mort morte nul nulle nuls con conne fou folle moche bete "
    "debile laid laide gros grosse serieux sur sure foutu foutue mignon mignonne belle beau "
    "bizarre chelou relou malade degueulasse cringe ouf dingue fini finie perdu perdue "
    "sourd sourde aveugle mauvais mauvaise pire nulle rien deja encore mal bien cool "
    "fort forte chiant chiante naze pathetique minable ridicule horrible affreux affreuse "
    "qui quoi comment pourquoi quel quelle")
_FR_AFTER_C_EST = _FR_AFTER_T_ES | _words(
    "toi moi lui eux elle bon clair chaud normal abuse honteux faux vrai ca comme")
_FR_AFTER_T_AS = _words(  # "ta vu", "ta interet", "ta pas honte"
    "un une des le la les pas rien jamais deja vu fait dit cru compris interet raison tort "
    "ete eu pris mis ecrit entendu envie peur besoin qu que trop du de d plus encore "
    "vraiment toujours tjrs cru oublie perdu gagne reussi rate vole menti triche")
_FR_AFTER_M_A = _words(  # "il ma frappe" -> "il m'a frappe"
    "dit fait vu pris frappe tape insulte menace vole viole touche harcele bloque trompe "
    "quitte ecrit envoye appele demande promis jure arnaque escroque agresse suivi attendu "
    "mis traite traitee battu battue tabasse cogne pousse mordu blesse blessee humilie "
    "humiliee drogue droguee ment menti")
_FR_AFTER_CA = _words(  # "sa va", "sa me saoule"
    "va fait me te sert suffit marche craint passe se depend vaut arrive commence "
    "continue peut doit sera serait ira lui nous vous leur")
_FR_AFTER_PLUS = _words(  # "g pu envie" -> "j'ai plus envie"; "j'ai pu venir" stays
    "envie rien personne jamais aucun aucune la le les de d du trop assez gout force "
    "sommeil faim courage espoir supporter")
_FR_BEFORE_EST = _words("il elle c ca sa on qui ce tout ki")

_FR_CLAUSE_START = frozenset({""})  # texting drops "je" at the start of a clause: "veux mourir"

_FR_CONTEXT: dict[str, _Context] = {
    **{verb: (_FR_CLAUSE_START, None, "je " + verb) for verb in (
        "veux", "vais", "pense", "voudrais", "compte", "prefere", "sais", "peux", "suis")},
    "c": (None, _FR_AFTER_C_EST, "c'est"),
    "t": (None, _FR_AFTER_T_ES, "t'es"),
    "tes": (None, _FR_AFTER_T_ES, "t'es"),
    "ta": (None, _FR_AFTER_T_AS, "t'as"),
    "ma": (None, _FR_AFTER_M_A, "m'a"),
    "sa": (None, _FR_AFTER_CA, "ca"),
    "pu": (None, _FR_AFTER_PLUS, "plus"),
    "plu": (None, _FR_AFTER_PLUS, "plus"),
    "e": (_FR_BEFORE_EST, None, "est"),
    "ce": (None, _words("un une trop vraiment grave tellement pas jamais toujours tjrs juste "
                        "deja encore mort fini ouf toi moi lui eux normal clair abuse honteux "
                        "nimp"), "c'est"),
    "g": (None, None, "j'ai"),
}
_EN_AFTER_YOU_ARE = _words(  # "ur so dumb" -> "you're so dumb"; "ur mum" -> "your mum"
    "so such a an the not gonna going dead done too really very being just always never "
    "lucky next finished mine welcome right wrong sick pathetic stupid ugly fat dumb "
    "useless worthless nothing trash garbage disgusting annoying crazy insane mad "
    "literally actually a absolutely totally fucking fkn fking such getting about gna "
    "gunna")
_EN_VERB_AFTER_I_LL = _words(
    "kill find hurt get end make come be shoot stab beat fuck break smash burn send give "
    "pay show never always just literally personally do put take see track hunt murder "
    "rape cut slit choke strangle bury destroy ruin wreck teach")
_EN_BEFORE_BE = _words("will gonna to 2 cant can't wont won't might must should would "
                       "could gon gna shall")
_EN_AFTER_SEE = _words("you u ya ur it that this what")

# Where texting drops "I" before "gonna"/"wanna": the start of a clause (""), or after
# a word that ends one when nobody types the full stop ("cant do this no more gonna …").
_EN_CLAUSE_END = _words(
    "more now anymore lol lmao tbh honestly seriously ok okay just so and but then tonight "
    "today bro man dude fr idc ngl literally prob probably maybe really swear istg omg "
    "tomorrow again enough") | {""}

_EN_CONTEXT: dict[str, _Context] = {
    **dict.fromkeys(("gonna", "gunna", "gna"), (_EN_CLAUSE_END, None, "i'm going to")),
    # the same for a few verbs a first person says of themselves: "thinking about it"
    **{verb: (_EN_CLAUSE_END, None, "i'm " + verb) for verb in (
        "thinking", "planning", "feeling", "going", "trying", "done")},
    **{verb: (_EN_CLAUSE_END, None, "i'm " + verb + "g") for verb in (
        "thinkin", "plannin", "feelin", "goin", "tryin")},
    **{verb: (_EN_CLAUSE_END, None, "i " + _EN_WORDS.get(verb, verb)) for verb in (
        "want", "wanted", "need", "wish", "hate", "cant", "can't", "dont", "don't", "cannot",
        "just", "really", "kinda")},
    "wanna": (_EN_CLAUSE_END, None, "i want to"),
    **dict.fromkeys(("finna", "boutta", "bouta"), (_EN_CLAUSE_END, None, "i'm about to")),
    "tryna": (_EN_CLAUSE_END, None, "i'm trying to"),
    "u": (None, None, "you"),
    "ur": (None, _EN_AFTER_YOU_ARE, "you're"),
    "ill": (None, _EN_VERB_AFTER_I_LL, "i'll"),
    "b": (_EN_BEFORE_BE, _words("there ready careful scared dead gone sorry quiet"), "be"),
    "c": (None, _EN_AFTER_SEE, "see"),
    "y": (None, _words("r u are you do did would is does dont don't cant can't"), "why"),
    "da": (None, None, "the"),
    # "i want 2 die", "subscribe 2 my channel", "free 4 u"; "2 kids and 4 dogs" are numbers
    "2": (_words("want wanna going need got come go talk subscribe listen back due able "
                 "how what where me you u gonna tryna trying"),
          _words("u you me my ur your him her them us be go get kill die see do make say "
                 "talk come meet this that it buy win hurt find end"), "to"),
    "4": (_words("thanks thx free here ready looking wait waiting pay paid sorry good"),
          _words("u you me my ur your him her them us sale real free ever life now this "
                 "that it"), "for"),
}
_EN_BETWEEN_WORDS = {"r": "are", "n": "and"}
_EN_OTHERWISE = {"ur": "your"}  # "ur" before any other word

SPELLINGS: dict[str, dict[str, str]] = {"fr": _FR_WORDS, "en": _EN_WORDS}
_CONTEXTS: dict[str | None, dict[str, _Context]] = {"fr": _FR_CONTEXT, "en": _EN_CONTEXT}
_BETWEEN: dict[str | None, dict[str, str]] = {"fr": {}, "en": _EN_BETWEEN_WORDS}
_OTHERWISE: dict[str | None, dict[str, str]] = {"fr": {}, "en": _EN_OTHERWISE}
_T = TypeVar("_T")


def _agreed(tables: list[dict[str, _T]]) -> dict[str, _T]:
    """What every table reads the same, plus the words only one table has."""
    merged: dict[str, _T] = {}
    clash: set[str] = set()
    for table in tables:
        for word, reading in table.items():
            if merged.setdefault(word, reading) != reading:
                clash.add(word)
    return {w: r for w, r in merged.items() if w not in clash}


# A message of no known language: what the two languages agree on.
_WORDS: dict[str | None, dict[str, str]] = {"fr": _FR_WORDS, "en": _EN_WORDS,
                                             None: _agreed([_FR_WORDS, _EN_WORDS])}
_CONTEXTS[None] = _agreed([_FR_CONTEXT, _EN_CONTEXT])
_BETWEEN[None] = _agreed([_BETWEEN["fr"], _BETWEEN["en"]])
_OTHERWISE[None] = _agreed([_OTHERWISE["fr"], _OTHERWISE["en"]])
_KEYS: dict[str | None, frozenset[str]] = {
    lang: frozenset((*_WORDS[lang], *_CONTEXTS[lang], *_BETWEEN[lang])) for lang in _WORDS
}
_J_CONSONANT = re.compile(r"(?<![\w'])j[bcdfghklmnpqrstvwxz]")
_GLUE = frozenset("'.-@/_")  # a word glued to these is part of something else


class View:
    """A rewritten copy of the folded text, and where its rewritten words came from."""

    __slots__ = ("_pieces", "_starts", "text")

    def __init__(self, text: str, pieces: list[tuple[int, int, int, int, str]]) -> None:
        self.text = text
        # (start in the view, end in the view, start in folded, end in folded, transform)
        self._pieces = pieces
        self._starts = [p[0] for p in pieces]

    def span(self, start: int, end: int) -> tuple[int, int, tuple[str, ...]]:
        """The folded span of the view's ``start:end``, and the transforms inside it."""
        # the pieces are in order and do not overlap: those inside are one run of them
        first = max(bisect.bisect_right(self._starts, start) - 1, 0)
        last = bisect.bisect_left(self._starts, end)
        return (self._offset(start, False), self._offset(end, True),
                tuple(dict.fromkeys(p[4] for p in self._pieces[first:last]
                                    if p[0] < end and start < p[1])))

    def _offset(self, at: int, is_end: bool) -> int:
        i = bisect.bisect_right(self._starts, at - 1 if is_end else at) - 1
        if i < 0:
            return at
        view_start, view_end, start, end, _ = self._pieces[i]
        inside = at <= view_end if is_end else at < view_end
        if not inside:
            return end + at - view_end
        if view_end - view_start == end - start:  # leetspeak: one character for one
            return start + at - view_start
        return end if is_end else start


def spelled_view(folded: str, tokens: list[Token], language: str | None, *,
                 leetspeak: bool = True, texting: bool = True) -> View | None:
    """The view the regex rules also read, or None when it would equal ``folded``."""
    replaced: dict[int, tuple[str, str]] = {}  # token index -> (reading, transform)
    if texting and tokens and (language is None or language in SPELLINGS):
        _spell(folded, tokens, language, replaced)
    if leetspeak:
        for index, read in leet_readings(tokens):
            replaced.setdefault(index, (read, "leetspeak"))
    if not replaced:
        return None
    parts: list[str] = []
    pieces: list[tuple[int, int, int, int, str]] = []
    cursor = 0
    length = 0
    for index in sorted(replaced):
        token = tokens[index]
        read, transform = replaced[index]
        before = folded[cursor : token.start]
        parts.append(before)
        length += len(before)
        parts.append(read)
        pieces.append((length, length + len(read), token.start, token.end, transform))
        length += len(read)
        cursor = token.end
    parts.append(folded[cursor:])
    return View("".join(parts), pieces)


def _spell(folded: str, tokens: list[Token], language: str | None,
           replaced: dict[int, tuple[str, str]]) -> None:
    keys = _KEYS[language]
    words = _WORDS[language]
    generic_j = (language in (None, "fr") and "j" in folded
                 and _J_CONSONANT.search(folded) is not None)
    n = len(tokens)
    spelt: set[int] | None = None  # worked out once, at the first one-letter word
    for i, token in enumerate(tokens):
        text = token.text
        if text not in keys and not (generic_j and text[0] == "j"):
            continue
        if token.mention or token.in_link or _glued(folded, tokens, i):
            continue
        if len(text) == 1:
            if spelt is None:
                spelt = _spelt_runs(tokens, keys)
            if i in spelt or (i > 0 and tokens[i - 1].text.isdigit()):
                continue  # "c o n n a r d", "10 g", "2 c"
        prev = tokens[i - 1].text if i > 0 and _plain_gap(folded, tokens[i - 1], token) else ""
        nxt = (tokens[i + 1].text if i + 1 < n and _plain_gap(folded, token, tokens[i + 1])
               else "")
        reading = _in_context(text, prev, nxt, language)
        if reading is None:
            reading = words.get(text)
        if reading is None and language in (None, "fr") and text[0] == "j":
            reading = _fr_j(text)
        if reading is not None and reading != text:
            replaced[i] = (reading, "spelling")


def _in_context(text: str, prev: str, nxt: str, language: str | None) -> str | None:
    """The reading of ``text`` between ``prev`` and ``nxt`` ("" at a clause's edge)."""
    rule = _CONTEXTS[language].get(text)
    if rule is not None:
        before, after, reading = rule
        if before is None and after is None:
            return reading
        if (before is not None and prev in before) or (after is not None and nxt in after):
            return reading
    between = _BETWEEN[language].get(text)
    if between is not None and prev.isalpha() and nxt.isalpha():
        return between
    if nxt.isalpha():
        return _OTHERWISE[language].get(text)
    return None


def _fr_j(text: str) -> str | None:
    """``jvais`` -> ``je vais``, ``jtai`` -> ``je t'ai``, ``jai`` -> ``j'ai``."""
    rest = text[1:]
    if len(text) < 3 or text in _FR_J_NOT or not rest.isalpha() or rest[0] in "aeiouyhj":
        return None
    if rest[0] in "tmsl" and rest[1:] in _FR_PRONOUN_ELIDED:
        return f"je {rest[0]}'{rest[1:]}"
    if not any(c in "aeiouy" for c in rest):
        return None  # "jpg", "jdr": initials, not a verb
    return "je " + _FR_WORDS.get(rest, rest)


def _glued(folded: str, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` touches an apostrophe, dot, hyphen, @ or slash."""
    token = tokens[i]
    before = folded[token.start - 1] if token.start > 0 else " "
    after = folded[token.end] if token.end < len(folded) else " "
    if before in _GLUE:
        return True
    # a full stop after a word ends a sentence ("c un menteur."), one inside a word joins
    return after in _GLUE and not (after == "." and (token.end + 1 >= len(folded)
                                                     or folded[token.end + 1].isspace()))


def _plain_gap(folded: str, left: Token, right: Token) -> bool:
    """Whether only spaces (or a comma) stand between two tokens."""
    gap = folded[left.end : right.start]
    return 0 < len(gap) <= 3 and gap.strip(" ,") == ""


def _spelt_runs(tokens: list[Token], keys: frozenset[str]) -> set[int]:
    """The tokens among three or more one-letter tokens in a row, not all of them texting
    words ("c o n n a r d" is spelt out; "y r u" is "why are you"), in one pass."""
    spelt: set[int] = set()
    start = 0
    n = len(tokens)
    while start < n:
        if len(tokens[start].text) != 1:
            start += 1
            continue
        end = start
        while end + 1 < n and len(tokens[end + 1].text) == 1:
            end += 1
        if end - start + 1 >= 3 and not all(t.text in keys for t in tokens[start : end + 1]):
            spelt.update(range(start, end + 1))
        start = end + 1
    return spelt
