"""``python -m gd_desktop``: the same as the ``gd-desktop`` command."""

import sys

from gd_desktop.app import main

sys.exit(main())
