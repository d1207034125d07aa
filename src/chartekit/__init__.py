"""chartekit: apply a moderation charter written in YAML to user messages.

>>> import chartekit
>>> verdict = chartekit.moderate("T'es qu'un c0nnard", "fr")
>>> verdict.action
<Action.REMOVE: 'remove'>
"""

from chartekit._charter import Charter, bundled_charters, load_charter
from chartekit._errors import ChartekitError, CharterError, CharterNotFoundError, Problem
from chartekit._memory import FloodStore, MemoryStore, PastMessage
from chartekit._moderator import Moderator, moderate, moderate_many
from chartekit._normalize import NormalizationOptions, normalize
from chartekit._verdict import Action, ContextCue, Reason, Verdict

__all__ = [
    "Action",
    "ChartekitError",
    "Charter",
    "CharterError",
    "CharterNotFoundError",
    "ContextCue",
    "FloodStore",
    "MemoryStore",
    "Moderator",
    "NormalizationOptions",
    "PastMessage",
    "Problem",
    "Reason",
    "Verdict",
    "__version__",
    "bundled_charters",
    "load_charter",
    "moderate",
    "moderate_many",
    "normalize",
]

__version__ = "0.1.0.dev0"
