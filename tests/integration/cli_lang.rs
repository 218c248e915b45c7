//! The command line in both languages on the real binary: help, usage errors, the manual page,
//! completions and messages follow `--lang`, then the settings file, then the locale (`id_*`
//! means Bahasa Indonesia, anything else English).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support;

use std::process::Output;

use support::TestDb;

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs with an Indonesian locale.
fn run_id_locale(db: &TestDb, args: &[&str]) -> Output {
    db.cmd(args).env("LANG", "id_ID.UTF-8").output().unwrap()
}

#[test]
fn help_follows_the_flag_and_the_locale() {
    let db = TestDb::new();
    // English: the harness's locale is C.
    let en = db.ok(&["--help"]);
    assert!(en.contains("Usage: penata"), "{en}");
    assert!(en.contains("Commands:") && en.contains("Options:"), "{en}");
    assert!(en.contains("Find staff by name"), "{en}");
    // Bahasa Indonesia by flag, before or after the subcommand, long and short.
    let id = db.ok(&["--lang", "id", "--help"]);
    assert!(id.contains("Penggunaan: penata"), "{id}");
    assert!(id.contains("Perintah:") && id.contains("Opsi:"), "{id}");
    assert!(id.contains("Cari pegawai menurut nama"), "{id}");
    assert!(id.contains("Tampilkan bantuan"), "{id}");
    assert!(!id.contains("Usage:") && !id.contains("Print help"), "{id}");
    let sub = db.ok(&["candidates", "-h", "--lang=id"]);
    assert!(sub.contains("Argumen:"), "{sub}");
    assert!(
        sub.contains("Tampilkan paling banyak N kandidat [bawaan: 20]"),
        "{sub}"
    );
    // By locale, and the flag wins over it.
    let by_locale = run_id_locale(&db, &["plan", "--help"]);
    assert!(
        out(&by_locale).contains("Rencana penataan"),
        "{}",
        out(&by_locale)
    );
    let flag_wins = db
        .cmd(&["plan", "--help", "--lang", "en"])
        .env("LANG", "id_ID.UTF-8")
        .output()
        .unwrap();
    assert!(
        out(&flag_wins).contains("Reorganization plans"),
        "{}",
        out(&flag_wins)
    );
    // `help SUBCOMMAND` too.
    let help_cmd = db.ok(&["--lang", "id", "help", "plan", "new"]);
    assert!(help_cmd.contains("Buat rencana kosong"), "{help_cmd}");
}

#[test]
fn the_settings_file_chooses_the_language_before_the_locale() {
    let db = TestDb::new();
    let file = db.tmp.path().join("settings.toml");
    std::fs::write(&file, "language = \"id\"\n").unwrap();
    let o = db
        .cmd(&["tree", "--help"])
        .env("PENATA_CONFIG", &file)
        .output()
        .unwrap();
    assert!(out(&o).contains("Cetak pohon unit"), "{}", out(&o));
    // --config named on the command line is read as well.
    let o = db
        .cmd(&["--config", file.to_str().unwrap(), "tree", "--help"])
        .output()
        .unwrap();
    assert!(out(&o).contains("Penggunaan:"), "{}", out(&o));
    // The flag still wins over the file.
    let o = db
        .cmd(&["tree", "--help", "--lang", "en"])
        .env("PENATA_CONFIG", &file)
        .output()
        .unwrap();
    assert!(out(&o).contains("Print the unit tree"), "{}", out(&o));
}

#[test]
fn usage_errors_are_worded_in_the_language() {
    let db = TestDb::new();
    let en = db.run(&["expotr"]);
    assert_eq!(en.status.code(), Some(2));
    assert!(
        err(&en).contains("unrecognized subcommand 'expotr'"),
        "{}",
        err(&en)
    );
    let id = run_id_locale(&db, &["expotr"]);
    assert_eq!(id.status.code(), Some(2));
    let text = err(&id);
    assert!(
        text.contains("galat: perintah 'expotr' tidak dikenal"),
        "{text}"
    );
    assert!(text.contains("mungkin maksudnya 'export'"), "{text}");
    let id = db.run(&["--lang", "id", "tree", "--bogus"]);
    assert_eq!(id.status.code(), Some(2));
    assert!(
        err(&id).contains("argumen '--bogus' tidak dikenal"),
        "{}",
        err(&id)
    );
    assert!(err(&id).contains("Penggunaan: penata tree"), "{}", err(&id));
    // A bad --lang cannot choose a language: clap says what is wrong, in the fallback one.
    let bad = db.run(&["--lang", "fr", "tree"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        err(&bad).contains("unknown language \"fr\": use id or en"),
        "{}",
        err(&bad)
    );
}

#[test]
fn messages_follow_the_language() {
    let db = TestDb::new();
    let missing = "19000101 200001 1 001";
    let en = db.run(&["show", missing]);
    assert_eq!(en.status.code(), Some(1));
    assert!(err(&en).contains("no employee with NIP"), "{}", err(&en));
    let id = db.run(&["--lang", "id", "show", missing]);
    assert_eq!(id.status.code(), Some(1));
    assert!(
        err(&id).contains("tidak ada pegawai dengan NIP 19000101 200001 1 001"),
        "{}",
        err(&id)
    );
    // A result on stdout, by locale.
    let created = run_id_locale(&db, &["plan", "new", "Rotasi"]);
    assert!(created.status.success(), "{}", err(&created));
    assert_eq!(out(&created).trim(), "rencana \"Rotasi\" dibuat");
    assert_eq!(
        db.ok(&["plan", "new", "Mutasi"]).trim(),
        "created plan \"Mutasi\""
    );
    // A report's headings; the data (names, golongan) are the same in both.
    let tree_id = db.ok(&["--lang", "id", "tree", "--depth", "1"]);
    let tree_en = db.ok(&["tree", "--depth", "1"]);
    assert!(tree_id.contains("  Belum ditempatkan  "), "{tree_id}");
    assert!(tree_en.contains("  Unplaced  "), "{tree_en}");
    assert_eq!(tree_id.lines().next(), tree_en.lines().next());
    // Machine formats do not change with the language.
    let json_id = db.ok(&["--lang", "id", "plan", "list", "--json"]);
    let json_en = db.ok(&["--lang", "en", "plan", "list", "--json"]);
    assert_eq!(json_id, json_en);
}

#[test]
fn manual_and_completions_follow_the_language() {
    let db = TestDb::new();
    let man_en = db.ok(&["man"]);
    let man_id = db.ok(&["--lang", "id", "man"]);
    assert!(man_en.contains("Find staff by name"), "{man_en}");
    assert!(man_id.contains("Cari pegawai menurut nama"), "{man_id}");
    assert!(!man_id.contains("Find staff by name"), "{man_id}");
    let fish_id = db.ok(&["--lang", "id", "completions", "fish"]);
    assert!(fish_id.contains("Cari pegawai menurut nama"), "{fish_id}");
    let fish_en = db.ok(&["completions", "fish"]);
    assert!(fish_en.contains("Find staff by name"), "{fish_en}");
    // The version line too.
    assert!(
        db.ok(&["--lang", "id", "--version"])
            .contains("format data penata/v1")
    );
    assert!(db.ok(&["--version"]).contains("data format penata/v1"));
}
