"""Personal data: phone numbers, e-mails, payment cards, IBANs, French social security
numbers and private postal addresses, also written out ("zéro six douze…", "arobase").

Every number is validated by a maintained library before it counts: ``phonenumbers``
(a valid number for its region, French numbers without a prefix), ``stdnum.luhn`` for
cards, ``stdnum.iban`` (mod 97) and ``stdnum.fr.nir`` (the key). So order numbers,
prices, dates, tracking numbers and look-alikes that fail their checksum pass. A number
right after an order, invoice or tracking word ("commande n° …") is that, not a phone.
Service numbers (toll-free, premium, shared cost) and role mailboxes (``support@``,
``contact@``, ``presse@``…) are a company's and stay below review (``service_phone``),
and a charter lists its own public numbers in the category's ``allow`` (``3635``). An
address counts when someone says a person lives there ("j'habite au 12 rue des
Lilas"); a shop's or an office's address is public.

The detector reads every message (``NEEDS_HITS = False``) but only pays for a step when
a cheap test says it may apply: ``phonenumbers`` only reads the runs of eight digits or
more, spelled e-mails need an "arobase" or a lone "at", spelled numbers five number
words, addresses a residence word. ``phonenumbers`` and ``python-stdnum`` are imported
on the first message that needs them (they cost a third of chartekit's import time). A
number followed by a unit ("0612345678 kWh", "… vues") is a quantity.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

import regex

from chartekit._model import Category, Message, Rule, merged_options
from chartekit._verdict import ContextCue, Reason
from chartekit.detectors._phones import may_hold_number
from chartekit.matchers import Hit

__all__ = ["DEFAULT_OPTIONS", "NEEDS_HITS", "detect", "spelled_digits"]

NEEDS_HITS = False

DEFAULT_OPTIONS: dict[str, object] = {
    "region": "FR",  # numbers written without a country prefix are read as this region's
    "english_regions": ["US", "GB", "IE"],  # ... and in English messages, also as these
    "phone": 0.85,
    "service_phone": 0.3,  # toll-free, premium, shared cost: a business's, not a person's
    "email": 0.85,
    "card": 0.9,
    "iban": 0.9,
    "nir": 0.9,
    "address": 0.8,  # an address someone lives at
    "ssn": 0.9,  # a US social security number, after the words that name one
    "nino": 0.9,  # a UK National Insurance number, after the words that name one
}

# The patterns tried on every message use the standard engine (faster for these simple
# shapes; the same matches on every corpus text); the others use ``regex``.
class _Lazy:
    """A ``regex`` pattern compiled when a message first needs it.

    Most messages never reach the address, card, IBAN or spelled-number patterns, and
    compiling them all at import took about 17 ms of ``import chartekit``.
    """

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: regex.Pattern[str] | None = None

    def _get(self) -> regex.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self.pattern)
        return compiled

    def search(self, text: str, pos: int = 0, endpos: int | None = None
               ) -> regex.Match[str] | None:
        return self._get().search(text, pos, endpos)

    def match(self, text: str) -> regex.Match[str] | None:
        return self._get().match(text)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        matches: Iterator[regex.Match[str]] = self._get().finditer(text)
        return matches


_DIGIT = re.compile(r"\d")
_PHONE_LIKE = re.compile(r"\d(?:[\s.\-/()]{0,3}\d){7,}")
# The fewest digits anything below reads: a phone run has 8, an SSN 9, an IBAN 10.
_FEWEST_DIGITS = 8
_PHONE_CONTEXT = 12  # characters before a run that phonenumbers also reads ("tel: +", "(")


@functools.cache
def _service_types() -> frozenset[object]:
    """Toll-free, premium-rate, shared-cost and UAN numbers: a business's, not a person's."""
    import phonenumbers

    kinds = phonenumbers.PhoneNumberType
    return frozenset({kinds.TOLL_FREE, kinds.PREMIUM_RATE, kinds.SHARED_COST, kinds.UAN})


@functools.cache
def _landline_types() -> frozenset[object]:
    """Fixed lines: an office's switchboard as often as a home's."""
    import phonenumbers

    kinds = phonenumbers.PhoneNumberType
    return frozenset({kinds.FIXED_LINE})


# Words near a landline that say it is an institution's or a business's switchboard ("le
# standard de la mairie", "accueil du cabinet", "réservations au 04 …"): public, not a
# person's. Mobile numbers are not lifted by them.
_SWITCHBOARD = _Lazy(
    r"\b(?:standard|accueil|secretariat|mairie|prefecture|cabinet|agence|magasin|boutique|"
    r"restaurant|resto|reservations?|horaires|ouvert|ouverte|guichet|office\s+de\s+tourisme|"
    r"switchboard|reception|front\s+desk|opening\s+hours|bookings?|box\s+office|ticket\s+office|"
    r"to\s+book)\b")
_SWITCHBOARD_REACH = 60  # characters each side of the number
# ... unless the writer says the line is theirs ("mon fixe", "chez moi", "appelle-moi").
_OWN_LINE = _Lazy(
    r"\b(?:(?:mon|ma|notre|ton|ta|votre|son|sa|leur)\s+(?:fixe|perso|ligne\s+"
    r"(?:perso|fixe|personnelle)|numero\s+(?:perso|personnel|fixe|de\s+(?:fixe|maison)))|"
    r"chez\s+(?:moi|nous)|appelle[sz]?[\s-]+moi|"
    r"appelez[\s-]+moi|my\s+(?:home|landline|house|own)|call\s+me)\b")

# Card numbers: groups of four (Amex 4-6-5) with one kind of separator, or 13-19 digits.
_CARD = _Lazy(r"(?<![\w+])(?:\d{4}([ .\-]?)\d{4,6}\1\d{4,5}(?:\1\d{1,4})?|\d{13,19})"
                      r"(?!\w)")
_NIR = _Lazy(r"(?<!\w)[12][ .]?\d\d[ .]?\d\d[ .]?(?:\d\d|2a|2b)[ .]?\d{3}[ .]?\d{3}"
                     r"[ .]?\d\d(?!\w)")
_IBAN = _Lazy(r"(?<!\w)[a-z]{2} ?\d\d(?:[ .\-]?[a-z0-9]){10,30}(?!\w)")
# Patterns used inside loops, compiled once (``regex.sub(pattern, …)`` looks its pattern
# up in a cache in Python code: 6 µs a call).
_NON_DIGIT = regex.compile(r"\D")
_NIR_SEPARATOR = regex.compile(r"[ .]")
_IBAN_SEPARATOR = regex.compile(r"[ .\-]")
_IBAN_SEPARATOR_KEPT = regex.compile(r"([ .\-])")
_LOCAL_SIGNS = regex.compile(r"[\d._+-]")
_AMOUNT = regex.compile(r"[£$€]?\s?\d+(?:[.,]\d+)*\s?(?:[£$€]|p|eur|euros?|usd|gbp)?")
_EN_WORD_BREAK = regex.compile(r"[\s,-]+")
_WORD_BREAK = regex.compile(r"[\s-]+")
# Countries that use IBANs (ISO 13616 registry).
_IBAN_COUNTRIES = frozenset(
    "AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE "
    "GI GL GR GT HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU "
    "NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG XK YE "
    "GF GP MQ RE PF TF YT NC PM WF BL MF".split())
# Mailboxes of a role, not a person.
_ROLE_MAILBOXES = frozenset({
    "support", "contact", "info", "infos", "service", "serviceclient", "service-client",
    "sav", "hello", "bonjour", "help", "aide", "press", "presse", "admin", "noreply",
    "no-reply", "webmaster", "team", "equipe", "sales", "ventes", "billing", "facturation",
    "rgpd", "dpo", "privacy", "careers", "jobs", "recrutement", "rh", "hr", "accueil",
    "commandes", "orders", "redaction", "newsroom", "abonnements", "abonnement", "mairie",
})
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?!\w)")
_LOCAL_AT = re.compile(r"[\w.+-]@")  # an @ that an e-mail's local part can end at
_TLD = r"(?:com|fr|net|org|eu|be|ch|ca|io|info|co\.uk|uk|ie|de|es|it|me|us|co|app|dev|email)"
_SPELLED_EMAIL = _Lazy(
    r"(?<![\w.])[\w.+-]{2,}\s*[(\[{]?\s*(?:arr?obase|(?<![a-z])at(?![a-z])|(?<=\s)@(?=\s))\s*[)\]}]?\s*"
    r"[\w-]{2,}"
    r"\s*[(\[{]?\s*(?:point|dot|\.)\s*[)\]}]?\s*" + _TLD + r"(?!\w)")
# The same on ASCII text (most messages), in the standard engine; ``re``'s \s also takes
# \x1c-\x1f, which ``regex``'s does not: spelled out here.
_SPELLED_EMAIL_ASCII = re.compile(_SPELLED_EMAIL.pattern.replace(r"\s", r"[\t\n\x0b\x0c\r ]"))
# "connect your wallet at claim-eth.io" is a preposition before a link: a lone "at" before a
# dotted domain is an address only with a local part that looks like one (a digit, a dot,
# an underscore) or a mail provider's domain ("john at gmail.com").
_SPELLED_PARTS = _Lazy(r"([\w.+-]{2,})\s*[(\[{]?\s*(?:arr?obase|at|@)\s*[)\]}]?\s*([\w-]{2,})")
# Endings that are words too ("me", "us"): spelled out, an address only at a mail provider.
_SHORT_TLD = re.compile(r"(?:me|us|co|app|dev|email)$")
_DETERMINERS = frozenset(
    "the an my your his her its our their this that these those le la les un une des mon ma "
    "mes ton ta tes son sa ses notre votre nos vos leur leurs ce cet cette ces".split())
_AT_LITERAL_DOT = _Lazy(
    r"^(.*?)\s*[(\[{]?\s*(?<![a-z])at(?![a-z])\s*[)\]}]?\s*([\w-]{2,})\s*\.")
_MAIL_PROVIDERS = frozenset({
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "me", "aol",
    "proton", "protonmail", "gmx", "yandex", "mail", "orange", "wanadoo", "free", "laposte",
    "sfr", "neuf", "bbox", "numericable", "club-internet", "zoho",
})


def _spelled_address(match: str) -> bool:
    """Whether a spelled e-mail match reads as an address, not "word at site.io"."""
    parts = _SPELLED_PARTS.match(match)
    if parts is not None and parts.group(2) in _DETERMINERS:
        return False  # "we meet at the dot com museum": a determiner is no domain
    if _SHORT_TLD.search(match) and (parts is None or parts.group(2) not in _MAIL_PROVIDERS):
        return False  # "we meet at noon dot me": a short ending only after a mail provider
    m = _AT_LITERAL_DOT.match(match)
    if m is None:
        return True  # "arobase", or a spelled "dot"/"point"
    local, domain = m.group(1), m.group(2)
    if _AMOUNT.fullmatch(local) and domain not in _MAIL_PROVIDERS:
        return False  # "pay £4.99 at bt-billing.com": a price before "at", not a local part
    return _LOCAL_SIGNS.search(local) is not None or domain in _MAIL_PROVIDERS
_STREET = (r"(?:rue|avenue|av|boulevard|bd|allee|impasse|chemin|place|route|quai|cours|"
           r"square|residence|lotissement|passage|villa|sentier|hameau|lieu-dit|"
           r"street|st|road|rd|lane|ln|drive|dr|court|ct|way|close|crescent)")
_ADDRESS = _Lazy(
    r"(?<!\w)\d{1,4}(?:\s?(?:bis|ter|[ab]))?,?\s+" + _STREET +
    r"\.?\s+(?:(?:de la|de|du|des|d'|the|of)\s*)?[\w'-]+(?:\s+[\w'-]+){0,2}"
    r"(?:,?\s+\d{5}(?:\s+[\w'-]+)?)?(?=$|[\s,.;!?)])")
# "2217 Maple Ridge Dr, Boise, ID 83706", "14 Orchard Close, Wexley, WX4 9PL": the number
# first, up to three words of name, the street word, then maybe a town and a US state and
# ZIP code or a UK postcode.
_ADDRESS_NUMBER_FIRST = _Lazy(
    r"(?<!\w)\d{1,5}\s+(?:[\w'-]+\s+){1,3}?(?:" + _STREET[3:-1] +
    r"|avenue|ave|blvd|terrace|gardens|grove|parkway|pkwy|mews|row|park|heights|rise|green"
    r"|hill|walk|view|estate|avenue)\.?(?!\w)"
    r"(?:,\s*[\w' -]{2,30}?,?\s+(?:[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}|[a-z]{2}\s+\d{5}"
    r"(?:-\d{4})?)(?![\w-]))?")
# A person's name right before an address ("Darren Pike, 14 Orchard Close, …"): where
# that person is to be found, read on the original text (the names are capitalised).
_NAME_THEN_ADDRESS = re.compile(
    r"(?:\b[A-ZÀ-Ý][a-zà-ÿ]+|\b(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr)\.?)(?:\s+[A-ZÀ-Ý][a-zà-ÿ'-]+){1,2},\s*$")
_NUMBER_AFTER_COMMA = re.compile(r",\s*(?=\d{1,5}(?:\s?(?:bis|ter))?,?\s+\w)")
# Words after which a number is a reference, not a person's number.
_REFERENCE = _Lazy(
    r"\b(?:commande|order|suivi|tracking|colis|parcel|facture|invoice|ref|reference|dossier|"
    r"ticket|contrat|transaction|sku|isbn|siret|siren|tva|vat|client|customer|abonne|"
    r"compte client|account|serie|serial|lot|article|produit|product|code|colissimo|"
    r"chronopost|ups|dhl|fedex|n°|no\.|numero de (?:commande|suivi|dossier|client)|case|claim|"
    r"policy|booking|confirmation|reservation|membership|member|badge|patient|"
    # a draw's numbers: "Tirage de samedi : 06 12 27 34 45"
    r"tirage|loto|euromillions?|keno|lotto|lottery|numeros gagnants|winning numbers)(?!\w)"
    r"\W{0,3}(?:\w+\W{1,3}){0,2}$")
# "WhatsApp +44 …" alone is a seller's channel (scam reads it), not someone's number.
_CONTACT_CUE = (r"\b(?:(?:ring|call|text|phone|dial|txt|appelle|appelez|appeler|textez|"
                r"texte)\b|(?:whatsapp|message|reach|contact|"
                r"bell)\s+(?:me|him|her|us|them)\b|(?:mobile|number|mob|phone|cell|digits)\b)"
                r"[^.!?\n\d]{0,50}?\W{0,3}")
_UK_MOBILE_CUED = _Lazy(
    _CONTACT_CUE + r"((?:\+44\s?7|07)\d{3}[\s.-]?\d{3}[\s.-]?\d{3})(?!\d)")
# A North American number after a contact cue, in a range phonenumbers does not validate
# (the 555 numbers of fiction): "text me (555) 213-4478". Toll-free codes stay a business's.
_NANP_CUED = _Lazy(
    _CONTACT_CUE + r"(\(?(?!8(?:00|88|77|66|55|44|33)|900)[2-9]\d{2}\)?[\s.-]?[2-9]\d{2}"
    r"[\s.-]\d{4})(?!\d)")
# A US social security number, only after the words that name one.
_SSN = _Lazy(r"\b(?:ssn|social\s+security(?:\s+(?:number|no|#))?|ss#|(?:my|his|her|your|their)\s+"
             r"social(?:\s+(?:number|no|#))?(?:\s+is)?)\W{0,4}"
                     r"(?:\w+\W{1,3}){0,2}?(\d{3}[- ]\d{2}[- ]\d{4})(?!\d)")
# A UK National Insurance number after the words that name one ("my NI number is JT 48 91
# 27 D"): two letters (not D, F, I, Q, U, V; the second not O; not the unused pairs BG, GB,
# KN, NK, NT, TN, ZZ), six digits, a letter A to D.
_NINO = _Lazy(r"\b(?:ni|nino|national\s+insurance)(?:\s+(?:number|no|num|#))?\W{0,4}"
              r"(?:is\W{1,3}|was\W{1,3})?((?!bg|gb|kn|nk|nt|tn|zz)[a-ceghj-prstw-z]"
              r"[a-ceghj-npr-tw-z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d])(?!\w)")
# A UK sort code with an account number (the IBAN's two halves as people write them), in
# either order: "sort code 20-00-45, account 12345678".
_SORT_CODE = _Lazy(
    r"\bsort\s*code\W{0,4}(?:is\W{1,3})?(\d{2}[- ]?\d{2}[- ]?\d{2})(?!\d)[^.\n]{0,40}?"
    r"\b(?:account|acc|acct|a/c)(?:\s+(?:number|no|num))?\W{0,4}(?:is\W{1,3})?\d{8}(?!\d)"
    r"|\b(?:account|acc|acct|a/c)(?:\s+(?:number|no|num))?\W{0,4}(?:is\W{1,3})?\d{8}(?!\d)"
    r"[^.\n]{0,40}?\bsort\s*code\W{0,4}(?:is\W{1,3})?\d{2}[- ]?\d{2}[- ]?\d{2}(?!\d)")
# Words before an address that say a person lives there.
_RESIDENCE = _Lazy(
    r"\b(?:habite|habites|habitez|habitons|habitent|vis|vit|vivent|domicile|domicilie|"
    r"adresse|addresse|demeure|chez (?:moi|lui|elle|eux|toi|nous|vous)|lives?|living|"
    r"address|addy|addie|gaff|crib|home|dort|reside|residez|"
    r"(?:find|reach|visit|catch)\s+(?:him|her|them)\s+at|"
    # a move or a stay: "moved to 47 Kestrel Close", "he's at flat 3", "a déménagé au 12"
    r"moved\s+to|moving\s+to|staying\s+at|(?:he's|she's|they're|he\s+is|she\s+is|they\s+are)\s+"
    r"(?:now\s+)?at|a\s+demenage\s+(?:au|a)|s'est\s+installee?\s+au|"
    # a delivery to a person: "send it to", "livrez-moi au"
    r"(?:re)?(?:send|ship|deliver|post|mail)\s+(?:it|them|the\s+\w+|my\s+\w+)?\s*to|"
    r"(?:envoyez|envoie|livrez|livre|expediez)(?:-le|-la|-les|-moi)?\s+(?:au|a\s+l'adresse))"
    r"\b[^.!?\n]{0,40}$")
_FLATS = r"(?:apt|apartment|flat|appt|appartement|app|bat|batiment|etage|escalier|porte)"
_FLAT_WORD = re.compile(r"\b" + _FLATS + r"\b")
# A flat or an apartment right after an address: a home ("221 Maple Avenue, Apt 3B").
_FLAT = re.compile(r",?\s*" + _FLATS + r"\.?\s*(?:n°\s*|no\.?\s*|#\s*)?\w{1,4}\b")
_RESIDENCE_WORD = re.compile(_RESIDENCE.pattern.removesuffix(r"[^.!?\n]{0,40}$"))
_BUSINESS = _Lazy(
    r"\b(?:magasin|boutique|agence|restaurant|resto|siege|mairie|bureau|bureaux|store|shop|"
    r"office|cafe|bar|hotel|cinema|musee|theatre|salle|gare|ecole|college|lycee|hopital|"
    r"clinique|pharmacie|banque|poste|usine|entrepot|showroom|concession)\b[^.!?\n]{0,40}$")

# French number words, for numbers spelled out ("zéro six douze trente-quatre …").
_UNITS = {"zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
          "six": 6, "sept": 7, "huit": 8, "neuf": 9}
_TEENS = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
          "seize": 16}
_TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
         "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90}
_NUMBER_WORDS = frozenset({*_UNITS, *_TEENS, *_TENS, "et"})
_SPELLED_MIN = 5  # number words in a row for a spelled-out number
_SPELLED_AT = re.compile(r"arr?obase|(?<![a-z])at(?![a-z])|\s@\s")  # "at" glued to a word is not
_SPELLED_RUN = _Lazy(
    r"(?<!\w)(?:(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) +
    r")(?:[\s,-]+|$)){" + str(_SPELLED_MIN) + ",}")


def _pairs(words: list[str]) -> Iterator[str]:
    """Read French number words as the numbers a phone number is spoken in (0–99)."""
    i = 0
    while i < len(words):
        word = words[i]
        if word == "et":
            i += 1
            continue
        if word in _UNITS and word != "une":
            value = _UNITS[word]
            # "quatre vingt(s)" is eighty
            if value == 4 and i + 1 < len(words) and words[i + 1] in ("vingt", "vingts"):
                value, i = 80, i + 2
                if words[i - 1] == "vingts":  # "quatre-vingts" is complete
                    yield "80"
                    continue
            else:
                yield str(value)
                i += 1
                continue
        elif word in _TEENS:
            value, i = _TEENS[word], i + 1
            # "dix-sept", "dix huit", "dix-neuf"
            if value == 10 and i < len(words) and words[i] in ("sept", "huit", "neuf"):
                value, i = value + _UNITS[words[i]], i + 1
            yield str(value)
            continue
        elif word in _TENS:
            value, i = _TENS[word], i + 1
        else:
            i += 1
            continue
        # tens (+ "et") + unit or teen: soixante-dix-huit, quatre-vingt-douze, vingt et un
        if i < len(words) and words[i] == "et":
            i += 1
        if value in (60, 80) and i < len(words) and words[i] in _TEENS:
            value, i = value + _TEENS[words[i]], i + 1
            if value in (70, 90) and i < len(words) and words[i] in _UNITS and words[i] != "zero":
                value, i = value + _UNITS[words[i]], i + 1
        elif i < len(words) and words[i] in _UNITS and words[i] != "zero":
            value, i = value + _UNITS[words[i]], i + 1
        yield str(value)


# English digits read one by one ("oh seven nine one one, double one two…").
_EN_DIGITS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
              "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_EN_REPEAT = {"double": 2, "triple": 3}
_EN_HUNDREDS = {"hundred": "00", "thousand": "000"}  # "nine hundred" is 900
_EN_DIGIT_WORDS = frozenset((*_EN_DIGITS, *_EN_REPEAT))
_EN_SPELLED_MIN = 8  # digit words in a row for an English spelled-out number
_EN_SPELLED_RUN = _Lazy(
    r"(?<!\w)(?:(?:" + "|".join((*_EN_DIGITS, *_EN_REPEAT, *_EN_HUNDREDS))
    + r")(?:[\s,-]+|$)){"
    + str(_EN_SPELLED_MIN) + ",}")


def spelled_digits_en(text: str) -> str:
    """The digits an English spelled-out number stands for: ``"oh seven double one"`` ->
    ``"0711"``."""
    digits, repeat = [], 1
    for word in _EN_WORD_BREAK.split(text.strip().lower()):
        if word in _EN_REPEAT:
            repeat = _EN_REPEAT[word]
        elif word in _EN_DIGITS:
            digits.append(_EN_DIGITS[word] * repeat)
            repeat = 1
        elif word in _EN_HUNDREDS and digits:
            digits.append(_EN_HUNDREDS[word])
    return "".join(digits)


def spelled_digits(text: str) -> str:
    """The digits a French spelled-out number stands for: ``"zéro six douze"`` -> ``"0612"``."""
    groups = text.strip().lower().replace("é", "e").split(",")  # a comma ends a number
    return "".join("".join(_pairs([w for w in _WORD_BREAK.split(g) if w])) for g in groups)


class _Findings:
    """Reasons found so far; a span already claimed by one kind is not claimed again."""

    def __init__(self, message: Message) -> None:
        self.message = message
        self.reasons: list[Reason] = []
        # One byte per folded character, set once a finding claims it: overlap tests stay
        # linear in the message however many numbers it holds.
        self.claimed = bytearray(len(message.folded) + 1)

    def is_taken(self, start: int, end: int) -> bool:
        return self.claimed.find(1, start, end) != -1

    def is_claimed(self, start: int, end: int) -> bool:
        """Whether every character of ``start``..``end`` is claimed already."""
        return self.claimed.find(0, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self.claimed[start:end] = b"\x01" * (end - start)

    def add(self, start: int, end: int, kind: str, normalized: str, confidence: float,
            context: tuple[ContextCue, ...] = ()) -> None:
        if self.is_taken(start, end):
            return
        self.take(start, end)
        o_start, o_end = self.message.norm.span(start, end)
        self.reasons.append(Reason("personal_data", f"personal_data.{kind}", o_start, o_end,
                                   self.message.text[o_start:o_end], normalized, confidence,
                                   kind, kind, confidence, context=context))


@functools.lru_cache(maxsize=64)
def _digits_of(numbers: tuple[str, ...]) -> frozenset[str]:
    """A charter's allowed public numbers, as bare digits."""
    return frozenset(_NON_DIGIT.sub("", n) for n in numbers) - {""}


