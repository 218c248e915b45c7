//! The command line on the real binary: first start with the demo, import (valid, refused,
//! dry run), export round trip, search, show, tree, exit codes, and the database lock.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::support;

use support::{TestDb, fixture};

#[test]
fn first_start_loads_the_demo_and_says_so() {
    let db = TestDb::new();
    // The first start (the app; without a terminal it prints the tree) loads the demo,
    // with the store's notice in the language asked for.
    let out = db.run(&["--lang", "id"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("mulai pertama: organisasi demo \"Pemerintah Kota Semarang\""),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("Pemerintah Kota Semarang"), "{stdout}");
    assert!(stdout.contains("Sekretariat Daerah"), "{stdout}");
    // Asked for in Indonesian, the whole output is: the unplaced pool's line too.
    assert!(stdout.contains("  Belum ditempatkan  "), "{stdout}");
    // The second start finds data and stays quiet.
    let again = db.run(&["tree", "--depth", "1"]);
    assert!(!String::from_utf8_lossy(&again.stderr).contains("demo"));
}

#[cfg(unix)]
#[test]
fn data_directory_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let db = TestDb::new();
    db.ok(&["tree", "--depth", "1"]);
    let mode = std::fs::metadata(db.dir()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
}

#[test]
fn import_into_empty_database_then_export_reproduces_it() {
    let db = TestDb::new();
    let file = fixture("example-small.json");
    let out = db.ok(&["import", file.to_str().unwrap()]);
    assert!(out.contains("imported"), "{out}");
    let exported = db.ok(&["export"]);
    // Import the export into a second empty database: the exports are identical.
    let copy = db.tmp.path().join("copy.json");
    std::fs::write(&copy, &exported).unwrap();
    let db2 = TestDb::new();
    db2.ok(&["import", copy.to_str().unwrap()]);
    assert_eq!(db2.ok(&["export"]), exported);
}

#[test]
fn refused_import_changes_nothing_and_names_every_error() {
    let db = TestDb::new();
    let before = db.ok(&["export"]);
    let bad = fixture("invalid/employee-nip-bad-date.json");
    let out = db.run(&["--lang", "id", "import", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The place of the error (its wording is the domain validation's), then the summary.
    assert!(
        stderr.contains("employee-nip-bad-date.json:17: employees[0] nip 197802302005012004: "),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 kesalahan; tidak ada yang diimpor"),
        "{stderr}"
    );
    assert_eq!(db.ok(&["export"]), before);
}

#[test]
fn dry_run_validates_without_writing() {
    let db = TestDb::new();
    let before = db.ok(&["export"]);
    let file = fixture("example-small.json");
    let out = db.ok(&["import", "--dry-run", file.to_str().unwrap()]);
    assert!(out.contains("is valid"), "{out}");
    assert_eq!(db.ok(&["export"]), before);
}

#[test]
fn replacing_a_real_organization_needs_replace() {
    let db = TestDb::new();
    let file = fixture("example-small.json");
    db.ok(&["import", file.to_str().unwrap()]);
    let demo_export = {
        let d = TestDb::new();
        d.ok(&["export"])
    };
    let demo = db.tmp.path().join("demo.json");
    std::fs::write(&demo, demo_export).unwrap();
    let before = db.ok(&["export"]);
    let out = db.run(&["import", demo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--replace"));
    assert_eq!(db.ok(&["export"]), before);
    db.ok(&["import", "--replace", demo.to_str().unwrap()]);
    assert_ne!(db.ok(&["export"]), before);
}

#[test]
fn csv_import_adds_and_updates_by_nip() {
    let db = TestDb::new();
    db.ok(&["import", fixture("example-small.json").to_str().unwrap()]);
    let org: serde_json::Value = serde_json::from_str(&db.ok(&["export"])).unwrap();
    let first = &org["employees"][0];
    let nip = first["nip"].as_str().unwrap();
    let csv = db.tmp.path().join("pegawai.csv");
    std::fs::write(
        &csv,
        format!("\u{feff}NIP;Nama;Golongan;Jabatan\r\n{nip};\"Nama Baru, S.Kom.\";;\r\n199203142019032001;Dewi Lestari;III/a;\r\n"),
    )
    .unwrap();
    let out = db.ok(&["import", csv.to_str().unwrap()]);
    assert!(out.contains("1 employee added, 1 updated"), "{out}");
    let shown = db.ok(&["show", nip]);
    assert!(shown.contains("Nama Baru, S.Kom."), "{shown}");
    let shown = db.ok(&["show", "19920314 201903 2 001"]);
    assert!(
        shown.contains("Dewi Lestari") && shown.contains("Position    Unplaced"),
        "{shown}"
    );
}

#[test]
fn search_finds_people_in_any_word_order_and_old_spelling() {
    let db = TestDb::new();
    let out = db.ok(&["search", "wahyuni", "sri", "--json"]);
    let hits: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first = &hits[0];
    assert_eq!(first["name"], "Sri Wahyuni, S.E., M.M.");
    for key in ["nip", "name", "rank", "position", "unit", "score"] {
        assert!(first.get(key).is_some(), "missing {key}: {first}");
    }
    // A NIP prefix finds its owner.
    let nip = first["nip"].as_str().unwrap();
    let by_nip: serde_json::Value =
        serde_json::from_str(&db.ok(&["search", &nip[..8], "--json"])).unwrap();
    assert!(by_nip.as_array().unwrap().iter().any(|h| h["nip"] == nip));
    // Text output names the seat and the unit path.
    let text = db.ok(&["search", "sri wahyuni", "--limit", "1"]);
    assert!(
        text.contains("Sri Wahyuni") && text.contains(" > "),
        "{text}"
    );
}

#[test]
fn search_without_hits_exits_1() {
    let db = TestDb::new();
    let out = db.run(&["search", "qqqxxzz"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no staff match"));
}

#[test]
fn show_prints_grouped_nip_seat_and_fit() {
    let db = TestDb::new();
    let hits: serde_json::Value =
        serde_json::from_str(&db.ok(&["search", "sri wahyuni", "--json"])).unwrap();
    let nip = hits[0]["nip"].as_str().unwrap().to_string();
    let out = db.ok(&["show", &nip]);
    let grouped = format!(
        "{} {} {} {}",
        &nip[0..8],
        &nip[8..14],
        &nip[14..15],
        &nip[15..18]
    );
    assert!(out.contains(&grouped), "{out}");
    assert!(
        out.contains("JPM") || out.contains("Position    Unplaced"),
        "{out}"
    );
    let json: serde_json::Value = serde_json::from_str(&db.ok(&["show", &nip, "--json"])).unwrap();
    assert_eq!(json["nip"], nip.as_str());
}

#[test]
fn show_rejects_bad_and_unknown_nips() {
    let db = TestDb::new();
    let out = db.run(&["show", "197802302005012004"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1978-02-30 is not a calendar date"));
    let out = db.run(&["show", "199901012020011999"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no employee with NIP"));
}

#[test]
fn usage_errors_exit_2() {
    let db = TestDb::new();
    assert_eq!(db.run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(db.run(&["search"]).status.code(), Some(2));
}

#[test]
fn export_file_is_owner_only_and_complete() {
    let db = TestDb::new();
    let path = db.tmp.path().join("out.json");
    db.ok(&["export", "-o", path.to_str().unwrap()]);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"format\": \"penata/v1\""));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn a_second_process_gets_a_clear_message() {
    let db = TestDb::new();
    db.ok(&["tree", "--depth", "1"]);
    // This test process holds the database, as a running penata would.
    let _held = penata::store::sled_store::SledStore::open(&db.dir()).unwrap();
    let out = db.run(&["--lang", "id", "tree"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("sedang dipakai proses penata lain"),
        "{stderr}"
    );
    assert!(stderr.contains(&db.dir().display().to_string()), "{stderr}");
    assert!(!stderr.to_lowercase().contains("wouldblock"), "{stderr}");
}

/// A reader that stops early (`penata ... | head -1`) is not a crash: no panic report, and
/// the exit status is success.
#[test]
fn a_reader_that_stops_early_is_not_a_crash() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let db = TestDb::new();
    db.ok(&["tree", "--depth", "1"]);
    for args in [
        vec!["completions", "bash"],
        vec!["man"],
        vec!["search", "sri", "--json", "--limit", "200"],
        vec!["export"],
    ] {
        let mut child = db
            .cmd(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty(), "{args:?}");
        // The pipe is closed here; the rest of the output has nowhere to go.
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(out.status.code().is_some(), "{args:?} killed");
    }
}

#[test]
fn a_json_list_and_a_count_too_large_are_said_as_what_they_are() {
    let db = TestDb::new();
    let list = db.tmp.path().join("list.json");
    std::fs::write(&list, "  [1, 2, 3]\n").unwrap();
    let out = db.run(&["import", list.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is a JSON list, not a penata/v1 organization"),
        "{stderr}"
    );
    assert!(!stderr.contains("unknown column"), "{stderr}");
    assert!(!db.dir().exists(), "a refused import creates no database");

    let text = std::fs::read_to_string(fixture("example-small.json")).unwrap();
    let big = text.replacen("\"formation\": 1", "\"formation\": 18446744073709551616", 1);
    assert_ne!(big, text);
    let file = db.tmp.path().join("big.json");
    std::fs::write(&file, big).unwrap();
    let out = db.run(&["import", "--dry-run", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("too large; at most 4294967295"), "{stderr}");
    assert!(!stderr.contains("must be a whole number"), "{stderr}");
}

#[test]
fn a_failed_first_import_leaves_no_database_behind() {
    let db = TestDb::new();
    let bad = db.tmp.path().join("pegawai.csv");
    std::fs::write(&bad, "nip;nama;golongan;jabatan\n123;Ani;III/a;\n").unwrap();
    let out = db.run(&["import", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !db.dir().exists(),
        "no half database for the next start to fill with the demo"
    );
    // An existing database is never removed by a failed import.
    db.ok(&["import", fixture("example-small.json").to_str().unwrap()]);
    let out = db.run(&["import", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(db.ok(&["export"]).contains("Pemerintah Kota Semarang"));
}
