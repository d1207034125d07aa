"""Insults: a lexicon hit weighed by who it is aimed at.

An abusive word aimed at someone (``t'es``, ``espèce de``, ``sale``, ``you are``, an
@mention, a vocative ``dégage, connard !``) gains confidence; in quotes or reported
speech, under a negation, said of oneself (``je suis con``), said of a thing rather
than a person (``what a stupid mistake``, ``ce film est une merde``, ``c'est con``), or
capitalised next to another capitalised word (``Dick Cheney``, a name) it loses some. The
cues are whole tokens read in a short window before the word, within its sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import regex

from chartekit._language import STOPWORDS
from chartekit._model import Category, Message, Rule, merged_options
from chartekit._normalize import NormalizationOptions
from chartekit._verdict import ContextCue, Reason
from chartekit.detectors._context import (
    SENTENCE_END,
    following,
    in_quotes,
    languages,
    table,
    window,
)
from chartekit.detectors.rules import reason
from chartekit.detectors.sobriquet import public_names
from chartekit.detectors.threat import GAME, JOKE, laugh_marker
from chartekit.matchers import Hit
from chartekit.matchers.lexicon import fold_term

__all__ = ["DEFAULT_OPTIONS", "NEEDS_HITS", "SELF", "detect", "self_after", "target_cue"]

NEEDS_HITS = True
_FOLD = NormalizationOptions()

DEFAULT_OPTIONS: dict[str, float] = {
    "target_boost": 0.35,
    # a weak name said to the reader's face ("espèce de clown", "vous êtes des guignols",
    # "ur such a loser"): added to target_boost, so it is removed rather than reviewed;
    # not for adjectives that judge ("t'es nul", "you're so dumb": reviewed)
    "direct_boost": 0.15,
    "predicate_boost": 0.175,
    "quote_factor": 0.5,
    "negation_factor": 0.5,
    "self_factor": 0.3,
    "window": 5,
    "name_factor": 0.3,
    "object_factor": 0.3,  # said of a thing: "what a stupid idea", "une question débile"
    "vocative_from": 0.2,  # interjections look like vocatives ("Merde, ..."): not below this
    "game_factor": 0.4,  # "je vais te niquer au Mario Kart": a first-person verb, a game
    "stacked_boost": 0.2,  # two insults side by side: "braindead muppet", "gros con débile"
    # a weak name with a laugh: "t'es vraiment une quiche au bowling 😂", teasing a human reads
    "joke_factor": 0.75,
}
# Laughs that mark teasing (not "jpp", despair as often as a laugh, nor a wink) ...
_LAUGHS = JOKE - {"jpp", "blague", "😉", "😜"}
# ... between people who name each other ("Haha Thomas t'es une quiche 😂"); a laugh with
# no name is as often a jeer ("ur such a loser lmao nobody likes you").
_NAMED_FRIEND = re.compile(r"^\W*(?:(?i:haha\w*|hihi\w*|mdr\w*|ptdr\w*|lol|ah|oh|oi|wesh|bon"
                           r"|allez|ok)\W+)?(?:(?:[A-Z][a-zà-ÿ]{2,}|@\w{3,}),?\s+(?i:t'es|tu\s+es"
                           r"|t\s+es|you're|youre|you\s+are|ur|u\s+r|u\s+are)"
                           # a first name and "you": "Sophie you numpty 😆" (not an @handle:
                           # "@x you a hoe lol" is as often a jeer)
                           r"|[A-Z][a-zà-ÿ]{2,},?\s+(?i:you|u))\s")
# Teasing also reads from affection said in the same message ("mdr je t'adore quand même",
# "love you really", "xx") with or without a laugh, and from a laugh beside a mishap told
# of the reader ("t'as encore raté le bus 😆", "you left your keys in the door again 😂")
# or beside one's own family ("my sister is such a numpty 😂"). A jeer that goes on
# ("lmao nobody likes you") is no teasing.
_AFFECTION = re.compile(
    r"(?i)(?<!\w)(?:je\s+t'(?:adore|aime)|on\s+t'(?:adore|aime)|jtm|jtd|bisous?|(?-i:xx+)"
    # "love you really", "… 😂 love ya": said on its own, not "I love you too …"
    r"|(?:^|(?<=[^\w\s]))\s*(?:love|luv)\s+(?:you|ya|u)"
    r"(?:\s+(?:really|mate|bro|babe|tho|though|lots|loads|x+))?\s*(?:$|[.!x❤😘]))(?!\w)"
    r"|[😘🥰❤]|<3"
    # a birthday wish: "vieux débris va 😂 joyeux anniversaire", "happy birthday you old fossil"
    r"|(?i:joyeux\s+anniv\w*|bon\s+anniv\w*|happy\s+birthday|happy\s+bday)")
_MISHAP = frozenset({"encore", "again", "oublie", "oubliee", "forgot", "left", "rate", "ratee",
                     "rates", "rater", "missed", "trompe", "booked", "nicking", "pique", "piquer",
                     "fallen", "fell", "tripped", "dropped", "tombe", "tombes", "tombee",
                     "brought", "ramene"})
_KIN = re.compile(r"(?i)(?<!\w)(?:my\s+(?:little\s+|big\s+)?(?:sister|brother|mum|mom|dad"
                  r"|husband|wife|bf|gf|boyfriend|girlfriend|son|daughter|mate|bestie|nan"
                  r"|grandad|flatmate)"
                  r"|(?:mon|ma)\s+(?:petite?\s+|grande?\s+)?(?:frere|frère|soeur|sœur|mere|mère|pere"
                  r"|père|mari|femme|pote|fils|fille|copain|copine|coloc|meilleure?\s+amie?"
                  r"|daronne?|reuf|reus))(?!\w)")
_JEER = re.compile(r"(?i)(?<!\w)(?:nobody|no\s+one|no-one|personne)\s+(?:likes|loves|cares|"
                   r"t'aime|t'apprecie|te\s+supporte|veut\s+de\s+toi)|(?<!\w)(?:kys|die|crève|creve"
                   r"|get\s+lost|dégage|degage|va\s+te\s+faire|ferme\s+ta|everyone\s+hates|"
                   r"tout\s+le\s+monde\s+te\s+déteste)(?!\w)")


def _teasing(message: Message) -> str | None:
    """What marks the insult as teasing between people who like each other, if anything."""
    text = message.text
    if _JEER.search(text):
        return None
    if affection := _AFFECTION.search(text):
        return affection.group()
    laugh = laugh_marker(message, _LAUGHS) or ("🤓" if "🤓" in text else None)
    if laugh is None:
        return None
    if _NAMED_FRIEND.search(text) or _KIN.search(text) or message.word_set & _MISHAP:
        return laugh
    return None

# Clause cues: the word is predicated of someone, anywhere in the window.
_TARGET = table({
    "fr": [("t", "es"), ("tu", "es"), ("t", "etais"), ("tu", "etais"), ("t", "as", "l", "air"),
           ("vous", "etes"), ("z", "etes"), ("etes", "des"), ("es", "un"), ("es", "une"),
           # "tu n'es qu'un raté", "vous n'êtes que des incapables"
           ("tu", "n", "es"), ("vous", "n", "etes"),
           ("toi",),
           # SMS spellings of "t'es": "t un bouffon", "tes qu'une pauvre fille"
           ("t", "un"), ("t", "une"), ("t", "qu"), ("tes", "un"), ("tes", "une"), ("tes", "qu")],
    "en": [("you", "are"), ("you", "re"), ("youre",), ("ur",), ("u", "r"), ("are", "such"),
           ("yer", "a"), ("yer", "an"),
           ("you", "were"), ("yall",), ("you", "absolute"), ("you", "total"),
           # a taunt to the reader: "imagine being this much of a dumbass", "you're too
           # much of a coward", "only an idiot would think that" (whoever does it)
           ("imagine", "being"), ("much", "of", "a"), ("much", "of", "an"), ("only", "a"),
           ("only", "an"),
           # "you miserable old cow", "you pathetic little worm": an adjective after "you"
           *(("you", adjective) for adjective in (
               "miserable", "pathetic", "stupid", "silly", "ugly", "fat",
               "useless", "dirty", "filthy", "nasty", "thick", "daft", "dumb", "lazy",
               "smug", "spineless", "brainless", "sad", "utter", "complete", "massive")),
           ("re", "nothing", "but"), ("are", "nothing", "but"), ("r", "nothing", "but"),
           ("touch", "grass"),
           # "are you thick or just pretending?"
           ("are", "you")],
})
# Third-person predicates: someone *or something* is called the word ("ce film est une
# merde"), so they weigh less than a cue that can only mean a person.
_PREDICATE = table({
    "fr": [("est", "un"), ("est", "une"), ("sont", "des"), ("etait", "un"), ("etait", "une"),
           ("soit", "un"), ("soit", "une")],
    "en": [("is", "a"), ("is", "an"), ("are", "a"), ("are", "an"), ("is", "such"),
           ("was", "a"), ("was", "an"),
           # "she's a slag", "he's such a prick" (texting drops the apostrophe: "shes a")
           ("he", "s", "a"), ("she", "s", "a"), ("he", "s", "an"), ("she", "s", "an"),
           ("he", "s", "such"), ("she", "s", "such"), ("hes", "a"), ("shes", "a"),
           ("hes", "such"), ("shes", "such")],
})
# Address cues: right before the word (one adjective may sit between).
_ADDRESS = table({
    "fr": [("espece", "de"), ("espece", "d"), ("especes", "de"), ("especes", "d"), ("sale",),
           ("sales",), ("bande", "de"), ("bande", "d"), ("pauvre",), ("pauvres",), ("quel",),
           ("quelle",), ("quels",), ("quelles",), ("gros",), ("grosse",), ("sombre",), ("ce",),
           ("cette",), ("ces",), ("cet",), ("ptit",), ("ptite",), ("p", "tit"), ("p", "tite"),
           # "t'as une tête de cul", "t'as la gueule d'un …"
           ("t", "as", "une"), ("tu", "as", "une"), ("tas", "une"), ("t", "as", "la"),
           ("tu", "as", "la"), ("t", "as", "un"), ("tu", "as", "un"),
           ("petit",), ("petite",), ("vieux",),
           ("vieille",), ("tes",), ("vous",), ("hey",), ("oh",), ("eh",), ("he",), ("wesh",),
           # "bravo les bras cassés", "allez les chèvres": a crowd called out; "le roi des
           # boulets"
           ("bravo", "les"), ("allez", "les"), ("roi", "des"), ("reine", "des"),
           ("wsh",), ("wech",)],
    "en": [("you",), ("u",), ("your",), ("such", "a"), ("such", "an"), ("what", "a"),
           ("what", "an"), ("dirty",), ("fucking",), ("stupid",), ("little",), ("fat",),
           ("ugly",), ("this",), ("that",), ("those",), ("these",), ("hey",), ("bunch", "of"),
           # Scottish and Irish "ya"/"ye": "ya wee bawbag"
           ("ya", "wee"), ("ye", "wee"), ("ya", "big"), ("ye", "big"), ("ya", "absolute"),
           ("ya", "fat"), ("ya", "daft"),
           # "Oi prick, …"
           ("oi",)],
})
# Cues that can only aim the word at the reader, in the second person: all the clause
# cues but "toi" (also "et toi ?"), and the address cues "espèce de", "you".
_DIRECT = frozenset({" ".join(c) for lang in ("fr", "en") for cues in (
    _TARGET[lang].by_length.values()) for c in cues} - {"toi"}) | {
    "espece de", "espece d", "especes de", "especes d", "you", "u", "ya wee", "ye wee",
    "ya big", "ye big", "ya absolute", "ya fat", "ya daft"}
_NEGATION = {
    "fr": {"pas", "jamais", "ni", "nullement", "aucunement"},
    "en": {"not", "never", "isn", "aren", "wasn", "weren", "ain", "nt", "no"},
}
SELF = table({
    "fr": [("je", "suis"), ("j", "suis"), ("chui",), ("jsuis",), ("chuis",), ("moi",),
           ("je", "me", "sens"), ("j", "etais"), ("je", "fais"), ("me", "sens"),
           # "je me suis senti con", "je me sentais bête", "j'ai eu l'air idiot"
           ("me", "suis", "senti"), ("me", "suis", "sentie"), ("me", "sentais"),
           ("me", "trouve"), ("me", "trouvais"), ("j", "ai", "eu", "l", "air"),
           ("j", "avais", "l", "air"), ("j", "ai", "l", "air"),
           # "j'ai été un peu con sur ce coup-là", "j'aurais été bête de refuser"
           ("j", "ai", "ete"), ("j", "avais", "ete"), ("j", "aurais", "ete"), ("je", "serais"),
           ("desole", "d", "etre"), ("desolee", "d", "etre"), ("pardon", "d", "etre"),
           # "arrêtez de nous prendre pour des cons": how the speaker is treated
           *((verb, "pour", det) for verb in ("prendre", "prend", "prends", "prenez",
                                              "prennent", "pris", "prenait")
             for det in ("un", "une", "des"))],
    "en": [("i", "am"), ("i", "m"), ("im",), ("i", "was"), ("i", "feel"), ("me",), ("myself",),
           ("i", "ve", "been"), ("ive", "been"), ("i", "have", "been")],
})
# "sorry for being such an idiot": of oneself for an insult (a slur "for being" is reported)
_SELF_INSULT = table({"fr": [], "en": [(w, "for", "being") for w in (
    "sorry", "apologize", "apologise", "apologies", "myself", "ashamed")]})
_REPORTED = table({
    "fr": [("traite", "de"), ("traitee", "de"), ("traites", "de"), ("traiter", "de"),
           ("traiter", "d"), ("traite", "d"), ("le", "mot"), ("appele",), ("insulte", "de"),
           # the writer is the one insulted: "mon chef m'a traité de con"
           ("m", "a", "traite", "de"), ("m", "a", "traitee", "de"), ("m", "a", "traite", "d"),
           ("m", "a", "traitee", "d"), ("m", "ont", "traite", "de"), ("m", "ont", "traitee", "de"),
           ("m", "a", "insulte", "de"), ("m", "a", "insultee", "de"), ("m", "a", "appele"),
           ("m", "a", "appelee"),
           # words someone said: "il a crié « connard » à l'arbitre"
           ("a", "crie"), ("a", "hurle"), ("a", "lance"), ("criant",), ("hurlant",),
           ("a", "ecrit"), ("a", "dit")],
    "en": [("called", "me"), ("called", "him"), ("called", "her"), ("called", "them"),
           ("the", "word"), ("call", "me"), ("calling", "me"), ("shouted",), ("yelled",),
           ("screamed",)],
})
# Reported cues in which the writer is the one insulted.
_RECEIVED = ("m a ", "m ont ", "called me")
# A victim's report, right before the word ("ma fille se fait traiter de « grosse vache »",
# "my son gets called a retard"): the insult was received, by the writer or someone close.
_VICTIM = table({
    "fr": [(*who, verb, de) for who in (("se", "fait"), ("se", "font"), ("se", "faisait"),
                                        ("s", "est", "fait"), ("se", "sont", "fait"),
                                        ("me", "fais"), ("me", "suis", "fait"), ("se", "fera"),
                                        ("se", "faire"))
           for verb in ("traiter", "insulter", "appeler") for de in ("de", "d")],
    "en": [(verb, "called") for verb in ("gets", "get", "got", "getting", "was", "were",
                                         "been")],
})
_VICTIM_REACH = 2  # words between the cue and the insult ("called *a* retard")
# Verbs of saying: with quotation marks they report the words someone said.
_SPOKEN = frozenset({"a crie", "a hurle", "a lance", "criant", "hurlant", "a ecrit", "a dit",
                     "shouted", "yelled", "screamed"})
# Things an adjective can be said of ("what a stupid mistake", "une idée débile"): the
# word then judges the thing, not a person. English puts the noun after the word,
# French mostly before it.
_OBJECTS = {
    "en": frozenset(
        "idea ideas mistake mistakes question questions thing things decision decisions rule "
        "rules law laws post posts comment comments article joke jokes movie movies film show "
        "game games song excuse argument plan policy move error design update app system price "
        "prices traffic weather bug car phone day week job video book answer reply remark "
        "choice trend headline title printer computer laptop gps router wifi bus train "
        "machine printer software website site server keyboard alarm elevator box boxes package "
        "parcel device gadget sofa couch mattress character characters role plot script "
        "ending storyline".split()),
    "fr": frozenset(
        "idee idees question questions truc trucs chose choses decision decisions regle regles "
        "loi lois article blague blagues film films emission jeu match chanson excuse argument "
        "plan politique reforme erreur faute appli application systeme prix meteo bug voiture "
        "telephone journee semaine boulot travail service commentaire post video serie livre "
        "reponse remarque choix titre reglement gps ordi ordinateur imprimante pc mac wifi box "
        "routeur modem bus train metro tram velo trottinette appareil machine logiciel site "
        "serveur clavier souris ecran frigo four ascenseur distributeur parcmetre radar reveil "
        "alarme moteur chauffage compteur chargeur cable tele telecommande robot projet reseau "
        "magasin boutique banque resto restaurant hotel produit colis commande livraison sav "
        "forfait abonnement facture contrat appartement appart logement chantier route gare "
        "aeroport vol billet spectacle concert stade operateur "
        # household things ("cet enfoiré de radiateur", "cette saloperie de chaudière")
        "radiateur chaudiere lave-linge lave-vaisselle seche-linge aspirateur micro-ondes "
        "cafetiere robinet evier volet volets portail serrure fenetre clim climatisation "
        "ventilateur thermostat ampoule tondeuse perceuse scooter moto camion batterie pneu "
        "tablette appli temps pluie vent neige brouillard canicule".split()),
}
# Pets, as the subject of a copula: "mon chat est un vrai crétin", "my dog is such an idiot"
_PETS = frozenset(
    "cat cats dog dogs puppy puppies kitten kittens hamster parrot rabbit chat chats chaton "
    "chatons chien chiens chiot chiots perroquet lapin".split())
# After a determiner ("this stupid printer"), an English adjective is said of the noun
# that follows, unless that noun is a person or itself an insult ("this stupid guy").
_DETERMINERS = frozenset({"this", "that", "these", "those", "what a", "what an", "such a",
                          "such an"})
_PERSONS = frozenset(
    "guy guys man men woman women girl girls boy boys kid kids person people dude dudes bro "
    "lady ladies child children fan fans player players ref referee referees driver drivers "
    "bitch bitches cunt cunts moron morons idiot idiots clown clowns fool fools jerk jerks "
    "loser losers prick pricks bastard bastards creep creeps coach coaches teacher teachers "
    "boss cop cops neighbour neighbor bloke blokes".split())
# People a clause can be about before its copula, the subject then ("the driver who lost my
# parcel is a pig", "le livreur qui a jeté mon colis est un porc").
_SUBJECT_PERSONS = _PERSONS | frozenset(
    "livreur livreuse vendeur vendeuse chauffeur conducteur conductrice mec gars femme "
    "homme prof voisin voisine patron patronne chef arbitre joueur serveur serveuse caissier "
    "caissiere facteur factrice technicien conseiller conseillere employe employee "
    "gamin gosse client cliente proprio proprietaire plombier medecin journaliste redacteur "
    "redactrice auteur auteure presentateur presentatrice commentateur instit maitresse "
    "directeur directrice maire depute deputee ministre gardien entraineur streamer "
    "youtubeur youtubeuse influenceur influenceuse celui celle quiconque modo modos "
    "moderateur moderatrice moderateurs admin admins "
    "mod mods moderator moderators admin admins landlord landlady councillor mayor manager "
    "mrs mr ms miss dr sir journalist author writer youtuber influencer presenter "
    "commentator pundit goalkeeper keeper whoever anyone".split())
# Only adjectives are said of things: "une idée débile", never "un truc fdp". Swearing
# intensifiers ("these fucking …") are left out: what follows them is too often a slur.
_ADJECTIVES = {
    "en": frozenset(
        "stupid dumb idiotic pathetic spineless gutless useless worthless ugly lame "
        "brainless clueless moronic "
        "crappy shitty silly ridiculous awful terrible disgusting gross trashy incompetent "
        "lazy crazy insane annoying boring dim dense dorky nerdy creepy sleazy".split()),
    "fr": frozenset(
        "debile debiles stupide stupides idiot idiote idiots idiotes con conne cons connes nul "
        "nulle nuls nulles pourri pourrie pourris pourries minable minables naze nazes merdique "
        "merdiques pathetique pathetiques ridicule ridicules lamentable lamentables degueulasse "
        "degueulasses bidon foireux foireuse foireuses debilissime inutile inutiles "
        "moche moches abruti abrutie cretin cretine bete betes".split()),
}
# Animals the lexicons also use as insults, and the verbs that find the real animal ("found
# a little worm in my salad", "j'ai vu un rat dans la cave"): then the word is the animal.
_ANIMALS = {
    "en": frozenset(
        "pig pigs hog hogs snake snakes cow cows whale whales dog dogs mutt mutts rat rats "
        "weasel weasels worm worms maggot maggots cockroach cockroaches roach roaches leech "
        "leeches toad toads slug slugs donkey donkeys ape apes baboon baboons vulture "
        "vultures".split()),
    "fr": frozenset(
        "thon thons baleine baleines cachalot cachalots ane anes veau veaux singe singes "
        "guenon guenons rat rats blaireau blaireaux dinde dindes dindon dindons pintade "
        "pintades buse buses morue morues pigeon pigeons vipere viperes serpent serpents "
        "limace limaces larve larves cafard cafards cloporte cloportes crapaud crapauds "
        "chacal chacals vautour vautours sangsue sangsues porc porcs cochon cochons vache "
        "vaches chien chiens".split()),
}
_SIGHTING = {
    "en": frozenset("found find finding saw see seeing seen spotted caught killed trapped "
                    "squashed stepped feeding fed pet petting adopted rescued put walk walked "
                    "walking walks feed groom neuter spay".split()),
    "fr": frozenset("trouve trouvee vu apercu attrape tue ecrase croise adopte recueilli "
                    "nourri caresse".split()),
}
_COUNTING = {"en": frozenset("a an the some two three few little tiny big huge dead baby "
                             "giant this that these those my our his her their".split()),
             "fr": frozenset("un une des le la les deux trois petit petite gros grosse "
                             "enorme mort morte bebe".split())}
# "c'est con", "ce serait bête", "c'était débile": an adjective after these judges a situation
_SITUATION = (["c", "est"], ["c", "etait"], ["ce", "serait"], ["ca", "serait"], ["c", "serait"],
              ["ce", "sera"], ["ca", "sera"], ["ca", "fait"])
# Forms of avoir before a past participle ("a" is left out: folded, it is also "à").
_AVOIR = frozenset({"ai", "as", "avons", "avez", "ont", "avais", "avait", "avaient"})
_COPULAS = {"en": frozenset({"is", "was", "are", "were"}),
            "fr": frozenset({"est", "etait", "sont", "etaient"})}
_FR_DETERMINERS = frozenset(
    "un une le la les l ce cet cette ces ton ta tes son sa ses mon ma mes votre vos notre nos "
    "leur leurs".split())
_INTENSIFIERS = frozenset({"trop", "vraiment", "tellement", "super", "hyper", "assez", "si",
                           "bien", "carrement", "completement"})
# Words that are never the other half of a name: cue words and function words
# ("Sale Connard", "Espèce De Connard" are insults written in title case).
_NOT_NAMES = frozenset().union(
    *(cues.words for table in (_TARGET, _PREDICATE, _ADDRESS, SELF)
      for cues in table.values()),
    *STOPWORDS.values(),
)
def _mention_near(message: Message, words: list[str], last: int) -> str | None:
    """An @mention just before the word (in its window) or right after it."""
    mention = next((w for w in reversed(words) if w.startswith("@") and len(w) > 1), None)
    if mention is None and last + 1 < len(message.tokens) and message.tokens[last + 1].mention:
        mention = message.tokens[last + 1].text
    return mention


def _pause(gap: str, marks: str) -> bool:
    """Punctuation in a gap between words, emoji included ("Nobody asked, clown 🤡 go …")."""
    return any(c in marks or (not c.isalnum() and not c.isspace() and c not in "'’-\"«»*")
               for c in gap)


def _vocative(message: Message, first: int, last: int) -> bool:
    """``dégage, connard !``, ``Abruti, va.``: the word addressed to the reader.

    A message that is nothing but the word (``Nul !``) is a judgement, not a vocative.
    """
    tokens, folded = message.tokens, message.folded
    if first == 0 and last == len(tokens) - 1:
        return False
    before = folded[tokens[first - 1].end : tokens[first].start] if first > 0 else ","
    if last + 2 < len(tokens) and tokens[last + 1].text == "va":
        last += 1  # "Abruti va !", "vieux débris va 😂": "va" closes the address
    after = folded[tokens[last].end : tokens[last + 1].start] if last + 1 < len(tokens) else "."
    return _pause(before, ",\n!?.:") and _pause(after, ",!?\n.")


# A word inside a French place name: "Salope-sur-Mer", "Saint-Con", "Bitche-les-Bains".
_PLACE_AFTER = regex.compile(r"-(?:sur|sous|les|lez|en|la|le|de|du|des|aux|d')-")
_PLACE_BEFORE = regex.compile(r"(?:saint|sainte|st|ste|pont|mont|port|val|bourg)-$")


# Address cues that only point ("quel …", "ce …", "this …"): what they point at is a
# person for an insult, mostly a thing for a swear word.
_POINTING = frozenset({"quel", "quelle", "quels", "quelles", "ce", "cette", "ces", "cet",
                       "this", "that", "those", "these", "what a", "what an"})
# "t'as une tête de cul" aims at someone, but "t'as une chatte de ouf" (you are lucky): a
# swear word after these is not aimed, like one after a pointing word
_HAVING = frozenset({"t as une", "tu as une", "tas une", "t as la", "tu as la", "t as un",
                     "tu as un"})
_COMPARED = frozenset({("que", "toi"), ("que", "vous"), ("qu", "toi"), ("as", "you"),
                       ("as", "u"), ("than", "you"), ("than", "u"),
                       # "un crétin comme toi", "an idiot like you"
                       ("comme", "toi"), ("comme", "vous"), ("like", "you"), ("like", "u")})
_NAMING = frozenset({"nomme", "nommee", "prenomme", "prenommee", "surnomme", "surnommee",
                     "baptise", "baptisee", "named", "nicknamed"})


def _looks_like_name(message: Message, first: int, last: int) -> str | None:
    """``Dick Cheney``: a capitalised word next to another one is most likely a name."""
    tokens, text = message.tokens, message.text
    folded = message.folded
    if (_PLACE_AFTER.match(folded, tokens[last].end)
            or _PLACE_BEFORE.search(folded, max(0, tokens[first].start - 8), tokens[first].start)):
        return "place name"

    def titled(index: int) -> bool:
        if not 0 <= index < len(tokens) or tokens[index].text in _NOT_NAMES:
            return False
        start, end = message.norm.span(tokens[index].start, tokens[index].end)
        word = text[start:end]
        return word[:1].isupper() and not word.isupper() and word.isalpha()

    if first != last or not titled(first):
        return None
    # "mon chat s'appelle Connard", "a dog named Bitch": a name given to someone
    if first >= 1 and (tokens[first - 1].text in _NAMING or (
            first >= 2 and tokens[first - 1].text == "appelle" and tokens[first - 2].text == "s")):
        return tokens[first - 1].text
    if (titled(last + 1) or (
            titled(first - 1) and not SENTENCE_END & set(message.gap(first - 1, first)))):
        neighbour = last + 1 if titled(last + 1) else first - 1
        return tokens[neighbour].text
    return None


# Words that turn the sentence to someone else after a self cue: "leave me alone you
# idiot", "regarde-moi ce mongol", "I'm better than that bitch".
_OTHER = frozenset({"you", "u", "ya", "yall", "your", "ur", "yo", "toi", "te", "t", "tu",
                    "vous", "ta", "tes", "ton", "that", "this", "those", "these", "dat", "dis",
                    "his", "her", "their", "pauvre", "pauvres", "sale", "sales", "espece", "ce",
                    "cette", "ces", "cet"})
# Determiners and intensifiers, all that may stand between a self cue further back and the
# word: "I'm such a total idiot", "je suis vraiment un gros con".
_BETWEEN = frozenset(
    "a an the such so total complete completely real really big little lil fucking fuckin "
    "just literally totally absolute absolutely huge massive bit of one like not always un "
    "une des le la l qu que vraiment trop tellement si aussi completement gros grosse petit "
    "petite vrai vraie sacre sacree pas plus bien encore toujours juste d de putain peu "
    "bit kind sort".split())


def _wrote_it(words: list[str], cue: str) -> bool:
    """Whether a verb of saying has an object pronoun before it ("l'a écrit", "l'a dit")."""
    parts = cue.split()
    return any(words[i : i + len(parts)] == parts and i > 0 and words[i - 1] in ("l", "le", "la")
               for i in range(len(words)))


def _cue_end(words: list[str], cue: str) -> int:
    parts = cue.split()
    return max(i + len(parts) for i in range(len(words)) if words[i : i + len(parts)] == parts)


_RELATIVE = frozenset({"who", "that", "qui"})


def _in_relative(words: list[str], cue: str) -> bool:
    """"the moderator who banned me is a coward": "me" is the object of a relative clause
    about someone else."""
    if cue not in ("me", "moi"):
        return False
    index = len(words) - 1 - words[::-1].index(cue)
    return index >= 2 and words[index - 2] in _RELATIVE


def _self_cue(words: list[str], langs: Sequence[str]) -> str | None:
    """``je suis con``, ``I'm such an idiot``, ``désolé d'être aussi con``: said of oneself.

    A cue in the last three words counts unless the sentence turns to someone else after
    it; one that only ends there ("I'm such an idiot") needs determiners and intensifiers
    alone between it and the word.
    """
    for lang in langs:
        if SELF[lang].words.isdisjoint(words) and _SELF_INSULT[lang].words.isdisjoint(words):
            continue
        tail = words[-3:]
        cue = SELF[lang].find(tail) or _SELF_INSULT[lang].find(tail)
        if cue and _OTHER.isdisjoint(tail[_cue_end(tail, cue):]) and not _in_relative(words, cue):
            return cue
        cue = SELF[lang].find(words, within=3) or _SELF_INSULT[lang].find(words, within=3)
        if cue and _BETWEEN.issuperset(words[_cue_end(words, cue):]):
            return cue
    return None


def _self_simile(message: Message, hit: Hit, words: list[str], size: int,
                 langs: Sequence[str]) -> str | None:
    """"j'ai raté mon train comme un con", "I stood there like an idiot": a simile about
    what the writer did, no one else in the ten words before it (``words``: the insult's
    own window of ``size`` words, whose last two say whether there is a simile at all)."""
    # a window of two words or more ends where the simile's would (a sentence's start)
    tail = words if size >= 2 else window(message, hit.first, _SIMILE_REACH)
    if len(tail) >= 2 and tail[-1] in _SIMILE_ARTICLES and tail[-2] in _SIMILE:
        clause = set(window(message, hit.first, _SIMILE_REACH)[:-2])
        for lang in langs:
            first, second = _CLAUSE_PERSONS.get(lang, (frozenset(), frozenset()))
            if not first.isdisjoint(clause) and second.isdisjoint(clause):
                return f"{tail[-2]} {tail[-1]}"
    return None


_LIKE_ME = frozenset({("like", "me"), ("like", "myself"), ("comme", "moi")})
# "how much of a nerd I am": "I am" ending the sentence (not "bitch I'm trying to …")
_I_AM = frozenset({("i", "am"), ("i", "m"), ("im",)})


def self_after(message: Message, hit: Hit) -> str | None:
    """"only an idiot like me would forget", "how much of a nerd I am": the word said of
    the writer, after it."""
    after = tuple(following(message, hit.last, 3))
    if after in _I_AM or after[:2] in _LIKE_ME:
        return " ".join(after[:2])
    return None


def _treated_as(words: list[str], langs: Sequence[str]) -> str | None:
    """"il a traité sa collègue de salope": ``traiter`` with its object between it and the
    ``de`` just before the insult reports what someone called someone ("traité de" with no
    object is in ``_REPORTED``)."""
    if "fr" in langs and len(words) >= 3 and words[-1] in ("de", "d"):
        for back in range(2, min(len(words), _TREATED_REACH + 2)):
            if words[-1 - back] in _TRAITER:
                return " ".join(words[-1 - back:])
    return None


_TRAITER = frozenset("traite traitee traites traitees traiter traitait traitaient traitent "
                     "traitons traitez traitera traiteront traiterait".split())
_TREATED_REACH = 4  # words of the object: "sa collègue", "la petite amie de mon frère"
_SIMILE = frozenset({"comme", "like"})
_SIMILE_REACH = 10  # words before the insult read for who did what
_SIMILE_ARTICLES = frozenset({"un", "une", "des", "a", "an", "some"})
# First- and second-person words, by language ("me" is both French and English).
_CLAUSE_PERSONS = {
    "fr": (frozenset({"je", "j", "me", "m", "moi", "suis", "ai"}),
           frozenset({"tu", "t", "te", "toi", "vous", "es", "as", "il", "elle", "ils", "elles",
                      "on"})),
    "en": (frozenset({"i", "me", "myself", "im"}),
           frozenset({"you", "u", "your", "ur", "he", "she", "they", "him", "her", "them"})),
}


def _person_follows(message: Message, hit: Hit, insult_starts: set[int]) -> bool:
    """``ces putain de Serbes``, ``that damn coach``: the swear word qualifies a person."""
    nxt = hit.last + 1
    if nxt >= len(message.tokens) or SENTENCE_END & set(message.gap(hit.last, nxt)):
        return False
    return (message.tokens[nxt].text in {"de", "d", "of", "ass"} | _PERSONS
            or nxt in insult_starts or nxt + 1 in insult_starts)


def _object_of(message: Message, hit: Hit, words: list[str], langs: Sequence[str],
               insult_starts: frozenset[int] | set[int] = frozenset()) -> str | None:
    """What the word is said of when that is not a person, or None.

    A thing as the subject ("the movie was a piece of garbage"), the noun an adjective
    qualifies (after it in English, "this stupid printer"; before it in French, "une
    question débile"), a situation ("c'est con"), or a past participle after avoir
    ("j'ai raté mon train").
    """
    # "c'est quoi ce FDP sur ma facture ? Frais de port ?": the acronym spelt out
    if hit.normalized == "fdp" and "frais de port" in message.folded:
        return "frais de port"
    nxt = hit.last + 1
    after = (message.tokens[nxt].text if nxt < len(message.tokens)
             and not SENTENCE_END & set(message.gap(hit.last, nxt)) else None)
    # "vous êtes nuls en communication", "t'es nul au foot": a skill judged, not a person
    if (after in ("en", "au", "aux", "a") and "fr" in langs
            and hit.normalized in ("nul", "nulle", "nuls", "nulles", "naze", "nazes")):
        return after
    # "vous êtes incapables de livrer un colis", "useless at answering emails": what they
    # fail to do is judged (not next to another insult: "un attardé incapable de lire")
    if len(insult_starts) <= 1 and (
            (after in ("de", "d") and "fr" in langs and hit.normalized.startswith("incapable"))
            or (after == "at" and "en" in langs
                and hit.normalized in ("useless", "hopeless", "incompetent", "rubbish"))):
        return after
    # "a cock and bull story": the idiom, not the insult
    if hit.normalized == "cock" and after == "and" and "en" in langs:
        return "cock and bull"
    # "a bastard of a cat", "a bitch of a day": the word describes the thing after "of a"
    if (after == "of" and "en" in langs and nxt + 2 < len(message.tokens)
            and message.tokens[nxt + 1].text in ("a", "an")
            and message.tokens[nxt + 2].text not in _PERSONS):
        return message.tokens[nxt + 2].text
    # "ce con de GPS", "cette conne d'imprimante": the word qualifies the thing after "de";
    # "quelle nullité ce service": the thing in apposition
    if (after in ("de", "d", "ce", "cet", "cette", "ces") and nxt + 1 < len(message.tokens)
            and message.tokens[nxt + 1].text in _OBJECTS["fr"] and "fr" in langs):
        return message.tokens[nxt + 1].text
    # "found a little worm in my salad": a verb of finding, a determiner, the animal
    for lang in langs:
        if hit.normalized in _ANIMALS[lang]:
            last = words[-3:]
            verb = next((i for i, w in enumerate(last) if w in _SIGHTING[lang]), None)
            if verb is not None and last[verb + 1:] and all(
                    w in _COUNTING[lang] for w in last[verb + 1:]):
                return last[verb]
    # "you stupid idiot", "that dumb twitter hoe": the noun is an insult too
    next_is_insult = nxt in insult_starts or nxt + 1 in insult_starts
    for lang in langs:
        # "the movie was a total piece of garbage", "ce film est une merde": a thing is
        # the subject of the copula before the word
        copula = next((i for i in range(len(words) - 1, -1, -1)
                       if words[i] in _COPULAS[lang]), None)
        subject = words[max(0, copula - 3):copula] if copula is not None else []
        thing = next((w for w in subject if w in _OBJECTS[lang] or w in _PETS or w in
                      _brand_words(message.protected_brands)), None)
        if thing and copula is not None and _SUBJECT_PERSONS.intersection(
                window(message, hit.first - len(words) + copula, 8)):
            # "the driver who delivered my parcel is a pig": the parcel belongs to the
            # clause about the person, who is the subject
            thing = None
        if thing:
            return thing  # "SFR est une bande d'escrocs": a company judged, not a person
        if (lang == "fr" and words and words[-1] in _AVOIR
                and hit.normalized.endswith(("e", "es", "ee", "ees"))):
            return words[-1]  # "j'ai raté mon train": after avoir, a past participle
        if hit.normalized not in _ADJECTIVES[lang]:
            continue
        if lang == "en" and after in _OBJECTS["en"]:
            return after
        if (lang == "en" and after and after.isalpha() and after not in _PERSONS
                and not next_is_insult and _DETERMINERS & {
                    " ".join(words[-2:]), *words[-1:]}):
            return after
        if lang == "fr" and words and words[-1] in _OBJECTS["fr"]:
            return words[-1]
        # "c'est con", "c'est trop débile": the adjective judges a situation
        bare = words[:-1] if words and words[-1] in _INTENSIFIERS else words
        # ... unless a person follows: "c'est con un gauchiste"
        if lang == "fr" and bare[-2:] in _SITUATION and after not in _FR_DETERMINERS:
            return " ".join(bare[-2:])
    return None


def _at_company(message: Message, hit: Hit) -> bool:
    """"vous êtes des clowns chez Bouygues", "you lot at Ryanair are clowns": the staff of a
    company judged in a complaint, reviewed like a judgement rather than removed."""
    brands = _brand_words(message.protected_brands)
    tokens = message.tokens
    return any(tokens[i].text in ("chez", "at") and tokens[i + 1].text in brands
               for i in range(max(0, hit.first - 4), min(len(tokens) - 1, hit.last + 3)))


@functools.lru_cache(maxsize=64)
def _brand_words(protected: tuple[str, ...]) -> frozenset[str]:
    """Brands written as one word ("sfr", "orange", "fnac"), bundled and the call's: as the
    subject of a copula they are a company, not a person."""
    brands = (*public_names()[2], *protected)
    return frozenset(w for brand in brands if len(words := fold_term(brand, _FOLD) or ()) == 1
                     and len(w := words[0]) >= 3)


# Words that judge what someone does more than they call them names: "t'es nul", "you're
# so dumb", "vous êtes des escrocs" are reviewed; "t'es un guignol", "you clown" removed.
_JUDGEMENTS = frozenset(
    "nul nulle nuls nulles bete betes stupide stupides sot sotte moche moches minable minables "
    "naze nazes nase nases chiant chiante chiants chiantes relou relous lourd lourde lache "
    "laches stupid dumb ugly "
    # conduct judged, often of a company in a complaint: "vous êtes des escrocs"
    "escroc escrocs menteur menteurs menteuse menteuses voleur voleurs voleuse voleuses "
    "mythomane mythomanes hypocrite hypocrites fourbe fourbes liar liars crook crooks fraud "
    "frauds cheat cheats cheater cheaters".split())


# Political epithets: said of a person they are hate's or an opinion, not a name-calling.
_POLITICAL = frozenset({"nazi", "nazis", "nazie", "nazies", "fasciste", "fascistes", "fascist",
                        "fascists", "facho", "fachos", "commie", "commies"})


def _judgement(word: str, langs: Sequence[str]) -> bool:
    return word in _JUDGEMENTS or any(word in _ADJECTIVES[lang] for lang in langs)


def target_cue(message: Message, hit: Hit, words: list[str], langs: Sequence[str], *,
               vocative: bool = True) -> str | None:
    """What aims the word at someone: ``t'es``, ``espèce de``, an @mention, a vocative."""
    target = next((c for lang in langs if (c := _TARGET[lang].find(words))
                   or (c := _ADDRESS[lang].find(words, within=2))), None)
    if target is None:
        target = _mention_near(message, words, hit.last)
    if target is None:  # "aussi débile que toi", "as dumb as you"
        after = tuple(following(message, hit.last, 2))
        target = " ".join(after) if after in _COMPARED else None
    if target is None and vocative and _vocative(message, hit.first, hit.last):
        target = "vocative"
    return target


# Sarcastic praise ("nice one, Einstein", "quel génie celui-là"): a review at its rule's
# confidence whatever surrounds it, since a target is what teasing always has.
_TEASING = ".teasing"


def detect(hits: Sequence[tuple[Hit, Rule]], message: Message, category: Category) -> list[Reason]:
    options = merged_options(category, DEFAULT_OPTIONS)
    size = int(options["window"])
    reasons: list[Reason] = []
    starts = {hit.first for hit, _ in hits}  # where the category's words begin
    # the words that begin and end at each token: a different word next door is stacked
    # on this one ("braindead muppet"), the same word again is a repeat ("nul nul nul")
    word_at_start = {hit.first: hit.normalized for hit, _ in hits}
    word_at_end = {hit.last: hit.normalized for hit, _ in hits}
    teased = False
    for hit, rule in hits:
        if rule.id.endswith(_TEASING):
            if not teased:  # teasing twice is still teasing: one review, never a removal
                reasons.append(reason(hit, rule, message))
            teased = True
            continue
        if hit.first < 0:
            reasons.append(reason(hit, rule, message))
            continue
        words = window(message, hit.first, size)
        langs = (rule.lang,) if rule.lang in _TARGET else languages(message)
        cues: list[ContextCue] = []
        base = rule.confidence * hit.similarity
        name = _looks_like_name(message, hit.first, hit.last)
        if name:
            cues.append(ContextCue("name", name, factor=float(options["name_factor"])))
        self_cue = (_self_cue(words, langs) or _self_simile(message, hit, words, size, langs)
                    or self_after(message, hit))
        if self_cue:
            cues.append(ContextCue("self", self_cue, factor=float(options["self_factor"])))
        else:
            target = target_cue(message, hit, words, langs,
                                vocative=base >= float(options["vocative_from"]))
            if target in _HAVING and rule.id.endswith(".vulgar"):
                target = None
            if (target in _POINTING and rule.id.endswith(".vulgar")
                    and not _person_follows(message, hit, starts)):
                target = None  # "quel bordel", "this shit": a swear word points at a thing
            if target:
                boost = float(options["target_boost"])
                if (target in _DIRECT and rule.id.endswith(".weak")
                        and not _judgement(hit.normalized, langs)
                        and not _at_company(message, hit)):
                    boost += float(options["direct_boost"])
                cues.append(ContextCue("target", target, boost=boost))
            elif predicate := next((c for lang in langs if (c := _PREDICATE[lang].find(words))),
                                   None):
                # "le serveur qui a renversé mon verre est un vrai porc": said of a person
                person = None if hit.normalized in _JUDGEMENTS or (
                    hit.normalized in _POLITICAL) else next(
                    (w for w in window(message, hit.first, 15) if w in _SUBJECT_PERSONS), None)
                if person:
                    boost = float(options["target_boost"])
                    if rule.id.endswith(".weak"):  # a name for someone: "Mrs X is an old cow"
                        boost += float(options["direct_boost"])
                    cues.append(ContextCue("target", person, boost=boost))
                else:
                    cues.append(ContextCue("predicate", predicate,
                                           boost=float(options["predicate_boost"])))
        if (word_at_start.get(hit.last + 1, hit.normalized) != hit.normalized
                or word_at_end.get(hit.first - 1, hit.normalized) != hit.normalized):
            cues.append(ContextCue("stacked", "another insult next to it",
                                   boost=float(options["stacked_boost"])))
        thing = _object_of(message, hit, words, langs, starts)
        if thing:
            cues.append(ContextCue("object", thing, factor=float(options["object_factor"])))
        negation = next((w for lang in langs for w in words[-4:] if w in _NEGATION[lang]), None)
        if negation:
            cues.append(ContextCue("negation", negation, factor=float(options["negation_factor"])))
        # "je vais te niquer au Mario Kart": an insult said as a first-person verb is game
        # talk next to a game, like a threat
        if hit.normalized.startswith(("je ", "j ")) and (game := message.word_set & GAME):
            cues.append(ContextCue("game", min(game), factor=float(options["game_factor"])))
        start, _ = message.norm.span(hit.start, hit.end)
        victim = next((c for lang in langs if lang in _VICTIM and (
            c := _VICTIM[lang].find(words, within=_VICTIM_REACH + 1))), None)
        reported = (victim
                    or next((c for lang in langs if (c := _REPORTED[lang].find(words))), None)
                    or _treated_as(words, langs))
        if reported in _SPOKEN and _wrote_it(words, reported):
            reported = None  # "celui qui l'a écrit est un abruti": wrote it, says no word
        quoted = in_quotes(message, start)
        if reported or quoted:
            cues.append(ContextCue("quote", reported or "quotation marks",
                                   factor=float(options["quote_factor"])))
            if reported and quoted and reported in _SPOKEN:
                # a reporting verb and quotation marks: "il a crié « connard » à l'arbitre"
                # names the word someone said, it is not said to anyone here
                cues.append(ContextCue("quote", "quotation marks",
                                       factor=float(options["quote_factor"])))
            if reported and (reported == victim or reported.startswith(_RECEIVED)):
                # the writer reports an insult they received: said of them, by someone else
                cues.append(ContextCue("self", reported, factor=float(options["self_factor"])))
        if (rule.id.endswith((".weak", ".medium")) and any(c.kind == "target" for c in cues)
                and (tease := _teasing(message))):
            cues.append(ContextCue("joke", tease, factor=float(options["joke_factor"])))
        reasons.append(reason(hit, rule, message, context=tuple(cues)))
    return reasons
