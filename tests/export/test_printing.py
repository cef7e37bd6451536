"""Printing goes through the system's own tools; with no printer the facilitator is told so."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from game.export import open_file, print_pdf
from game.wording import french

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="CUPS tools are POSIX")


def tool(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


@pytest.fixture()
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "bilan.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    return path


@pytest.fixture()
def bin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    return folder


def test_without_lp_the_message_says_there_is_no_printer_and_offers_the_pdf(
    pdf: Path, bin_dir: Path
) -> None:
    ok, message = print_pdf(pdf)
    assert not ok
    assert "Aucune imprimante" in message and "Ouvrez le PDF" in message
    assert pdf.name in message and str(pdf.parent) not in message


def test_lp_with_no_destination_counts_as_no_printer(pdf: Path, bin_dir: Path) -> None:
    tool(bin_dir, "lp", "exit 0")
    tool(bin_dir, "lpstat", 'echo "no system default destination"; exit 1')
    ok, message = print_pdf(pdf)
    assert not ok and "Aucune imprimante" in message


def test_the_pdf_goes_to_lp_when_cups_has_a_printer(
    pdf: Path, bin_dir: Path, tmp_path: Path
) -> None:
    record = tmp_path / "lp-args"
    tool(bin_dir, "lpstat", 'echo "system default destination: Bureau"')
    tool(bin_dir, "lp", f'echo "$@" > {record}')
    ok, message = print_pdf(pdf)
    assert ok and "imprimante" in message
    assert str(pdf) in record.read_text(encoding="utf-8")


def test_a_failing_lp_gives_a_french_message(pdf: Path, bin_dir: Path) -> None:
    tool(bin_dir, "lpstat", 'echo "system default destination: Bureau"')
    tool(bin_dir, "lp", 'echo "lp: error - printer Bureau is stopped" >&2; exit 1')
    ok, message = print_pdf(pdf)
    assert not ok and message.startswith(french("L'impression a échoué"))


def test_a_missing_pdf_is_reported_not_raised(tmp_path: Path) -> None:
    ok, message = print_pdf(tmp_path / "absent.pdf")
    assert not ok and "introuvable" in message


def test_open_file_uses_the_desktop_opener(pdf: Path, bin_dir: Path, tmp_path: Path) -> None:
    if sys.platform == "darwin":
        pytest.skip("macOS uses open")
    ok, message = open_file(pdf)
    assert not ok and pdf.name in message  # no xdg-open: says where the file is…
    assert str(pdf.parent) not in message  # …by its folder's last names, never a whole path
    tool(bin_dir, "xdg-open", "exit 0")
    ok, message = open_file(pdf)
    assert ok, message
    assert os.environ["PATH"] == str(bin_dir)
