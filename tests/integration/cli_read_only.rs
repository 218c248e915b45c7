//! `--read-only` and `--mask` on every subcommand, reading commands that never create a
//! database, reading on a read-only directory, and errors a planner can act on (no Rust
//! report, no `(os error N)`, both languages).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use std::collections::BTreeMap;
use std::path::Path;

use crate::support;

use support::{TestDb, fixture};

/// Every file under `dir` with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut all = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let name = p.strip_prefix(dir).unwrap().display().to_string();
                all.insert(name, std::fs::read(&p).unwrap());
            }
        }
    }
    all
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A demo database with a plan "P" holding one move, and someone's NIP, a seat and a unit.
fn demo_with_plan() -> (TestDb, String, String, String) {
    let db = TestDb::new();
    let v: serde_json::Value = serde_json::from_str(&db.ok(&["export"])).unwrap();
    let nip = v["employees"][0]["nip"].as_str().unwrap().to_string();
    let seat = v["positions"][3]["id"].as_str().unwrap().to_string();
    let unit = v["units"][1]["id"].as_str().unwrap().to_string();
    db.ok(&["plan", "new", "P"]);
    db.ok(&["move", &nip, &seat, "--plan", "P"]);
    (db, nip, seat, unit)
}

/// No Rust report, Debug form, backtrace or OS suffix in a message.
fn plain(text: &str) {
    for bad in [
        "os error",
        "Os {",
        "Error:",
        "Location:",
        "backtrace",
        "Backtrace",
        "kind:",
    ] {
        assert!(!text.contains(bad), "{bad:?} in: {text}");
    }
}

#[test]
fn every_writing_subcommand_under_read_only_is_refused_and_the_bytes_stay() {
    let (db, nip, seat, unit) = demo_with_plan();
    let file = fixture("example-small.json");
    let file = file.to_str().unwrap();
    let writing: Vec<Vec<&str>> = vec![
        vec!["note", &nip, "catatan"],
        vec!["plan", "new", "Q"],
        vec!["plan", "rename", "P", "Q"],
        vec!["plan", "duplicate", "P", "Q"],
        vec!["plan", "delete", "P", "--yes"],
        vec!["plan", "apply", "P", "--yes"],
        vec!["move", &nip, &seat, "--plan", "P"],
        vec!["undo", "--plan", "P"],
        vec!["redo", "--plan", "P"],
        vec!["decide", "--plan", "P", "1", "setuju"],
        vec!["feedback", &unit, "pelayanan lambat"],
        vec!["import", file],
        vec!["import", "--replace", file],
        vec!["config", "init"],
    ];
    let before = files(&db.dir());
    for args in &writing {
        // Before the subcommand and after it: the flag is global.
        let mut first = vec!["--read-only"];
        first.extend(args.iter().copied());
        let mut last = args.clone();
        last.push("--read-only");
        for line in [first, last] {
            let out = db.run(&line);
            assert_eq!(out.status.code(), Some(1), "{line:?}: {}", stderr(&out));
            assert!(
                stderr(&out).contains("--read-only: penata ") && stderr(&out).contains("refused"),
                "{line:?}: {}",
                stderr(&out)
            );
        }
    }
    let id = db.run(&["--lang", "id", "--read-only", "note", &nip, "x"]);
    assert!(
        stderr(&id).contains("mengubah data, jadi ditolak"),
        "{}",
        stderr(&id)
    );
    assert!(!db.tmp.path().join("config").exists(), "config init wrote");

    // The reading commands work under --read-only and write nothing either.
    let reading: Vec<Vec<&str>> = vec![
        vec!["tree"],
        vec!["show", &nip],
        vec!["search", "Budi"],
        vec!["export"],
        vec!["plan", "list"],
        vec!["plan", "show", "P"],
        vec!["plan", "diff", "P"],
        vec!["plan", "export", "P"],
        vec!["log"],
        vec!["log", "--verify"],
        vec!["check"],
        vec!["workload"],
        vec!["feedback", &unit],
        vec!["import", "--dry-run", file],
    ];
    for args in &reading {
        let mut line = vec!["--read-only"];
        line.extend(args.iter().copied());
        let out = db.run(&line);
        assert!(
            out.status.code() == Some(0) || args[0] == "search",
            "{line:?}: {}",
            stderr(&out)
        );
        plain(&stderr(&out));
    }
    assert!(
        files(&db.dir()) == before,
        "a command under --read-only changed the database's files"
    );
}

