//! The SIASN import end to end: the committed kota's exports in one command, the file order
//! not mattering, the round trip through penata/v1, a monthly refresh that keeps plans and
//! leavers, and every broken file of `fixtures/siasn/broken/` refused with its finding and
//! nothing written.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use std::path::PathBuf;

use penata::domain::Organization;
use penata::store::format::{parse_v1, write_v1};
use penata::store::siasn::{self, Options, Severity};
use proptest::prelude::*;

use crate::support::TestDb;

fn kota_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/siasn/kota-kecil")
}

/// The kota's seven exports, in a fixed order.
fn kota_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(kota_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv" || e == "xlsx"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 7);
    files
}

fn args(files: &[PathBuf]) -> Vec<String> {
    files.iter().map(|p| p.display().to_string()).collect()
}

fn inputs(files: &[PathBuf]) -> Vec<(String, Vec<u8>)> {
    files
        .iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(p).unwrap(),
            )
        })
        .collect()
}

/// The organization the files build over an empty one, as penata/v1 bytes.
fn built(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let report = siasn::build(
        siasn::read_files(files),
        &Organization::default(),
        Options::default(),
    );
    assert!(!report.has_errors(), "{:#?}", report.findings);
    let mut out = Vec::new();
    write_v1(&report.built.unwrap().0, &mut out).unwrap();
    out
}

#[test]
fn the_kota_imports_in_one_command_with_formations_fit_and_ratings() {
    let db = TestDb::new();
    let files = args(&kota_files());
    let mut cmd: Vec<&str> = vec!["import", "--dry-run"];
    cmd.extend(files.iter().map(String::as_str));
    let dry = db.ok(&cmd);
    for kind in [
        "ASN profile export",
        "unit hierarchy",
        "peta jabatan",
        "standar kompetensi jabatan",
        "assessment rekap",
        "SKP",
    ] {
        assert!(dry.contains(kind), "{kind} in {dry}");
    }
    assert!(dry.contains("columns ignored: NIP LAMA"), "{dry}");
    assert!(dry.contains("vacancies: "), "{dry}");
    assert!(dry.contains("not active staff"), "{dry}");
    assert!(dry.contains("dry run: nothing written"), "{dry}");
    // The dry run wrote nothing: the first real command still finds an empty database.
    cmd.remove(1);
    let done = db.ok(&cmd);
    assert!(
        done.contains("imported \"PEMERINTAH KOTA SEMARANG\""),
        "{done}"
    );
    let org = parse_v1("export.json", &db.ok(&["export"])).unwrap();
    assert!(org.employees().len() > 300);
    assert!(org.units().iter().all(|u| u.siasn_id.is_some()));
    assert!(org.positions().iter().all(|p| p.siasn_id.is_some()));
    // Formations from the peta jabatan, requirements from the standards, levels and SKP.
    assert!(org.positions().iter().any(|p| p.formation > 1));
    assert!(org.positions().iter().all(|p| !p.requirements.is_empty()));
    let assessed = org
        .employees()
        .iter()
        .filter(|e| !e.competencies.is_empty())
        .count();
    assert!(assessed > 200, "{assessed}");
    let rated = org
        .employees()
        .iter()
        .filter(|e| e.profile.skp.len() == 2)
        .count();
    assert!(rated > 200, "{rated}");
    assert!(
        org.employees()
            .iter()
            .all(|e| e.profile.birth_date.is_some())
    );
    // The same seksi names under different parents stay different units.
    let perencanaan = org
        .units()
        .iter()
        .filter(|u| u.name == "Seksi Perencanaan dan Pengendalian")
        .count();
    assert!(perencanaan > 1, "{perencanaan}");
    // Someone's fit shows on the command line.
    let placed = org
        .employees()
        .iter()
        .find(|e| e.position.is_some() && !e.competencies.is_empty())
        .unwrap();
    let shown = db.ok(&["show", placed.nip.as_str()]);
    assert!(shown.contains("JPM"), "{shown}");
}

#[test]
fn siasn_in_then_penata_v1_out_gives_the_same_organization() {
    let first = built(&inputs(&kota_files()));
    let org = parse_v1("first.json", std::str::from_utf8(&first).unwrap()).unwrap();
    let mut again = Vec::new();
    write_v1(&org, &mut again).unwrap();
    assert_eq!(first, again);
}

#[test]
fn the_peta_jabatan_export_reads_back_as_the_same_seats() {
    let db = TestDb::new();
    let mut cmd: Vec<String> = vec!["import".into()];
    cmd.extend(args(&kota_files()));
    db.ok(&cmd.iter().map(String::as_str).collect::<Vec<_>>());
    let peta = db.tmp.path().join("peta.xlsx");
    db.ok(&["export", "--format", "siasn", "-o", peta.to_str().unwrap()]);
    let before = db.ok(&["export"]);
    // A refresh from penata's own peta jabatan changes no seat and no formation.
    let out = db.ok(&["import", peta.to_str().unwrap()]);
    assert!(out.contains("refreshed"), "{out}");
    assert!(out.contains("(0 new, 0 renamed, 0 moved)"), "{out}");
    assert!(
        out.contains("seats: ") && out.contains("(0 new, 0 renamed)"),
        "{out}"
    );
    assert_eq!(db.ok(&["export"]), before);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, .. ProptestConfig::default() })]
    #[test]
    fn the_order_of_the_files_does_not_matter(order in Just((0..7usize).collect::<Vec<_>>()).prop_shuffle()) {
        let files = inputs(&kota_files());
        let shuffled: Vec<_> = order.iter().map(|&i| files[i].clone()).collect();
        prop_assert_eq!(built(&files), built(&shuffled));
    }
}

