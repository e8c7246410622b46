"""`ruimtemonitor serve`: the web application on a production-grade WSGI server (waitress)."""

from __future__ import annotations

import argparse

from ruimtemonitor.commands._django import setup_django


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve the web application",
        description="Serve Ruimtemonitor with waitress. Use --dev for Django's development "
        "server with automatic reloading.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")
    parser.add_argument("--dev", action="store_true", help="use Django's development server")
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    setup_django()
    if args.dev:
        from django.core.management import call_command

        call_command("runserver", f"{args.host}:{args.port}")
        return 0
    import waitress

    from ruimtemonitor.config.wsgi import application

    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"Ruimtemonitor draait op http://{host}:{args.port}/ (stoppen met Ctrl+C)", flush=True)
    waitress.serve(
        application, host=args.host, port=args.port, threads=args.threads, ident="Ruimtemonitor"
    )
    return 0
