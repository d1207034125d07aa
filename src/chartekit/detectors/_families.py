"""Word families whose co-occurrence makes a threat, a suicidal message, a scam or hate.

Veiled threats and quiet suicidal messages rarely hold a word that is one alone: "I know
you park the blue Corolla on Fenwick Road every morning. Be a shame if the brakes stopped
working" is what someone knows of the reader, a routine, and a harm; "J'ai résilié mon
bail, vendu la voiture, fermé mes comptes. Il me reste plus qu'une chose à faire" is
arrangements and finality. Each family below is a small pattern over the folded text; a
message holding enough distinct families, one of them a *core* family (a harm or a
weapon; a means or a burden), is a reason of its category. Two families are
enough when one is a core one, except the weak pairs ("tonight I'm taking the last express
to Leeds" is a means and a time); without a core family nothing counts: "je sais où tu
habites maintenant, je passe te déposer la tarte" is a knowledge, a routine and a visit.
Some core families are enough with two different phrases of their own, or one (``repeated``,
``alone``: "me couper les bras"). Scams use the same machinery (goods, drugs, money, a
psychic, a come-on, with a channel or a sale's terms). Hate without a slur is read
differently (:func:`generalisation`): a group, and near it what is said of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from chartekit._model import Message
from chartekit._verdict import Reason
from chartekit.matchers.prefilter import Gate, gate_condition

__all__ = ["SCAM", "SELF_HARM", "THREAT", "Combination", "Families", "combination", "family_reason",
           "generalisation", "scam_news"]


@dataclass(frozen=True, slots=True)
class Combination:
    """The families found in a message, and the span from the first to the last."""

    families: tuple[str, ...]
    start: int
    end: int


def _compile(families: dict[str, str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in families.items()))


class Members:
    """Each family's own pattern, in the families' order, and a gate whose rule ``i`` is the
    ``i``-th family (which families can match a text). Built on the first message that
    passes a screen, not at import: about 50 ms for the three sets (pure Python), which
    would otherwise count against the import of ``chartekit``."""

    __slots__ = ("_built", "_families")

    def __init__(self, families: dict[str, str]) -> None:
        self._families = families
        self._built: tuple[tuple[tuple[str, re.Pattern[str]], ...], Gate] | None = None

    def get(self) -> tuple[tuple[tuple[str, re.Pattern[str]], ...], Gate]:
        if self._built is None:
            self._built = (tuple((name, re.compile(pattern))
                                 for name, pattern in self._families.items()),
                           Gate([gate_condition(pattern) for pattern in self._families.values()]))
        return self._built


_THREAT_FAMILIES = {
    # (not of oneself: "je sais pas pourquoi je vous raconte ça", "I know I'm a mess")
    "know": r"\b(?:(?:which|what)\s+(?:gym|school|office|pub|club|church|mosque|bar|nursery)\s+"
            r"(?:you|u|your\s+\w+)\s+(?:go\s+to|goes\s+to|use|work\s+at|drink\s+in|attend)|je\s+sais(?!\s+(?:pas|plus|rien|meme\s+pas|que\s+je|que\s+j'|bien\s+que\s+je))|"
            r"on\s+sait(?!\s+(?:pas|jamais|rien))|je\s+connais|on\s+connait|i\s+know(?!\s+(?:i|i'm|im|that\s+i|"
            r"nothing|how\s+i))|we\s+know|we\s+clocked|"
            r"on\s+a\s+releve|j'ai\s+releve|j'ai\s+surveille|i've\s+watched|i\s+watched|easy\s+"
            r"(?:enough\s+)?to\s+find|trainait\s+sur|c'est\s+note|noted|i've\s+been\s+watching|"
            r"je\s+t'ai\s+(?:vue?|suivie?)|on\s+t'a\s+vue?|i\s+saw\s+you|pris\s+en\s+photo|"
            r"know\s+people\s+who|connais\s+du\s+monde|j'ai\s+(?:deja\s+)?(?:ton|ta|votre)\s+(?:"
            r"adresse|numero)|(?:got|have|found)\s+your\s+(?:address|number)|j'ai\s+(?:deja\s+)?"
            r"(?:l'adresse|son\s+adresse|leur\s+adresse)|(?:got|have)\s+(?:the|her|his|their)\s+"
            r"address)\b",
    # what was found out of someone to reach them: "j'ai déjà ton IP", "off the electoral roll"
    "dox": r"\b(?:(?:address|adresse|house|maison)\s+(?:isn't|is\s+not|n'est\s+pas|est\s+pas)\s+"
           r"(?:hard|dur|difficile)\s+a?\s*(?:to\s+)?(?:find|trouver)|j'ai\s+(?:deja\s+)?(?:ton|ta|votre)\s+(?:ip|plaque)|(?:got|have|found)\s+your\s+"
           r"(?:ip|plate)|electoral\s+roll|(?:trouve|found|got)\s+(?:ton|ta|your)\s+(?:adresse|"
           r"address)\s+(?:off|on|sur|via|grace|thanks|through)|(?:a\s+)?quelle\s+ecole\s+(?:vont|va)\s+"
           r"(?:tes|vos|ta|ton|votre)|which\s+school\s+(?:your|ur)\s+(?:kids|children|daughter|son|"
           r"boy|girl)|(?:your|ur|tes|vos)\s+(?:kids|children|daughter|son|gosses|enfants|fille|fils)\s+"
           r"(?:walk|walks|go|goes|vont|va|rentrent|rentre)\s+(?:\w+\s+){0,3}?(?:on\s+(?:their|her|his)\s+"
           r"own|alone|tout(?:e)?s?\s+seule?s?)(?!\s*\?))\b",
    # going after someone: "I will hunt down the journalist", "je vais te traquer"
    "pursue": r"\b(?:(?:i'll|i\s+will|we'll|we\s+will|gonna|going\s+to)\s+(?:hunt|track)\s+"
              r"(?:\w+\s+){0,4}?down|(?:je\s+vais|on\s+va|j'vais)\s+(?:te|le|la|les|vous)\s+"
              r"traquer)\b",
    # turning up at the reader's door: a threat only with a harm, a weapon or a condition
    # ("je sais où tu habites, je passe chez toi déposer la tarte" is a visit)
    "doorstep": r"\b(?:(?:i'll|i\s+will|i'm\s+(?:gonna|going\s+to)|we'll|we\s+will|we're\s+"
             r"(?:gonna|going\s+to)|i'm|we're)\s+(?:come|coming|pop|popping|turn(?:ing)?\s+up|show(?:ing)?\s+"
             r"up|be|go|head|drive|driving)\s+(?:(?:round|over|up|down|by)\s+)?(?:to\s+|at\s+)?"
             r"(?:your|ur)\s+(?:\w+'s\s+)?(?:house|place|flat|door|doorstep|work|office|school|home|"
             r"gaff|street)|(?:je|on|j')\s*(?:passe|passerai|vais\s+passer|viens|viendrai|vais\s+"
             r"venir|debarque|debarquerai|vais\s+debarquer|va\s+passer|va\s+venir|va\s+debarquer|"
             r"monte|vais\s+monter)\s+chez\s+(?:toi|vous|ta\s+\w+|ton\s+\w+|tes\s+\w+|votre\s+\w+|"
             r"vos\s+\w+))\b",
    "routine": r"\b(?:a\s+quelle\s+heure|what\s+time|every\s+(?:morning|night|day|evening)|tous\s+"
               r"les\s+(?:matins|soirs|jours)|"
               # what the reader does and when: "son planning", "your route", "your walks"
               r"(?:tes|vos)\s+(?:gosses|enfants|gamins|filles?|fils|petits)|"
               r"(?:son|ton|votre|ses|tes|vos|his|her|your|ur)\s+(?:planning|emploi\s+du\s+temps|horaires|"
               r"route|walks?|runs?|jog|commute|trajet|redaction)|rentre\s+seule?\s+le\s+soir|"
               # on the way home: "on your way out of the studio", "en rentrant le soir"
               r"(?:on\s+)?(?:your|ur)\s+way\s+(?:out|home|back)|en\s+(?:rentrant|sortant)\s+(?:le\s+soir|"
               r"du\s+boulot|du\s+travail|de\s+chez)|le\s+parking\s+de\s+(?:ta|votre|ton)|"
               r"(?:pour\s+)?rentrer\s+chez\s+(?:elle|lui|toi|vous)|"
               r"(?:ta|votre|ton|your|ur)\s+(?:(?:petite?|belle|beau|jolie?|nouvelle?|new|little|lovely|"
               r"nice)\s+)?(?:voiture|plaque|van|car|"
               r"caisse|bagnole|maison|house|adresse|address|rue|street|boutique|shop|local|office|"
               r"bureau|chambre|room\s+number|numero\s+de\s+chambre|takeaway|greenhouse|window|"
               r"fenetre|pneus|tyres|brakes|freins|enfants|kids|gosses|fille|fils|daughter|son|"
               r"femme|wife|mari|husband|mum|mere|mother|chien|dog|trajet|gym|taf|boite|boulot|school|"
               r"ecole|lycee|college|work|workplace|new\s+(?:address|"
               r"fella|place))|(?:la|the)\s+sortie|car\s+park|parked\s+(?:on|outside|in|at)|the\s+gates|a\s+la\s+fermeture|"
               r"chez\s+toi|avec\s+qui\s+tu\s+sors|where\s+your\s+\w+\s+works|ou\s+(?:tu|il|elle)\s+"
               r"(?:habites?|bosses?|travailles?|gares?))\b",
    "harm": r"\b(?:(?:un|petit|little|an)\s+accident\s+(?:de\s+voiture\s+|car\s+)?(?:est\s+vite\s+"
            r"arrive|pourrait|peut\s+arriver|arrive\s+vite|while|could|might|would)|awful\s+if\s+there\s+was\s+an\s+"
            r"accident|accidents\s+happen|prendre\s+feu|prend\s+feu|flambe|(?:a|little|on)\s+fire|set\s+"
            r"(?:on\s+)?fire|in\s+flames|brakes\s+stopped|(?:soit|serait|se\s+retrouve|finisse|"
            r"finirait|retrouver|retrouveras|retrouverez)\s+(?:toute\s+)?rayee|rearranged\s+it|rearrange\s+your|hopital|"
            r"hospital|(?:if\s+you|you(?:'ll|\s+will)?|won't)\s+wake\s+up|wake\s+up\s+in\s+(?:a|the)\s+"
            r"(?:hospital|ditch|boot)|te\s+reveilles|regretter|regret|see\s+what\s+happens|tu\s+verras"
            r"\s+ce\s+qui\s+(?:se\s+passe|t'attend|va\s+t'arriver)|check(?:ing)?\s+under\s+(?:his|her|your|ur|their)\s+car\s+before|sur\s+les\s+rails|over\s+"
            r"(?:her|your|his)\s+shoulder|derriere\s+(?:son|ton)\s+epaule|mutuelle|health\s+"
            r"insurance|polite\s+version|"
            # a warning given as one (not "the MOT guy gave you a warning")
            r"(?:just|only|a\s+friendly|a\s+first|a\s+final|consider\s+this|this\s+is|this\s+was|that\s+"
            r"was|your\s+only|a\s+little)\s+(?:a\s+)?warning|(?:qu'un|juste\s+un|un\s+petit|un\s+premier|"
            r"simple|c'est\s+un|considere\s+(?:ca|ceci)\s+comme\s+un|seul)\s+avertissement|que\s+le\s+debut|with\s+or\s+without"
            r"\s+you|avec\s+ou\s+sans\s+toi|"
            # a shame if something befell the reader's (not "a shame if it rains")
            r"shame\s+if\s+(?:something|anything|someone|somebody|it\s+(?:got|was|were|caught|went|"
            r"ended)|your|ur|(?:s?he|they)\s+(?:got|had|was|were|ended|lost|didn't|never))|dommage\s+si\s+"
            r"(?:quelque\s+chose|qqch|quelqu'un|(?:ta|ton|tes|votre|vos)\s)|would\s+be\s+awful|pas\s+venir"
            r"\s+pleurer|not\s+as\s+polite|te\s+trouver|find\s+you|rentreras\s+pas|wouldn't\s+drive|"
            r"sorting\s+out|regle\s+le\s+cas|une\s+bonne\s+fois|in\s+one\s+piece|en\s+un\s+seul\s+"
            r"morceau|en\s+ambulance|in\s+an\s+ambulance|en\s+cendres|(?:can|jerry\s*can|bidon|"
            r"jerrican)\s+(?:of|d')\s*(?:petrol|essence)|repech\w+|(?:end|ends|ended)\s+up\s+in\s+"
            r"(?:the|a)\s+(?:canal|river|ditch|boot|hospital|morgue)|s'occuper\s+de\s+(?:ton|son|"
            r"votre)\s+cas|personne\s+(?:ne\s+)?viendra\s+(?:te|le|la|vous)\s+pleurer|regarder\s+"
            r"derriere\s+(?:elle|lui|toi)|t'apprendre\s+le\s+respect|teach\s+you\s+(?:some\s+)?"
            r"(?:respect|a\s+lesson)|windows\s+(?:all\s+)?went\s+in|won't\s+be\s+so\s+(?:brave|"
            r"tough|smart|cocky|mouthy)|(?:feras|ferez|fera)\s+moins\s+(?:le\s+malin|la\s+maligne|"
            r"le\s+fier|la\s+fiere|le\s+beau)|hosto|aux\s+urgences|(?:make|making)\s+(?:her|him|"
            r"them|you)\s+pay|(?:te|le|la|les|vous)\s+faire\s+payer|watch\s+(?:your|ur)\s+back|"
            r"surveille\s+tes\s+arrieres|attends?[\s-]toi\s+a\s+(?:une\s+)?(?:petite\s+)?visite|"
            r"expect\s+a\s+(?:little\s+)?visit|"
            # "a intérêt à faire gaffe", "enjoy it while you still can", "you'll find out what
            # happens to grasses", "should be dealt with"
            r"(?:a|as|avez|ont)\s+(?:tout\s+)?interet\s+a\s+(?:faire\s+(?:gaffe|attention|tres\s+attention)|"
            r"se\s+mefier|surveiller\s+ses\s+arrieres)|while\s+(?:you|u)\s+still\s+can|tant\s+que\s+tu\s+"
            r"(?:le\s+)?peux(?:\s+encore)?|(?:tu\s+verras|tu\s+vas\s+voir|vous\s+verrez|you'll\s+(?:see|find\s+"
            r"out)|you\s+will\s+(?:see|find\s+out))\s+(?:ce\s+qui|what)\s+(?:arrive|happens|happened)\s+"
            r"(?:a|to)\s+(?:ceux|celles|people|those|grasses|snitches|balances|les\s+balances)|"
            r"(?:should|needs?\s+to|ought\s+to)\s+be\s+dealt\s+with|faut\s+s'occuper\s+d(?:e|')\s*(?:lui|elle|"
            r"son\s+cas)|"
            # r14: a car that "can catch fire", "sort you out", "getting a doing", "neither are
            # you", "didn't come home one day", "in the ground", "tend to have accidents", "tu
            # vas payer … pas en argent", a route to change, "on sera là", "dommage qu'il
            # arrive quelque chose à ta boutique"
            r"(?:can|could|might)\s+catch\s+fire|catch(?:es)?\s+fire\s+(?:so\s+)?(?:easily|quickly)|"
            r"sort\s+(?:you|u|ye|ya)\s+out\s+(?:proper|properly|good)|(?:you're|youre|yer|ye're|you\s+are|"
            r"ur)\s+getting\s+a\s+(?:doing|kicking|hiding|battering|leathering|slap)|neither\s+are\s+"
            r"(?:you|u)(?=\s*[.!]|\s*$)|(?:s?he|they)\s+(?:didn't|did\s+not|never|wouldn't)\s+come\s+home|"
            r"(?:put|see)\s+(?:him|her|them|that\s+\w+|the\s+\w+)\s+in\s+the\s+ground|six\s+feet\s+under|"
            r"tend\s+to\s+have\s+(?:little\s+)?accidents|(?:tu\s+vas|tu\s+va|vous\s+allez)\s+(?:le\s+)?payer\s+"
            r"(?:pour\s+ce\s+que|cher)|(?:pas|not)\s+(?:en|with)\s+(?:argent|money)|(?:ferait|ferais|feriez|"
            r"would|'d)\s+(?:mieux|better)\s+(?:de\s+)?chang(?:er|e)\s+(?:de\s+)?(?:trajet|route|chemin|"
            r"(?:her|his|your)\s+route)|(?:on|je)\s+(?:sera|serai|serons)\s+la(?=\s*[.!]|\s*$)|"
            r"dommage\s+"
            r"qu'il\s+(?:t'|lui\s+)?arrive\s+quelque\s+chose(?=\s+a\s+(?:ta|ton|tes|votre|vos))|"
            # r15: "on viendra t'expliquer la vie", "prenne feu", "bête qu'il leur arrive quelque
            # chose", "won't be walking again", "face consequences", "tick tock"
            r"(?:on|je)\s+(?:viendra|viendrai|va\s+venir|vais\s+venir)\s+(?:t'|vous\s+)expliquer\s+la\s+"
            r"vie|prennent?\s+feu|(?:bete|triste)\s+qu'il\s+(?:t'|lui\s+|leur\s+|vous\s+)?arrive\s+quelque\s+"
            r"chose|(?:won't|wont|will\s+not)\s+be\s+(?:walking|talking|standing|smiling)\s+(?:again|for\s+"
            r"a\s+while)|(?:will|'ll)\s+face\s+(?:the\s+)?consequences|(?:va|vont)\s+(?:en\s+)?subir\s+les\s+"
            r"consequences|tick\s*,?\s*tock|"
            # friends who won't help: "ramène tes potes, ça changera rien pour toi"
            r"ca\s+changera\s+rien\s+pour\s+toi|"
            r"(?:won't|wont|will\s+not)\s+(?:help|save)\s+(?:you|u)|"
            r"shame\s+if\s+(?:someone|somebody|anyone)\s+(?:rearranged|smashed|broke|keyed|scratched|"
            r"torched|burned|burnt|ruined|messed\s+up)|"
            # "you'd better watch your daughter", "tu ferais mieux de surveiller tes gosses"
            # (the family is left to the routine family; a tide or a flu is a care)
            r"(?:you'?d\s+better|you\s+better)\s+(?:keep\s+an\s+eye\s+on|watch|look\s+after)"
            r"(?=\s+(?:your|ur)\s+(?:kids|children|daughter|son|wife|husband|family|girlfriend|"
            r"boyfriend|mum|mom|little|boy|girl)s?\b)"
            r"(?![^.!?\n]*\b(?:flu|virus|tide|sun|pool|traffic|roads?|ice|heat|weather|cold|water|sea|"
            r"beach|lake|river|rain|storm|snow|bugs?|germs|lice|ticks|fireworks|phones?|screens?|"
            r"internet|online|sugar)\b)|"
            r"(?:tu\s+ferais|vous\s+feriez)\s+(?:mieux|"
            r"bien)\s+de\s+(?:surveiller|garder\s+un\s+oeil\s+sur|faire\s+(?:tres\s+)?attention\s+a)"
            r"(?=\s+(?:tes|vos|ta|ton|votre)\s+(?:gosses|enfants|famille|fille|fils|femme|mari|"
            r"momes?|gamins?|gamines?|petits?|petites?)\b)"
            r"(?![^.!?\n]*\b(?:grippe|virus|soleil|piscine|mer|plage|route|chaleur|canicule|froid|"
            r"verglas|ecrans?|internet|sucre|poux|tiques|petards)\b))"
            r"\b",
    "weapon": r"\b(?:fusil|batte|(?:une|la|ma|sa)\s+lame|couteau|flingue|pistolet|hache|acide|"
              r"(?:a|my|the|his|our)\s+(?:crossbow|blade|knife|rifle|gun|shotgun|machete|axe|"
              r"baseball\s+bat|bat|shovel|spade)|acid)\b(?!\s+(?:sharpener|block|set|case|safe|licen[cs]e|"
              r"club|range|aiguiser))",
    "pressure": r"\b(?:si\s+tu\s+(?:portes?\s+plainte|publies|reviens|remets|me\s+(?:bannis|"
                r"signales|quittes|balances)|touches|parles\s+(?:encore|de\s+moi)|continues\s+a\s+"
                r"(?:me|ecrire|parler|poster|publier))|encore\s+un\s+mot|one\s+more\s+(?:word|time|post)|keep\s+"
                r"(?:deleting|writing|banning|posting|talking)|continue\s+a|drop\s+the\s+(?:complaint|case)|"
                r"report\s+my|report\s+me\s+(?:again|one\s+more)|(?:keep|carry\s+on)\s+reporting|tu\s+touches|touch\s+my|flag\s+us|before\s+(?:the\s+hearing|your\s+"
                r"next|you\s+publish)|avant\s+de\s+(?:publier|parler|porter)|if\s+(?:you|she|he)\s+(?:"
                r"report|post|write|publish|touch|say|take|takes|keep|call|go\s+to)\b|"
                r"continue(?:z)?\s+(?:d'ecrire|de\s+(?:publier|poster|parler|ecrire))|keep\s+running\s+(?:your|"
                r"ur)\s+mouth|(?:you'?d\s+)?better\s+hope|stop\s+complaining|arrete\s+de\s+te\s+plaindre|"
                r"say\s+that\s+again|(?:you'?d|you)\s+better\s+start|(?:wait|just\s+wait)\s+(?:till|until|'til)\s+i\s+(?:catch|get|see)\s+"
                r"(?:you|ye|ya|u)|last\s+warning|dernier\s+avertissement|(?:you|toi)\s+(?:and|et)\s+(?:your|ur|ta|ton)\s+"
                r"(?:missus|wife|husband|kids|family|bird|fella|mum|femme|mari|meuf|gosses|famille)|(?:tu\s+devrais|vous\s+devriez|devrait|devraient)\s+"
                r"(?:vraiment\s+|bien\s+)?faire\s+(?:gaffe|attention)\s+(?:en\s+(?:rentrant|sortant)|"
                r"(?:le|ce)\s+soir)|(?:le|la)\s+prochaine?\s+qui|the\s+next\s+(?:one|person|"
                r"guy|fella|lad)\s+(?:who|that)|(?:people|anyone|those)\s+who\s+(?:grass|snitch|talk\s+to\s+"
                r"the\s+(?:police|cops|feds))|ceux\s+qui\s+(?:balancent|parlent\s+aux\s+(?:keufs|flics))|"
                r"la\s+prochaine\s+fois\s+que\s+(?:je|on)\s+"
                r"(?:te\s+|le\s+|la\s+|vous\s+)?(?:croise|vois|recroise|revois|trouve)|next\s+time\s+i\s+"
                r"(?:see|catch|run\s+into)|shows?\s+(?:her|his|your|their)\s+face|(?:remet|remets|"
                r"remettez)\s+les\s+pieds|montre\s+(?:ta|sa)\s+(?:gueule|tete)|si\s+je\s+(?:te|le|la|vous)\s+"
                r"(?:croise|recroise|vois|revois|chope|attrape)|if\s+i\s+(?:see|catch|find)\s+(?:you|him|"
                r"her)|t'as\s+pas\s+interet|tu\s+as\s+pas\s+interet|you'd\s+better\s+not|(?:devrait|"
                r"devraient|ferait\s+bien\s+de|ferais\s+bien\s+de)\s+faire\s+(?:tres\s+)?attention(?!\s*"
                r"(?:a|au|aux|en|quand|lors|sur|avec|de|d'|pour)\b)|(?:should|had\s+better|better)\s+be\s+"
                r"(?:very\s+)?careful(?!\s+(?:with|on|when|about|in|crossing|driving)\b))",
    # a hint left hanging: "just saying", "don't they", "je dis ça je dis rien"
    "hint": r"(?:\bjust\s+saying\b|\b(?:don't|doesn't|isn't|aren't)\s+(?:they|she|he|it)\b[\s.?]|"
            r"\bje\s+dis\s+ca(?:\s*,)?\s+je\s+dis\s+rien\b|\bn'est-ce\s+pas\b|😉|😏)",
    # the reader's things already damaged: "tes pneus crevés", "your windows were smashed"
    "damage": r"\b(?:tes|vos|your|ur|ta|ton|votre)\s+(?:pneus|vitres|fenetres|tyres|tires|windows|"
              r"windscreen|pare-brise|voiture|car|van|bagnole|caisse|boite\s+aux\s+lettres|"
              r"letterbox|porte|door|shop|boutique|vitrine)\s+(?:\w+\s+){0,2}?(?:crev\w*|slashed|"
              r"smashed|broken|cass\w*|keyed|scratched|brul\w*|burnt|burned|vandalis\w*|"
              r"went\s+in|were\s+done|got\s+done)",
    # a grievance against the reader: "le modo qui m'a banni", "the ref who sent me off"
    "grievance": r"\b(?:qui\s+m'a\s+(?:banni|bannie|ban|signale|signalee|vire|viree|balance|"
                 r"balancee|denonce|denoncee|recale|exclu|exclue)|who\s+(?:banned|reported|grassed\s+"
                 r"(?:on\s+)?|blocked|sacked|fired|sent\s+off)\s*me|for\s+(?:banning|reporting|sacking|"
                 r"firing)\s+me|de\s+m'avoir\s+(?:banni|signale|vire|balance))\b",
    "seal": r"\b(?:i\s+promise\s+(?:you\s+)?that|je\s+te\s+le\s+promets|pense\s+a\s+(?:nous|"
            r"moi)\s+chaque\s+fois|think\s+of\s+(?:us|me)\s+every\s+"
            r"time|reflechi(?:s|ssez)\s+bien|think\s+(?:very\s+)?carefully|think\s+about\s+that|"
            r"pense\s+a\s+ca|crois-moi|je\s+le\s+jure|that's\s+a\s+promise|sleep\s+tight|dors\s+"
            r"bien|see\s+you\s+soon|a\s+bientot|prepare-toi|come\s+alone|viens\s+seule?|noted|"
            r"c'est\s+note|porch\s+light|a\s+tres\s+vite|promis)\b",
    "visit": r"\b(?:je\s+passe(?:rai)?|on\s+passe(?:ra)?|pop\s+round|come\s+(?:say\s+hello|round|"
             r"over)|might\s+come|on\s+se\s+voit|meet\s+me|je\s+t'attends|rendre\s+une\s+(?:petite"
             r"\s+)?visite|pay\s+(?:you|him|her|them|(?:that|the|this)\s+\w+)\s+a\s+visit|i'll\s+be\s+"
             r"(?:there|waiting)|debarque\w*|(?:stood|standing|waiting)\s+(?:at|outside)\s+your\s+"
             r"(?:front\s+)?(?:door|house|gate)|devant\s+(?:ta|chez)\s+(?:porte|toi))\b",
}
_SELF_HARM_FAMILIES = {
    "arrange": r"\b(?:j'ai\s+(?:tout\s+)?range\s+(?:mon|l')\s*"
               r"(?:appart|appartement|studio|chambre)|"
               r"tidied\s+(?:up\s+)?(?:the|my)\s+(?:flat|room|apartment|place|house)|"
               r"j'ai\s+tout\s+range(?:\s+dans\s+ma\s+chambre)?|j'ai\s+tout\s+(?:prepare|"
               r"organise)(?!\s+pour\s+(?:la|le|les|l')\s*(?:"
               r"fete|soiree|"
               r"anniversaire|mariage|voyage|vacances|demenagement|week|repas|diner))|it'?s\s+all\s+sorted(?=\s*"
               r"(?:[.,;!]|and|$))|j'ai\s+tout\s+regle|tout\s+est\s+(?:regle|en\s+ordre)|affairs\s+(?:are\s+)?in"
               r"\s+order|(?:mis|mettre)\s+(?:mes|tous\s+mes)\s+(?:papiers|affaires|comptes)\s+en\s+ordre|"
               r"sorted\s+(?:out\s+)?(?:the|my|all\s+the|all\s+my)\s+(?:paperwork|affairs|finances|will|"
               r"papers|passwords|accounts)|(?:les\s+)?codes?\s+(?:sont|est)\s+dans\s+(?:l'enveloppe|le\s+tiroir)|"
               r"(?:my\s+)?passwords?\s+(?:are|is)\s+in\s+(?:the|an)\s+(?:envelope|drawer)|(?:are|is|will\s+be)\s+(?:all\s+)?provided\s+for|rembourse\s+(?:tout\s+)?ce\s+que\s+"
               r"je\s+(?:devais|dois)|paid\s+back\s+(?:what\s+i\s+owed|everyone|everything)|"
               r"(?:deleted|closed)\s+(?:all\s+)?(?:of\s+)?my\s+(?:other\s+)?(?:socials|accounts|profiles)|"
               r"supprime\s+(?:tous\s+)?mes\s+(?:autres\s+)?comptes|paid\s+(?:off\s+)?the\s+last\s+of\s+my|ferme\s+mes\s+comptes|resilie\s+"
               r"mon|vendu\s+(?:la|ma)\s+voiture|deleted\s+my\s+(?:socials|accounts)|everything's"
               r"\s+tidy|returned\s+\w+'s|il\s+me\s+reste\s+plus\s+qu'une\s+chose|the\s+letters"
               r"\s+are\s+written|(?:fed|walked)\s+the\s+(?:dog|cat)\s+(?:\w+\s+){0,3}?so\s+(?:she's|he's|"
               r"they're|she\s+is|he\s+is)\s+sorted|(?:nourri|sorti)\s+(?:le\s+chien|le\s+chat)\s+(?:\w+\s+){0,3}?"
               r"pour\s+(?:demain|qu'il|qu'elle))\b",
    # letters left for the family: "j'ai écrit à ma mère", "written letters for my mum"
    "letter": r"\b(?:(?:written|wrote)\s+down\s+who\s+gets\s+what|ecrit\s+qui\s+"
              r"(?:recupere|aura|prend)\s+"
              r"quoi|left\s+(?:a\s+)?notes?|(?:ecrit|laisse)\s+(?:une|des|mes|deux|trois)\s+"
              r"(?:\w+\s+)?lettres?|(?:ecrit|laisse\s+un\s+mot)\s+a\s+(?:ma|mon|mes)\s+(?:mere|pere|parents|soeurs?|"
              r"freres?|enfants|femme|mari|fille|fils|copine|copain)|(?:written|wrote|left)\s+(?:a\s+)?"
              r"(?:\w+\s+)?(?:letters?|notes?)\s+(?:for|to)\s+(?:my|everyone|each)|the\s+letters\s+are\s+"
              r"written)\b",
    "give": r"\b(?:found\s+(?:the|my)\s+(?:dog|cat|rabbit|pets?|hamster)\s+a\s+(?:new\s+)?home|"
            r"je\s+(?:les\s+)?laisse\s+a|confie\s+(?:le|mon|ma|mes)\s+(?:chat|chien|lapin|animaux|poissons)\s+a|leaving\s+my\s+\w+\s+to|giving\s+my\s+"
            r"stuff|mdp|password|le\s+code\s+de\s+mon|j'ai\s+confie|rehomed|dropped\s+my\s+(?:cat|dog)|"
            r"laisse\s+mon\s+compte|got\s+my\s+(?:bike|ps5|xbox)|(?:j'ai\s+)?donne\s+(?:ma|mon|mes|tous\s+"
            r"mes|toutes\s+mes)\s+\w+|gave\s+(?:away\s+)?(?:my|all\s+my)\s+\w+|qui\s+voudrait\s+(?:bien\s+)?"
            r"(?:prendre|recuperer|adopter)\s+mon|(?:take|have|adopt)\s+my\s+(?:cat|dog|rabbit)|"
            r"(?:anyone|anybody|who)\s+wants?\s+my|qui\s+veut\s+(?:mon|ma|mes)|look\s+after\s+(?:\w+\s+)"
            r"{1,2}for\s+me|(?:s'occuper|prendre\s+soin)\s+de\s+(?:mon|ma|mes)\s+\w+\s+pour\s+moi)\b",
    "farewell": r"\b(?:(?:i'?m\s+)?sorry\s+everyone|desolee?\s+tout\s+le\s+monde|"
                r"derniere\s+fois|last\s+(?:raid|time|birthday|game|post|message)|prenez\s+"
                r"soin\s+de\s+vous|ne\s+repasserai|won'?t\s+be\s+(?:logging|at\s+school)|"
                r"(?:je\s+)?(?:ne\s+)?reviendrai\s+(?:pas|plus|jamais)|not\s+coming\s+back|(?:vous\s+)?dire\s+"
                r"au\s+revoir|(?:pardon|desolee?|sorry)\s+pour\s+tout|ne\s+me\s+repondez\s+pas(?!\s+(?:que|si|n'importe))|don't\s+"
                r"(?:bother\s+)?(?:reply|replying|answer)(?:ing)?(?:\s+to\s+(?:this|me))?(?=\s*(?:[.!,;]|$))|told\s+(?:him|her|them)\s+i\s+love|thanks\s+to\s+"
                r"(?:this|the)\s+(?:server|group|forum|community|sub)|c'etait\s+la\s+derniere|"
                r"for\s+good|pour\s+de\s+bon|merci\s+(?:a\s+tous|pour\s+les\s+parties)|thanks\s+to"
                r"\s+everyone|dit\s+au\s+revoir|no\s+need\s+to\s+reply|viendrai\s+plus|been\s+a\s+"
                r"good\s+run|sorry\s+for\s+(?:being|everything)|desole\s+de\s+vous\s+avoir|vous\s+"
                r"inquietez\s+pas|ne\s+vous\s+inquietez\s+pas|merci\s+a\s+ceux|merci\s+pour\s+toutes\s+"
                r"ces|thanks\s+for\s+all\s+the|been\s+good\s+knowing|ravie?\s+de\s+vous\s+avoir|desolee?\s+"
                r"de\s+deballer|sorry\s+to\s+dump)\b",
    "time": r"\b(?:demain|ce\s+soir|cette\s+nuit|vendredi|samedi|dimanche|lundi|tonight|tomorrow|"
            r"sunday|saturday|friday|tuesday|the\s+weekend|choisi\s+la\s+date|picked\s+the|apres\s+"
            r"le\s+travail|after\s+tonight|next\s+time|going\s+back|(?:after|by\s+the\s+end\s+of)\s+this\s+"
            r"week|cette\s+semaine|by\s+half\s+term|(?:pick|choose|choisir)\s+the\s+day|choisir\s+le\s+jour|"
            r"(?:c'est|c)\s+la\s+bonne|feels\s+like\s+the\s+night|(?:jusqu'a|until)\s+(?:mon|my)\s+"
            r"(?:anniversaire|birthday))\b",
    "means": r"\b(?:corde(?!\s+a\s+(?:sauter|linge))|rope|cachets|somniferes|medocs|pills|"
             r"tablets|morphine|lithium|insulin|insuline|zopiclone|paracetamol|fusil|rifle|gun|lames?\s+de\s+rasoir|razor|pont|"
             r"bridge|falaise|cliffs?|multi[\s-]?storey|platform|quai|express|fret|passage\s+a\s+niveau|"
             r"level\s+crossing|hauteur|overpass|balcon|balcony|bleed\s+out(?!\s+(?:a|the|your|my)\s+(?:radiator|radiators|brakes|system|"
             r"pipes?))|se\s+vider\s+de\s+son\s+sang|the\s+barrier|"
             r"central\s+reservation|fast\s+trains?|the\s+crossing|"
             r"le\s+train\s+passe|(?:the\s+)?trains?\s+(?:go|goes|pass|passes|come|comes)\s+(?:through|by|"
             r"behind|past)|armoire\s+a\s+pharmacie|medicine\s+cabinet|drown(?:ing)?|"
             r"se\s+noyer|noyade|top\s+floor|how\s+high|dose|lethal|mortelle|hardware\s+shop|hose|"
             r"coin\s+tranquille|the\s+spot|meds|highest|la\s+plus\s+haute|le\s+plus\s+haut|"
             r"medicaments|comprimes|boites\s+de\s+\w+|antidepresseurs|painkillers|"
             r"antidepressants|sleeping\s+tablets)\b(?!\s+(?:\w+\s+)?(?:perimee?s?|expired|out\s+of\s+date))",
    # the act itself, said in the first person: "demain je saute du pont", "je me tue",
    # "steering into a lorry", "I keep standing at the platform edge"
    "act": r"\b(?:je\s+(?:me\s+)?(?:saute|sauterai|jette|jetterai)\s+(?:du|d'un|d'une|de\s+la|par"
           r"\s+la|sous\s+(?:le|un|la))\s+(?:haut\s+(?:(?:du|d'un|de\s+la)\s+|de\s+l'))?(?:pont|toit|immeuble|"
           r"fenetre|balcon|falaise|viaduc|tour|train|metro|rer|tram|camion)(?!\s+(?:a\s+l'elastique|"
           r"en\s+parachute|dans\s+(?:l'eau|la\s+riviere|le\s+lac|la\s+mer|la\s+piscine)))|je\s+me\s+"
           r"(?:tue|tuerai|suicide|suiciderai|pends|pendrai)(?!\s*(?:a|au|aux|pour|de|d'|avec|pas|"
           r"jamais|point)\b)|"
           r"i'?m\s+(?:going|gonna)\s+(?:off|to\s+jump\s+off|jump\s+off)\s+(?:the|a|that)\s+"
           r"(?:bridge|roof|cliff|building|multi-storey|car\s+park)(?!\s+(?:exit|road|ramp|junction|"
           r"with\s+a\s+bungee|bungee))|(?:i'll|i\s+will|i'm\s+gonna)\s+(?:jump\s+off|throw\s+"
           r"myself\s+(?:off|under|in\s+front\s+of))|steer(?:ing)?\s+(?:the\s+car\s+)?into\s+(?:a|"
           r"the|an)\s+(?:lorry|truck|wall|tree|bus|oncoming)|(?:drive|driving)\s+(?:my\s+car\s+)?"
           r"(?:off\s+(?:a|the)\s+(?:bridge|cliff)|into\s+(?:a|the)\s+(?:wall|tree|lorry|truck|barrier|pillar|"
           r"bridge|central\s+reservation))|si\s+je\s+(?:saute|me\s+jette)\s+(?:du|de\s+la|par\s+la)\s+[\w-]+"
           r"(?:\s+etage)?\s*,?\s+au\s+moins|if\s+i\s+jump(?:ed)?\s+(?:off|from)\s+[^,.]{1,30},?\s+at\s+least|"
           r"(?:keep|kept)\s+standing\s+(?:right\s+)?(?:at|on|near|by)\s+the(?=\s+(?:platform\s+)?edge)|"
           r"j'ai\s+(?:tout\s+)?avale\s+(?:tout\s+ce\s+qu|toute\s+la\s+(?:boite|plaquette)|tout\s+le\s+"
           r"(?:flacon|tube|stock)|toutes?\s+(?:mes|les)\s+(?:boites|plaquettes|cachets|comprimes|"
           r"gelules|pilules))|i(?:'ve)?\s+(?:just\s+)?swallowed\s+(?:all|every|the\s+whole))\b",
    # no other way: "je ne vois plus qu'une solution", "being done with it"
    "noway": r"\b(?:(?:vois\s+)?plus\s+qu'une\s+(?:seule\s+)?(?:solution|issue)|(?:la|ma)\s+"
             r"seule\s+(?:solution|issue|porte\s+de\s+sortie)|only\s+(?:way\s+out|option\s+left)|no\s+"
             r"(?:other\s+)?way\s+out|(?:being|be)\s+done\s+with\s+it(?:\s+all)?|c'est\s+la\s+"
             r"fin\s+pour\s+moi|(?:vois|voit)\s+plus\s+(?:l'interet|le\s+sens)\s+de\s+(?:continuer|"
             r"vivre|me\s+lever)|(?:i'?m|im)\s+(?:just\s+)?so\s+done(?=\s*(?:[.!]|$))|not\s+sleepy\s+tired|the\s+other\s+kind\s+of\s+tired|(?:so|too)\s+tired\s+of\s+"
             r"(?:living|being\s+alive|existing)|fatiguee?\s+de\s+vivre|no\s+point\s+(?:in\s+)?(?:making\s+plans|"
             r"planning)|pas\s+la\s+peine\s+de\s+faire\s+des\s+projets|can't\s+see\s+(?:a|any)\s+way\s+(?:through|out|forward))\b",
    # a way found: "j'ai trouvé comment faire", "I know how I'm going to do it"
    "method": r"\b(?:(?:j'ai\s+)?trouve\s+comment\s+(?:faire|m'y\s+prendre|le\s+faire)|"
              r"(?:je\s+sais|i\s+know)\s+(?:exactement\s+|exactly\s+)?(?:comment|how)\s+(?:je\s+vais\s+(?:le\s+)?faire|"
              r"i'm\s+(?:going|gonna)\s+(?:to\s+)?do\s+it|i'll\s+do\s+it))\b",
    # a mind made up, an oath: with a means alone (and a time) it is everyday talk ("I swear
    # the bridge closures will kill my commute"), a weak pair below
    "oath": r"\b(?:je\s+suis\s+prete?\s+maintenant|i'?m\s+ready\s+now|"
            r"(?:i'?ve\s+)?decided\s+to\s+(?:fix|end|sort|solve)\s+(?:that|it|this)"
            r"(?=\s*(?:[.!,]|$))|"
            r"j'ai\s+decide\s+d'y\s+remedier|c'est\s+decide|ma\s+decision\s+est\s+prise|my\s+mind\s+is\s+made\s+up|i\s+"
            r"mean\s+it|je\s+le\s+jure|i\s+swear|j'ai\s+decide\s+que\s+j|i(?:'ve)?\s+decided\s+"
            r"(?:that\s+)?i)\b",
    "burden": r"\b(?:poids|fardeau|burden|plus\s+tranquilles?\s+sans\s+moi|better\s+off\s+"
              r"without\s+me|finally\s+breathe|liberes\s+de\s+moi|put\s+up\s+with\s+me|enfin\s+tranquille|"
              r"assurance\s+vie|life\s+insurance|je\s+coute\s+cher|pas\s+ta\s+faute|not\s+your\s+"
              r"fault|ils\s+comprendront|need\s+it\s+after|it\s+isn't|won't\s+matter|sans\s+qu'?"
              r"(?:elle|il)\s+le\s+sache|tried\s+for\s+a\s+long\s+time|any\s+way\s+forward|raison\s+"
              r"de\s+continuer|reason\s+to\s+(?:go\s+on|continue|live)|plus\s+la\s+force\s+de\s+(?:"
              r"continuer|vivre|me\s+battre|lutter)(?!\s+(?:a|ce|cet|cette|le|la|les|mon|ma|mes)\b)|(?:a|the)\s+drain\s+on|"
              r"(?:a|un|the)\s+burden|leur\s+coute|coute\s+trop\s+cher|que\s+des\s+problemes|"
              r"better\s+off\s+(?:if\s+i|when\s+i)|better\s+off\s+(?:\w+\s+){0,5}?than\s+with\s+me|"
              r"(?:sera|seront|serait|seraient)\s+(?:plus\s+)?(?:mieux|tranquilles?|heureu(?:x|se|ses))\s+"
              r"(?:avec\s+(?:son|sa|ses|leur)|si\s+je)|(?:dites|dis|tell)\s+(?:a\s+)?\w+\s+(?:que\s+)?"
              r"(?:c'est\s+|c\s+|it's\s+|it\s+was\s+|it\s+wasn't\s+)?(?:pas\s+(?:sa|ta|leur)\s+faute|not\s+"
              r"(?:his|her|their|your)\s+fault)(?!\s+(?:si|if)\b)|(?:it's|c'est)\s+(?:easier|plus\s+simple)\s+(?:this\s+way|"
              r"comme\s+ca)|(?:ce\s+sera|ca\s+sera|ce\s+serait|ca\s+serait|it'll\s+be|it\s+will\s+be|it\s+"
              r"would\s+be|it'd\s+be)\s+(?:tellement\s+|so\s+much\s+)?(?:plus\s+simple|mieux|easier|better)\s+"
              r"(?:pour\s+tout\s+le\s+monde|for\s+everyone)|one\s+less\s+(?:mouth\s+to\s+feed|problem\s+for\s+(?:them|her|him|everyone))|une\s+bouche\s+de\s+"
              r"moins\s+a\s+nourrir|un\s+probleme\s+de\s+moins\s+pour\s+(?:eux|elle|lui|tout\s+le\s+monde)|"
              r"(?:relieved|lighter|freer)\s+when\s+i'?m\s+gone(?!\s+(?:for|on|to|away|abroad|travelling))|"
              r"serai(?:en)?t\s+mieux\s+(?:si\s+je|sans\s+moi)|nothing\s+but\s+(?:trouble|problems))\b",
    "enough": r"\b(?:si\s+ca\s+suffit|would\s+do\s+it|j'en\s+ai\s+assez\s+maintenant|have\s+enough|"
              r"need\s+to\s+know\s+tonight|serious\s+question|just\s+curious|not\s+for\s+anything|"
              r"asking\s+cos|j'y\s+serai|counting\s+them|all\s+i\s+think\s+about|devant\s+moi|"
              r"je\s+sais\s+pas\s+pourquoi\s+je\s+vous\s+raconte|not\s+for\s+(?:a|an|my|the)\s+\w+|"
              r"(?:c'est\s+)?pas\s+pour\s+(?:un|une|le|la|mon|ma)\s+(?:exercice|devoir|photo|projet|"
              r"roman|expose|camping)|(?:finally\s+)?got\s+enough|saving\s+up\s+my|stockpil\w*|saved\s+up|"
              r"(?:mis|garde)\s+de\s+cote|asking\s+for\s+(?:me|myself)|not\s+(?:for\s+)?a\s+story|"
              r"stop\s+chickening\s+out|en\s+me\s+demandant\s+si\s+ca\s+ferait\s+mal|wondering\s+(?:if|whether)\s+"
              r"it\s+would\s+hurt|fixe\s+le\s+vide|(?:un|qu'un)\s+seul\s+pas\s+suffirait|one\s+step\s+(?:would\s+be\s+"
              r"enough|and\s+it'?d\s+be\s+over)|(?:i\s+)?don'?t\s+know\s+why\s+i'?m\s+(?:posting|telling\s+"
              r"you|writing)\s+(?:this|you)|(?:i\s+)?keep\s+thinking\s+about\s+(?:driving|stepping|jumping|"
              r"walking|swerving)|(?:googled|searched|looked\s+up)\s+(?:how\s+much|the\s+(?:lethal|fatal)\s+"
              r"dose)(?=\s+(?:of|for)\s+(?:my\s+|the\s+|these\s+)?(?:paracetamol|ibuprofen|aspirin|insulin|sleeping|pills|"
              r"tablets|meds|my\s+meds|co-codamol|codeine|tramadol|sertraline|zopiclone|"
              r"antidepressants))|(?:is|c'est)\s+(?:not|pas)\s+(?:expensive|cher),?\s+(?:is\s+it|hein)|"
              r"asking\s+(?:seriously|for\s+real)|(?:je\s+)?demande\s+serieusement|"
              r"how\s+many(?=\s+(?:\w+\s+)?would\s+it\s+(?:actually\s+|really\s+)?take)|combien(?=\s+(?:de\s+\w+\s+)?"
              r"(?:il\s+faudrait|faut-il|faut\s+il)\s+(?:en\s+)?(?:prendre|avaler))|"
              r"(?:feeling|feel|je\s+me\s+sens|je\s+suis)\s+(?:weirdly\s+|strangely\s+|etrangement\s+|"
              r"bizarrement\s+)?(?:calm|calme|serein\w*|at\s+peace|en\s+paix)\s+(?:about\s+it|now|"
              r"maintenant|depuis\s+que)|"
              # the ease thought, the rumination, a purpose denied: "it would be so fast",
              # "j'y pense tous les soirs", "and it's not to catch one"
              r"(?:it|that)\s+would\s+be\s+(?:so\s+)?(?:fast|quick|easy)|ce\s+serait\s+(?:si\s+|tellement\s+)?"
              r"(?:rapide|facile)|j'y\s+pense\s+(?:tous\s+les\s+soirs|sans\s+arret|tout\s+le\s+temps|chaque\s+"
              r"(?:soir|nuit))|i\s+think\s+about\s+it\s+every\s+(?:night|time|day)|(?:and\s+)?it's\s+not\s+to\s+"
              r"(?:catch|take|board)\s+(?:one|it|a\s+train)|"
              r"(?:mon|my)\s+(?:courage|nerve)|"
              r"enough(?=\s+(?:pills|tablets|meds|of\s+them))|(?:les|tout|toutes?|tous)\s+(?:prendre|"
              r"avaler)\s+d'un\s+(?:seul\s+)?coup|(?:take|swallow)\s+them\s+all|all\s+at\s+once|"
              r"(?:just\s+)?need\s+the\s+(?:courage|nerve)|(?:le|du)\s+courage\s+de\s+(?:le\s+faire|"
              r"sauter|passer\s+a\s+l'acte))\b",
    # a place scouted: "personne n'y passe", "it's quiet after dark", "to check the spot"
    "scout": r"\b(?:personne\s+(?:n'y|ny)\s+passe|(?:nobody|no\s+one|no-one)\s+(?:goes|comes|"
             r"walks)\s+(?:there|up\s+there|down\s+there)|(?:quiet|deserted|empty)\s+(?:after\s+dark|"
             r"at\s+night|late)|get(?:s)?\s+quiet\s+at\s+night|check\s+(?:out\s+)?the\s+spot|"
             r"(?:j'ai\s+)?repere\s+(?:l'endroit|le\s+coin|un\s+endroit|le\s+pont)|desert\s+(?:la\s+nuit|le\s+soir)|plus\s+personne\s+(?:la\s+nuit|"
             r"le\s+soir|apres\s+\d+h))\b",
    # a means found fit: "it's high enough", "assez haut" (not an unspoken "I": "le pont
    # de Normandie est assez haut pour les cargos")
    "fit": r"\b(?:(?:high|deep|strong)\s+enough|assez\s+(?:haut|profond|solide))\b",
    # no longer there: "je serai plus là pour le payer", "won't be needing them where I'm
    # going", "personne remarquerait si je disparaissais"
    "gone": r"\b(?:(?:ne\s+)?serai\s+plus\s+(?:la|parmi)(?!\s+pour\s+(?:le|la|les|l'|ce|cette|"
            r"mon|ma|notre|votre)\s*(?!payer|regler|voir|rembourser|embeter|deranger)\w)|"
            # everything given away: "giving all my stuff away", "donné toutes mes affaires"
            r"giving\s+(?:away\s+)?all\s+(?:of\s+)?my\s+(?:stuff|things|belongings)|given\s+away\s+"
            r"(?:all|most)\s+(?:of\s+)?my\s+(?:stuff|things|belongings)|donne\s+(?:toutes\s+mes\s+affaires|tout\s+ce\s+que\s+"
            r"j'ai)|"
            # "when I'm gone" (not gone for the weekend), "if I wasn't here anymore", "nothing
            # left for me here", "elle la trouvera sur la table", "told him it's just for a
            # while. it's not."
            r"when\s+i'?m\s+gone(?!\s+(?:for|on|to|away|abroad|travelling))|quand\s+je\s+serai\s+"
            r"(?:plus\s+la|partie?)(?!\s+(?:en|a|au|pour)\b)|(?:wasn't|weren't|was\s+not)\s+here\s+any\s?more|"
            r"plus\s+rien\s+a\s+faire\s+ici|plus\s+rien\s+ne\s+me\s+retient|nothing\s+left\s+for\s+me\s+here|"
            r"(?:elle|il|ils|elles)\s+(?:la|le|les)\s+trouver(?:a|ont)\s+(?:sur|dans|sous)|(?:they'll|she'll|"
            r"he'll)\s+find\s+(?:it|them)\s+(?:on|in|under|when|after)|(?:told|tell)\s+(?:him|her|them)\s+"
            r"it'?s\s+(?:just\s+|only\s+)?(?:for\s+a\s+(?:while|bit|few\s+days)|temporary)\W+it'?s\s+not|"
            r"(?:nobody|no\s+one|no-one|personne)\s+(?:\w+\s+){1,4}?(?:would|will|ne\s+)?\s*(?:even\s+)?"
            r"(?:notice|miss\s+me|remarquerait|remarquera)|"
            r"(?:don't|do\s+not|no\s+need\s+to)\s+(?:bother\s+)?(?:buying|getting)\s+me\s+(?:anything|a\s+"
            r"present|presents|a\s+gift)|(?:pas\s+la\s+peine|inutile)\s+de\s+m'acheter|"
            r"goodbye\s+(?:notes|letters)|lettres?\s+d'adieu|mots?\s+d'adieu|"
            r"si\s+je\s+disparaissais|if\s+i\s+(?:disappeared|vanished|was\s+gone|were\s+gone)|"
            r"(?:si|quand)\s+vous\s+(?:ne\s+)?(?:voyez|verrez)\s+plus\s+(?:mon|ma)\s+(?:pseudo|nom|profil|"
            r"avatar)|if\s+you\s+(?:don't|stop|no\s+longer)\s+(?:see|seeing)\s+(?:me|my\s+(?:name|posts))\s+"
            r"(?:here|online|around|on\s+here)|wasn't\s+around|"
            r"weren't\s+around|won't\s+be\s+(?:here|around)\s+(?:\w+\s+){0,4}?much\s+longer|"
            r"won't\s+be\s+(?:here|around)\s+(?:for|to|anymore|much)|won't\s+be\s+"
            r"needing|(?:j'en|je\s+n'en)\s+aurai\s+plus\s+besoin|where\s+i'm\s+going|la\s+ou\s+je\s+"
            r"vais|(?:ce\s+)?sera\s+pas\s+en\s+vacances|not\s+(?:going\s+)?on\s+holiday|personne\s+"
            r"(?:ne\s+)?(?:remarquerait|remarquera|verrait)|nobody\s+(?:would|will)\s+(?:notice|"
            r"miss)|no\s+one\s+(?:would|will)\s+(?:notice|miss)|(?:pk|pourquoi)\s+je\s+continue|"
            r"why\s+i\s+(?:keep\s+going|bother)|(?:don't|do\s+not)\s+think\s+i'll\s+(?:be\s+here|still\s+be\s+"
            r"(?:here|around)|make\s+it\s+(?:to|past))|won't\s+step\s+back|not\s+to\s+anything|ni\s+ici\s+"
            r"ni\s+ailleurs|(?:irai|vivrai)\s+pas\s+plus\s+loin\s+que|won't\s+(?:live|make\s+it)\s+(?:past|"
            r"beyond)|not\s+because\s+i\s+got\s+banned)\b",
    # what is meant, said outright: "en finir", "pas se rater", "me couper les bras"
    "intent": r"\b(?:(?:le\s+bruit|les\s+voix|la\s+douleur)\s+dans\s+ma\s+tete\s+"
              r"s'arreter(?:a|ont|ait)|the\s+(?:noise|voices?|pain)\s+in\s+my\s+head\s+(?:would|will|"
              r"'d|'ll)\s+(?:finally\s+)?stop|(?:penser|pense|envie|besoin)\s+a\s+en\s+finir|d'en\s+finir(?!\s+avec\s+"
              r"(?!la\s+vie|tout))|[:,]\s*en\s+finir(?!\s+avec\s+(?!la\s+vie|tout))|mettre\s+fin\s+a\s+(?:mes|ma)|end\s+it\s+all|(?:pas|ne\s+pas)\s+(?:se|me)\s+rater|make\s+sure\s+it\s+"
              r"works|(?:want|need)\s+(?:it\s+all|everything|(?:the|this|my)\s+(?:noise|pain|voices?|"
              r"thoughts)(?:\s+in\s+my\s+head)?)\s+to\s+stop(?:\s+for\s+good)?|que\s+tout\s+s'arrete|que\s+"
              r"(?:ca|la\s+douleur|les\s+voix)\s+s'arrete(?:nt)?\s+(?:pour\s+de\s+bon|pour\s+toujours|"
              r"definitivement))\b",
    # hurting oneself, told: one phrase is enough
    "cut": r"\b(?:me\s+(?:couper|taillader|bruler)\s+(?:les|mes)\s+(?:bras|poignets|cuisses|"
           r"jambes)|"
           r"cutting\s+(?:myself\s+(?:again|every|when|on\s+purpose)|my\s+(?:arms|wrists|thighs))|"
           r"me\s+scarifier|hurting\s+myself\s+(?:again|on\s+purpose|every)|hurt\s+myself\s+(?:again\s+)?"
           r"(?:on\s+purpose|deliberately)(?!\s*\?)|(?:started|start|been)\s+cutting\s+again|(?:recommence|continue)\s+"
           r"a\s+me\s+(?:couper|scarifier|taillader|bruler)(?!\s+(?:les|la|le|des|mes|ma|mon|au|en)\s))\b",
}

# Scams told without a rule's phrase: what is sold or promised, and how to get it.
_SCAM_FAMILIES = {
    # illicit goods: fake documents, weapons, drugs, bought audiences
    "goods": r"\b(?:(?:faux|fausses?)\s+(?:billets|papiers|permis|passeports?|diplomes?|cartes?\s+"
             r"d'identite|documents)|permis\s+(?:\w+\s+)?sans\s+(?:passer|examen|code)|counterfeit|"
             r"fake\s+(?:ids?|passports?|documents|notes|licen[cs]es?|diplomas?)|(?:registered|"
             r"genuine|real)\s+(?:\w+\s+)?(?:passports?|driving\s+licen[cs]es?|id\s+cards?)|"
             r"\d+k?\s+(?:\w+\s+)?(?:followers|abonnes|likes|vues|views)|(?:buy|acheter|achetez)\s+(?:\w+\s+)?"
             r"(?:followers|abonnes|likes|vues|views)|(?:followers|abonnes)\s+"
             r"(?:pour|for)\s+\d|9mm|glock|kalash|munitions|ammo|blank-firers?|converted\s+"
             r"(?:guns?|pistols?)|certificates?\s+pass|ielts\s+certificates?|ghost\s+guns?|(?:gun|pistol|rifle)\s+kits?|"
             r"untraceable\s+(?:guns?|firearms|pistols|weapons)|80%\s+lowers|(?:driving\s+)?licen[cs]es?\s+"
             r"(?:\w+\s+){0,2}?scannable|scannable\s+(?:ids?|licen[cs]es?|passports?))\b",
    # drugs: said by people who quit or worry as often as by dealers, so a channel alone
    # is not enough (a weak pair): the terms of a sale are
    "drugs": r"\b(?:beuh|weed|resine|pochons?|cocaine|coke|ecsta|mdma|ketamine|xanax|ket|xans|"
             r"top[\s-]shelf\s+gear|(?:fresh|top|quality|loud)\s+bud)\b",
    # the terms of a sale that avoids questions
    # (said of the writer: "X vend de la beuh aux élèves" is an accusation, defamation's)
    "sale": r"\b(?:deliver(?:ing|ed|y)?\s+(?:across|all\s+over|to\s+your\s+door|anywhere)|"
            r"(?:telegram|snap|signal|whatsapp)\s+only|vends|a\s+vendre|(?<!is\s)(?<!'s\s)(?<!was\s)(?<!are\s)selling|for\s+sale|"
            r"prix\s+(?:imbattable|cass\w*|interessant)|"
            r"cheap|pas\s+cher|livraison|delivery|cash\s+only|paiement\s+(?:apres|a\s+la)|"
            r"payment\s+(?:after|on)\s+delivery|100\s?%\s+(?:legit|garanti|real)|legit|pass(?:ent)?"
            r"\s+(?:any|every|all|au)\s+(?:check|checks|stylo|controle)|no\s+questions|pas\s+de\s+"
            r"questions|pas\s+de\s+papiers|no\s+(?:licen[cs]e|prescription|paperwork)\s+needed|"
            r"sans\s+ordonnance|7j/7|24/7|qualite\s+top|top\s+quality|discreet|discret(?:e)?|"
            r"(?:fast|express|tracked|worldwide|discreet)\s+(?:tracked\s+)?shipping|dm\s+for\s+(?:prices|"
            r"the\s+price|details)|scannable)\b",
    # money promised: easy gains, loans with a fee up front
    "money": r"\b(?:guaranteed\s+loan\s+approval|invest(?:ed)?\s+(?:just\s+|"
             r"only\s+)?[£$€]\s?\d[\d,]*\s+(?:\w+\s+){0,6}?"
             r"(?:withdraw|"
             r"withdrew|got\s+back|made|earned|received|cash\s+out)\s+[£$€]\s?\d|(?:transforme|"
             r"turned|transformed)\s+\d[\d\s.,]*\s*(?:€|euros?|£|\$)\s+(?:en|into)\s+(?:\d[\d\s.,]*)?\d|\d+\s?(?:€|euros?|\$|£)\s+(?:par|per|a|the)\s+(?:colis|parcel|package|heure|"
             r"hour)|(?:je\s+)?gagne\s+(?:entre\s+)?\d[\d\s]*(?:et\s+\d+\s*)?(?:€|euros?)\s+par\s+"
             r"(?:jour|semaine)|earn(?:ing)?\s+(?:£|\$|€)\s?\d[\d,]*\s+(?:a|per)\s+(?:day|week)|"
             r"depuis\s+mon\s+canape|from\s+(?:my|your)\s+(?:sofa|couch|phone)|side\s+hustle|"
             r"join\s+my\s+team|places\s+limitees|limited\s+(?:spots|places)|bad\s+credit\s+ok|"
             r"loan\s+fast|pret\s+rapide|(?:admin|processing|application)\s+fee\s+upfront|"
             r"frais\s+de\s+dossier|paid\s+off\s+(?:her|his|my)\s+mortgage|this\s+one\s+app|"
             r"in\s+your\s+account\s+within)\b",
    # a psychic's or a healer's promises
    "occult": r"\b(?:(?:spiritual|traditional)\s+healer|reunites?\s+(?:lost\s+)?lovers|breaks?\s+"
              r"curses|removes?\s+bad\s+luck|love\s+spells?|retour\s+(?:rapide\s+)?de\s+l'etre\s+"
              r"aime|desenvoutement|envoutement|grand\s+(?:voyant|marabout|medium)|"
              r"mauvais\s+sort)\b",
    # a stranger's come-on that leads elsewhere
    "lure": r"\b(?:(?:she|he|they|il|elle)\s+(?:changed|a\s+change|m'a\s+change)\s+(?:my|ma)\s+"
            r"(?:life|vie)|ton\s+profil\s+m'a\s+(?:trop\s+)?plu|your\s+profile\s+caught|mon\s+site\s+"
            r"prive|my\s+private\s+(?:site|page)|(?:hey|hi|hello|coucou|salut)\s+(?:babe|baby|handsome|"
            r"beautiful|sweetie|darling|bb|beau\s+gosse|mon\s+beau|ma\s+belle)|not\s+on\s+here\s+much|"
            r"(?:suis|viens)\s+(?:tres\s+)?rarement\s+(?:ici|sur\s+ce\s+site)|chat\s+properly|discuter\s+"
            r"(?:plus\s+)?tranquillement|viens\s+(?:discuter|me\s+voir)\s+(?:avec\s+moi\s+)?"
            r"sur|photos?\s+(?:privees|coquines)|private\s+pics)\b",
    # phishing: a secret asked for (a code sent by SMS, a password, bank or card details) ...
    "secret": r"\b(?:(?:confirme[zr]?|verifie[zr]?|saisi(?:r|ssez)|renseigne[zr]?|communique[zr]?|"
              r"envoye[zr]?(?:-nous|-moi)?|transmet(?:tre|tez)|donne[zr]?|mettre\s+a\s+jour|mettez\s+a\s+"
              r"jour)\s+(?:nous\s+|moi\s+)?(?:vos|votre|le|la|ton|ta|tes)\s+(?:\w+\s+){0,2}?(?:coordonnees\s+"
              r"bancaires|identifiants|mot\s+de\s+passe|code|rib|iban|numero\s+de\s+carte|cryptogramme|"
              r"informations\s+bancaires|donnees\s+bancaires)|code\s+(?:recu|envoye)\s+par\s+(?:sms|texto)|"
              r"(?:confirm|verify|enter|update|send\s+us|reply\s+(?:to\s+this\s+message\s+)?with|provide|"
              r"share)\s+(?:us\s+)?(?:with\s+)?(?:your|the)\s+(?:\w+\s+){0,2}?(?:bank\s+details|card\s+"
              r"(?:details|number)|password|login|credentials|pin|security\s+code|verification\s+code|"
              r"\d-digit\s+code|code)|code\s+(?:we|that\s+we|i)\s+(?:just\s+)?(?:texted|sent))\b",
    # ... or personal details to claim a prize
    # crypto doubled: "envoyez vos USDT et on double tout", "send your BTC, we double it"
    "claim": r"\b(?:(?:je\s+peux|on\s+peut|nous\s+pouvons|we\s+can|i\s+can)\s+(?:doubler|"
             r"tripler|double|"
             r"triple)\s+(?:votre|ton|vos|your)\s+(?:epargne|argent|capital|investissement|money|savings|"
             r"investment)|no\s+(?:credit|cibil)\s+check|(?:small\s+)?processing\s+"
             r"fee\s+to\s+my|on\s+(?:double|triple)\s+tout|envoyez\s+vos\s+(?:usdt|btc|bitcoins?|eth|"
             r"cryptos?)|send\s+(?:your|us\s+your)\s+(?:usdt|btc|bitcoin|eth|crypto)|(?:reply|respond|send\s+us|dm\s+us)\s+(?:\w+\s+){0,2}?with\s+your\s+(?:full\s+"
             r"name|name|address|postcode|email|details)|(?:envoyez|repondez|donnez)(?:-nous)?\s+(?:avec\s+)?"
             r"(?:vos|votre)\s+(?:nom|adresse|coordonnees)(?:\s+\w+){0,6}?\s+pour\s+(?:recevoir|"
             r"recuperer|reclamer|obtenir)|(?:\w+\s+){0,3}to\s+claim\s+(?:your|the)\s+(?:prize|"
             r"voucher|reward|gift))\b",
    # ... with an alarm or a windfall
    "alarm": r"\b(?:(?:compte|ligne|carte|abonnement|account|card|line|subscription)\s+"
             r"(?:\w+\s+){0,3}?"
             r"(?:sera|va\s+etre|will\s+be|a\s+ete|has\s+been|is\s+being|est)\s+(?:\w+\s+)?(?:suspendue?|"
             r"bloquee?|desactivee?|fermee?|supprimee?|piratee?|suspended|blocked|locked|closed|hacked|"
             r"compromised|deactivated|terminated)|(?:remboursement|refund)\s+(?:\w+\s+){0,4}?(?:vous\s+"
             r"attend|en\s+attente|is\s+waiting|pending|awaits)|(?:winners?|gagnants?)\s+(?:of|du|de)|"
             r"vous\s+avez\s+(?:ete\s+)?(?:gagne|tire|selectionnee?)|you(?:'ve|\s+have)\s+(?:been\s+"
             r"selected|won)|keep\s+your\s+account\s+(?:open|active)|(?:eviter|avoid)\s+(?:la\s+)?"
             r"(?:coupure|suspension|fermeture|closure|blocage)|activite\s+inhabituelle|unusual\s+"
             r"activity|(?:sous|within)\s+(?:24|48)\s?h|(?:carte|compte|abonnement|card|account|"
             r"subscription)\s+(?:\w+\s+){0,2}?(?:expire|expires|expiring|arrive\s+a\s+expiration)|"
             r"pour\s+(?:debloquer|reactiver|retablir)\s+(?:votre|ton)\s+(?:compte|carte|acces|ligne)|"
             r"to\s+(?:unlock|reactivate|restore)\s+your\s+(?:account|card|access))\b",
    # remote repair: a stranger's technician on the victim's computer
    "remote": r"\b(?:anydesk|teamviewer|ultraviewer|prise\s+en\s+main\s+a\s+distance|(?:fix|repair|"
              r"clean)\s+(?:\w+\s+){0,2}?remotely|(?:repare|depanne|regle)\w*\s+(?:\w+\s+){0,2}?a\s+"
              r"distance|(?:technicien|technician)s?\s+a\s+distance)\b",
    "repairer": r"\b(?:(?:notre|nos|our|appelle[zr]?|call|contact(?:ez)?)\s+(?:\w+\s+)?"
                r"(?:technicien|"
                r"technician|expert|engineer|specialist)s?|(?:certified|qualified|agreee?s?)\s+"
                r"(?:technicians?|experts?|techniciens?))\b",
    # ... in a brand's or a service's name
    "official": r"\b(?:service\s+client|support|security\s+team|"
                r"(?:equipe|service)\s+(?:de\s+)?securite|"
                r"customer\s+"
                r"(?:care|service|services)|officiel(?:le)?|official|verified|certifiee?|assistance)\b",
    "channel": r"\b(?:en\s+(?:mp|dm|prive)|(?:dm|mp|pm|inbox)(?:\s+(?:me|moi|now|si|if|for))?|"
               r"whatsapp|telegram|snap(?:chat)?\s+(?:en|in)\s+bio|lien\s+(?:dans|en)\s+(?:ma\s+)?"
               r"bio|link\s+in\s+(?:my\s+)?bio|contacte[zr]?-moi|contact\s+(?:me|us))\b",
}
# Reported seizures and trials are news: "la police a saisi 3 kg de résine".
_SCAM_NEWS = re.compile(r"\b(?:police|gendarmerie|gendarmes|douane|saisi(?:e|s)?|seized|arrested|"
                        r"interpelle(?:e|s)?|demantele|tribunal|court|condamne|jailed|raid)\b")


@dataclass(frozen=True, slots=True)
class Families:
    pattern: re.Pattern[str]
    core: frozenset[str]
    needed: int  # distinct families, one of them a core one
    # Pairs that are not enough alone: a means and a time is a commute ("tonight I'm
    # taking the last express to Leeds").
    weak_pairs: frozenset[frozenset[str]] = frozenset()
    # What every core family's match holds (matchers.prefilter's gate over their
    # required condition): most messages fail it and are never scanned.
    screen: Gate | None = None
    # Core families of which two different phrases are enough alone ("ma famille serait
    # plus tranquille sans moi, je leur coûte trop cher").
    repeated: frozenset[str] = frozenset()
    alone: frozenset[str] = frozenset()  # families one phrase of which is enough
    # How many of the ``departure`` families are enough without a core one: a goodbye,
    # accounts deleted and a pet handed over ("logging off for good, deleted my accounts,
    # someone look after my cat") say together what none says alone.
    plenty: int | None = None
    departure: frozenset[str] = frozenset()
    # Each family's own pattern, in ``pattern``'s order, and the gate that says which of
    # them can match a text: a screened message is read only by those (:func:`_scan`).
    members: Members | None = None


def _screen(families: dict[str, str], core: Iterable[str]) -> Gate | None:
    """A gate that opens on every text one of the ``core`` families can match.

    Not just the strings of :func:`~chartekit.matchers.prefilter.required_substrings`:
    "c'est connu" needs "c'est" *and* "connu", and the gate tests both, where a set of
    strings would open on every "c'est".
    """
    condition = gate_condition("|".join(f"(?:{families[name]})" for name in sorted(core)))
    return None if condition is None else Gate([condition])


def _with_only(family: str, others: tuple[str, ...]) -> frozenset[frozenset[str]]:
    """Every set of ``family`` and some of ``others``: weak pairs for a core family that
    is a threat only beside something else."""
    sets = [frozenset({family})]
    for other in others:
        sets += [found | {other} for found in sets]
    return frozenset(sets)


_THREAT_CORE = frozenset({"harm", "weapon", "dox", "pursue", "doorstep", "grievance"})
_SELF_HARM_CORE = frozenset({"means", "burden", "gone", "intent", "cut", "act", "letter"})
_DEPARTURE = frozenset({"farewell", "arrange", "give", "letter"})
THREAT = Families(_compile(_THREAT_FAMILIES), _THREAT_CORE, 2,
                  # a visit said with what is known of the reader is a neighbour's: the
                  # doorstep is a threat only beside a harm, a weapon or a condition
                  _with_only("doorstep", ("visit", "know", "routine"))
                  # a grievance is a threat beside a warning, a harm or a seal, not beside a
                  # visit or a hint ("le modo qui m'a banni, je passe plus ici")
                  | _with_only("grievance", ("visit", "know", "routine", "hint", "damage")),
                  screen=_screen(_THREAT_FAMILIES, _THREAT_CORE),
                  members=Members(_THREAT_FAMILIES))
SELF_HARM = Families(_compile(_SELF_HARM_FAMILIES), _SELF_HARM_CORE, 2,
                     # a commute; a holiday; a forum left; an oath about a bridge; a
                     # letter posted on a date, or sent with thanks
                     frozenset({frozenset({"means", "time"}), frozenset({"gone", "time"}),
                                frozenset({"gone", "farewell"}), frozenset({"means", "oath"}),
                                frozenset({"means", "oath", "time"}),
                                frozenset({"letter", "time"}), frozenset({"letter", "farewell"})}),
                     # three departures hold one besides a goodbye (the most frequent)
                     screen=_screen(_SELF_HARM_FAMILIES,
                                    _SELF_HARM_CORE | (_DEPARTURE - {"farewell"})),
                     repeated=frozenset({"burden", "intent", "gone"}),
                     alone=frozenset({"cut"}), plenty=3, departure=_DEPARTURE,
                     members=Members(_SELF_HARM_FAMILIES))


_SCAM_CORE = frozenset({"goods", "drugs", "money", "occult", "lure", "secret", "claim",
                        "remote"})
SCAM = Families(_compile(_SCAM_FAMILIES), _SCAM_CORE, 2,
                # a dealer's channel is also a worried parent's; an IT desk's own tool
                frozenset({frozenset({"drugs", "channel"}), frozenset({"remote", "official"})}),
                screen=_screen(_SCAM_FAMILIES, _SCAM_CORE),
                members=Members(_SCAM_FAMILIES))


def scam_news(folded: str) -> bool:
    """Whether the message reports a seizure, an arrest or a trial."""
    return _SCAM_NEWS.search(folded) is not None


def _could_combine(names: frozenset[str], families: Families) -> bool:
    """Whether families found among ``names`` could be enough: :func:`combination`'s test
    with every one of them found (each part of it only grows with what is found)."""
    return (not families.repeated.isdisjoint(names) or not families.alone.isdisjoint(names)
            or (families.plenty is not None and len(families.departure & names) >= families.plenty)
            or (len(names) >= families.needed and not families.core.isdisjoint(names)))


def _in_order(folded: str, members: Sequence[tuple[str, re.Pattern[str]]]
              ) -> list[tuple[str, re.Match[str]]] | None:
    """The matches of the ``|`` of ``members``' patterns, as ``finditer`` gives them, from
    each member's own searches: the leftmost next match wins, the first member on a tie
    (as the alternation tries them). None at an empty match, after which ``finditer`` has
    rules of its own: the caller runs the whole pattern then."""
    found: list[tuple[str, re.Match[str]]] = []
    upcoming = [pattern.search(folded) for _, pattern in members]
    while True:
        best, won = -1, None
        for i, match in enumerate(upcoming):
            if match is not None and (won is None or match.start() < won.start()):
                best, won = i, match
        if won is None:
            return found
        end = won.end()
        if end == won.start():
            return None
        found.append((members[best][0], won))
        # The next match of every member that started inside this one is searched again.
        for i, match in enumerate(upcoming):
            if match is not None and match.start() < end:
                upcoming[i] = members[i][1].search(folded, end)


def _scan(folded: str, families: Families) -> list[tuple[str, re.Match[str]]]:
    """What ``families.pattern.finditer`` finds, as (family, match), read by the families
    the gate opens alone: a family whose gate stays shut matches nowhere in the text, so
    the alternation's matches are the open families'."""
    if families.members is not None:
        members, opener = families.members.get()
        opened = sorted(opener.open(folded))
        names = frozenset(members[i][0] for i in opened)
        if not _could_combine(names, families):
            return []
        found = _in_order(folded, [members[i] for i in opened])
        if found is not None:
            return found
    return [(match.lastgroup, match) for match in families.pattern.finditer(folded)
            if match.lastgroup is not None]


def combination(folded: str, families: Families) -> Combination | None:
    """The families in ``folded`` when there are enough of them, one a core one."""
    if families.screen is not None and not families.screen.open(folded):
        return None
    found: dict[str, tuple[int, int]] = {}
    phrases: dict[str, set[str]] = {}
    for name, match in _scan(folded, families):
        phrases.setdefault(name, set()).add(match.group())
        start, end = found.get(name, match.span())
        found[name] = (start, max(end, match.end()))
    repeated = (any(len(phrases[name]) >= 2 for name in families.repeated & found.keys())
                or not families.alone.isdisjoint(found)
                or (families.plenty is not None
                    and len(families.departure & found.keys()) >= families.plenty))
    if not repeated and (len(found) < families.needed or families.core.isdisjoint(found)
                         or frozenset(found) in families.weak_pairs):
        return None
    spans = found.values()
    return Combination(tuple(sorted(found)), min(s for s, _ in spans), max(e for _, e in spans))


def family_reason(message: Message, category: str, families: Families,
                  confidence: float) -> Reason | None:
    """The reason for a message that holds enough families of ``category``'s kind."""
    found = combination(message.folded, families)
    if found is None:
        return None
    start, end = message.norm.span(found.start, found.end)
    return Reason(category, f"{category}.families", start, end, message.text[start:end],
                  " + ".join(found.families), confidence, "families", "", confidence)


