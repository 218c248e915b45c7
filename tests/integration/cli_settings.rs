//! The settings file on the real binary: init (owner-only, no overwrite), show with where
//! each value comes from, bad files stopped with the file and line, and the settings
//! reaching the commands that compute with them (retirement ages, fit thresholds, database).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support;

use std::path::PathBuf;
use std::process::Output;

use serde_json::Value;
use support::TestDb;

fn config(db: &TestDb) -> PathBuf {
    db.tmp.path().join("settings.toml")
}

/// Runs with the settings file at `config(db)`.
fn with_config(db: &TestDb, args: &[&str]) -> Output {
    db.cmd(args)
        .env("PENATA_CONFIG", config(db))
        .output()
        .unwrap()
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn init_writes_a_commented_owner_only_file_and_refuses_to_overwrite() {
    let db = TestDb::new();
    let path = ok(&with_config(&db, &["config", "path"]));
    assert_eq!(path.trim(), config(&db).display().to_string());
    ok(&with_config(&db, &["config", "init"]));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(config(&db)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let again = with_config(&db, &["config", "init"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("--force"), "{}", stderr(&again));
    ok(&with_config(&db, &["config", "init", "--force"]));
    // Everything in the commented file is a default.
    let v: Value =
        serde_json::from_str(&ok(&with_config(&db, &["config", "show", "--json"]))).unwrap();
    let settings = v["settings"].as_object().unwrap();
    for (name, s) in settings {
        if name != "database" && name != "language" && name != "theme" {
            assert_eq!(s["source"], "default", "{name}");
        }
    }
}

#[test]
fn show_says_where_each_value_comes_from() {
    let db = TestDb::new();
    std::fs::write(
        config(&db),
        "theme = \"high_contrast\"\nlanguage = \"id\"\n[retirement]\nadministrasi = 60\n",
    )
    .unwrap();
    let out = with_config(&db, &["config", "show", "--json"]);
    let v: Value = serde_json::from_str(&ok(&out)).unwrap();
    let s = &v["settings"];
    // NO_COLOR (set by the test helper) forces monochrome over the file.
    assert_eq!(s["theme"]["value"], "monochrome");
    assert_eq!(s["theme"]["source"], "env/flag");
    assert_eq!(s["language"]["value"], "id");
    assert_eq!(s["language"]["source"], "file");
    assert_eq!(s["retirement.administrasi"]["value"], "60");
    assert_eq!(s["retirement.administrasi"]["source"], "file");
    assert_eq!(s["retirement.jpt"]["source"], "default");
    assert_eq!(s["database"]["source"], "env/flag");
    let v: Value = serde_json::from_str(&ok(&with_config(
        &db,
        &["--lang", "en", "config", "show", "--json"],
    )))
    .unwrap();
    assert_eq!(v["settings"]["language"]["value"], "en");
    assert_eq!(v["settings"]["language"]["source"], "env/flag");
    let text = ok(&with_config(&db, &["config", "show"]));
    assert!(
        text.contains("retirement.administrasi  60  [file]"),
        "{text}"
    );
}

#[test]
fn bad_files_stop_every_command_with_file_line_and_what_to_do() {
    let db = TestDb::new();
    let cases = [
        ("theme = \"dark\"\n", "line 1"),
        ("\n[fit]\nhigh = 70\n", "line 3"),
        ("[standards]\npelaksana = 9\n", "line 2"),
        ("warna = 1\n", "line 1"),
        ("[keys.browse]\ncandidates = \"j\"\n", "line 2"),
        ("[keys.browse]\nkandidat = \"C\"\n", "line 2"),
    ];
    for (src, line) in cases {
        std::fs::write(config(&db), src).unwrap();
        // Key overrides are checked when the app starts and by `config show`.
        let out = with_config(&db, &["--lang", "id", "config", "show"]);
        assert_eq!(out.status.code(), Some(1), "{src}");
        let err = stderr(&out);
        assert!(err.contains(&config(&db).display().to_string()), "{err}");
        // "line N" is the settings parser's word (its own tests check its wording, which
        // follows the language); what to do is the store's, in the language asked for.
        let number = line.trim_start_matches("line ");
        assert!(
            err.contains(line) || err.contains(&format!("baris {number}")),
            "{src}: {err}"
        );
        assert!(err.contains("Perbaiki baris itu"), "{err}");
    }
    std::fs::write(config(&db), "theme = \"dark\"\n").unwrap();
    let out = with_config(&db, &["tree"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("line 1"), "{}", stderr(&out));
    // A file named but missing is an error too (the default location may be absent).
    let out = db
        .cmd(&["tree"])
        .env("PENATA_CONFIG", db.tmp.path().join("missing.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("config init"), "{}", stderr(&out));
    ok(&db.run(&["tree"]));
}

#[test]
fn retirement_ages_and_fit_thresholds_reach_the_commands() {
    let db = TestDb::new();
    let args = [
        "retirements",
        "dinkes",
        "--years",
        "2",
        "--today",
        "2026-11-23",
        "--json",
    ];
    // A file named by PENATA_CONFIG must exist: write the defaults first.
    assert_eq!(with_config(&db, &args).status.code(), Some(1));
    ok(&with_config(&db, &["config", "init"]));
    let base: Value = serde_json::from_str(&ok(&with_config(&db, &args))).unwrap();
    let nur = |v: &Value| {
        v["seats"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["nip"] == "196906172000022001")
            .cloned()
    };
    assert_eq!(nur(&base).unwrap()["bup"], 58);
    // Administrasi BUP 60: Nur Widyastuti (Pelaksana, born 1969-06) leaves in 2029, beyond
    // the 2-year list.
    std::fs::write(config(&db), "[retirement]\nadministrasi = 60\n").unwrap();
    let later: Value = serde_json::from_str(&ok(&with_config(&db, &args))).unwrap();
    assert!(nur(&later).is_none(), "{later}");

    // Fit thresholds: with `high` above any JPM, nobody is Optimal in `show`.
    let sri = ["show", "198403292009022001"];
    std::fs::write(config(&db), "").unwrap();
    let plain = ok(&with_config(&db, &sri));
    std::fs::write(config(&db), "[fit]\nhigh = 500\nmiddle = 400\n").unwrap();
    let strict = ok(&with_config(&db, &sri));
    assert_ne!(plain, strict);
    assert!(strict.contains("Kurang Optimal"), "{strict}");
}

#[test]
fn the_database_setting_yields_to_flag_and_env() {
    let db = TestDb::new();
    let elsewhere = db.tmp.path().join("from-settings");
    std::fs::write(
        config(&db),
        format!("database = \"{}\"\n", elsewhere.display()),
    )
    .unwrap();
    // $PENATA_DB (set by the helper) wins over the file (a first start creates it).
    ok(&with_config(&db, &[]));
    assert!(!elsewhere.exists());
    // Without it, the file's directory is used.
    let out = db
        .cmd(&[])
        .env("PENATA_CONFIG", config(&db))
        .env_remove("PENATA_DB")
        .output()
        .unwrap();
    ok(&out);
    assert!(elsewhere.exists());
    let v: Value = serde_json::from_str(&ok(&db
        .cmd(&["config", "show", "--json"])
        .env("PENATA_CONFIG", config(&db))
        .env_remove("PENATA_DB")
        .output()
        .unwrap()))
    .unwrap();
    assert_eq!(v["settings"]["database"]["source"], "file");
}

#[test]
fn mask_nip_in_the_settings_masks_exports_unless_unmasked() {
    let db = TestDb::new();
    std::fs::write(config(&db), "mask_nip = true\n").unwrap();
    let sri = "198403292009022001";
    let masked = ok(&with_config(&db, &["export", "--format", "csv"]));
    assert!(!masked.contains(sri), "full NIP in a masked export");
    assert!(masked.contains("******** 200902 2 ***"), "{masked}");
    let full = ok(&with_config(
        &db,
        &["export", "--format", "csv", "--unmasked"],
    ));
    assert!(
        full.contains(sri) || full.contains("19840329 200902 2 001"),
        "{full}"
    );
    // Without the setting, exports are full unless --mask-nip.
    std::fs::write(config(&db), "mask_nip = false\n").unwrap();
    let plain = ok(&with_config(&db, &["export", "--format", "csv"]));
    assert!(plain.contains(sri) || plain.contains("19840329 200902 2 001"));
    let asked = ok(&with_config(
        &db,
        &["export", "--format", "csv", "--mask-nip"],
    ));
    assert!(!asked.contains(sri) && !asked.contains("19840329 200902 2 001"));
}

#[test]
fn presenting_writes_nothing_not_even_the_startup_snapshot() {
    let db = TestDb::new();
    db.ok(&["tree", "--depth", "1"]);
    let snapshot = db.dir().join("baseline.snapshot");
    assert!(snapshot.exists(), "the first load writes the snapshot");
    std::fs::remove_file(&snapshot).unwrap();
    // Without a terminal the app prints the tree; read-only, it reads the records only.
    let out = db.ok(&["--read-only"]);
    assert!(out.contains("Sekretariat Daerah"), "{out}");
    assert!(!snapshot.exists(), "--read-only wrote the snapshot");
    // Without --read-only, the next load writes it again.
    db.ok(&["tree", "--depth", "1"]);
    assert!(snapshot.exists());
}