/// Replaces the cells of one person's row in a `;` CSV, the row found by its NIP.
fn edit_row(text: &str, nip: &str, edit: &dyn Fn(&mut Vec<String>, &[String])) -> String {
    let mut lines: Vec<String> = text.split("\r\n").map(String::from).collect();
    let header: Vec<String> = lines[0]
        .trim_start_matches('\u{feff}')
        .split(';')
        .map(String::from)
        .collect();
    for line in lines.iter_mut().skip(1) {
        if line.contains(nip) {
            let mut cells: Vec<String> = line.split(';').map(String::from).collect();
            edit(&mut cells, &header);
            *line = cells.join(";");
        }
    }
    lines.join("\r\n")
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h.eq_ignore_ascii_case(name))
        .unwrap()
}

#[test]
fn a_refresh_keeps_plans_shows_stale_moves_and_lists_leavers() {
    let db = TestDb::new();
    let files = kota_files();
    let mut cmd: Vec<String> = vec!["import".into()];
    cmd.extend(args(&files));
    db.ok(&cmd.iter().map(String::as_str).collect::<Vec<_>>());
    let org = parse_v1("export.json", &db.ok(&["export"])).unwrap();
    let placed: Vec<_> = org
        .employees()
        .iter()
        .filter(|e| e.position.is_some())
        .collect();
    let (mover, target, leaver) = (placed[0], placed[5], placed[9]);
    assert_ne!(mover.position, target.position);
    db.ok(&["plan", "new", "rapat"]);
    let to = target.position.clone().unwrap();
    db.ok(&["move", "--plan", "rapat", mover.nip.as_str(), &to]);

    // Next month: SIASN has the mover in the target's seat already, and the leaver is gone.
    let pns = files
        .iter()
        .find(|p| p.to_string_lossy().contains("PNS"))
        .unwrap();
    let text = String::from_utf8(std::fs::read(pns).unwrap()).unwrap();
    let target_row: Vec<String> = text
        .split("\r\n")
        .find(|l| l.contains(target.nip.as_str()))
        .unwrap()
        .split(';')
        .map(String::from)
        .collect();
    let text = edit_row(&text, mover.nip.as_str(), &|cells, header| {
        for name in [
            "UNOR ID",
            "UNOR NAMA",
            "JABATAN ID",
            "JABATAN NAMA",
            "JENIS JABATAN ID",
            "ESELON ID",
        ] {
            let c = column(header, name);
            cells[c].clone_from(&target_row[c]);
        }
    });
    let text: String = text
        .split("\r\n")
        .filter(|l| !l.contains(leaver.nip.as_str()))
        .collect::<Vec<_>>()
        .join("\r\n");
    let next = db.tmp.path().join("next");
    std::fs::create_dir(&next).unwrap();
    let mut refreshed: Vec<String> = vec!["import".into()];
    for f in &files {
        let dest = next.join(f.file_name().unwrap());
        if f == pns {
            std::fs::write(&dest, &text).unwrap();
        } else {
            std::fs::copy(f, &dest).unwrap();
        }
        refreshed.push(dest.display().to_string());
    }
    let out = db.ok(&refreshed.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(out.contains("refreshed"), "{out}");
    assert!(
        out.contains("1 moved to another seat in the baseline"),
        "{out}"
    );
    assert!(
        out.contains("1 person is missing from the new export and kept"),
        "{out}"
    );
    assert!(out.contains(&leaver.nip.grouped()), "{out}");
    let after = parse_v1("after.json", &db.ok(&["export"])).unwrap();
    assert!(
        after.employee_ix(&leaver.nip).is_some(),
        "kept without --drop-missing"
    );
    let moved = after.employee(after.employee_ix(&mover.nip).unwrap());
    assert_eq!(moved.position.as_deref(), Some(to.as_str()));
    // The plan is kept, and its move is stale now: a conflict.
    let plan = db.ok(&["plan", "show", "rapat"]);
    assert!(plan.contains("CONFLICT"), "{plan}");
    // The refresh is one audited change.
    let log = db.ok(&["log"]);
    assert!(log.contains("refresh"), "{log}");
    // --drop-missing removes the leaver.
    let mut dropping = refreshed.clone();
    dropping.push("--drop-missing".into());
    let out = db.ok(&dropping.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(out.contains("removed (--drop-missing)"), "{out}");
    let after = parse_v1("after.json", &db.ok(&["export"])).unwrap();
    assert!(after.employee_ix(&leaver.nip).is_none());
}

fn broken(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/siasn/broken")
        .join(name)
}

/// Imports the files into a fresh database: the import must be refused with `expected`
/// among its errors, naming `file`, and the database must stay empty.
fn refused(files: &[&str], expected: &str, file: &str) {
    let paths: Vec<PathBuf> = files.iter().map(|f| broken(f)).collect();
    let report = siasn::build(
        siasn::read_files(&inputs(&paths)),
        &Organization::default(),
        Options::default(),
    );
    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert!(
        errors
            .iter()
            .any(|f| f.message.id == expected && f.file.ends_with(file)),
        "{files:?}: {expected} in {file}: {errors:#?}"
    );
    assert!(report.built.is_none());
    let db = TestDb::bare();
    let mut cmd: Vec<String> = vec!["import".into()];
    cmd.extend(args(&paths));
    let out = db.run(&cmd.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(out.status.code(), Some(1), "{files:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    assert!(stderr.contains(file), "{stderr}");
    // Nothing of the files was written: a failed first import leaves no database at all.
    assert!(!db.dir().exists(), "{files:?}");
}

#[test]
fn every_broken_file_is_refused_with_its_finding() {
    let base_pppk_hier = ["base/pppk.csv", "base/hierarki.csv"];
    let base_pns_pppk = ["base/pns.csv", "base/pppk.csv"];
    let base = ["base/pns.csv", "base/pppk.csv", "base/hierarki.csv"];
    let cases: &[(&str, &[&str], &str)] = &[
        ("nip_invalid.csv", &base_pppk_hier, "siasn-nip-invalid"),
        ("nip_scientific.csv", &base_pppk_hier, "siasn-nip-number"),
        ("nip_excel_number.xlsx", &base_pppk_hier, "siasn-nip-number"),
        ("pppk_in_pns.csv", &base_pppk_hier, "siasn-pppk-in-pns"),
        (
            "golongan_unknown.csv",
            &base_pppk_hier,
            "domain-not-a-golongan",
        ),
        (
            "unor_missing.csv",
            &base_pppk_hier,
            "import-unor-not-in-hierarchy",
        ),
        (
            "hierarki_parent_missing.csv",
            &base_pns_pppk,
            "import-unit-parent-missing",
        ),
        ("hierarki_cycle.csv", &base_pns_pppk, "import-unit-cycle"),
        ("assessment_level_7.csv", &base, "siasn-bad-level"),
        (
            "assessment_unknown_nip.csv",
            &base,
            "import-assessment-unknown-nip",
        ),
        ("skp_unknown_nip.csv", &base, "import-skp-unknown-nip"),
        ("truncated.csv", &base_pppk_hier, "siasn-truncated"),
        ("truncated.xlsx", &base, "store-xlsx-unreadable"),
        ("windows1252.csv", &base_pppk_hier, "store-not-utf8-file"),
    ];
    for (file, with, expected) in cases {
        let mut files: Vec<&str> = with.to_vec();
        files.push(file);
        refused(&files, expected, file);
    }
    // A NIP in the PNS file and again in the PPPK file.
    let files = [
        "base/pns.csv",
        "base/hierarki.csv",
        "duplicate_across_files.csv",
    ];
    let paths: Vec<PathBuf> = files.iter().map(|f| broken(f)).collect();
    let report = siasn::build(
        siasn::read_files(&inputs(&paths)),
        &Organization::default(),
        Options::default(),
    );
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.message.id == "import-nip-twice" || f.message.id == "siasn-pns-in-pppk"),
        "{:#?}",
        report.findings
    );
    assert!(report.built.is_none());
}

#[test]
fn the_report_workbook_lists_the_files_and_every_finding() {
    use calamine::{Reader, Xlsx};
    let db = TestDb::new();
    let report = db.tmp.path().join("temuan.xlsx");
    let files: Vec<PathBuf> = ["base/pppk.csv", "base/hierarki.csv", "unor_missing.csv"]
        .iter()
        .map(|f| broken(f))
        .collect();
    let mut cmd: Vec<String> = vec![
        "import".into(),
        "--report".into(),
        report.display().to_string(),
    ];
    cmd.extend(args(&files));
    let out = db.run(&cmd.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(
        out.status.code(),
        Some(1),
        "refused, and the report still written"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&report).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let mut book: Xlsx<_> = calamine::open_workbook(&report).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Berkas", "Ringkasan", "Temuan", "Keluar"]
    );
    let berkas = book.worksheet_range("Berkas").unwrap();
    assert_eq!(berkas.height(), 4, "a header and the three files");
    let temuan = book.worksheet_range("Temuan").unwrap();
    let rows: Vec<String> = temuan
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect();
    assert!(
        rows.iter().any(|r| r.contains("unor_missing.csv")
            && r.contains("UNOR ID")
            && r.contains("8AE4833B6F0E2B7A016F0E5C3F1A00FF")),
        "{rows:#?}"
    );
}