# Hate told without a slur: a group named (or pointed at) and, near it, what is said of it.
# A *named* group ("les Roumains", "the Irish", "Muslims") needs one family of what is said
# (a beast, an essence, an exclusion, a vice, a control); a group only pointed at ("ils",
# "them", "ce peuple", "that lot") needs two: "ils ont ramené la brousse, c'est plus la
# France", "overrun with them, breeding like rabbits on our taxes".
_NAMED_GROUP = (
    r"\b(?:(?:les|des|ces|nos|vos|leurs|tous\s+les|toutes\s+les|aux|un|une)\s+(?:arabes|noirs|noires|juifs|juives|"
    r"musulman(?:e)?s|migrants|immigre(?:e)?s|immigrants|refugie(?:e)?s|etrangers|africains|"
    r"maghrebins|roms|gitans|tziganes|manouches|asiatiques|chinois|turcs|homos|homosexuel(?:le)?s|"
    r"gays|lesbiennes|trans|transgenres|femmes|meufs|nanas|gonzesses|handicape(?:e)?s|autistes|"
    r"roumains|bulgares|algeriens|marocains|tunisiens|senegalais|maliens|afghans|syriens|"
    r"pakistanais|polonais|portugais|comoriens|juif|noir|musulman|arabe|homo|gay|femme)|gens\s+du\s+voyage|"
    r"joueurs?\s+noirs?|(?:the\s+)?(?:jews|jewish\s+people|muslims|arabs|blacks|black\s+people|"
    r"immigrants|migrants|refugees|foreigners|asians|chinese(?:\s+people)?|indians|africans|"
    r"gays|gay\s+(?:people|men|blokes?|guys?)|lesbians|homosexuals|trans\s+(?:people|women|men)|women|"
    r"females|girls|disabled\s+people|travellers|travelers|gypsies|roma|pakistanis|nigerians|"
    r"somalis|albanians|romanians|poles|polish\s+people|eastern\s+europeans|afghans|syrians|"
    r"mexicans|latinos|muzzies|j3ws|illegals|boat\s+people|small\s+boats?(?:\s+(?:arrivals|"
    r"people|migrants|crowd))?)|the\s+(?:irish|scots|welsh|english|french|polish|jews|"
    r"chinese)|same\s+tribe|feujs?|clandestins|abos|abbos|knackers|pikeys)\b")
