"""Helpers of the torture suite: run the CLI in-process, judge its stderr, look at run directories."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys

from guppy.cli import main


def cli(args, capsys):
    """(exit code, stdout, stderr) of `guppy ARGS`, run in this process."""
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def error_lines(err: str) -> list[str]:
    """The lines of stderr that are neither progress (tqdm redraws with carriage returns) nor a warning."""
    lines = []
    for line in err.splitlines():
        line = line.rsplit("\r", 1)[-1].strip()
        if (
            line
            and not line.startswith(("[guppy]", "guppy: warning:"))
            and "it/s" not in line
            and "step/s" not in line
            and "s/step" not in line
        ):
            lines.append(line)
    return lines


def assert_one_line_error(result, *fragments):
    """A user mistake: non-zero exit, one `guppy: error: ...` line, no traceback, each fragment in it."""
    code, _, err = result
    assert "Traceback" not in err, err
    lines = error_lines(err)
    assert code not in (0, None), (code, err)
    assert len(lines) == 1 and lines[0].startswith("guppy: error: "), err
    for fragment in fragments:
        assert fragment.lower() in lines[0].lower(), (fragment, lines[0])
    return lines[0]


def assert_ok(result):
    code, _, err = result
    assert code == 0 and "Traceback" not in err, err


def snapshot(directory) -> dict[str, str]:
    """relative path -> sha256 of every regular file under directory (to prove nothing changed)."""
    out = {}
    for root, _, files in os.walk(directory):
        for name in files:
            path = os.path.join(root, name)
            if os.path.isfile(path) and not os.path.islink(path) and not name.endswith(".lock"):
                with open(path, "rb") as f:
                    out[os.path.relpath(path, directory)] = hashlib.sha256(f.read()).hexdigest()
    return out


def checkpoint_file(run, name: str) -> str:
    """Where the current checkpoint's `name` lives: under the `latest` pointer, or at the top (old layout)."""
    pointer = os.path.join(run, "latest")
    if os.path.isfile(pointer):
        with open(pointer, encoding="utf-8") as f:
            return os.path.join(run, f.read().strip(), name)
    return os.path.join(run, name)


def stray_files(directory) -> list[str]:
    """Temporary files and half-written checkpoint folders a killed writer may leave behind."""
    found = []
    for root, dirs, files in os.walk(directory):
        for name in dirs + files:
            if name.endswith((".tmp", ".partial")) or ".partial-" in name:
                found.append(os.path.relpath(os.path.join(root, name), directory))
    return found


@contextlib.contextmanager
def events_hook(on_event):
    """Call on_event(kind, path, when) around every fsync / rename / replace of this process.

    kind is 'fsync', 'rename', 'replace' or 'rmdir' (the end of deleting a folder); when is
    'before' or 'after'. A kill simulated inside on_event (os._exit) leaves the files exactly
    as a kill -9 at that instant would.
    """
    real = {"fsync": os.fsync, "rename": os.rename, "replace": os.replace, "rmdir": os.rmdir}

    def wrap(kind):
        def hooked(*args, **kwargs):
            target = args[1] if kind in ("rename", "replace") else args[0]
            on_event(kind, target, "before")
            out = real[kind](*args, **kwargs)
            on_event(kind, target, "after")
            return out

        return hooked

    for kind in real:
        setattr(os, kind, wrap(kind))
    try:
        yield
    finally:
        for kind, fn in real.items():
            setattr(os, kind, fn)


def killed_at(k: int, work):
    """Fork; the child runs work() and dies (os._exit) at its k-th file event. Returns the child's status:
    'killed' when event k came, 'finished' when work() ended first."""
    pid = os.fork()
    if pid == 0:  # the child
        code = 3
        try:
            count = [0]

            def on_event(kind, path, when):
                count[0] += 1
                if count[0] == k:
                    os._exit(137)

            with (
                open(os.devnull, "w") as devnull,
                contextlib.redirect_stdout(devnull),
                contextlib.redirect_stderr(devnull),
                events_hook(on_event),
            ):
                work()
            code = 0
        finally:
            sys.stdout.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 137):
        raise AssertionError(f"the child failed with exit status {code} before event {k}")
    return "killed" if code == 137 else "finished"


def count_events(work) -> list[tuple[str, str, str]]:
    """The (kind, path, when) file events of work(), run in this process."""
    seen = []
    with events_hook(lambda kind, path, when: seen.append((kind, str(path), when))):
        work()
    return seen