# A quantity, not a phone number: "0612345678 kWh", "33 612 345 678 vues".
_UNIT = re.compile(
    r"\s*(?:kwh|kw|wh|mwh|km|m2|m3|kg|mg|€|eur|euros?|\$|usd|dollars?|%|kb|mb|gb|tb|litres?|"
    r"ml|cl|cm|mm|tonnes?|habitants|personnes|exemplaires|vues|views|abonnes|followers|likes|"
    r"votes|voix|points|pts|octets|bytes|calories|kcal)(?![\w])")  # no "to", "go", "l": words


# The word that names a card, right before its number: "my card for the group order: 4539
# …" is a card even after an order word.
# Words that name a social security number: before them, "dossier" is not a reference.
_NIR_NAMED = _Lazy(r"\b(?:secu|securite\s+sociale|nir|carte\s+vitale|insee|numero\s+de\s+ss)\b"
                   r"[^\d]{0,70}$")
_CARD_NAMED = _Lazy(r"\b(?:card|carte|cb|visa|mastercard|amex|credit|debit)\b[^\d]{0,60}$")


def _just_before(words: _Lazy, folded: str, start: int, reach: int = 40) -> bool:
    """Whether ``words`` (anchored at ``$``) end in the ``reach`` characters before ``start``."""
    return words.search(folded, max(0, start - reach), start) is not None


