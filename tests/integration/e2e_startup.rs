//! End to end: a start large enough for the preview (the first frame drawn from the
//! snapshot's units while the employees are read), on the real binary in a pseudo-terminal.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::support;

use support::{TestDb, Tui};

/// A generated province just above the preview threshold, imported (which writes the
/// snapshot).
fn province() -> TestDb {
    let db = TestDb::new();
    let file = db.tmp.path().join("province.json");
    let n = penata::store::startup::PREVIEW_FROM + 1_000;
    db.ok(&[
        "generate",
        "--employees",
        &n.to_string(),
        "-o",
        file.to_str().unwrap(),
    ]);
    db.ok(&["import", file.to_str().unwrap()]);
    assert!(penata::store::snapshot::preview(&db.dir()).is_some());
    db
}

#[test]
fn keys_typed_while_loading_act_once_loaded() {
    let db = province();
    let mut tui = Tui::start(&db, &[], 80, 24);
    // Typed at once: whether they land on the preview or on the app, they act in order.
    tui.type_text("jj");
    tui.wait_for("Rencana: baseline", 60);
    tui.wait_for("› Dinas Pendidikan", 10);
    // The app is fully there: lookup works on the loaded people.
    tui.type_text("/");
    tui.wait_for("CARI", 10);
    tui.send(b"\x1b");
    tui.wait_for("JELAJAH", 10);
    tui.quit();
}

#[test]
fn quitting_while_loading_restores_the_terminal() {
    let db = province();
    let mut tui = Tui::start(&db, &[], 80, 24);
    tui.type_text("q");
    assert_eq!(tui.wait_exit(60), 0);
    assert!(tui.terminal_restored());
}
