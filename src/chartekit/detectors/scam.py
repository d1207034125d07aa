"""Scams and spam: marabouts, easy money, crypto doubling, fake support, fake giveaways,
illicit trade.

The charter's rules come in three kinds, told apart by the end of their id:

- ``*.strong``: what is a scam on its own ("retour de l'être aimé", "je vous renvoie le
  double", "vends beuh, livraison discrète");
- ``*.offer``: easy money and guaranteed returns, below review on their own: people
  discuss such things ("l'argent facile, ça n'existe pas");
- ``*.promo``: self-promotion ("abonnez-vous à ma chaîne"), a review on its own;
- ``*.channel``: moving the talk to WhatsApp, Telegram or a phone number, also harmless
  on its own ("je vous ai écrit sur WhatsApp hier").

An offer or a promotion *with* a private channel, a phone number or a link in the same message gains
``pairing_boost``, and so does the channel: that pairing is the scam. A link to one of
the charter's own domains (``protected.brands`` written as domains, e.g.
``sncf-connect.com``) does not count as a pairing. A message that shows a scam its author
received and asks or warns about it ("j'ai reçu un SMS : … C'est une arnaque ?") has its
hits weighed by ``reported_factor``. A message that tells of a scam that happened ("they
promised to double your money, it was a scam", "ma mère s'est fait arnaquer") is weighed by
``told_factor``, but only when it gives no way to reach anyone (no private channel, phone
number or foreign link): recovery scams open the same way. An offer in quotation marks,
in a message that names scams or asks to report them ('beware of the "double your
bitcoin" posts, they are scams'), is talked about, and weighed like a report.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import regex

from chartekit._model import Category, Message, Rule, merged_options
from chartekit._verdict import ContextCue, Reason
from chartekit.detectors._context import in_quotes
from chartekit.detectors._families import SCAM, family_reason, scam_news
from chartekit.detectors.rules import reason, weigh
from chartekit.matchers import Hit

__all__ = ["DEFAULT_OPTIONS", "NEEDS_HITS", "detect"]

NEEDS_HITS = False  # word families (detectors._families) need no rule hit

DEFAULT_OPTIONS: dict[str, float] = {"pairing_boost": 0.4, "reported_factor": 0.4,
                                     "told_factor": 0.25,
                                     # what is sold or promised and how to get it, told
                                     # without a rule's phrase (detectors._families)
                                     "families": 0.75}

# Someone showing the scam they received and asking about it or warning others: "j'ai reçu
# un SMS : votre colis est en attente, cliquez ici. C'est une arnaque ?", "Is this a scam?".
_REPORTED = regex.compile(
    r"(?:c'est|c\s+est|c'etait|est-ce|serait-ce)\s+(?:(?:une|un)\s+)?(?:arnaque|escroquerie|"
    r"phishing|hameconnage|fake)\s*\?|\barnaque\s*\?|(?:is|was|are)\s+(?:this|it|that|"
    r"these)\s+(?:(?:a|an)\s+)?(?:scam|phishing|legit|fake|real|genuine)\b[^.!\n]{0,20}\?|"
    # a warning only with what not to do: "beware of scams, contact only me" is a scammer's
    r"\b(?:attention|mefiez-vous|beware|warning|heads\s+up|psa)\b[^.!?\n]{0,30}\b(?:arnaque|"
    r"arnaques|scam|scams|phishing|hameconnage)\b(?=[^\n]{0,200}?(?:ne\s+(?:cliquez|cliquer|"
    r"repondez|donnez|payez|rappelez)|n'y\s+repondez|(?:don'?t|do\s+not|never)\s+(?:click|reply|"
    r"pay|answer|share|call)))|"
    # the writer's doubt: "looks like a scam to me", "on dirait une arnaque"
    r"\b(?:looks|seems|sounds|smells)\s+like\s+(?:a|an)\s+(?:\w+\s+)?(?:scam|phishing|fraud|fake)\b|"
    r"\b(?:obviously|clearly|totally|definitely|evidemment|clairement)\s+(?:a\s+|une\s+)?(?:fake|scam|"
    r"faux|fausse|arnaque)\b|"
    r"\b(?:on\s+dirait|ca\s+ressemble\s+a|ca\s+sent)\s+(?:une|un|l')\s*(?:arnaque|escroquerie|"
    r"phishing|fake)\b|"
    # the trick named as a scam, then what not to do: "pay a fee first? That's a classic scam,
    # don't do it"
    r"\b(?:that's|thats|that\s+is|it's|its|this\s+is|c'est|c\s+est)\s+(?:a\s+|an\s+|une\s+|un\s+)?"
    r"(?:classic|typical|total|obvious|known|common|grosse|belle)?\s*(?:scam|arnaque|escroquerie|"
    r"phishing)\b(?:\s+(?:classique|typique|connue))?(?=[^\n]{0,100}?(?:don'?t|do\s+not|never|"
    r"ne\s+(?:le|la|les|faites|payez|cliquez|donnez|repondez)|n'y|jamais))")

# Someone telling of a scam that happened ("they promised to double your money, it was a
# scam", "je me suis fait arnaquer"): weighed like a report, but only with no way to reach
# the writer in the message, since recovery scams open the same way ("I got scammed until
# Mr X helped me, contact him on WhatsApp").
_TOLD = regex.compile(
    r"\b(?:it|that|this|which)\s+(?:was|is)\s+(?:(?:obviously|clearly|just|actually)\s+)?"
    r"(?:a|an)\s+(?:(?:total|classic|obvious|massive|huge)\s+)?(?:scam|fraud|ponzi)\b"
    r"|\bturned\s+out\s+to\s+be\s+(?:a|an)\s+(?:\w+\s+)?(?:scam|fraud|ponzi)\b"
    r"|\b(?:i|we|he|she|they|you)\s+(?:got|get|was|were|have\s+been|has\s+been|had\s+been)"
    r"\s+scammed\b"
    r"|\bc'(?:etait|est)\s+(?:(?:evidemment|clairement|bien)\s+)?(?:une|un|de\s+l')\s*"
    r"(?:(?:grosse|belle|pure)\s+)?(?:arnaque|escroquerie)\b"
    r"|\b(?:me\s+suis|s'est|se\s+sont|nous\s+sommes|t'es|vous\s+etes|m'a|l'a|les\s+a|"
    r"nous\s+a)\s+(?:fait|faite|faits|faites|fais)?\s*(?:arnaquer|arnaque|arnaquee|"
    r"escroquer|escroque|escroquee)\b"
    # a documentary or an article about the fakes: "le documentaire sur les faux marabouts"
    r"|\b(?:documentaire|reportage|enquete|emission|article|podcast|documentary|investigation|"
    r"expose|report)s?\s+(?:sur|about|on|into)\s+(?:les\s+|des\s+|the\s+)?(?:\w+\s+)?"
    r"(?:faux|fausses|fake|bogus|escrocs?|arnaqueurs?|arnaques?|scammers?|scams?|fraudsters?)\b"
    # a warning about the fakes with what not to do: "des faux comptes promettent ..., ne
    # cliquez pas"; a scammer's "beware of fakes" comes with a channel, and is not read here
    r"|\b(?:faux|fausses|fake|bogus)\s+(?:comptes?|profils?|pages?|sites?|annonces?|marabouts?|"
    r"voyants?|mediums?|accounts?|profiles?|ads|psychics?|giveaways?|concours)\b"
    r"(?=[^\n]{0,200}?(?:ne\s+(?:cliquez|cliquer|repondez|donnez|payez|rappelez|tombez)|"
    r"n'y\s+repondez|(?:don'?t|do\s+not|never)\s+(?:click|reply|pay|answer|share|call|fall)))")

# Words that name a scam or ask to act on one: with the offer in quotation marks, the
# message talks about the offer ('beware of the "double your bitcoin" posts, they are scams').
_NAMED = regex.compile(r"\b(?:scams?|scammers?|arnaques?|arnaqueurs?|escroquerie|phishing|"
                       r"hameconnage|fake|frauds?|beware|mefiez-vous|mefiez|signalez|report|"
                       r"delete|supprimez|(?:faux|fausse|fausses)\s+(?:sms|textos?|mails?|"
                       r"e-?mails?|messages?|sites?|appels?|conseillers?|liens?|annonces?)|"
                       r"(?:ne\s+)?cliquez\s+(?:pas|jamais)|(?:don'?t|never)\s+click|"
                       r"fait\s+avoir)\b")

# A brand's own warning: "le service client ne vous demandera jamais votre code", "never
# share the code we text you". A phishing combination (a secret or details asked for) with
# one of these is advice, not an ask.
_NEVER_ASKED = regex.compile(r"\b(?:jamais|never|personne|no\s+one|nobody|won't\s+ever|will\s+not|"
                             r"won't\s+ask|ne\s+(?:\w+\s+){0,2}(?:demande|demandera|demandent)\s+pas)\b")
_ASKS = frozenset({"secret", "claim"})

_LINK = regex.compile(r"(?:https?://|www\.)([\w.-]+)|\b([\w-]+(?:\.[\w-]+)*\.(?:com|fr|net|org|"
                      r"io|ly|me|info|biz|xyz|top|site|online|shop|club|gl|co))\b")
_PHONE = regex.compile(r"(?:\+|00)\d[\d .-]{7,}\d|\b0[1-9](?:[ .-]?\d\d){4}\b")


def _foreign_link(message: Message) -> str | None:
    """A link in the message to a domain that is not one of the charter's brands."""
    own = [b.casefold() for b in message.protected_brands if "." in b]
    for match in _LINK.finditer(message.folded):
        domain = (match.group(1) or match.group(2) or "").casefold()
        if domain and not any(domain == d or domain.endswith("." + d) for d in own):
            return domain
    return None


