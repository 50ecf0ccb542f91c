"""Servers that snippets talk to, started by the test suite on loopback and removed afterwards.

A snippet names the servers it needs in its run.toml (``services = ["postgres"]``); the harness
starts each one once per test process and hands the snippet the connection settings as the
environment variables its client library reads (for PostgreSQL: PGHOST, PGPORT, PGUSER,
PGDATABASE, which asyncpg and psql both honour). A reader runs the same snippet against a server
of their own by setting the same variables.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

PG_USER = "snippets"  # the database superuser the snippets connect as (trust auth, loopback only)
# PostgreSQL refuses to run as root; as root the server runs as this system user (Debian's
# postgresql package creates it).
PG_SYSTEM_USER = "postgres"


class ServiceError(RuntimeError):
    """A server did not start or stop; the message says which and why."""


def free_port() -> int:
    """A loopback port nobody listens on now (PostgreSQL cannot be told to pick one itself)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_bindir() -> Path | None:
    """Where initdb and pg_ctl are: on PATH, or the newest Debian /usr/lib/postgresql/N/bin."""
    if found := shutil.which("initdb"):
        return Path(found).parent
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(debian[-1]).parent if debian else None


def _as_user() -> dict:
    """subprocess arguments that drop root to PG_SYSTEM_USER; nothing for another user."""
    if os.geteuid() != 0:
        return {}
    try:
        pw = pwd.getpwnam(PG_SYSTEM_USER)
    except KeyError:
        raise ServiceError(
            f"postgres: running as root, and there is no {PG_SYSTEM_USER!r} user to run the server as "
            "(PostgreSQL refuses root); install Debian's postgresql package or run the tests as another user"
        ) from None
    return {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}


@contextlib.contextmanager
def postgres(port: int | None = None, timeout: float = 15.0) -> Iterator[dict[str, str]]:
    """A throwaway PostgreSQL cluster on 127.0.0.1:port; yields the PG* settings to reach it."""
    bindir = postgres_bindir()
    if bindir is None:
        raise ServiceError(
            "postgres: PostgreSQL's server programs (initdb, pg_ctl) are not installed; "
            "install Debian's postgresql package (`apt-get install postgresql`)"
        )
    port = port or free_port()
    user = _as_user()
    tmp = Path(tempfile.mkdtemp(prefix="snippets-postgres-"))
    data, log = tmp / "data", tmp / "server.log"
    if user:
        os.chown(tmp, user["user"], user["group"])

    def run(what: str, *cmd: str) -> None:
        try:
            done = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, timeout=timeout, **user)
        except subprocess.TimeoutExpired:
            raise ServiceError(f"postgres: {what} did not finish in {timeout:g}s") from None
        if done.returncode:
            server_log = log.read_text(errors="replace").strip() if log.exists() else ""
            raise ServiceError(
                f"postgres: {what} failed on 127.0.0.1:{port} (exit {done.returncode}):\n"
                + "\n".join(filter(None, [done.stdout.strip(), done.stderr.strip(), server_log]))
            )

    running = False
    try:
        run("initdb", str(bindir / "initdb"), "-D", str(data), "-U", PG_USER, "--auth=trust", "-E", "UTF8",
            "--no-sync", "--no-instructions")
        # Loopback only, the socket in our own directory, no fsync: a test server, not a real one.
        # dynamic shared memory in files under the data directory, not /dev/shm, whose entries the
        # harness counts as leaks of the snippets that run beside the server
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {tmp} -c fsync=off -c full_page_writes=off"
            " -c dynamic_shared_memory_type=mmap"
        )
        run("server start", str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
            "-w", "-t", str(int(timeout)), "start")
        running = True
        yield {"PGHOST": "127.0.0.1", "PGPORT": str(port), "PGUSER": PG_USER, "PGDATABASE": "postgres"}
    finally:
        try:
            if running:
                run("server stop", str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def started(name: str) -> contextlib.AbstractContextManager[dict[str, str]]:
    """The named service, started on entry; it yields the environment that reaches it."""
    if name not in SERVICES:
        raise ServiceError(f"unknown service {name!r}; known: {list(SERVICES)}")
    return SERVICES[name]()


SERVICES = {"postgres": postgres}  # run.toml `services` names, each a context manager above