#[test]
fn reading_commands_never_create_or_fill_a_database() {
    let db = TestDb::bare();
    for args in [
        vec!["tree"],
        vec!["search", "Budi"],
        vec!["show", "199001012015011001"],
        vec!["export"],
        vec!["plan", "list"],
        vec!["log", "--verify"],
        vec!["check"],
        vec!["--read-only", "tree"],
    ] {
        let out = db.run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains("there is no database in"), "{args:?}: {err}");
        assert!(err.contains("penata import FILE"), "{args:?}: {err}");
        plain(&err);
        assert!(!db.dir().exists(), "{args:?} created the database");
    }
    let id = db.run(&["--lang", "id", "tree"]);
    assert!(
        stderr(&id).contains("tidak ada basis data di"),
        "{}",
        stderr(&id)
    );
    // A dry run validates against an empty organization and creates nothing.
    let file = fixture("example-small.json");
    let out = db.ok(&["import", "--dry-run", file.to_str().unwrap()]);
    assert!(out.contains("is valid"), "{out}");
    assert!(!db.dir().exists(), "the dry run created the database");
    // An empty directory stays empty.
    std::fs::create_dir(db.dir()).unwrap();
    assert_eq!(db.run(&["tree"]).status.code(), Some(1));
    assert_eq!(std::fs::read_dir(db.dir()).unwrap().count(), 0);
}

/// Whether this process may write into a directory its mode forbids (root may).
fn privileged(dir: &Path) -> bool {
    let probe = dir.join(".probe");
    let wrote = std::fs::write(&probe, b"x").is_ok();
    let _ = std::fs::remove_file(&probe);
    wrote
}

#[cfg(unix)]
fn set_modes(dir: &Path, dir_mode: u32, file_mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            set_modes(&p, dir_mode, file_mode);
        } else {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(file_mode)).unwrap();
        }
    }
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(dir_mode)).unwrap();
}

#[cfg(unix)]
#[test]
fn reading_works_on_a_read_only_directory() {
    let (db, nip, _, _) = demo_with_plan();
    let before = files(&db.dir());
    set_modes(&db.dir(), 0o500, 0o400);
    // Run as root, the modes stop nothing: then the bytes before and after prove that
    // nothing was written.
    let root = privileged(&db.dir());
    let mut runs = vec![
        vec!["--read-only", "tree"],
        vec!["--read-only", "show", nip.as_str()],
        vec!["--read-only", "plan", "show", "P"],
    ];
    if !root {
        // Without the flag too: sled cannot open the files for writing, so a copy is read.
        runs.push(vec!["tree"]);
        runs.push(vec!["plan", "list"]);
    }
    for args in &runs {
        let out = db.run(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    let after = files(&db.dir());
    set_modes(&db.dir(), 0o700, 0o600);
    assert!(after == before, "reading wrote to the database");
}

#[test]
fn mask_applies_to_exports_and_is_refused_where_it_cannot() {
    let (db, nip, _, _) = demo_with_plan();
    let masked = db.ok(&["--mask", "export", "--format", "csv"]);
    assert!(!masked.contains(&nip), "a full NIP in a --mask export");
    assert!(masked.contains("********"), "{masked}");
    let minutes = db.ok(&["plan", "export", "P", "--mask"]);
    assert!(!minutes.contains(&nip), "a full NIP in masked minutes");
    assert!(db.ok(&["--mask", "tree"]).contains("Sekretariat"));
    for args in [
        vec!["--mask", "show", nip.as_str()],
        vec!["--mask", "search", "Budi"],
        vec!["--mask", "plan", "show", "P"],
        vec!["--mask", "log"],
    ] {
        let out = db.run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains("--mask: penata "), "{}", stderr(&out));
        assert!(!String::from_utf8_lossy(&out.stdout).contains(&nip));
    }
}

#[test]
fn file_errors_are_said_plainly_in_both_languages() {
    let db = TestDb::new();
    let missing = db.tmp.path().join("nothing.json");
    let folder = db.tmp.path().to_path_buf();
    for (path, en, id) in [
        (
            &missing,
            "no such file or folder",
            "berkas atau folder tidak ada",
        ),
        (&folder, "it is a folder", "itu adalah folder"),
    ] {
        let path = path.to_str().unwrap();
        let out = db.run(&["import", path]);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains(en), "{}", stderr(&out));
        plain(&stderr(&out));
        let out = db.run(&["--lang", "id", "import", path]);
        assert!(stderr(&out).contains(id), "{}", stderr(&out));
        plain(&stderr(&out));
    }
}