# "comme par hasard le banquier est juif": the group named as what someone is. Said of a
# grandmother or a husband far more often than as a slur, it counts only with a conspiracy
# ("ils tiennent tout") or two families of what is said.
_DESCRIBED_GROUP = (r"\b(?:est|sont|etait)\s+(?:juif|juive|juifs|juives|musulman(?:e|s|es)?|"
                    r"arabes?|noirs?)\b")
_POINTED_GROUP = (r"\b(?:ils|eux|ces\s+gens(?:-la)?|ce\s+peuple|cette\s+race|leur\s+race|"
                  r"cette\s+engeance|them|they(?:'re)?|those\s+people|these\s+people|that\s+lot|"
                  r"this\s+lot|their\s+kind|the\s+lot\s+of\s+them|une\s+femme|a\s+woman)\b")
_HATE_FAMILIES = {
    "beast": r"\b(?:swarm|vermin|cockroach(?:es)?|rats|animals|savages|monkeys|apes|"
             r"breed(?:ing)?\s+like|infest(?:ed|ing)?|overrun|invaders|"
             r"not\s+(?:even\s+)?human|subhuman|invasion|sauterelles|nuee\s+de|locusts|hordes?\s+of|"
             r"take\s+over\s+(?:whole\s+|entire\s+|our\s+)?"
             r"(?:neighbourhoods|neighborhoods|towns|areas|streets|estates|cities|country)|grand\s+"
             r"remplacement|great\s+replacement|plague|rots?\s+from|third\s+world\s+(?:dump|hole|"
             r"shithole)|zoo|brousse|"
             r"jungle|sauvages|singes|cafards|vermine|parasites?|envahi(?:e|s)?|envahisseurs|"
             r"pas\s+des\s+(?:etres\s+)?humains|sous-hommes|comme\s+des\s+(?:lapins|betes|"
             r"animaux)|tiers-monde)\b",
    "essence": r"\b(?:genetique|dans\s+(?:le|leur)\s+sang|dans\s+leurs?\s+genes|dans\s+leur\s+"
               r"(?:nature|culture|religion|adn)|c'est\s+connu|same\s+kind\s+of\s+(?:surnames?|names|"
               r"people|background)|toujours\s+les\s+memes|tous\s+"
               r"(?:les\s+memes|pareils)|in\s+their\s+(?:blood|"
               r"religion|nature|culture|genes|dna)|always\s+have\s+been|always\s+will\s+be|"
               r"all\s+the\s+same|(?:we\s+)?all\s+know\s+what|can't\s+integrate|won't\s+"
               r"integrate|s'integrer|only\s+come\s+(?:over\s+)?(?:here\s+)?for|on\s+sait\s+"
               r"(?:tous\s+)?(?:ce\s+qu'|comment)|that\s+lot\s+are\s+like|every\s+(?:last|single)\s+one"
               r"(?:\s+of\s+them)?|jusqu'au\s+dernier)\b",
    "exclude": r"\b(?:send\s+(?:them|the\s+lot|every\s+last\s+one|em)|go\s+back\s+(?:home|to)|"
               r"stop\s+letting\s+(?:them|any\s+more|more\s+of\s+them)\s+in|kick\s+(?:them|'?em)\s+"
               r"(?:all\s+)?out|sink\s+the\s+boats|turn\s+(?:the\s+boats|them)\s+back|"
               r"(?:they're|they\s+are|are)\s+not\s+welcome|"
               r"deport\s+(?:them|the\s+lot|all|every)|be\s+deported|close\s+the\s+(?:mosques|borders)|no\s+more\s+(?:mosques|them|halal)|"
               r"(?:should|must|need\s+to|needs\s+to|ought\s+to)\s+(?:all\s+)?be\s+(?:barred|banned|kept\s+"
               r"out|locked\s+up|sent\s+(?:back|home))|keep\s+them\s+out|should\s+stick\s+to|leave\s+"
               r"(?:\w+\s+){0,2}to\s+the\s+men|wouldn't\s+let|not\s+england|this\s+is\s+"
               r"(?:england|britain)|fermez\s+les\s+frontieres|virez|expulsez|renvoyez|"
               r"(?:faut|faudrait|doit|devrait)\s+(?:les\s+)?(?:expulser|renvoyer|virer)|"
               r"qu'on\s+les\s+(?:expulse|renvoie|vire)|retourne(?:r|nt)?\s+(?:\w+\s+)?(?:au\s+bled|chez\s+eux|dans\s+leur\s+"
               r"pays|a\s+ses\s+fourneaux|a\s+la\s+cuisine)|n'ont\s+rien\s+a\s+faire\s+(?:ici|chez\s+nous|en\s+france|dans\s+(?:notre|nos|ce)|pres\s+d|"
               r"avec\s+nos|a\s+la\s+tete|au\s+gouvernement)|"
               r"n'ont\s+qu'a\s+(?:retourner|rentrer|partir)|interdi(?:re|se|sez|t)|(?:devraient|devrait|doivent|doit)\s+(?:etre\s+)?interdite?s?|run\s+(?:them|the\s+lot\s+of\s+them)\s+out\s+of|pas\s+de\s+"
               r"mosquee|c'est\s+plus\s+la\s+france|pas\s+pour\s+(?:elles|eux)|lock\s+your\s+"
               r"doors|fourneaux|(?:retourne|retournez|va|allez)\s+(?:faire\s+(?:la\s+vaisselle|le\s+"
               r"menage|a\s+manger|la\s+cuisine|des\s+gosses)|(?:a|dans)\s+(?:ta|sa|la)\s+(?:petite\s+)?"
               r"cuisine)|get\s+back\s+(?:in|to|into)\s+the\s+kitchen|make\s+me\s+a\s+sandwich|retour\s+a\s+la\s+cuisine|retourne(?:z|r)?\s+en\s+cuisine|stop\s+(?:housing|funding|feeding|"
               r"letting\s+in|giving\s+(?:money\s+)?to)\s+them|shouldn't\s+be\s+(?:let|allowed)\s+(?:near|to)|"
               r"(?:don't|do\s+not|doesn't)\s+deserve\s+(?:a\s+(?:single\s+)?seat|the\s+vote|to\s+vote|rights|"
               r"to\s+be\s+here)|(?:aucun|aucune)\s+ne\s+devrai(?:en)?t\s+avoir\s+le\s+droit|ne\s+devrai(?:en)?t\s+"
               r"pas\s+avoir\s+le\s+droit\s+(?:de\s+vote|d'approcher|de\s+voter)|(?:ne\s+sont\s+pas|pas)\s+"
               r"compatibles?\s+avec\s+(?:la\s+france|la\s+republique|nos\s+valeurs)|"
               r"(?:c'est|c)\s+(?:un\s+(?:sport|metier|truc)\s+)?pour\s+les\s+hommes|(?:is|are)\s+(?:a\s+)?"
               r"(?:\w+\s+)?for\s+men(?:\s+only)?|back\s+on\s+the\s+boats?|(?:boats?|rafiots?)\s+(?:they|ils)\s+"
               r"(?:came|sont\s+venus))\b",
    "vice": r"\b(?:(?:are|sont|c'est|ce\s+sont|bunch\s+of|bande\s+de|nothing\s+but|que\s+des)\s+"
            r"(?:(?:all|tous|toutes|des|just|only|always|toujours|de|d')\s+){0,2}(?:drunks|thieves|"
            r"criminals|rapists|terrorists|lazy|dirty|filthy|voleurs|criminels|violeurs|"
            r"terroristes|feignants|faineants|sales|delinquants|dealers)|smell\s+them|stink|"
            # "disgusting perverts, every one of them": a vice said of them all
            r"(?:perverts|predators|groomers|paedos|pedos|nonces|deviants|degenerates|pervers|"
            r"predateurs|degeneres|detraques)\s*,?\s+(?:the\s+lot\s+of\s+them|every\s+"
            r"(?:last\s+|single\s+)?one\s+of\s+them|all\s+of\s+them|tous\s+autant\s+qu'ils\s+"
            r"sont|tous\s+sans\s+exception)|"
            r"(?:living|live|lives)\s+off\s+(?:our|the)\s+(?:taxes|benefits|welfare|dole)|eat\s+(?:anything|dogs|cats)|(?:starting|spread(?:ing)?|bring(?:ing)?|carry(?:ing)?)\s+"
            r"(?:\w+\s+)?(?:pandemics?|diseases?)|on\s+(?:our\s+taxes|benefits|the\s+dole|welfare)|your\s+wallet|bouffent\s+des\s+"
            r"(?:chiens|chats)|(?:ramenent|apportent)\s+leurs?\s+(?:virus|maladies)|puent|nos\s+impots|"
            r"nos\s+allocs)\b",
    "inferior": r"\b(?:(?:their|leur|leurs)\s+(?:brains?|cerveaux?)\s+(?:can't|cannot|isn't|"
                r"aren't|n'est\s+pas|ne\s+(?:sont|est)\s+pas)\s+(?:handle|cope|cable|capables?|faits?)|"
                r"(?:n'ont|ont)\s+jamais\s+rien\s+invente|pas\s+fait\s+pour\s+leurs?\s+(?:petits?\s+)?cerveaux?|never\s+invented\s+anything|"
                r"(?:ont|a)\s+(?:le|un)\s+(?:cerveau|qi)\s+(?:plus\s+petit|inferieur|"
                r"plus\s+faible)|(?:smaller|lower)\s+(?:brains?|iqs?)|(?:just\s+)?(?:aren't|are\s+not|"
                r"isn't|is\s+not)\s+as\s+(?:intelligent|smart|clever|bright|capable)|(?:sont|est)\s+"
                r"moins\s+(?:intelligente?s?|capables?)|"
                r"(?:ont|a)\s+pas\s+la\s+tete|(?:n'ont|ont)\s+pas\s+(?:le|de)\s+cerveau|"
                r"incapables\s+de|trop\s+(?:betes|connes?|cons|emotives|stupides)\s+pour|moins\s+"
                r"intelligent(?:e)?s|less\s+intelligent|inferior|inferieur(?:e)?s|(?:too\s+(?:stupid|"
                r"thick|emotional)|not\s+smart\s+enough)\s+to)\b",
    "control": r"\b(?:tire(?:nt)?\s+les\s+ficelles|pull(?:s|ing)?\s+the\s+strings|run\s+by|"
               r"tiennent\s+(?:tout(?=\s*(?:[.,;:!]|$))|la\s+presse|la\s+finance|les\s+banques|"
               r"les\s+medias)|"
               r"control(?:s)?\s+the\s+(?:media|banks|press)|possede(?:nt)?\s+(?:les\s+medias|la\s+finance|les\s+"
               r"banques|la\s+presse)|(?:a|ont)\s+tout\s+organise|(?:own|owns|run|runs)\s+the\s+(?:media|banks|"
               r"press)|own\s+(?:the|every)\s+(?:banks?|"
               r"media)|controlent)\b",
}
_HATE_PATTERN = re.compile("|".join(
    [f"(?P<named>{_NAMED_GROUP})", f"(?P<described>{_DESCRIBED_GROUP})",
     f"(?P<pointed>{_POINTED_GROUP})"]
    + [f"(?P<{name}>{pattern})" for name, pattern in _HATE_FAMILIES.items()]))
