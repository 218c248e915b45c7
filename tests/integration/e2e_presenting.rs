//! End to end: presenting with `--read-only --mask` on the real binary in a pseudo-terminal,
//! and a key override from the settings file; a bad override stops the app with its line.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::support;

use support::{TestDb, Tui};

const DOWN: &[u8] = b"\x1b[B";
const ENTER: &[u8] = b"\r";

#[test]
fn read_only_and_masked_from_the_start() {
    let db = TestDb::new();
    // Make a plan first, so there is something a presenter could damage.
    db.ok(&["plan", "new", "Rotasi"]);
    let before = db.ok(&["log", "--json"]);
    let mut tui = Tui::start(&db, &["--read-only", "--mask"], 100, 30);
    tui.wait_for("Sekretariat Daerah", 20);
    tui.wait_for("HANYA BACA", 5);
    assert!(tui.screen().contains("NIP disamarkan"), "{}", tui.screen());
    // Onto the Sekretaris Daerah and their holder.
    tui.send(DOWN);
    tui.send(ENTER);
    tui.send(DOWN);
    tui.wait_for("********", 5);
    // Picking up is refused with a message; nothing is carried.
    tui.send(b"m");
    tui.wait_for("Hanya baca: tidak ada", 5);
    assert!(!tui.screen().contains("PINDAH"), "{}", tui.screen());
    // A new plan is refused too.
    tui.send(b"P");
    tui.wait_for("Rotasi", 5);
    tui.send(b"n");
    tui.wait_for("Hanya baca: tidak ada", 5);
    tui.send(b"q");
    tui.send(b"q");
    assert_eq!(tui.wait_exit(10), 0);
    assert!(tui.terminal_restored());
    assert_eq!(
        db.ok(&["log", "--json"]),
        before,
        "read-only wrote something"
    );
}

#[test]
fn read_only_on_an_empty_database_writes_nothing_and_says_what_to_do() {
    let db = TestDb::new();
    let mut tui = Tui::start(&db, &["--read-only"], 100, 30);
    // The pty runs with an Indonesian locale: the refusal is in Bahasa Indonesia.
    tui.wait_for("tidak ada organisasi", 10);
    assert_eq!(tui.wait_exit(10), 1);
    assert!(tui.terminal_restored());
    assert!(!db.dir().exists(), "the database directory was created");
}

#[test]
fn key_overrides_apply_and_bad_ones_stop_the_app() {
    let db = TestDb::new();
    let config = db.tmp.path().join("settings.toml");
    std::fs::write(&config, "[keys.browse]\nhelp = \"F2\"\nquit = \"Q\"\n").unwrap();
    let path = config.display().to_string();
    let env = [("PENATA_CONFIG", path.as_str())];
    let mut tui = Tui::start_env(&db, &[], 100, 30, &env);
    tui.wait_for("Sekretariat Daerah", 20);
    // The status bar names the new keys.
    tui.wait_for("F2 bantuan", 5);
    tui.send(b"q");
    tui.send(b"\x1bOQ");
    tui.wait_for("Bantuan", 5);
    tui.send(b"\x1b");
    tui.wait_gone("Bantuan: tombol", 5);
    tui.send(b"Q");
    assert_eq!(tui.wait_exit(10), 0);

    std::fs::write(&config, "\n[keys.browse]\ncandidates = \"j\"\n").unwrap();
    let mut tui = Tui::start_env(&db, &[], 100, 30, &env);
    // The planner's language (the locale here is id_ID): the line and the reason in Indonesian.
    tui.wait_for("baris 3", 10);
    tui.wait_for("tombol j akan berarti", 1);
    assert_eq!(tui.wait_exit(10), 1);
    assert!(tui.terminal_restored());
}
