"""One writer per kind of record an extraction becomes (see ``ingestion.storing``)."""
