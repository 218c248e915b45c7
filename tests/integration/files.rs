//! The files penata writes on a shared server (issue 14): every `-o` goes through one safe
//! writer (planted links replaced, devices refused, pipes and standard output written),
//! CSV cells a spreadsheet would run are disarmed and come back as they were, the database
//! directory is owner-only whatever the umask, and a read refuses a directory others can
//! open.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::support::TestDb;

fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o777
}

fn set(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The demo with formulas where spreadsheet users type text: every employee's name, every
/// competency's name, and a position's title.
fn hostile_db() -> TestDb {
    let db = TestDb::new();
    let mut org: serde_json::Value = serde_json::from_str(&db.ok(&["export"])).unwrap();
    for (i, e) in org["employees"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        let name = e["name"].as_str().unwrap().to_string();
        let hostile = match i % 4 {
            0 => format!("=HYPERLINK(\"http://x\";\"{name}\")"),
            1 => format!("+{name}"),
            2 => format!("@{name}"),
            _ => format!("-{name}"),
        };
        e["name"] = hostile.into();
    }
    for c in org["competencies"].as_array_mut().unwrap() {
        let name = c["name"].as_str().unwrap().to_string();
        c["name"] = format!("=cmd|' /C calc'!A0 {name}").into();
    }
    let path = db.tmp.path().join("hostile.json");
    std::fs::write(&path, serde_json::to_string(&org).unwrap()).unwrap();
    db.ok(&["import", path.to_str().unwrap()]);
    db
}

/// No cell of a CSV starts with what a spreadsheet runs, unless it is a number.
fn assert_spreadsheet_safe(csv_text: &str, delimiter: u8) -> usize {
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    let mut disarmed = 0;
    for rec in r.records() {
        for cell in rec.unwrap().iter() {
            let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
            assert!(
                !risky || cell.parse::<f64>().is_ok(),
                "unsafe cell {cell:?}"
            );
            disarmed += usize::from(cell.starts_with("'=") || cell.starts_with("'+"));
        }
    }
    disarmed
}

#[test]
fn employee_csv_is_spreadsheet_safe_and_reimports_as_it_was() {
    let db = hostile_db();
    let csv_text = db.ok(&["export", "--format", "csv"]);
    assert!(assert_spreadsheet_safe(&csv_text, b';') > 0, "{csv_text}");
    assert!(csv_text.contains("'=HYPERLINK("), "{csv_text}");

    // The CSV import drops the apostrophe again: the names come back unchanged.
    let before: serde_json::Value = serde_json::from_str(&db.ok(&["export"])).unwrap();
    let path = db.tmp.path().join("pegawai.csv");
    std::fs::write(&path, &csv_text).unwrap();
    db.ok(&["import", path.to_str().unwrap()]);
    let after: serde_json::Value = serde_json::from_str(&db.ok(&["export"])).unwrap();
    assert_eq!(before["employees"], after["employees"]);
}

#[test]
fn gaps_csv_is_spreadsheet_safe() {
    let db = hostile_db();
    let gaps = db.ok(&["gaps", "dinkes.sekretariat", "--format", "csv"]);
    assert!(assert_spreadsheet_safe(&gaps, b',') > 0, "{gaps}");
    let needs = db.ok(&["gaps", "dinkes.sekretariat", "--format", "csv", "--needs"]);
    assert!(assert_spreadsheet_safe(&needs, b',') > 0, "{needs}");
}

#[test]
fn plan_csv_is_spreadsheet_safe_and_keeps_numbers() {
    let db = hostile_db();
    let org: serde_json::Value = serde_json::from_str(&db.ok(&["export"])).unwrap();
    let nip = org["employees"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["position"].is_string())
        .unwrap()["nip"]
        .as_str()
        .unwrap()
        .to_string();
    db.ok(&["plan", "new", "rapat"]);
    db.ok(&[
        "move",
        &nip,
        "-",
        "--plan",
        "rapat",
        "--reason",
        "@SUM(1+1)*cmd|' /C calc'!A0",
    ]);
    let out = db.ok(&["plan", "export", "rapat", "--format", "csv"]);
    assert!(assert_spreadsheet_safe(&out, b';') > 0, "{out}");
    assert!(out.contains("'@SUM(1+1)"), "{out}");
    // The move's number stays a number.
    assert!(out.lines().nth(1).unwrap().starts_with("1;"), "{out}");
}

/// A link planted at the export's name in a directory all may write is replaced, not
/// followed; the file it led to is untouched.
#[test]
fn export_replaces_a_planted_link_instead_of_writing_through_it() {
    let db = TestDb::new();
    let shared = db.tmp.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    set(&shared, 0o777);
    let victim = db.tmp.path().join("victim");
    std::fs::write(&victim, b"keep me").unwrap();
    set(&victim, 0o600);
    for name in ["out.json", "out.csv", "penata.1"] {
        std::os::unix::fs::symlink(&victim, shared.join(name)).unwrap();
    }
    let out = shared.join("out.json");
    db.ok(&["export", "-o", out.to_str().unwrap()]);
    let csv = shared.join("out.csv");
    db.ok(&["gaps", "dinkes.sekretariat", "-o", csv.to_str().unwrap()]);
    db.ok(&["man", "--dir", shared.to_str().unwrap()]);
    assert_eq!(std::fs::read(&victim).unwrap(), b"keep me");
    for name in ["out.json", "out.csv", "penata.1", "penata-export.1"] {
        let path = shared.join(name);
        assert!(
            std::fs::symlink_metadata(&path).unwrap().is_file(),
            "{name}"
        );
        assert_eq!(mode(&path), 0o600, "{name}");
    }
    assert!(std::fs::read_to_string(&out).unwrap().contains("penata/v1"));
    // No temporary file is left behind.
    let left: Vec<_> = std::fs::read_dir(&shared)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn generate_writes_owner_only_through_the_same_rules() {
    let db = TestDb::new();
    let victim = db.tmp.path().join("victim");
    std::fs::write(&victim, b"keep me").unwrap();
    let out = db.tmp.path().join("org.json");
    std::os::unix::fs::symlink(&victim, &out).unwrap();
    let siasn = db.tmp.path().join("siasn");
    db.ok(&[
        "generate",
        "--employees",
        "30",
        "-o",
        out.to_str().unwrap(),
        "--siasn",
        siasn.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&victim).unwrap(), b"keep me");
    assert_eq!(mode(&out), 0o600);
    assert!(std::fs::read_to_string(&out).unwrap().contains("penata/v1"));
    assert_eq!(mode(&siasn), 0o700);
    for f in std::fs::read_dir(&siasn).unwrap() {
        assert_eq!(mode(&f.unwrap().path()), 0o600);
    }
}

/// A device is never replaced by a file; standard output named as a file is written.
#[test]
fn devices_are_refused_in_both_languages_and_stdout_is_written() {
    let db = TestDb::new();
    if Path::new("/dev/full").exists() {
        for (lang, words) in [("en", "not a terminal"), ("id", "bukan terminal")] {
            let out = db.run(&["--lang", lang, "export", "-o", "/dev/full"]);
            assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
            assert!(stderr(&out).contains(words), "{}", stderr(&out));
            assert!(stderr(&out).contains("/dev/full"), "{}", stderr(&out));
        }
        use std::os::unix::fs::FileTypeExt;
        assert!(
            std::fs::metadata("/dev/full")
                .unwrap()
                .file_type()
                .is_char_device()
        );
    }
    let out = db.run(&["export", "-o", db.tmp.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("directory"), "{}", stderr(&out));
    let out = db.ok(&["export", "-o", "/dev/stdout"]);
    assert!(out.contains("penata/v1"), "{out}");
    assert!(!std::fs::symlink_metadata("/dev/stdout").unwrap().is_file());
}

/// Under umask 000, in a directory open to all, a command that writes leaves the database
/// the owner's alone.
#[test]
fn the_database_is_owner_only_under_umask_000() {
    let db = TestDb::new();
    // A directory that exists, is not empty and is open to all, as a careless setup has.
    std::fs::create_dir(db.dir()).unwrap();
    std::fs::write(db.dir().join("README"), b"x").unwrap();
    set(&db.dir(), 0o777);
    // A command that writes (a read would refuse the directory instead: see below).
    let cmd = db.cmd(&["plan", "new", "rapat"]);
    let program = cmd.get_program().to_owned();
    let args: Vec<_> = cmd.get_args().map(|a| a.to_owned()).collect();
    let mut shell = std::process::Command::new("sh");
    shell
        .arg("-c")
        .arg("umask 000 && exec \"$0\" \"$@\"")
        .arg(program)
        .args(args);
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => shell.env(k, v),
            None => shell.env_remove(k),
        };
    }
    let out = shell.output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&db.dir()), 0o700);
    let mut seen = 0;
    for entry in std::fs::read_dir(db.dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.ends_with("README") {
            continue;
        }
        let want = if path.is_dir() { 0o700 } else { 0o600 };
        assert_eq!(mode(&path), want, "{}", path.display());
        seen += 1;
    }
    assert!(seen >= 3, "conf, db and the snapshot at least");
}

/// A read does not open a directory others can read: it says what to do.
#[test]
fn search_refuses_a_database_directory_others_can_read() {
    let db = TestDb::new();
    db.ok(&["tree", "--depth", "1"]);
    set(&db.dir(), 0o755);
    let chmod = format!("chmod 700 {}", db.dir().display());
    for (lang, words) in [("en", "other accounts"), ("id", "akun lain")] {
        let out = db.run(&["--lang", lang, "search", "Sri"]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains(words), "{}", stderr(&out));
        assert!(stderr(&out).contains(&chmod), "{}", stderr(&out));
    }
    set(&db.dir(), 0o700);
    assert!(db.ok(&["search", "Sri"]).contains("Sri"));
}
