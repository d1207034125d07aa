"""N passes of moderate() over 2,000 benchmark messages (driven by instructions.sh)."""

from __future__ import annotations

import sys

import chartekit
from compare_peers import workload

charter = chartekit.load_charter("fr")
texts = workload(2_000)
for _ in range(int(sys.argv[1])):
    for text in texts:
        chartekit.moderate(text, charter)
