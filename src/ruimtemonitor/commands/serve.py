"""`ruimtemonitor serve`: the web application on a production-grade WSGI server (waitress)."""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys

from ruimtemonitor.commands._arguments import command
from ruimtemonitor.commands._django import setup_django

TEXTS = {
    "serve": "serve the web application",
    "serve:description": "Serve Ruimtemonitor with waitress. Use --dev for Django's development "
    "server with automatic reloading.",
    "--host": "address to listen on (default 127.0.0.1)",
    "--port": "port to listen on (default 8000)",
    "--threads": "worker threads (default 8)",
    "--processes": "server processes sharing the port (default 1); Python runs one thread "
    "at a time per process, so more processes use more cores (not on Windows)",
    "--dev": "use Django's development server",
    "--no-worker": "do not start a job runner beside the server (without a broker, uploads then "
    "wait for a separate `ruimtemonitor worker`)",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = command(subparsers, "serve", handle, TEXTS)
    parser.add_argument("--host", default="127.0.0.1", help=TEXTS["--host"])
    parser.add_argument("--port", type=int, default=8000, help=TEXTS["--port"])
    parser.add_argument("--threads", type=int, default=8, help=TEXTS["--threads"])
    parser.add_argument("--processes", type=int, default=1, help=TEXTS["--processes"])
    parser.add_argument("--dev", action="store_true", help=TEXTS["--dev"])
    parser.add_argument("--no-worker", action="store_true", help=TEXTS["--no-worker"])


def handle(args: argparse.Namespace) -> int:
    setup_django()
    worker = None if args.no_worker else start_worker()
    try:
        return _serve(args)
    finally:
        if worker is not None:
            stop_worker(worker)


def start_worker() -> subprocess.Popen | None:
    """Without a broker, a job runner in a process of its own beside the server: the web
    process only registers jobs, it never reads a file (a hostile one must not stall it)."""
    from django.conf import settings

    if settings.BROKER_URL or os.environ.get("RUN_MAIN") == "true":  # not in the dev reloader
        return None
    return subprocess.Popen(
        [sys.executable, "-m", "ruimtemonitor.cli", "worker"],
        stdin=subprocess.DEVNULL,
    )


def stop_worker(worker: subprocess.Popen) -> None:
    """Ask the runner to stop after its current job; kill it when it does not within 30 s."""
    if worker.poll() is None:
        worker.terminate()
        try:
            worker.wait(30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait(5)


def _serve(args: argparse.Namespace) -> int:
    if args.dev:
        from django.core.management import call_command

        call_command("runserver", f"{args.host}:{args.port}")
        return 0
    import waitress

    from ruimtemonitor.config.wsgi import application

    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"Ruimtemonitor draait op http://{host}:{args.port}/ (stoppen met Ctrl+C)", flush=True)
    processes = max(1, getattr(args, "processes", 1))
    if processes == 1 or not hasattr(os, "fork"):
        waitress.serve(
            application, host=args.host, port=args.port, threads=args.threads, ident="Ruimtemonitor"
        )
        return 0
    return _serve_forked(application, args, processes)


def _serve_forked(application: object, args: argparse.Namespace, processes: int) -> int:
    """``processes`` copies of the server, forked after the port is bound: the kernel hands
    each connection to one of them. Each process keeps its own caches and database
    connections (none is open before the fork). Stopping the parent stops them all."""
    import signal
    import socket

    import waitress
    from django.db import connections

    connections.close_all()
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((args.host, args.port))
    listener.listen(1024)
    children: list[int] = []
    for _ in range(processes):
        pid = os.fork()
        if pid == 0:  # the child: serve until stopped
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            try:
                waitress.serve(
                    application, sockets=[listener], threads=args.threads, ident="Ruimtemonitor"
                )
            finally:
                os._exit(0)
        children.append(pid)
    listener.close()

    def stop(signum: int, frame: object) -> None:
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    status = 0
    for pid in children:
        while True:
            try:
                _pid, code = os.waitpid(pid, 0)
                break
            except InterruptedError:
                continue
        status = status or (code >> 8)
    return status
