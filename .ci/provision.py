"""Provision the CPythons of the matrix that this machine lacks, from Debian's package archive.

Usage: python3 .ci/provision.py CACHE VERSION...   (nox -s provision passes the missing ones)

noxfile.py imports it for where things land and how to run a command inside the root.

* 3.13, 3.14, 3.15 (GIL builds): Debian unstable's binary packages, installed with apt into a
  Debian unstable root made by debootstrap (they need a newer glibc than Debian 12 has). The
  snippets run inside that root (see noxfile.py, `in_root`).
* 3.14t (free-threaded): built from Debian unstable's python3.14 source package, the upstream
  tarball, with ./configure --disable-gil, installed under CACHE; it runs on the host.

Everything lands under CACHE, so a second run costs seconds. The mirror is read from this
machine's apt sources; /etc/apt is not touched (a private apt configuration lives under CACHE).
Mounts happen only inside a private mount namespace (unshare -m), so none outlives a step.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "assets/hooks"))
from facts import PYTHONS_CACHE as CACHE  # noqa: E402
from facts import built_python  # noqa: E402

ROOT_PACKAGES = ["python3.13", "python3.14", "python3.15", "python3.13-venv", "python3.14-venv", "python3.15-venv"]
ROOT_BASE = ["ca-certificates"]
# Servers the snippets talk to (tests/services.py starts them) must run where the snippets do.
# Added to a root that already exists, so a cached root gains them without being rebuilt.
ROOT_SERVICES = ["postgresql"]
NOX = "nox[uv]==2026.10.20"  # the same pin as .ci/run
HOST_CA = Path("/etc/ssl/certs/ca-certificates.crt")


class ProvisionError(SystemExit):
    def __init__(self, what: str, message: str):
        super().__init__(f"provision: {what}: {message}")


def log(message: str) -> None:
    print(f"provision: {message}", flush=True)


def run(what: str, cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    started = time.monotonic()
    log(f"{what}: {' '.join(cmd[:6])}{' ...' if len(cmd) > 6 else ''}")
    result = subprocess.run(cmd, text=True, capture_output=True, **kwargs)
    if result.returncode != 0:
        tail = (result.stdout[-2500:] + "\n" + result.stderr[-2500:]).strip()
        raise ProvisionError(what, f"exit code {result.returncode} after {time.monotonic() - started:.0f}s\n{tail}")
    log(f"{what}: done in {time.monotonic() - started:.0f}s")
    return result


def debian_mirror() -> str:
    """The Debian archive this machine's apt already uses (deb822 .sources or sources.list)."""
    texts = [p.read_text() for p in sorted(Path("/etc/apt/sources.list.d").glob("*.sources"))]
    legacy = Path("/etc/apt/sources.list")
    if legacy.exists():
        texts.append(legacy.read_text())
    for text in texts:
        for uri in re.findall(r"^URIs:\s*(\S+)", text, re.M) + re.findall(r"^deb\s+(?:\[[^]]*\]\s+)?(\S+)", text, re.M):
            if uri.rstrip("/").endswith("/debian"):
                return uri.rstrip("/")
    raise ProvisionError("mirror", "no Debian archive (a URI ending in /debian) in /etc/apt/sources*")


def version_key(debian_version: str) -> tuple[int, ...]:
    """3.13.15-1 -> (3, 13, 15, 1): enough to order one package's upstream releases."""
    return tuple(int(n) for n in re.findall(r"\d+", debian_version))


def private_apt(cache: Path, mirror: str) -> dict[str, str]:
    """An apt configuration of our own under CACHE: deb-src of Debian unstable only."""
    base = cache / "apt"
    for sub in ("lists/partial", "archives/partial", "etc/preferences.d", "etc/apt.conf.d"):
        (base / sub).mkdir(parents=True, exist_ok=True)
    (base / "etc/sources.list").write_text(
        f"deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] {mirror} sid main\n"
    )
    (base / "apt.conf").write_text(
        "\n".join(
            [
                f'Dir::Etc "{base}/etc";',
                f'Dir::Etc::sourcelist "{base}/etc/sources.list";',
                f'Dir::Etc::sourceparts "{base}/etc/sources.list.d";',
                f'Dir::State "{base}";',
                f'Dir::State::Lists "{base}/lists";',
                f'Dir::Cache "{base}";',
                f'Dir::Cache::Archives "{base}/archives";',
                'Acquire::Check-Valid-Until "false";',  # unstable's Release is past its date on this clock
                'Acquire::Retries "3";',
            ]
        )
        + "\n"
    )
    return {**os.environ, "APT_CONFIG": str(base / "apt.conf")}


