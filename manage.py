#!/usr/bin/env python
"""Django's manage.py for development; the same as `ruimtemonitor manage …`."""

import sys

from ruimtemonitor.cli import main

if __name__ == "__main__":
    sys.exit(main(["manage", *sys.argv[1:]]))
