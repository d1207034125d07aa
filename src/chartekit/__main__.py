import sys

from chartekit.cli import main

sys.exit(main())
