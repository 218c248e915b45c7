//! `penata generate` on the real binary: an owner-only file that `penata import` accepts,
//! the same bytes for the same seed.

use std::process::Command;

fn penata(db: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_penata"));
    c.arg("--db").arg(db).arg("--lang").arg("en");
    c
}

#[test]
fn generated_file_is_private_deterministic_and_imports() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let a = dir.path().join("a.json");
    let b = dir.path().join("b.json");
    for path in [&a, &b] {
        let out = penata(&db)
            .args(["generate", "--employees", "1500", "--seed", "9", "-o"])
            .arg(path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains("1,500 employees"));
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&a).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let out = penata(&db).arg("import").arg(&a).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = penata(&db)
        .args(["search", "sri", "--limit", "3"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn siasn_files_go_into_an_owner_only_directory_and_match_the_fixtures() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let out_dir = dir.path().join("exports").join("kota");
    let out = penata(&db)
        .args(["generate", "--employees", "330", "--seed", "13", "-o"])
        .arg(dir.path().join("kota.json"))
        .arg("--siasn")
        .arg(&out_dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("wrote 7 SIASN files to"), "{stderr}");
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/siasn/kota-kecil");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&out_dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let bytes = std::fs::read(entry.path()).unwrap();
        assert!(
            bytes == std::fs::read(fixtures.join(&name)).unwrap(),
            "{name}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = entry.metadata().unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{name}");
        }
        names.push(name);
    }
    assert_eq!(names.len(), 7);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out_dir).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
    }
}
