import sys

from expat_desk.cli import main

sys.exit(main())
