"""Thin subcommands of the console script; each parses arguments and calls a service."""
