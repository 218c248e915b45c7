//! `penata plan diff` and `penata plan export` on the real binary: a plan on the demo with
//! two moves, one approved, compared and exported in every format.
// Helpers outside #[test] functions unwrap too: a failure there is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support;

use support::TestDb;

const COLUMNS: [&str; 15] = [
    "No",
    "NIP",
    "Nama",
    "Golongan",
    "Jabatan lama",
    "Unit lama",
    "Jabatan baru",
    "Unit baru",
    "JPM sebelum",
    "JPM sesudah",
    "Alasan",
    "Keputusan",
    "Catatan rapat",
    "Oleh",
    "Waktu",
];

/// A person moved to a vacant seat (approved) and a person unplaced (undecided).
struct Meeting {
    db: TestDb,
    moved: (String, String),
    unplaced: (String, String),
}

fn meeting() -> Meeting {
    let db = TestDb::new();
    let org: serde_json::Value = serde_json::from_str(&db.ok(&["export"])).unwrap();
    let employees = org["employees"].as_array().unwrap();
    let seated: Vec<&serde_json::Value> = employees
        .iter()
        .filter(|e| e["position"].is_string())
        .collect();
    let (a, b) = (seated[0], seated[1]);
    let held = |id: &str| seated.iter().filter(|e| e["position"] == id).count() as u64;
    let vacant = org["positions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| {
            let id = p["id"].as_str().unwrap();
            p["formation"].as_u64().unwrap() > held(id) && a["position"] != id
        })
        .expect("the demo has a vacant seat");
    let person = |e: &serde_json::Value| {
        (
            e["nip"].as_str().unwrap().to_string(),
            e["name"].as_str().unwrap().to_string(),
        )
    };
    db.ok(&["plan", "new", "rapat"]);
    db.ok(&[
        "move",
        a["nip"].as_str().unwrap(),
        vacant["id"].as_str().unwrap(),
        "--plan",
        "rapat",
        "--reason",
        "penyegaran; \"rotasi\" berkala",
    ]);
    db.ok(&["move", b["nip"].as_str().unwrap(), "-", "--plan", "rapat"]);
    db.ok(&[
        "decide",
        "--plan",
        "rapat",
        "1",
        "setuju",
        "--remark",
        "mulai Januari",
    ]);
    Meeting {
        moved: person(a),
        unplaced: person(b),
        db,
    }
}

fn grouped(nip: &str) -> String {
    format!(
        "{} {} {} {}",
        &nip[0..8],
        &nip[8..14],
        &nip[14..15],
        &nip[15..18]
    )
}

