//! End to end: the real binary in a pseudo-terminal (pure Rust: portable-pty + vt100).
//! Start on the demo, navigate, search and jump, help, resize to tiny and back, quit with
//! status 0 and the terminal restored; a held database gives a clear message and status 1.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::support;

use support::{TestDb, Tui};

const DOWN: &[u8] = b"\x1b[B";
const ENTER: &[u8] = b"\r";
const ESC: &[u8] = b"\x1b";

fn started(db: &TestDb, cols: u16, rows: u16) -> Tui {
    let tui = Tui::start(db, &[], cols, rows);
    tui.wait_for("Pemerintah Kota Semarang", 20);
    tui.wait_for("Sekretariat Daerah", 5);
    tui
}

#[test]
fn navigate_search_jump_help_and_quit() {
    let db = TestDb::new();
    let mut tui = started(&db, 80, 24);
    assert!(tui.screen().contains("baseline"), "{}", tui.screen());

    // Down onto the first position and open it: its holder appears.
    tui.send(DOWN);
    tui.send(ENTER);
    tui.wait_for("Sekretaris Daerah", 5);

    // Search, jump to the hit: the breadcrumb and details show the person.
    tui.send(b"/");
    tui.wait_for("Cari", 5);
    tui.type_text("wahyuni sri");
    tui.wait_for("Sri Wahyuni", 5);
    tui.send(ENTER);
    tui.wait_gone("Cari pegawai", 5);
    tui.wait_for("19840329 200902 2 001", 5);
    assert!(
        tui.screen().contains("Bagian Pemerintahan"),
        "{}",
        tui.screen()
    );

    // Help lists the keys of the mode, then closes.
    tui.send(b"?");
    tui.wait_for("Bantuan", 5);
    tui.send(ESC);
    tui.wait_gone("Bantuan: tombol", 5);

    tui.send(b"q");
    assert_eq!(tui.wait_exit(10), 0);
    assert!(
        tui.terminal_restored(),
        "alternate screen left or cursor hidden"
    );
}

#[test]
fn search_escape_returns_to_where_you_were() {
    let db = TestDb::new();
    let mut tui = started(&db, 100, 30);
    tui.send(DOWN);
    // The path in the header follows once the cursor rests.
    tui.wait_for("Sekretariat Daerah › Sekretaris Daerah", 5);
    let before = tui.screen();
    tui.send(b"/");
    tui.type_text("puskesmas");
    tui.wait_for("Puskesmas", 5);
    tui.send(ESC);
    tui.wait_gone("Cari pegawai", 5);
    // The first lines (header, breadcrumb) match what was there before the search.
    let head = |s: &str| s.lines().take(2).collect::<Vec<_>>().join("\n");
    assert_eq!(head(&tui.screen()), head(&before));
    tui.send(b"q");
    assert_eq!(tui.wait_exit(10), 0);
}

#[test]
fn resize_to_tiny_and_back() {
    let db = TestDb::new();
    let mut tui = started(&db, 80, 24);
    tui.resize(30, 5);
    tui.wait_for("terlalu kecil", 5);
    tui.resize(12, 3);
    tui.wait_for("Terminal te", 5);
    tui.resize(1, 1);
    tui.resize(80, 24);
    tui.wait_for("Sekretariat Daerah", 5);
    // Ctrl-C always quits cleanly.
    tui.send(b"\x03");
    assert_eq!(tui.wait_exit(10), 0);
    assert!(tui.terminal_restored());
}

#[test]
fn held_database_is_reported_and_exits_1() {
    let db = TestDb::new();
    db.ok(&["tree", "--depth", "1"]);
    let _held = penata::store::sled_store::SledStore::open(&db.dir()).unwrap();
    let mut tui = Tui::start(&db, &[], 80, 24);
    // The locale is id_ID: the store says it in Bahasa Indonesia.
    tui.wait_for("sedang dipakai proses penata lain", 10);
    assert_eq!(tui.wait_exit(10), 1);
    assert!(tui.terminal_restored());
}

#[test]
fn details_pane_shows_the_selection_after_the_cursor_rests() {
    let db = TestDb::new();
    let mut tui = started(&db, 120, 30);
    // The first line of the details pane (right of the tree, on the first body row).
    let details_title = |screen: &str| {
        screen
            .lines()
            .nth(2)
            .and_then(|l| l.split('│').nth(1))
            .map(|t| t.trim().to_string())
            .unwrap_or_default()
    };
    // Four steps down from the first unit in one write, as a held key sends them.
    tui.send(&DOWN.repeat(4));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let screen = tui.screen();
        if details_title(&screen) == "Asisten Pemerintahan dan Kesejahteraan Rakyat" {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "details did not follow the cursor:\n{screen}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    // And back up two: the pane follows again.
    tui.send(&b"\x1b[A".repeat(2));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !details_title(&tui.screen()).starts_with("Staf Ahli Wali Kota Bidang Hukum") {
        assert!(
            std::time::Instant::now() < deadline,
            "details did not follow the cursor back:\n{}",
            tui.screen()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    tui.send(b"q");
    assert_eq!(tui.wait_exit(10), 0);
}

#[test]
fn lang_en_shows_the_app_in_english() {
    let db = TestDb::new();
    // The helper sets an Indonesian locale; `--lang en` wins over it.
    let mut tui = Tui::start(&db, &["--lang", "en"], 80, 24);
    tui.wait_for("Sekretariat Daerah", 20);
    // The first start's notice, the status bar and the help overlay speak English.
    tui.wait_for("Demo data", 5);
    tui.wait_for("BROWSE", 5);
    assert!(!tui.screen().contains("JELAJAH"), "{}", tui.screen());
    tui.send(b"?");
    tui.wait_for("Help: keys", 5);
    tui.send(ESC);
    tui.wait_gone("Help: keys", 5);
    tui.send(b"q");
    assert_eq!(tui.wait_exit(10), 0);

    // Without the flag, an English locale gives English too; the Indonesian one Indonesian.
    let mut tui = Tui::start_env(&db, &[], 80, 24, &[("LANG", "en_US.UTF-8")]);
    tui.wait_for("BROWSE", 20);
    tui.send(b"q");
    assert_eq!(tui.wait_exit(10), 0);
    let mut tui = Tui::start(&db, &[], 80, 24);
    tui.wait_for("JELAJAH", 20);
    tui.send(b"q");
    assert_eq!(tui.wait_exit(10), 0);
}
