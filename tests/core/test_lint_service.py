"""Lint in the workflow: findings of a draft, block findings stop submission until justified, justifications
bind to their finding, warnings bring in on_warning approval levels, agency overrides, the lint CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from opdstudio.cli import main
from opdstudio.core.domain.enums import PolicyCondition
from opdstudio.core.domain.models import ApprovalLevel, Photo
from opdstudio.core.errors import DomainError
from opdstudio.core.lint import load_rules
from opdstudio.core.services import composing, lint_service, posts, workflow
from opdstudio.core.services.composing import ComposerState, VariantDraft
from opdstudio.core.services.lint_service import LEAD, MAIN
from opdstudio.core.storage.database import Database
from tests.conftest import PASSWORD

PHONE = "Info pendaftaran hubungi 081234567890."


def _post(db: Database, world: Any, text: str, **values: Any) -> str:
    state = ComposerState(
        organisation_id=world.bidang,
        title="Pendaftaran",
        main_text=text,
        target_account_ids=[world.instagram],
        platforms=["instagram"],
        **values,
    )
    with db.session() as s:
        return composing.save(s, world.admin, state).id


def _blocks(db: Database, post_id: str) -> list[lint_service.CheckedFinding]:
    with db.session() as s:
        return lint_service.unjustified_blocks(s, posts.get_post(s, post_id))


def test_findings_of_following_variants_are_reported_once_on_the_main_text() -> None:
    state = ComposerState(
        organisation_id="o",
        main_text="Gak usah ragu, datang saja.",
        platforms=["facebook", "instagram", "x"],
        variants={"x": VariantDraft("x", False, "", "Gak sabar! " + "b" * 290)},
    )
    found = lint_service.lint_state(state, load_rules())
    slang = sorted((f.variant, lint_service.location(f, state)) for f in found if f.rule == "slang.tidak")
    assert slang == [("main", (MAIN, "text")), ("x", ("x", "text"))]
    limit = next(f for f in found if f.rule == "platform_limit.x_weighted_length")
    assert lint_service.location(limit, state) == ("x", "text")


def test_a_platform_limit_of_a_following_variant_points_into_the_main_text() -> None:
    state = ComposerState(organisation_id="o", main_text="a" * 300, platforms=["x"])
    [limit] = [f for f in lint_service.lint_state(state, load_rules()) if f.category == "platform_limit"]
    assert (limit.variant, lint_service.location(limit, state), limit.start) == ("x", (MAIN, "text"), 280)
    assert lint_service.subject(limit, state) == "x:text"


def test_an_article_lead_is_linted_on_its_own() -> None:
    article = VariantDraft("website", False, "Judul", "Isi berita.", {"lead": "Gak ada yang absen."})
    state = ComposerState(organisation_id="o", main_text="Isi.", platforms=["website"], variants={"website": article})
    [lead] = [f for f in lint_service.lint_state(state, load_rules()) if f.rule == "slang.tidak"]
    assert lint_service.location(lead, state) == (LEAD, "text")
    assert lint_service.excerpt(lead, state) == "Gak"


def test_a_block_finding_stops_submission_until_it_is_justified(db: Database, world: Any) -> None:
    post_id = _post(db, world, PHONE)
    with db.session() as s, pytest.raises(DomainError) as refused:
        workflow.submit(s, world.admin, post_id)
    assert "081234567890" in refused.value.message_id and "081234567890" in refused.value.message_en
    [block] = _blocks(db, post_id)
    with db.session() as s:
        row = lint_service.justify(
            s, world.admin, post_id, block.finding.rule, block.subject, " Nomor layanan resmi panitia. "
        )
        assert (row.text, row.excerpt) == ("Nomor layanan resmi panitia.", "081234567890")
        assert row.content_hash == posts.get_post(s, post_id).content_hash
        workflow.submit(s, world.admin, post_id)
        report = lint_service.report_for_post(s, posts.get_post(s, post_id))
    [checked] = [c for c in report.findings if c.finding.rule == "personal_data.phone"]
    assert checked.justification is not None and not checked.blocks


def test_a_justification_holds_while_its_finding_remains_and_not_for_another(db: Database, world: Any) -> None:
    post_id = _post(db, world, PHONE)
    [block] = _blocks(db, post_id)
    with db.session() as s:
        lint_service.justify(s, world.admin, post_id, block.finding.rule, block.subject, "Nomor resmi.")
        post = posts.get_post(s, post_id)
        posts.edit_post(s, world.admin, post_id, posts.PostEdit(main_text="Pendaftaran dibuka! " + PHONE))
    assert _blocks(db, post_id) == []  # same number, other words: still justified
    with db.session() as s:
        posts.edit_post(s, world.admin, post_id, posts.PostEdit(main_text="Hubungi 081298765432."))
    [other] = _blocks(db, post_id)
    assert other.excerpt == "081298765432"
    with db.session() as s:
        assert post.content_hash != posts.get_post(s, post_id).content_hash


def test_a_justification_needs_a_current_block_finding_an_admin_and_words(db: Database, world: Any) -> None:
    post_id = _post(db, world, PHONE)
    [block] = _blocks(db, post_id)
    rule, subject = block.finding.rule, block.subject
    with db.session() as s:
        with pytest.raises(DomainError, match="Tulis alasannya"):
            lint_service.justify(s, world.admin, post_id, rule, subject, "  ")
        with pytest.raises(DomainError, match="Hanya admin"):
            lint_service.justify(s, world.kabid, post_id, rule, subject, "Boleh.")
        with pytest.raises(DomainError, match="sudah tidak ada"):
            lint_service.justify(s, world.admin, post_id, rule, "089999999999", "Boleh.")


def test_children_without_consent_block_until_justified_by_photo(db: Database, world: Any) -> None:
    with db.session() as s:
        photo = Photo(sha256="c" * 64, original_name="anak.jpg", size_bytes=1, width=800, height=1000)
        s.add(photo)
        s.flush()
        draft = composing.photo_draft(photo)
        draft.contains_children = True
    post_id = _post(db, world, "Imunisasi anak di posyandu.", photos=[draft])
    [block] = _blocks(db, post_id)
    assert (block.finding.rule, block.subject) == ("photo_privacy.children_consent", "c" * 64)
    with db.session() as s:
        lint_service.justify(s, world.admin, post_id, block.finding.rule, block.subject, "Wajah anak disamarkan.")
        workflow.submit(s, world.admin, post_id)


def _two_levels(db: Database, world: Any) -> None:
    with db.session() as s:
        s.add(ApprovalLevel(organisation_id=world.bidang, level=1, label="Kepala Bidang"))
        s.add(
            ApprovalLevel(
                organisation_id=world.bidang, level=2, label="Kepala Dinas", condition=PolicyCondition.ON_WARNING
            )
        )


@pytest.mark.parametrize(("text", "levels"), [("Gak usah ragu, ayo datang.", (1, 2)), ("Ayo datang.", (1,))])
def test_a_remaining_warning_brings_in_the_on_warning_level(
    db: Database, world: Any, text: str, levels: tuple[int, ...]
) -> None:
    _two_levels(db, world)
    post_id = _post(db, world, text)
    with db.session() as s:
        post = workflow.submit(s, world.admin, post_id)
        assert workflow.state_of(s, post).required_levels == levels
        workflow.approve(s, world.kabid, post_id, post.content_hash)
        assert (post.status == "approved") is (levels == (1,))


def test_agency_overrides_apply_from_the_root_down(db: Database, world: Any) -> None:
    with db.session() as s:
        lint_service.set_overrides(s, world.oversight, world.pemkab, [{"rule": "slang.tidak", "severity": "block"}])
        lint_service.set_overrides(s, world.kabid, world.bidang, [{"rule": "personal_data.phone", "disable": True}])
        assert lint_service.overrides_of(s, world.bidang) == [{"rule": "personal_data.phone", "disable": True}]
        assert len(lint_service.effective_overrides(s, world.bidang)) == 2
        rules = lint_service.rules_for(s, world.bidang)
    assert "personal_data.phone" not in rules.by_id
    assert rules.by_id["slang.tidak"].severity == "block"
    post_id = _post(db, world, PHONE)
    assert _blocks(db, post_id) == []
    gak = _post(db, world, "Gak usah ragu.")
    assert [b.finding.rule for b in _blocks(db, gak)] == ["slang.tidak"]


def test_overrides_are_checked_and_not_for_admins(db: Database, world: Any) -> None:
    with db.session() as s:
        with pytest.raises(DomainError, match="Hanya atasan"):
            lint_service.set_overrides(s, world.admin, world.bidang, [{"rule": "slang.tidak", "disable": True}])
        with pytest.raises(DomainError, match="Aturan tidak valid"):
            lint_service.set_overrides(s, world.kabid, world.bidang, [{"rule": "tidak.ada", "disable": True}])


@pytest.mark.parametrize(
    ("rule", "matched", "wording"),
    [
        ("slang.tidak", "Gak", ["Tidak"]),
        ("slang.saya", "gue", ["saya", "kami"]),
        ("slang.ragam_santai", "bikin", ["membuat"]),
        ("slang.ungkapan", "Mantul", ["Sangat bagus"]),
        ("profanity.kasar", "anjir", [""]),
        ("personal_data.phone", "081234567890", []),
    ],
)
def test_one_click_wording_comes_from_the_suggestion(rule: str, matched: str, wording: list[str]) -> None:
    from opdstudio.core.lint import Finding

    suggestion = load_rules().by_id[rule].suggestion
    finding = Finding(rule, rule.split(".")[0], "warn", "m", "m", suggestion=suggestion)  # type: ignore[arg-type]
    assert lint_service.replacements(finding, matched) == wording


def test_lint_cli_prints_the_findings_as_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    caption = tmp_path / "caption.txt"
    caption.write_text("Gak nyangka! Hubungi 081234567890 " + "#a " * 6, encoding="utf-8")
    assert main(["lint", str(caption), "--platform", "instagram,x", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {f["rule"] for f in found} >= {"slang.tidak", "personal_data.phone", "platform_limit.hashtag_count"}
    assert set(found[0]) >= {
        "rule",
        "category",
        "severity",
        "variant",
        "field",
        "start",
        "end",
        "message",
        "suggestion",
    }
    tags = next(f for f in found if f["rule"] == "platform_limit.hashtag_count")
    assert tags["variant"] == "instagram" and tags["severity"] == "block"


def test_lint_cli_reads_standard_input_and_agency_overrides(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Database, world: Any, tmp_path: Path
) -> None:
    assert db.paths is not None
    profile = str(db.paths.root)
    rules = tmp_path / "aturan.toml"
    rules.write_text('[[override]]\nrule = "slang.tidak"\nseverity = "info"\n', encoding="utf-8")
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSWORD + "\n"))
    argv = ["lint-rules", "set", str(rules), "--org", world.bidang, "--as", "budi", "--password-stdin"]
    assert main([*argv, "--profile", profile]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("Gak masalah."))
    assert main(["lint", "-", "--org", world.bidang, "--profile", profile, "--lang", "en", "--format", "json"]) == 0
    [finding] = json.loads(capsys.readouterr().out)
    assert (finding["rule"], finding["severity"]) == ("slang.tidak", "info")
    assert finding["message"].startswith("“Gak” is slang.")
    assert main(["lint-rules", "show", "--org", world.bidang, "--profile", profile, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["own"] == [{"rule": "slang.tidak", "severity": "info"}]
