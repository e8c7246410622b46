"""Connectors for the open-data services: HTTP, paging and parsing, without Django.

``tweedekamer`` reads the Tweede Kamer's Gegevensmagazijn (OData v4), ``bekendmakingen`` the
SRU search of the official publications; both yield ``records.SourceItem`` pages that the
``ruimtemonitor.sources`` app stores. ``testing`` serves both formats from this machine.
"""