def _shown(message: Message, kinds: set[str], options: dict[str, float]
           ) -> tuple[ContextCue, ...]:
    """The message's telling of a scam: a report or warning, else a story of one."""
    if reported := _REPORTED.search(message.folded):
        return (ContextCue("reported", reported.group(),
                           factor=float(options["reported_factor"])),)
    if ((told := _TOLD.search(message.folded)) and "channel" not in kinds
            and not _PHONE.search(message.folded) and not _foreign_link(message)):
        return (ContextCue("told", told.group(), factor=float(options["told_factor"])),)
    return ()


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category) -> list[Reason]:
    options = merged_options(category, DEFAULT_OPTIONS)
    kinds = {rule.id.rsplit(".", 1)[-1] for _, rule in hits}
    pairing: str | None = None
    if kinds & {"offer", "promo"}:
        if "channel" in kinds:
            pairing = "private channel"
        elif phone := _PHONE.search(message.folded):
            pairing = phone.group()
        else:
            pairing = _foreign_link(message)
    elif "channel" in kinds and "strong" in kinds:
        pairing = "private channel"
    # Most messages have no scam hit: their context is read only if the families fire.
    shown = _shown(message, kinds, options) if hits else ()
    named = _NAMED.search(message.folded) if hits and not shown else None
    reasons: list[Reason] = []
    for hit, rule in hits:
        kind = rule.id.rsplit(".", 1)[-1]
        if named and in_quotes(message, message.norm.span(hit.start, hit.end)[0]):
            quoted = ContextCue("reported", f"quoted, {named.group()}",
                                factor=float(options["reported_factor"]))
            reasons.append(reason(hit, rule, message, context=(quoted,)))
            continue
        if pairing and kind in ("offer", "promo", "channel"):
            cue = ContextCue("pairing", pairing, boost=float(options["pairing_boost"]))
            reasons.append(reason(hit, rule, message, context=(cue, *shown)))
        else:
            reasons.append(reason(hit, rule, message, context=shown))
    # Two channel rules on one ask ("écrivez-moi en MP" and "en MP si") are one channel:
    # alone, channels never add up to a review.
    if not pairing:
        channels = [r for r in reasons if r.rule_id.endswith(".channel")]
        if len(channels) > 1:
            kept = max(channels, key=lambda r: r.confidence)
            reasons = [r for r in reasons if r is kept or not r.rule_id.endswith(".channel")]
    # Goods, money, a psychic or a come-on with a channel or the terms of a sale, where the
    # rules fell short: "Vends 9mm propre, pas de papiers pas de questions, MP si sérieux".
    # Not where a rule saw the scam and the message's context discounted it (a report).
    if (max((r.confidence for r in reasons), default=0.0) < category.threshold
            and max((r.base_confidence for r in reasons), default=0.0) < category.threshold
            and (combined := family_reason(message, category.name, SCAM,
                                           float(options["families"])))
            and not scam_news(message.folded)
            and not (_ASKS.intersection(combined.normalized.split(" + "))
                     and _NEVER_ASKED.search(message.folded))):
        if not hits:
            shown = _shown(message, kinds, options)
        reasons.append(dataclasses.replace(
            combined, confidence=weigh(combined.base_confidence, shown), context=shown))
    return reasons