# --- the free-threaded build ---------------------------------------------------------------------


def free_threaded(cache: Path, minor: str, mirror: str) -> Path:
    """CACHE/cpython-X.Yt/bin/pythonX.Yt, built from Debian unstable's source package."""
    exe = cache / built_python(f"{minor}t").relative_to(CACHE)
    prefix = exe.parent.parent
    if exe.exists() and (prefix / ".complete").exists():
        log(f"{minor}t: cached at {exe}")
        return exe
    env = private_apt(cache, mirror)
    run("apt source lists (unstable)", ["apt-get", "update", "-q"], env=env, timeout=600)
    src = cache / "src"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    # The archive may list a version whose files it no longer serves: take the newest that downloads.
    listed = run(f"python{minor} source versions", ["apt-cache", "showsrc", f"python{minor}"], env=env).stdout
    versions = sorted(set(re.findall(r"^Version: (\S+)", listed, re.M)), key=version_key, reverse=True)
    for candidate in versions:
        got = subprocess.run(["apt-get", "source", "--download-only", "-q", f"python{minor}={candidate}"],
                             cwd=src, env=env, capture_output=True, text=True, timeout=900)
        if got.returncode == 0:
            log(f"{minor}t: source package python{minor} {candidate}")
            break
        log(f"{minor}t: python{minor} {candidate} is listed but does not download ({got.stderr.strip().splitlines()[-1]})")
    else:
        raise ProvisionError(f"{minor}t", f"no python{minor} source package downloads from {mirror} (tried {versions})")
    tarballs = sorted(src.glob(f"python{minor}_*.orig.tar.*"))
    if not tarballs:
        raise ProvisionError(f"{minor}t", f"no upstream tarball among {sorted(p.name for p in src.iterdir())}")
    version = tarballs[-1].name.split("_")[1].split(".orig")[0]
    log(f"{minor}t: building CPython {version} with --disable-gil (about 6 minutes on 2 idle cores)")
    run("unpack", ["tar", "-xf", str(tarballs[-1]), "-C", str(src)], timeout=300)
    tree = next(p for p in src.iterdir() if p.is_dir() and (p / "configure").exists())
    shutil.rmtree(prefix, ignore_errors=True)
    jobs = str(os.cpu_count() or 2)
    run("configure", ["./configure", "--disable-gil", f"--prefix={prefix}", "--without-ensurepip", "--disable-test-modules"], cwd=tree, timeout=900)
    run("make", ["make", f"-j{jobs}"], cwd=tree, timeout=3600)
    run("make install", ["make", "install"], cwd=tree, timeout=900)
    check = run(f"{minor}t check", [str(exe), "-c", "import sys, sysconfig, ssl, sqlite3, ctypes; print(sys.version); "
                                     "assert sysconfig.get_config_var('Py_GIL_DISABLED') == 1; assert not sys._is_gil_enabled()"])
    log(f"{minor}t: {check.stdout.strip()}")
    shutil.rmtree(src, ignore_errors=True)
    (prefix / ".complete").write_text(version + "\n")
    return exe


# --- the Debian unstable root --------------------------------------------------------------------


def root_command(
    root: Path, inner: list[str], binds: list[Path] = (), env: dict[str, str] | None = None, cwd: Path = Path("/")
) -> list[str]:
    """``inner`` run inside ROOT under a private mount namespace: the mounts vanish with it.

    /proc, /sys and /dev (with /dev/shm) are the host's; each path in ``binds`` appears at the
    same path inside. ``env`` is the whole environment inside (the host's is not passed).
    """
    mounts = ['mount -t proc proc "$R/proc"', 'mount --rbind /sys "$R/sys"', 'mount --rbind /dev "$R/dev"']
    for path in binds:
        mounts.append(f'mkdir -p "$R{path}" && mount --bind "{path}" "$R{path}"')
    inside = {**ROOT_ENV, **(env or {})}
    enter = 'exec chroot "$R" /bin/sh -c \'cd "$0" && exec env -i "$@"\' "$W" "$@"'
    script = "set -e; " + "; ".join(mounts) + "; " + enter
    return [
        "unshare", "-m", "--propagation", "private", "env", f"R={root}", f"W={cwd}", "sh", "-c", script, "sh",
        *(f"{k}={v}" for k, v in inside.items()), *inner,
    ]


ROOT_ENV = {
    "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "HOME": "/root",
    "LANG": "C.UTF-8",
    "DEBIAN_FRONTEND": "noninteractive",
    "SSL_CERT_FILE": "/etc/ssl/certs/host-ca.crt",  # the host's CA bundle, copied in
    "PIP_CERT": "/etc/ssl/certs/host-ca.crt",
}