#[test]
fn diff_lists_moves_units_and_overall_fit() {
    let m = meeting();
    let text = m.db.ok(&["plan", "diff", "rapat"]);
    for want in [
        m.moved.1.as_str(),
        m.unplaced.1.as_str(),
        // In English (the harness's locale); the decision codes stay as planners say them.
        "Unplaced",
        "decision: setuju (mulai Januari)",
        "decision: undecided",
        "Units",
        "Overall",
        "mean JPM",
    ] {
        assert!(text.contains(want), "{want:?} missing from:\n{text}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&m.db.ok(&["plan", "diff", "rapat", "--json"])).unwrap();
    assert_eq!(json["plan"], "rapat");
    assert_eq!(json["moves"].as_array().unwrap().len(), 2);
    assert_eq!(json["moves"][0]["nip"], m.moved.0.as_str());
    assert_eq!(json["moves"][1]["to"], serde_json::Value::Null);
    assert_eq!(json["overall"]["people_moved"], 2);
    assert!(!json["units"].as_array().unwrap().is_empty());
}

#[test]
fn markdown_minutes_name_every_move_and_decision() {
    let m = meeting();
    // The documents follow the language asked for; these read the Indonesian ones.
    let md = m.db.ok(&[
        "--lang",
        "id",
        "plan",
        "export",
        "rapat",
        "--format",
        "md",
        "--date",
        "2026-11-23",
    ]);
    assert!(md.starts_with("# Berita Acara Rapat Pembahasan Penataan Jabatan"));
    for want in [
        "Senin, 23 November 2026",
        "rapat",
        &grouped(&m.moved.0),
        &grouped(&m.unplaced.0),
        "Keputusan rapat: SETUJU",
        "mulai Januari",
        "Keputusan rapat: BELUM DIPUTUSKAN",
        "B. Perubahan per unit kerja",
        "C. Ringkasan kesesuaian jabatan",
        "Pimpinan Rapat",
    ] {
        assert!(md.contains(want), "{want:?} missing from:\n{md}");
    }
}

#[test]
fn csv_file_is_private_and_parses_back() {
    let m = meeting();
    let file = m.db.tmp.path().join("rapat.csv");
    m.db.ok(&[
        "--lang",
        "id",
        "plan",
        "export",
        "rapat",
        "--format",
        "csv",
        "-o",
        file.to_str().unwrap(),
    ]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let bytes = std::fs::read(&file).unwrap();
    let body = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("UTF-8 BOM first");
    let mut r = csv::ReaderBuilder::new().delimiter(b';').from_reader(body);
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, COLUMNS);
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][1], grouped(&m.moved.0));
    assert_eq!(&rows[0][2], m.moved.1);
    assert_eq!(&rows[0][10], "penyegaran; \"rotasi\" berkala");
    assert_eq!(&rows[0][11], "setuju");
    assert_eq!(&rows[0][12], "mulai Januari");
    assert_eq!(&rows[1][6], "Belum ditempatkan");
    assert_eq!(&rows[1][11], "belum diputuskan");
    assert!(rows[0][8].parse::<f64>().is_ok(), "{:?}", &rows[0][8]);

    // A comma-separated copy on standard output reads the same.
    let out = m.db.run(&[
        "--lang",
        "id",
        "plan",
        "export",
        "rapat",
        "--format",
        "csv",
        "--delimiter",
        ",",
    ]);
    assert!(out.status.success());
    let mut r = csv::ReaderBuilder::new().from_reader(&out.stdout[3..]);
    let again: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(again, rows);
}

#[test]
fn json_export_is_the_comparison() {
    let m = meeting();
    let json: serde_json::Value =
        serde_json::from_str(&m.db.ok(&["plan", "export", "rapat", "--format", "json"])).unwrap();
    assert_eq!(json["tally"]["setuju"], 1);
    assert_eq!(json["tally"]["undecided"], 1);
    assert_eq!(json["moves"][0]["review"]["remark"], "mulai Januari");
}

#[test]
fn sk_attachment_holds_only_the_approved_move() {
    let m = meeting();
    let sk = m.db.ok(&[
        "--lang",
        "id",
        "plan",
        "export",
        "rapat",
        "--format",
        "sk",
        "--date",
        "2026-11-23",
    ]);
    assert!(sk.contains("LAMPIRAN KEPUTUSAN"), "{sk}");
    assert!(
        sk.contains("| No | NIP | Nama | Pangkat/Golongan |"),
        "{sk}"
    );
    assert!(sk.contains(&grouped(&m.moved.0)), "{sk}");
    assert!(sk.contains(&m.moved.1), "{sk}");
    assert!(!sk.contains(&grouped(&m.unplaced.0)), "{sk}");
    assert!(!sk.contains(&m.unplaced.1), "{sk}");
    assert!(sk.contains("23 November 2026"), "{sk}");
}

#[test]
fn unknown_plan_and_bad_options_are_refused() {
    let db = TestDb::new();
    let out = db.run(&["plan", "diff", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no plan named \"nope\""));
    let out = db.run(&["plan", "export", "nope", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(1));
    let out = db.run(&["plan", "export", "nope", "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
    let out = db.run(&["plan", "export", "nope", "--date", "23-11-2026"]);
    assert_eq!(out.status.code(), Some(2));
}
