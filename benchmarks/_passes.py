"""N passes of moderate() over 2,000 benchmark messages (driven by instructions.sh)."""

from __future__ import annotations

import sys

import chartekit
from compare_peers import workload

charter = chartekit.load_charter("fr")
texts = workload(2_000)
if not texts:  # a checkout not beside ../shared: counting would measure only the loading
    sys.exit("no benchmark messages: ../shared/corpora is not beside this checkout")
for _ in range(int(sys.argv[1])):
    for text in texts:
        chartekit.moderate(text, charter)