def _reference(folded: str, start: int) -> bool:
    """Whether the number at ``start`` follows an order, invoice or tracking word."""
    return _just_before(_REFERENCE, folded, start)


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category
           ) -> list[Reason]:
    folded = message.folded
    # Most messages have no digit, no @, no "at"/"arobase" and no run of number words:
    # nothing below can apply to them.
    has_digit = _DIGIT.search(folded) is not None
    # a spelled address needs its "at" and its "point", "dot" or "." ("at" alone is common)
    spelled_at = (("at" in folded or "obase" in folded or " @ " in folded)
                  and ("." in folded or "point" in folded or "dot" in folded)
                  and _SPELLED_AT.search(folded) is not None)
    spelled = sum(map(_NUMBER_WORDS.__contains__, message.words)) >= _SPELLED_MIN
    spelled_en = (len(message.words) >= _EN_SPELLED_MIN
                  and not message.word_set.isdisjoint(_EN_DIGIT_WORDS)
                  and sum(map(_EN_DIGIT_WORDS.__contains__, message.words)) >= _EN_SPELLED_MIN)
    if not (has_digit or spelled_at or spelled or spelled_en or "@" in folded):
        return []
    digits = len(_DIGIT.findall(folded)) if has_digit else 0
    residence = digits > 0 and (_RESIDENCE_WORD.search(folded) is not None
                                or _FLAT_WORD.search(folded) is not None
                                or _named_address(message.text))
    nino = digits >= 6 and ("insurance" in folded or "ni" in message.word_set
                            or "nino" in message.word_set)
    if digits < _FEWEST_DIGITS and not (spelled_at or spelled or spelled_en or "@" in folded
                                        or residence or nino):
        return []  # "2 fois", "en 2019": no number long enough to be anyone's
    options = merged_options(category, DEFAULT_OPTIONS)
    allowed = _digits_of(category.allow)
    found = _Findings(message)

    if "@" in folded and _LOCAL_AT.search(folded):  # not "@name" mentions alone
        for m in _EMAIL.finditer(folded):
            local = m.group().split("@", 1)[0]
            if local in _ROLE_MAILBOXES:  # support@brand.com is a company's, not a person's
                found.add(m.start(), m.end(), "email", m.group(),
                          float(options["service_phone"]), (ContextCue("service", local),))
            else:
                found.add(m.start(), m.end(), "email", m.group(), float(options["email"]))
    if spelled_at:
        for m in (_SPELLED_EMAIL_ASCII if folded.isascii() else _SPELLED_EMAIL).finditer(folded):
            if not _spelled_address(m.group()):
                continue
            found.add(m.start(), m.end(), "email", m.group(), float(options["email"]))

    if digits >= 10:
        for m in _IBAN.finditer(folded):
            if m.group()[:2].upper() not in _IBAN_COUNTRIES:
                continue
            valid = _iban_in(m.group())
            if valid:
                found.add(m.start(), m.start() + len(valid[1]), "iban", valid[0],
                          float(options["iban"]))
            elif m.group()[2] != " " or not _written_lower(message, m.start()):
                # a mistyped IBAN is not a phone number hidden in its digits; but "is 4111
                # …", "de 06 …" are words before a number, not a country code
                found.take(*m.span())
        from stdnum import luhn
        from stdnum.fr import nir

        for m in _NIR.finditer(folded):
            compact = _NIR_SEPARATOR.sub("", m.group()).upper()
            if nir.is_valid(compact) and (not _reference(folded, m.start())
                                          or _just_before(_NIR_NAMED, folded, m.start(), 90)):
                found.add(m.start(), m.end(), "nir", compact, float(options["nir"]))
        for m in _CARD.finditer(folded):
            compact = _NON_DIGIT.sub("", m.group())
            if (13 <= len(compact) <= 19 and _card_prefix(compact) and luhn.is_valid(compact)
                    and (not _reference(folded, m.start())
                         or _just_before(_CARD_NAMED, folded, m.start(), 75))):
                found.add(m.start(), m.end(), "card", compact, float(options["card"]))
    region = str(options["region"])
    regions = [region]
    if message.language in (None, "en"):  # or too short to tell ("hmu on 415 555 0198")
        regions += [r for r in _strings(options["english_regions"]) if r != region]
    # phonenumbers is the costly step: it only reads the runs of 8+ digits with short
    # separators, each with a few characters around it (a "+", a bracket, the word before
    # that tells it a number is part of something else), and a run that one region
    # already read as a number is not read again with the next region.
    runs = [(m.start(), m.end()) for m in _PHONE_LIKE.finditer(folded)] if digits >= 8 else []
    if runs:
        import phonenumbers
    for code in regions if runs else ():
        for run_start, run_end in runs:
            if code != region and found.is_taken(run_start, run_end):
                continue
            if found.is_claimed(run_start, run_end):
                continue  # an IBAN's or a card's digits: whatever is read there is not added
            a, b = max(0, run_start - _PHONE_CONTEXT), min(len(folded), run_end + 2)
            window = folded[a:b]
            if not may_hold_number(window, code):
                continue  # no run of its digits is shaped like this region's numbers
            matcher = phonenumbers.PhoneNumberMatcher(window, code,
                                                      leniency=phonenumbers.Leniency.VALID)
            for match in matcher:
                start, end = match.start + a, match.end + a
                national = str(match.number.national_number)
                if ({_NON_DIGIT.sub("", match.raw_string), national, "0" + national} & allowed
                        or _reference(folded, start) or _UNIT.match(folded, end)):
                    continue
                kind = phonenumbers.number_type(match.number)
                service = kind in _service_types() or (
                    kind in _landline_types()
                    and _SWITCHBOARD.search(folded, max(0, start - _SWITCHBOARD_REACH),
                                            end + _SWITCHBOARD_REACH) is not None
                    and _OWN_LINE.search(folded, max(0, start - _SWITCHBOARD_REACH),
                                         end + _SWITCHBOARD_REACH) is None)
                e164 = phonenumbers.format_number(match.number,
                                                  phonenumbers.PhoneNumberFormat.E164)
                found.add(start, end, "phone", e164,
                          float(options["service_phone" if service else "phone"]),
                          (ContextCue("service", "service number"),) if service else ())
    # A UK mobile after a contact cue, even in a range phonenumbers does not validate (the
    # 07700 900xxx numbers kept for fiction are what people type as examples, and a
    # number's shape is what a reader sees): "ring me on 07700 900417".
    for m in (*_UK_MOBILE_CUED.finditer(folded), *_NANP_CUED.finditer(folded)) if (
            digits >= 10) else ():
        number = _NON_DIGIT.sub("", m.group(1))
        national = number[2:] if number.startswith("44") else number[1:]
        if not (found.is_taken(m.start(1), m.end(1)) or found.is_claimed(m.start(1), m.end(1))
                or _reference(folded, m.start(1))
                or {number, national, "0" + national} & allowed):  # as for matched numbers
            found.add(m.start(1), m.end(1), "phone", number, float(options["phone"]),
                      (ContextCue("contact", m.group(0).split()[0]),))
    for m in _SPELLED_RUN.finditer(folded) if spelled else ():
        number = spelled_digits(m.group())
        if len(number) >= 9 and _valid_phone(number, region) and number not in allowed:
            found.add(m.start(), m.end(), "phone", number, float(options["phone"]),
                      (ContextCue("spelled", "number written in words"),))
    for m in _EN_SPELLED_RUN.finditer(folded) if spelled_en else ():
        number = spelled_digits_en(m.group())
        if (len(number) >= 9 and number not in allowed
                and number not in "0123456789" and number not in "9876543210"  # counting
                and (any(_valid_phone(number, code) for code in (*regions, "US", "GB"))
                     # a UK mobile's shape, even in the range kept for fiction
                     or regex.fullmatch(r"07\d{9}", number))):
            found.add(m.start(), m.end(), "phone", number, float(options["phone"]),
                      (ContextCue("spelled", "number written in words"),))
    for m in _SSN.finditer(folded) if digits >= 9 else ():
        from stdnum.us import ssn

        if ssn.is_valid(_NON_DIGIT.sub("", m.group(1))):
            found.add(m.start(1), m.end(1), "ssn", m.group(1), float(options["ssn"]))
    for m in _NINO.finditer(folded) if nino else ():
        found.add(m.start(1), m.end(1), "nino", m.group(1).replace(" ", "").upper(),
                  float(options["nino"]))
    for m in _SORT_CODE.finditer(folded) if digits >= 14 and "sort" in folded else ():
        found.add(m.start(), m.end(), "bank_account", _NON_DIGIT.sub("", m.group()),
                  float(options["iban"]))
    if residence:  # an address counts after a residence cue
        for pattern in (_ADDRESS, _ADDRESS_NUMBER_FIRST):
            for m in pattern.finditer(folded):
                before = folded[max(0, m.start() - 60) : m.start()]
                cue = _RESIDENCE.search(before)
                unit = None if cue else _FLAT.match(folded, m.end())
                said = (cue.group(0).split()[0] if cue
                        else unit.group(0).strip(" ,") if unit else None)
                if said is None:
                    said = _name_before(message.text, message.norm.span(m.start(), m.end())[0])
                if said and not _BUSINESS.search(before):
                    found.add(m.start(), m.end(), "address", m.group().strip(),
                              float(options["address"]), (ContextCue("residence", said),))
    return found.reasons


