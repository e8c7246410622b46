"""Extraction core: letters (PDF, DOCX, HTML, text) in, agreements and their sources out.

Import from ``ruimtemonitor.core.extraction.service`` (re-exported here). No Django.
"""

from .service import *  # noqa: F403
from .service import __all__  # noqa: F401
