"""The REST API at ``/api/v1/``, following the NL API Design Rules; see docs/api.md."""

API_VERSION = "1.2.0"
"""The API contract's full semantic version: ``info.version`` and the ``API-Version`` header.

Its major number is the ``v1`` in the path; raise the minor number for additions and the
patch number for fixes that change no contract.
"""
