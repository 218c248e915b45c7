//! The rules of writing a user's file, and the owner-only database directory.

use super::*;

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
fn set(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Names in `dir` other than the ones given: a temporary file left behind shows here.
fn others(dir: &Path, known: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !known.contains(&n.as_str()))
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn a_new_or_existing_file_ends_owner_only_and_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("out.csv");
    write_private(&path, b"first").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"first");
    assert_eq!(mode(&path), 0o600);
    // An existing file anyone may read is replaced by an owner-only one.
    set(&path, 0o666);
    write_private(&path, b"second").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"second");
    assert_eq!(mode(&path), 0o600);
    assert_eq!(others(tmp.path(), &["out.csv"]), Vec::<String>::new());
}

#[test]
fn nothing_reaches_the_target_before_commit() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("big.json");
    std::fs::write(&path, b"old").unwrap();
    let mut file = PrivateFile::create(&path).unwrap();
    file.write_all(b"half of it").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"old");
    drop(file);
    assert_eq!(std::fs::read(&path).unwrap(), b"old");
    assert_eq!(others(tmp.path(), &["big.json"]), Vec::<String>::new());
}

/// The attack of issue 14: in a directory every account may write, another account
/// plants a link at the export's name and links or files at the temporary names penata used
/// to use (`.NAME.penata-tmp-<pid>`). The export goes to the named file, owner-only; the
/// files the links lead to and the planted files are untouched and learn nothing.
#[cfg(unix)]
#[test]
fn planted_links_and_temporary_names_cannot_redirect_or_read_an_export() {
    use std::io::Read;
    let tmp = tempfile::tempdir().unwrap();
    let shared = tmp.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    set(&shared, 0o777);
    let secret = tmp.path().join("root-only");
    std::fs::write(&secret, b"secret").unwrap();
    set(&secret, 0o600);

    let target = shared.join("export.json");
    std::os::unix::fs::symlink(&secret, &target).unwrap();
    let old_temp = shared.join(format!(".export.json.penata-tmp-{}", std::process::id()));
    std::os::unix::fs::symlink(&secret, &old_temp).unwrap();
    // A file at another predictable name, 0666 and held open by the "other account".
    let planted = shared.join(format!(".other.json.penata-tmp-{}", std::process::id()));
    std::fs::write(&planted, b"").unwrap();
    set(&planted, 0o666);
    let mut spy = File::open(&planted).unwrap();

    write_private(&target, b"{\"nip\": \"198503122010012003\"}").unwrap();
    write_private(&shared.join("other.json"), b"second export").unwrap();

    assert_eq!(std::fs::read(&secret).unwrap(), b"secret");
    assert_eq!(mode(&secret), 0o600);
    let meta = std::fs::symlink_metadata(&target).unwrap();
    assert!(meta.is_file(), "the planted link was replaced by the file");
    assert_eq!(mode(&target), 0o600);
    assert!(std::fs::read_to_string(&target).unwrap().contains("1985"));
    assert!(
        std::fs::symlink_metadata(&old_temp)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let mut seen = Vec::new();
    spy.read_to_end(&mut seen).unwrap();
    assert!(seen.is_empty(), "the planted file saw {seen:?}");
    assert_eq!(mode(&shared.join("other.json")), 0o600);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_written_directly_and_stays_a_fifo() {
    use std::io::Read;
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo on this system
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut got = Vec::new();
            File::open(&fifo).unwrap().read_to_end(&mut got).unwrap();
            got
        })
    };
    write_private(&fifo, b"through the pipe").unwrap();
    assert_eq!(reader.join().unwrap(), b"through the pipe");
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
}

#[cfg(unix)]
#[test]
fn special_files_other_than_pipes_and_terminals_are_refused_and_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let err = write_private(tmp.path(), b"x").unwrap_err();
    assert!(
        matches!(err, WriteError::Refused(Special::Directory)),
        "{err}"
    );
    // `/dev/full` is a character device that is not a terminal: refused, not replaced.
    let full = Path::new("/dev/full");
    if full.exists() {
        let err = write_private(full, b"x").unwrap_err();
        assert!(
            matches!(err, WriteError::Refused(Special::CharDevice)),
            "{err}"
        );
        use std::os::unix::fs::FileTypeExt;
        assert!(
            std::fs::metadata(full)
                .unwrap()
                .file_type()
                .is_char_device()
        );
        for lang in crate::lang::Lang::ALL {
            let said = lang.say(&err.msg());
            assert!(said.contains("terminal"), "{said}");
        }
    }
    // The null device takes output as scripts expect, and stays a device.
    write_private(Path::new("/dev/null"), b"x").unwrap();
    assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
}

#[cfg(unix)]
#[test]
fn restrict_database_tightens_the_directory_and_every_database_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("db");
    std::fs::create_dir_all(dir.join("blobs")).unwrap();
    for name in [
        "conf",
        "db",
        "snap.0000000000001234",
        "baseline.snapshot",
        "blobs/7",
    ] {
        std::fs::write(dir.join(name), b"x").unwrap();
        set(&dir.join(name), 0o666);
    }
    std::fs::write(dir.join("notes.txt"), b"mine").unwrap();
    set(&dir.join("notes.txt"), 0o644);
    set(&dir.join("blobs"), 0o777);
    set(&dir, 0o777);
    assert!(check_owner_only(&dir).is_err());

    restrict_database(&dir).unwrap();
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("blobs")), 0o700);
    for name in [
        "conf",
        "db",
        "snap.0000000000001234",
        "baseline.snapshot",
        "blobs/7",
    ] {
        assert_eq!(mode(&dir.join(name)), 0o600, "{name}");
    }
    // A file that is not the database's keeps its mode (unreachable now all the same).
    assert_eq!(mode(&dir.join("notes.txt")), 0o644);
    assert!(check_owner_only(&dir).is_ok());
    assert!(check_owner_only(&tmp.path().join("missing")).is_ok());
}

#[cfg(unix)]
#[test]
fn a_read_refuses_a_directory_others_can_open_and_says_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    set(tmp.path(), 0o755);
    let err = check_owner_only(tmp.path()).unwrap_err();
    for lang in crate::lang::Lang::ALL {
        let said = lang.say(&err.msg());
        let chmod = format!("chmod 700 {}", tmp.path().display());
        assert!(said.contains(&chmod) && said.contains("755"), "{said}");
    }
}

#[cfg(unix)]
#[test]
fn a_pipe_whose_reader_stopped_is_not_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo on this system
    }
    let reader = {
        let fifo = fifo.clone();
        // Opens, then closes at once without reading: the next write gets EPIPE.
        std::thread::spawn(move || drop(File::open(&fifo).unwrap()))
    };
    let mut file = PrivateFile::create(&fifo).unwrap();
    reader.join().unwrap();
    file.write_all(&vec![b'x'; 1 << 20]).unwrap();
    file.commit().unwrap();
}
