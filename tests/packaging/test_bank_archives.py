"""A bank travels as one .zip: packed by the adviser, opened by the team lead, hostile ones
refused in French before anything is written."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

from game.banks import archive
from game.banks.archive import ArchiveError, open_archive, pack
from game.cli import main
from game.rules.bank.loader import load_bank
from game.wording import french

ROOT = Path(__file__).resolve().parents[2]
BANK = ROOT / "questions"


def copy_bank(target: Path) -> Path:
    target.mkdir(parents=True)
    for path in BANK.iterdir():
        (target / path.name).write_bytes(path.read_bytes())
        os.utime(target / path.name, (path.stat().st_atime, path.stat().st_mtime))
    return target


def hostile(tmp_path: Path, *entries: tuple[str | zipfile.ZipInfo, bytes]) -> Path:
    path = tmp_path / "banque.zip"
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("secteurs.yaml", (BANK / "secteurs.yaml").read_bytes())
        for name, data in entries:
            out.writestr(name, data)
    return path


def test_a_packed_bank_opens_with_the_same_questions_version_and_date(tmp_path: Path) -> None:
    folder = copy_bank(tmp_path / "ma-banque")
    (folder / "notes.yaml.bak").write_text("ancienne version")
    (folder / ".cache").mkdir()
    packed = pack(folder, tmp_path / "envoi" / "ma-banque.zip")
    names = zipfile.ZipFile(packed.path).namelist()
    assert "secteurs.yaml" in names and "notes.yaml.bak" not in names
    assert not any(name.startswith(".") for name in names)

    opened = open_archive(packed.path, cache=tmp_path / "cache")
    assert opened.name == "ma-banque"  # the Title names the bank after the file sent
    original, travelled = load_bank(folder).bank, load_bank(opened).bank
    assert original is not None and travelled is not None
    assert len(travelled.questions) == len(original.questions)
    assert (travelled.version, travelled.date) == (original.version, original.date)


def test_opening_the_same_archive_twice_reuses_its_unpacked_copy(tmp_path: Path) -> None:
    packed = pack(copy_bank(tmp_path / "b"), tmp_path / "b.zip").path
    first = open_archive(packed, cache=tmp_path / "cache")
    assert open_archive(packed, cache=tmp_path / "cache") == first
    assert len(list((tmp_path / "cache").iterdir())) == 1


def test_an_archive_with_one_top_folder_opens_on_that_folder(tmp_path: Path) -> None:
    path = tmp_path / "rangee.zip"
    with zipfile.ZipFile(path, "w") as out:
        for file in BANK.glob("*.yaml"):
            out.write(file, f"banque-rh/{file.name}")
    opened = open_archive(path, cache=tmp_path / "cache")
    assert opened.name == "banque-rh" and load_bank(opened).usable


@pytest.mark.parametrize(
    "name",
    [
        "../evasion.yaml",
        "a/../../evasion.yaml",
        "/etc/evasion.yaml",
        "C:/evasion.yaml",
        "..\\evasion.yaml",
        "c:evasion.yaml",
    ],
)
def test_a_path_leaving_the_bank_folder_is_refused_before_anything_is_written(
    tmp_path: Path, name: str
) -> None:
    path = hostile(tmp_path, (name, b"questions: []"))
    with pytest.raises(ArchiveError, match="sort du dossier de la banque"):
        open_archive(path, cache=tmp_path / "cache")
    assert not (tmp_path / "evasion.yaml").exists()
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


def test_a_link_inside_the_archive_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("lien.yaml")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = hostile(tmp_path, (link, b"/etc/passwd"))
    with pytest.raises(ArchiveError, match="contient un lien"):
        open_archive(path, cache=tmp_path / "cache")


def test_too_many_files_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "ARCHIVE_FILES_MAX", 5)
    path = hostile(tmp_path, *((f"q{k}.yaml", b"questions: []") for k in range(5)))
    with pytest.raises(ArchiveError, match="6 fichiers\u00a0: 5 au plus"):
        open_archive(path, cache=tmp_path / "cache")


def test_a_zip_bomb_is_refused_from_its_declared_size(tmp_path: Path) -> None:
    path = tmp_path / "bombe.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("secteurs.yaml", b"\n" * (archive.ARCHIVE_BYTES_MAX + 1))
    assert path.stat().st_size < 1_000_000
    with pytest.raises(ArchiveError, match="dépasserait 100\u00a0Mo"):
        open_archive(path, cache=tmp_path / "cache")


def test_a_size_the_archive_lies_about_is_caught_while_unpacking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = hostile(tmp_path, ("gros.yaml", b"#" * 50_000))
    real = archive.checked_members

    def understated(zip_file: zipfile.ZipFile, name: str) -> list[zipfile.ZipInfo]:
        members = real(zip_file, name)
        monkeypatch.setattr(archive, "ARCHIVE_BYTES_MAX", 10_000)
        return members

    monkeypatch.setattr(archive, "checked_members", understated)
    with pytest.raises(ArchiveError, match="dépasserait"):
        open_archive(path, cache=tmp_path / "cache")
    assert not any(p.is_file() for p in (tmp_path / "cache").rglob("*"))


def test_an_encrypted_or_unreadable_archive_is_refused_in_french(tmp_path: Path) -> None:
    broken = tmp_path / "abimee.zip"
    broken.write_bytes(b"PK\x03\x04 pas vraiment une archive")
    with pytest.raises(ArchiveError, match="n’est pas une archive .zip lisible"):
        open_archive(broken, cache=tmp_path / "cache")
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as out:
        out.writestr("secteurs.yaml", b"secteurs: []")
    raw = bytearray(data.getvalue())
    raw[6] |= 0x1  # the local header's "encrypted" flag
    raw[raw.rfind(b"PK\x01\x02") + 8] |= 0x1  # and the central directory's
    locked = tmp_path / "verrouillee.zip"
    locked.write_bytes(bytes(raw))
    with pytest.raises(ArchiveError, match="mot de passe"):
        open_archive(locked, cache=tmp_path / "cache")


def test_emballer_validates_then_packs_and_the_zip_validates_with_the_same_messages(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = copy_bank(tmp_path / "banque-service")
    assert main(["emballer", str(folder), str(tmp_path / "envoi.zip")]) == 0
    assert "Banque emballée dans" in capsys.readouterr().out
    assert main(["validate", str(tmp_path / "envoi.zip")]) == 0
    assert "La banque est prête" in capsys.readouterr().out


def test_emballer_refuses_a_bank_with_errors_and_says_which(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = copy_bank(tmp_path / "banque")
    (folder / "technique.yaml").write_text(
        "questions:\n  - id: x\n    secteur: nulle-part\n", "utf-8"
    )
    assert main(["emballer", str(folder), str(tmp_path / "envoi.zip")]) == 1
    out = capsys.readouterr().out
    assert "technique.yaml" in out and "Banque non emballée" in out
    assert not (tmp_path / "envoi.zip").exists()


def test_a_hostile_zip_given_with_bank_stops_the_command_with_the_reason(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = hostile(tmp_path, ("../../evasion.yaml", b""))
    assert main(["stats", str(path)]) == 1
    assert "sort du dossier de la banque" in capsys.readouterr().err


def test_a_zip_with_a_mistake_is_reported_inside_the_zip_not_in_its_working_copy(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The adviser edits the files of the .zip's folder, never the unpacked copy: messages
    name « envoi.zip:technique.yaml », with the line under them, and commands to type again
    name the .zip."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = copy_bank(tmp_path / "banque-service")
    technique = folder / "technique.yaml"
    lines = technique.read_text("utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("    explication:"))
    lines[at] = "    explication: 'le Wi-Fi d'une gare'"
    technique.write_text("\n".join(lines), "utf-8")
    sent = tmp_path / "envoi.zip"
    archive.pack(folder, sent)
    assert main(["verifier", str(sent)]) == 1
    out = capsys.readouterr().out
    assert f"── {sent}:technique.yaml" in out
    assert f"{sent}:technique.yaml:{at + 1}:" in out
    assert f"    {at + 1:>4} |     explication: 'le Wi-Fi d'une gare'" in out
    assert str(tmp_path / "cache") not in out
    copy = (folder / "technique.yaml").read_text("utf-8")
    (folder / "zz-copie.yaml").write_text(copy, "utf-8")  # every id again, in a later file
    archive.pack(folder, sent)
    assert main(["verifier", str(sent)]) == 1
    out = capsys.readouterr().out
    assert f"({sent}:technique.yaml, ligne" in out  # the first of an id, named in the .zip
    assert str(tmp_path / "cache") not in out
    assert main(["chercher", "VPN", str(sent)]) == 0
    assert str(tmp_path / "cache") not in capsys.readouterr().out


def test_emballer_says_how_to_open_the_zip_with_the_path_as_typed(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = copy_bank(tmp_path / "banque-service")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.argv", ["panorama"])
    assert main(["emballer", str(folder), "envois/service.zip"]) == 0
    assert french("« panorama --bank envois/service.zip »") in capsys.readouterr().out


def test_the_same_archive_under_two_names_opens_under_each(tmp_path: Path) -> None:
    """Sent twice, renamed by a mail client: each name opens, named as it was received."""
    sent = pack(copy_bank(tmp_path / "banque"), tmp_path / "envoi.zip").path
    renamed = tmp_path / "BANQUE.ZIP"
    renamed.write_bytes(sent.read_bytes())
    cache = tmp_path / "cache"
    first, second = open_archive(sent, cache), open_archive(renamed, cache)
    assert (first.name, second.name) == ("envoi", "BANQUE")
    assert load_bank(second).bank is not None and load_bank(first).bank is not None


def test_version_of_a_bank_that_cannot_load_says_how_to_check_that_bank(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.argv", ["panorama"])
    broken = tmp_path / "banque-cassee"
    broken.mkdir()
    (broken / "secteurs.yaml").write_text("secteurs: [\n", "utf-8")
    assert main(["--version", "--bank", str(broken)]) == 1
    assert f"panorama verifier {broken}" in capsys.readouterr().out