#[test]
fn a_damaged_database_gives_a_message_not_a_report() {
    let db = TestDb::new();
    // A second open makes sled write its page-table snapshot (`snap.*`).
    db.ok(&["tree"]);
    let snap = std::fs::read_dir(db.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("snap."))
        .expect("sled wrote a snapshot");
    // sled's snapshot and log overwritten with garbage, and no usable baseline snapshot.
    let garbage: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(db.dir().join(&snap), &garbage[..4096]).unwrap();
    std::fs::write(db.dir().join("db"), &garbage).unwrap();
    let _ = std::fs::remove_file(db.dir().join("baseline.snapshot"));
    for args in [
        vec!["search", "Budi"],
        vec!["--read-only", "tree"],
        vec!["--lang", "id", "show", "199001012015011001"],
    ] {
        let out = db.run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.starts_with("penata: "), "{args:?}: {err}");
        assert!(
            err.contains(&snap),
            "{args:?} does not name the damaged file: {err}"
        );
        plain(&err);
    }
    // The attempt to recover ran on a copy: what is left of the log is untouched.
    assert!(std::fs::read(db.dir().join("db")).unwrap() == garbage);
    assert!(db.dir().join(&snap).exists());
}

#[test]
fn the_audit_names_the_account_not_the_environment() {
    let db = TestDb::new();
    let v: serde_json::Value = serde_json::from_str(&db.ok(&["export"])).unwrap();
    let nip = v["employees"][0]["nip"].as_str().unwrap().to_string();
    let out = db
        .cmd(&["note", &nip, "catatan"])
        .env("USER", "mallory")
        .env("LOGNAME", "mallory")
        .env("SSH_CLIENT", "10.1.2.3 40000 22\u{1b}]0;x\u{7}")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let forged = db
        .cmd(&["plan", "new", "P"])
        .env("USER", "mallory")
        .env("SSH_CLIENT", "evil\nhost 1 22")
        .output()
        .unwrap();
    assert!(forged.status.success());
    let log: serde_json::Value = serde_json::from_str(&db.ok(&["log", "--json"])).unwrap();
    let entries = log.as_array().unwrap();
    let note = entries.iter().find(|e| e["action"] == "note").unwrap();
    assert_ne!(note["user"], "mallory");
    assert!(!note["user"].as_str().unwrap().is_empty());
    assert_eq!(note["ssh"], "10.1.2.3 40000");
    let plan = entries.iter().find(|e| e["action"] == "plan_new").unwrap();
    assert_eq!(plan["ssh"], serde_json::Value::Null);
}

#[test]
fn log_verify_prints_the_head_and_an_anchor_holds_until_history_is_rolled_back() {
    let db = TestDb::new();
    db.ok(&["plan", "new", "P"]);
    let verified = db.ok(&["log", "--verify"]);
    let head = verified
        .lines()
        .find_map(|l| l.strip_prefix("head: entry 2, hash "))
        .unwrap_or_else(|| panic!("{verified}"))
        .to_string();
    assert_eq!(head.len(), 64);
    // The minutes carry the head at the time they were made.
    let minutes = db.ok(&["plan", "export", "P"]);
    assert!(
        minutes.contains(&format!("entry 2, hash {head}")),
        "{minutes}"
    );
    let sk = db.ok(&["plan", "export", "P", "--format", "sk"]);
    assert!(sk.contains(&head), "{sk}");
    // A backup taken now, and more history after it.
    let backup = db.tmp.path().join("backup");
    copy_dir(&db.dir(), &backup);
    db.ok(&["plan", "new", "Q"]);
    let later = db
        .ok(&["log", "--verify"])
        .lines()
        .find_map(|l| l.strip_prefix("head: entry 3, hash ").map(str::to_string))
        .unwrap();
    for anchor in [head.as_str(), &head[..16], later.as_str()] {
        let out = db.run(&["log", "--verify", "--anchor", anchor]);
        assert!(out.status.success(), "{anchor}: {}", stderr(&out));
    }
    // Rolled back to the backup: the later minutes' anchor is gone.
    std::fs::remove_dir_all(db.dir()).unwrap();
    copy_dir(&backup, &db.dir());
    let out = db.run(&["log", "--verify", "--anchor", &later]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is not in the audit chain"),
        "{}",
        stderr(&out)
    );
    assert!(
        db.run(&["log", "--verify", "--anchor", &head])
            .status
            .success()
    );
    let bad = db.run(&["log", "--verify", "--anchor", "xyz"]);
    assert_eq!(bad.status.code(), Some(1));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}
