"""``python -m desktop``: the same as the ``veilig-dossier`` command."""

import sys

from desktop.cli import main

sys.exit(main())
