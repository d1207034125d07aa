"""Impersonation: authors imitating a brand or an official account, and the pirate and
paywall-bypass links that pass for the real thing.

The author's handle is cut into words (``_``, ``-``, ``.``, camelCase, digits),
leetspeak and look-alike letters undone (``Amaz0n``, ``PayPaI``), and decorations
set aside (``officiel``, ``support``, ``help``, ``SAV``, ``service``… also misspelt,
``ooficiel``). What is left is compared with the protected brands (the bundled list,
the charter's ``protected.brands``, the call's ``protected_brands``): the same name, or a
near one (RapidFuzz ratio ≥ ``similarity``), *with* a decoration or a disguise, is an
impersonation. The brand's real handles (the ``official_handles`` option) and clearly
labelled fan or parody accounts (``fan``, ``parody``, ``unofficial``…) pass; a handle
that is just the brand's name passes unless the charter lists the brand's real handles.

A handle written *in the text* is read the same way when the message vouches for it or
asks for a private contact ("je suis le vrai compte de La Poste (La_P0ste_Service),
écrivez-moi en privé", "this is Amaz0n_Support_Official, DM me your login"): the scammer
who cannot change the author's name writes the fake one in the message (``text_handle``).
Naming a handle to warn about it ("@Amaz0n_Help is fake, don't answer") and the brand's
real handles pass.

Paywall bypass and piracy are the charter's rules of this category; their hits are
reasons as they are, except a pirate site's name (``*.site`` rules), which gains
``site_boost`` next to a film, a series or a download.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import regex
from rapidfuzz import fuzz, process

from chartekit._model import Category, Message, Rule, merged_options
from chartekit._normalize import NormalizationOptions
from chartekit._verdict import ContextCue, Reason
from chartekit.detectors.rules import reason
from chartekit.detectors.sobriquet import public_names
from chartekit.matchers import Hit
from chartekit.matchers.lexicon import fold_term

__all__ = ["DEFAULT_OPTIONS", "NEEDS_HITS", "detect", "imitated_brand"]

NEEDS_HITS = False

DEFAULT_OPTIONS: dict[str, object] = {
    "handle": 0.85,  # a decorated or disguised brand name
    "similarity": 85,  # how close a disguised name must be to the brand
    "official_handles": [],
    "public_brands": True,
    "site_boost": 0.3,  # a pirate site named next to a film, a series, a download
    "text_handle": 0.8,  # a brand's handle imitated in the text, vouched for or with a DM ask
    "brands": [],  # more brands to compare handles with (the charter's own list)
}
# Words that turn a pirate site's name into an offer: "télécharge la saison 3 sur …".
_WATCHING = frozenset({
    "telecharger", "telecharge", "telechargez", "telechargement", "dl", "ddl", "regarder",
    "regarde", "regardez", "voir", "mater", "streaming", "stream", "film", "films", "serie",
    "series", "saison", "episode", "episodes", "vf", "vostfr", "download", "watch", "movie",
    "movies", "season", "torrent", "magnet", "lien", "link", "gratuit", "gratuitement", "free",
})

_DECORATIONS = (
    "officiel", "officielle", "official", "offical", "oficial", "officiall", "support",
    "help", "helpdesk", "helpline", "service", "services", "client", "clients", "clientele",
    "sav", "team", "equipe", "care", "customer", "customers", "assistance", "info", "infos",
    "contact", "hq", "real", "the", "le", "la", "fr", "france", "us", "uk", "global",
    "compte", "account", "remboursement", "remboursements", "refund", "refunds", "securite",
    "security", "verif", "verified", "verification", "admin", "staff", "direct", "aide",
    "serviceclient", "online", "en", "ligne", "app", "desk", "center", "centre", "bonus",
    "cadeau", "cadeaux", "giveaway", "promo", "promos", "offre", "offres", "gift", "gifts",
    "rewards", "winner", "win", "jeu", "concours", "hotline", "assist", "news", "alert",
    "livraison", "livraisons", "suivi", "colis", "delivery", "tracking", "shipping", "parcel",
    "billing", "paiement", "payment", "payments", "facture", "factures", "clientservice",
    # what an institution is ("Ameli_Assurance_Maladie_Info", "Impots_Gouv_Fr")
    "assurance", "maladie", "sante", "gouv", "gouvfr", "gouvernement", "administration",
    "agence", "agency", "dept", "department", "bureau", "national", "nationale", "caisse",
    "fiscal", "impots", "mutuelle", "public", "publique", "page", "abonnement", "abonnements",
    "subscription", "subscriptions", "renewal", "renouvellement", "membership", "billing",
)
_DECORATION_SET = frozenset(_DECORATIONS)
# Decorations that only an official account would wear: a brand's name first, one of these,
# and any other word is still dressed up as the brand ("Spotify_Premium_Free").
_OFFICIAL_LOOK = frozenset({
    "officiel", "officielle", "official", "offical", "oficial", "support", "help", "helpdesk",
    "helpline", "service", "services", "sav", "care", "customer", "assistance", "team",
    "equipe", "remboursement", "remboursements", "refund", "refunds", "securite", "security",
    "verif", "verified", "verification", "admin", "staff", "hotline", "billing", "paiement",
    "payment", "payments", "premium", "giveaway", "rewards", "cadeau", "cadeaux", "gift",
    "gifts", "bonus", "serviceclient", "clientservice", "delivery", "livraison", "tracking",
    "suivi", "colis", "parcel", "shipping",
})
_DECORATION_SET = _DECORATION_SET | {"premium", "vip", "rdv", "jeux", "cashback", "voucher",
                                     "vouchers", "coupon", "coupons", "unlock", "recovery",
                                     "lottery", "loterie", "exclusif", "exclusive",
                                     "exclusives", "exclusifs", "deals", "soldes", "reduction",
                                     "reductions", "reduc", "discount", "discounts", "bonplan",
                                     "bonplans"}
_ARTICLES = frozenset({"le", "la", "the"})
# Brands whose name is an everyday word ("Free", the French ISP): a handle imitates them
# only when the rest of it is French customer-service dress ("Free_Assistance_Client",
# "Free_SAV"), never with an English or a loose word ("free_stuff", "FreeFire_Team").
_WORD_BRANDS = {"free": "Free"}
_SERVICE_DRESS = frozenset({
    "assistance", "sav", "client", "clients", "clientele", "serviceclient", "officiel",
    "officielle", "abonnement", "abonnements", "facture", "factures", "remboursement",
    "remboursements", "securite", "resiliation", "freebox",
})
_FAN = frozenset({
    "fan", "fans", "fanclub", "fanpage", "parody", "parodie", "parodique",
    "unofficial", "nonofficiel", "nonofficielle", "notofficial", "pasofficiel", "lover",
    "lovers", "addict", "addicts", "admirer", "admirers", "tribute", "satire", "satirique",
    "humour", "humor", "not", "pas", "non", "ex", "former", "ancien", "ancienne", "collector",
    "collectionneur", "memes", "meme",
})
_LOOKALIKE = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t",
                            "$": "s", "@": "a", "!": "i", "|": "l"})
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\d{2,})|(?<=\d{2})(?=\p{L}{2,})")
_SEPARATORS = regex.compile(r"[\s_.\-]+")
_CAPITAL_I_AS_L = regex.compile(r"(?<=\p{Ll})I(?=\p{Ll}|\b|_|$)")
_FOLD = NormalizationOptions()


def _handle_words(handle: str) -> tuple[list[str], bool]:
    """The words of a handle, folded, and whether look-alike characters were undone."""
    # A capital I between lower-case letters, or ending a word after them, is an l
    # dressed up ("PayPaI").
    dressed = _CAPITAL_I_AS_L.sub("l", handle)
    # "vv" is a w dressed up ("BritishAirvvays"); no brand name spells it
    dressed = dressed.replace("vv", "w").replace("VV", "W")
    words: list[str] = []
    disguised = dressed != handle
    for part in _SEPARATORS.split(_CAMEL.sub(" ", dressed)):
        if not part:
            continue
        plain = part.translate(_LOOKALIKE) if not part.isdigit() else part
        disguised = disguised or (plain != part and not part.isdigit())
        words.extend(fold_term(plain, _FOLD) or ())
    return [w for w in words if w], disguised


@functools.lru_cache(maxsize=256)
def _brand_keys(brands: tuple[str, ...]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for brand in brands:
        key = "".join(fold_term(brand, _FOLD))
        if len(key) >= 3:
            keys.setdefault(key, brand)
    return keys


def _decoration(word: str) -> bool:
    if word in _DECORATION_SET or word.isdigit():
        return True
    # misspelt decorations: "ooficiel", "offficial", "suport"
    return len(word) >= 5 and process.extractOne(
        word, _DECORATIONS, scorer=fuzz.ratio, score_cutoff=80) is not None


def imitated_brand(handle: str, brands: dict[str, str], *, similarity: float = 85
                   ) -> tuple[str, str] | None:
    """The brand ``handle`` imitates and how ("decorated", "disguised", "look-alike")."""
    words, disguised = _handle_words(handle)
    if not words or _FAN & set(words):
        return None
    # a brand's own name is never a misspelt decoration ("steam" is close to "team")
    core_words = [w for w in words if w in brands or not _decoration(w)]
    decorated = len(core_words) < len(words)
    # "LaPosteOfficiel": articles are decorations unless the brand's name holds them.
    with_articles = "".join(w for w in words if w in _ARTICLES or not _decoration(w))
    core = with_articles if with_articles in brands else "".join(core_words)
    if core == with_articles and with_articles in brands:
        # "LaPoste": the article is the brand's own, not a decoration
        decorated = any(w not in _ARTICLES and w not in brands and _decoration(w)
                        for w in words)
    if not core:
        return None
    if core not in brands and len(core_words) > 1 and all(w in brands for w in core_words):
        core = core_words[0]  # "Fnac_Darty_SAV": two brands glued together
        decorated = True
    if core not in brands and len(core_words) > 1 and core_words[0] in brands:
        if not _OFFICIAL_LOOK.isdisjoint(words):
            return brands[core_words[0]], "decorated"
        if disguised:  # "DoctoIib_RDV": a dressed-up brand name, then any word
            return brands[core_words[0]], "disguised"
    if core in brands:
        if decorated:
            return brands[core], "decorated"
        if disguised:
            return brands[core], "disguised"
        return None  # the brand's own name: maybe the real account
    if len(core) >= 4:
        # A near name ("Amazonn") needs to be very near, or dressed up as official.
        cutoff = similarity if decorated or disguised else max(similarity, 90)
        best = process.extractOne(core, list(brands), scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is not None and len(best[0]) >= 4:
            return brands[best[0]], "look-alike"
    return None


# A handle in the text: an @mention, or words joined by "_" or "." with a letter on each side.
_TEXT_HANDLE = re.compile(
    r"@[\w.]{3,30}|(?<![\w@./-])[^\W\d_][^\W_]*(?:[_.][^\W_]+)+_?(?![\w/-])")
# Words one of which every vouching or asking phrase below holds: most messages with an
# @mention have none, and skip the patterns.
_VOUCH_WORDS = ("vrai", "verit", "seul", "real", "true", "only", "offic", "servic", "support",
                "equipe", "team", "compte", "account", "conseill", "agent", "assist", "page",
                "prive", "mp", "dm", "pm", "login", "password", "identifiant", "code",
                "coordonnees", "here", "ici", "inbox", "detail", "card", "email", "number",
                "information", "numero", "privat")
# The writer vouches for it ("je suis le vrai compte", "this is the official account") or
# asks to be reached privately or to be sent credentials.
_VOUCHED = re.compile(
    r"\b(?:je\s+suis|nous\s+sommes|c'est|ici|voici|this\s+is|we\s+are|i\s+am|i'm|here\s+is)\s+"
    r"(?:le|la|l'|the|your|votre|ton)?\s*(?:vrai|veritable|seul|real|true|only|official|"
    r"officiel|officielle|service|support|equipe|team|compte|account|conseiller|agent|"
    r"assistance)|\b(?:compte|account|page)\s+(?:officiel|officielle|verifie|verified|"
    r"officially)|\bofficial\s+(?:account|page|support|team)|"
    r"\b(?:ecrivez|ecris|envoyez|envoie|contactez|contacte|dm|pm|message|text|send|write|"
    r"inbox)[\s-]*(?:moi|nous|me|us)?\s+(?:en\s+(?:prive|mp|dm)|par\s+(?:mp|dm|message\s+prive)|"
    r"your\s+(?:login|password|details|card|account|email|number|code)|"
    r"vos\s+(?:identifiants|codes?|coordonnees|informations|numero)|privately|in\s+private)|"
    r"\ben\s+(?:mp|dm|prive)\b|\b(?:by|via|in|par)\s+(?:dm|pm|mp)\b|"
    # the handle introducing itself: "BritishAirvvays_Support here."
    r"_\w+\s+(?:(?:team|support|service|equipe)\s+)?(?:here|ici)\s*[,.!:]|"
    r"\b(?:ici|here\s+is|this\s+is|c'est)\s+@?[^\W_]+_\w+\s*[,.!:]")
# ... unless it names the handle to warn about it.
_WARNED = re.compile(r"\b(?:fake|faux|fausse|scam|scams|scammer|arnaque|arnaques|arnaqueur|"
                        r"escroc|escrocs|phishing|beware|mefiez|attention|signalez|report|"
                        r"n'est\s+pas|isn't|is\s+not|not\s+the)\b")


# A handle the message speaks as, opening it: "SNCF_Offciel : votre billet est annulé",
# "[Service_Client_SNCF_Offciel] Bonjour", "Netflix-Supp0rt here", "Lacoste_ooficiel 🐊".
# ("Ici SNCF_Connect_Aide : …", "This is Amaz0n_help:" open with the handle too.)
_SIGNING = re.compile(r"\A\s*(?:(?i:ici|this\s+is|c'est)\s+)?\[?\s*"
                      r"([^\W\d_][^\W_]*(?:[_.-][^\W_]+)+)_?\s*(?:\]|:|\s+(?:here|ici)\b"
                      r"|\s+[^\w\s\"'«“(,.;!?-])")


def _text_handles(message: Message) -> list[tuple[str, int, int]]:
    """Handles written in the text, when the message vouches for them (not to warn)."""
    text = message.text
    signing = _SIGNING.match(text)
    if signing and not _WARNED.search(message.folded):
        return [(signing.group(1), signing.start(1), signing.end(1))]
    if "_" not in text and "@" not in text:
        return []
    folded = message.folded
    if not any(word in folded for word in _VOUCH_WORDS):
        return []
    candidates = [(m.group(), m.start(), m.end()) for m in _TEXT_HANDLE.finditer(text)
                  if "_" in m.group() or m.group().startswith("@")]
    if not candidates or not _VOUCHED.search(folded) or _WARNED.search(folded):
        return []
    return [(handle.lstrip("@").rstrip("._"), start,
             end - (len(handle) - len(handle.rstrip("._"))))
            for handle, start, end in candidates]


@functools.lru_cache(maxsize=64)
def _real_handles(official: tuple[object, ...]) -> frozenset[str]:
    return frozenset(str(h).casefold() for h in official)


def _word_brand(handle: str) -> tuple[str, str] | None:
    """A brand named by an everyday word, dressed as its French customer service."""
    words, _ = _handle_words(handle)
    if len(words) < 2 or words[0] not in _WORD_BRANDS or _FAN & set(words):
        return None
    rest = words[1:]
    if _SERVICE_DRESS.isdisjoint(rest) or not all(w in _DECORATION_SET or w in _SERVICE_DRESS
                                                  for w in rest):
        return None
    return _WORD_BRANDS[words[0]], "decorated"


def _imitated(handle: str, brands: dict[str, str], similarity: float, public_brands: bool
              ) -> tuple[str, str] | None:
    """The brand a handle imitates, the author's or one in the text, with how."""
    found = imitated_brand(handle, brands, similarity=similarity)
    if found is None and public_brands:
        found = _word_brand(handle)
    return found


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category
           ) -> list[Reason]:
    options = merged_options(category, DEFAULT_OPTIONS)
    watching = message.word_set & _WATCHING
    reasons = []
    for hit, rule in hits:
        if rule.id.endswith(".site") and watching:
            cue = ContextCue("watching", min(watching), boost=float(options["site_boost"]))
            reasons.append(reason(hit, rule, message, context=(cue,)))
        else:
            reasons.append(reason(hit, rule, message))
    official = options["official_handles"]
    author = message.author
    written = _text_handles(message)
    if not written and not author:
        return reasons
    real = _real_handles(tuple(official) if isinstance(official, list) else ())
    written = [h for h in written
               if h[0].casefold() not in real and h[0].casefold() != (author or "").casefold()]
    if not written and (not author or author.casefold() in real):
        return reasons
    # the outlets too: "follow @BBCNewsss_official for the proper updates"
    public = (*public_names()[2], *public_names()[1]) if options["public_brands"] else ()
    extra = options["brands"]
    brands = _brand_keys((*public, *message.protected_brands,
                          *(str(b) for b in extra if isinstance(extra, list))))
    similarity = float(options["similarity"])
    for handle, start, end in written:
        imitated = _imitated(handle, brands, similarity, bool(options["public_brands"]))
        if imitated is None:
            continue
        brand, how = imitated
        confidence = float(options["text_handle"])
        reasons.append(Reason("impersonation", "impersonation.text_handle", start, end,
                              message.text[start:end], handle, confidence, "handle", brand,
                              confidence, context=(ContextCue(
                                  "vouched", f"{handle} ({how} {brand})"),)))
    if not author or author.casefold() in real:
        return reasons
    found = _imitated(author, brands, similarity, bool(options["public_brands"]))
    if found is None and isinstance(official, list) and official:
        # The charter lists the brand's real handles: its bare name is not one of them.
        words, _ = _handle_words(author)
        bare = "".join(words)
        if bare in brands and any("".join(_handle_words(str(h))[0]).startswith(bare)
                                  for h in official):
            found = (brands[bare], "not an official handle")
    if found is None:
        return reasons
    brand, how = found
    confidence = float(options["handle"])
    reasons.append(Reason("impersonation", "impersonation.handle", 0, 0, "", author, confidence,
                          "handle", brand, confidence,
                          context=(ContextCue("author", f"{author} ({how} {brand})"),)))
    return reasons