def root_run(what: str, root: Path, inner: list[str], timeout: float = 900) -> subprocess.CompletedProcess:
    return run(what, root_command(root, inner), timeout=timeout)


def debian_root(cache: Path, mirror: str) -> Path:
    root = debian_root_dir(cache)
    if (root / ".complete").exists():
        log(f"Debian unstable root: cached at {root}")
        return root
    tmp = cache / "sid.partial"
    if tmp.exists():
        # A root left by an interrupted run; nothing can be mounted in it (mounts live only in
        # the namespaces of our own commands), so deleting it cannot reach the host's /dev.
        assert not any(line.split()[1].startswith(str(tmp)) for line in Path("/proc/mounts").read_text().splitlines())
        shutil.rmtree(tmp)
    if not shutil.which("debootstrap"):
        run("debootstrap (host package)", ["apt-get", "install", "-y", "-q", "debootstrap"], timeout=600,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    log("Debian unstable root: debootstrap --variant=minbase (about 90 s)")
    run("debootstrap", ["debootstrap", "--variant=minbase", f"--include={','.join(ROOT_BASE)}", "sid", str(tmp), mirror], timeout=1800)
    shutil.copyfile("/etc/resolv.conf", tmp / "etc/resolv.conf")
    shutil.copyfile(HOST_CA, tmp / "etc/ssl/certs/host-ca.crt")
    (tmp / "etc/apt/apt.conf.d/90valid-until").write_text('Acquire::Check-Valid-Until "false";\nAcquire::Retries "3";\n')
    root_run("apt-get update (in root)", tmp, ["apt-get", "update", "-q"])
    root_run("Pythons (in root)", tmp, ["apt-get", "install", "-y", "-q", "--no-install-recommends", *ROOT_PACKAGES])
    root_run("nox (in root)", tmp, ["python3.14", "-m", "venv", "/opt/nox"])
    root_run("nox (in root)", tmp, ["/opt/nox/bin/pip", "install", "-q", NOX])
    root_run("apt clean (in root)", tmp, ["apt-get", "clean"])
    versions = root_run("versions (in root)", tmp, ["sh", "-c", "for v in 3.13 3.14 3.15; do python$v -c 'import sys; print(sys.version.split()[0])'; done"])
    (tmp / ".complete").write_text(versions.stdout)
    tmp.rename(root)
    log(f"Debian unstable root ready: Python {', '.join(versions.stdout.split())}")
    return root


def root_services(root: Path) -> None:
    """Install ROOT_SERVICES into the root once (a stamp lists what is there); never start them."""
    stamp = root / ".services"
    if stamp.exists() and stamp.read_text().split() == ROOT_SERVICES:
        return
    log(f"Debian unstable root: installing {', '.join(ROOT_SERVICES)}")
    # Package scripts must not start the servers (tests start their own, on their own ports).
    policy = root / "usr/sbin/policy-rc.d"
    policy.write_text("#!/bin/sh\nexit 101\n")
    policy.chmod(0o755)
    root_run("apt-get update (in root)", root, ["apt-get", "update", "-q"])
    root_run("servers (in root)", root, ["apt-get", "install", "-y", "-q", "--no-install-recommends", *ROOT_SERVICES])
    root_run("apt clean (in root)", root, ["apt-get", "clean"])
    stamp.write_text(" ".join(ROOT_SERVICES) + "\n")


def debian_root_dir(cache: Path = CACHE) -> Path:
    return cache / "sid"


def main() -> None:
    cache = Path(sys.argv[1]).expanduser()
    wanted = sys.argv[2:]
    cache.mkdir(parents=True, exist_ok=True)
    mirror = debian_mirror()
    log(f"Debian archive (from this machine's apt sources): {mirror}")
    started = time.monotonic()
    for version in wanted:
        if version.endswith("t"):
            # "3.14t,3.13t": the first whose source Debian's archive serves.
            for n, choice in enumerate(choices := version.split(",")):
                try:
                    free_threaded(cache, choice[:-1], mirror)
                    break
                except ProvisionError as exc:
                    if n == len(choices) - 1:
                        raise
                    log(f"{choice}: cannot be built here ({exc.code}); trying {choices[n + 1]}")
        elif version in ("3.13", "3.14", "3.15"):
            root_services(debian_root(cache, mirror))
        else:
            raise ProvisionError(version, "no Debian source for this version; install it (pyenv, uv, python.org)")
    used = subprocess.run(["du", "-sh", str(cache)], capture_output=True, text=True).stdout.split()[0]
    log(f"all provisioned in {time.monotonic() - started:.0f}s; {cache} holds {used}")


if __name__ == "__main__":
    main()
