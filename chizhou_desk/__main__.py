import sys

from chizhou_desk.cli import main

sys.exit(main())