def _name_before(text: str, start: int) -> str | None:
    """The person's name and comma right before ``start`` ("Darren Pike, 14 …"), if any."""
    name = _NAME_THEN_ADDRESS.search(text[max(0, start - 40) : start])
    return name.group(0).strip(" ,") if name else None


def _named_address(text: str) -> bool:
    """Whether a number and a capitalised word follow a person's name and a comma."""
    return any(_name_before(text, m.end()) for m in _NUMBER_AFTER_COMMA.finditer(text))


def _written_lower(message: Message, start: int) -> bool:
    """Whether the two letters at folded offset ``start`` are written in lower case."""
    a, b = message.norm.span(start, start + 2)
    return message.text[a:b].islower()


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


def _iban_in(candidate: str) -> tuple[str, str] | None:
    """The valid IBAN (compact, as written) that ``candidate`` starts with, if any.

    The pattern may run on into the next words ("… 8901 in a sentence"): pieces are
    dropped from the end until the rest passes mod 97 (check digits 02–98).
    """
    pieces = _IBAN_SEPARATOR_KEPT.split(candidate)
    while len(pieces) >= 1:
        written = "".join(pieces)
        compact = _IBAN_SEPARATOR.sub("", written).upper()
        if len(compact) < 14:
            return None
        from stdnum import iban

        if (2 <= int(compact[2:4]) <= 98 and compact[4:].isalnum()
                and iban.is_valid(compact, check_country=False)):
            return compact, written
        pieces = pieces[:-2]
    return None


def _card_prefix(number: str) -> bool:
    """Issuer ranges of payment cards (UATP cards, starting with 1, have 15 digits)."""
    return number[0] in "23456" or (number[0] == "1" and len(number) == 15)


def _valid_phone(number: str, region: str) -> bool:
    import phonenumbers

    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False