_HATE_REACH = 160  # characters between the group and what is said of it
# An essence alone is a fact as often as a slur ("c'est génétique" of lactose intolerance,
# "music is in their blood"): it only adds to another family.
_AMPLIFIERS = frozenset({"essence"})
# What is said, denied or asked: "refugees are not vermin", "deport them all? No way",
# quoted or not: "ne sont pas « des rats »", "aren't animals".
_DENIED = re.compile(r"(?:\b(?:not|never|no|pas|jamais|ne)\b|n'|n't)\s*[\"«“‘']?\s*"
                     r"(?:(?:\w+|a|an|des|de)\s*[\"«“‘']?\s*)?$")
_ASKED = re.compile(r"[^.!?\n]{0,15}\?")
# Every combination holds a family of what is said other than an essence: messages the
# gate shuts are never scanned (the groups' pronouns are in most messages).
_HATE_SCREEN = _screen(_HATE_FAMILIES, sorted(_HATE_FAMILIES.keys() - _AMPLIFIERS))


def generalisation(folded: str) -> Combination | None:
    """What a message says of a group, near the group: one family for a named group, two
    for a group only pointed at."""
    if _HATE_SCREEN is not None and not _HATE_SCREEN.open(folded):
        return None
    groups: list[tuple[str, int, int]] = []
    said: list[tuple[str, int, int]] = []
    for match in _HATE_PATTERN.finditer(folded):
        name = match.lastgroup
        if name is None:
            continue
        if name in ("named", "described", "pointed"):
            groups.append((name, *match.span()))
        elif not (_DENIED.search(folded, max(0, match.start() - 16), match.start())
                  or _ASKED.match(folded, match.end())):
            said.append((name, *match.span()))
    if not groups or not said:
        return None
    best: tuple[int, Combination] | None = None
    for kind, start, end in groups:
        near = [(n, s, e) for n, s, e in said
                if s - end <= _HATE_REACH and start - e <= _HATE_REACH]
        families = sorted({n for n, _, _ in near})
        if _AMPLIFIERS.issuperset(families):
            continue
        if kind == "pointed" and len(families) < 2 and len(near) < 3:
            continue
        if kind == "described" and "control" not in families and len(families) < 2:
            continue
        spans = [(start, end), *((s, e) for _, s, e in near)]
        found = Combination((kind, *families), min(s for s, _ in spans), max(e for _, e in spans))
        rank = len(near) + (1 if kind == "named" else 0)
        if best is None or rank > best[0]:
            best = (rank, found)
    return best[1] if best else None
