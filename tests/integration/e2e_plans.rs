//! End to end, plans in the real binary in a pseudo-terminal: a keyboard move with a
//! reason; undo and redo surviving restarts; a mouse drag (xterm SGR mouse reports) with
//! the same preview and drop; the mouse toggle; the terminal restored on quit.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::support;

use support::{TestDb, Tui};

const DOWN: &[u8] = b"\x1b[B";
const ENTER: &[u8] = b"\r";
const CTRL_U: &[u8] = b"\x15";
const CTRL_R: &[u8] = b"\x12";

/// Opens the plans view and makes the first plan active.
fn activate_first_plan(tui: &mut Tui, name: &str) {
    tui.send(b"P");
    tui.wait_for(name, 5);
    tui.send(ENTER);
    tui.wait_for(&format!("Rencana: {name}"), 5);
}

#[test]
fn keyboard_move_then_undo_and_redo_across_restarts() {
    let db = TestDb::new();
    let mut tui = Tui::demo(&db);
    // Find Sri Wahyuni and pick her up: on the baseline, the app offers a new plan.
    tui.send(b"/");
    tui.wait_for("Cari", 5);
    tui.type_text("wahyuni sri");
    tui.wait_for("Sri Wahyuni", 5);
    tui.send(ENTER);
    tui.wait_gone("Cari pegawai", 5);
    tui.send(b"m");
    tui.wait_for("Nama rencana baru", 5);
    tui.send(CTRL_U);
    tui.type_text("Uji");
    tui.send(ENTER);
    tui.wait_for("Membawa: Sri Wahyuni", 5);
    // Carry her to "Belum ditempatkan" (the last row) and drop with a reason.
    tui.send(b"G");
    tui.wait_for("Lepas ke Belum ditempatkan", 5);
    tui.send(ENTER);
    tui.wait_for("Alasan", 5);
    tui.type_text("tugas belajar");
    tui.send(ENTER);
    tui.wait_for("Rencana: Uji (1 perpindahan)", 5);
    tui.quit();

    // The move survived, and penata opens on the plan it showed last; undo it.
    let mut tui = Tui::demo(&db);
    tui.wait_for("Rencana: Uji (1 perpindahan)", 5);
    tui.send(b"u");
    tui.wait_for("Rencana: Uji (0 perpindahan)", 5);
    tui.wait_for("Dibatalkan", 5);
    tui.quit();

    // The undo survived; redo it.
    let mut tui = Tui::demo(&db);
    tui.wait_for("Rencana: Uji (0 perpindahan)", 5);
    tui.send(CTRL_R);
    tui.wait_for("Rencana: Uji (1 perpindahan)", 5);
    // Back to the baseline in the plans view: the next start opens on the baseline.
    tui.send(b"P");
    tui.wait_for("[aktif]", 5);
    tui.send(b"b");
    tui.wait_for("Rencana: baseline", 5);
    tui.quit();

    let mut tui = Tui::demo(&db);
    assert!(
        tui.screen().contains("Rencana: baseline"),
        "{}",
        tui.screen()
    );
    activate_first_plan(&mut tui, "Uji");
    tui.wait_for("(1 perpindahan)", 5);
    tui.quit();
}

/// An xterm SGR mouse report: button code, 0-based column and row, press or release.
fn sgr(code: u8, col: u16, row: u16, press: bool) -> Vec<u8> {
    let end = if press { 'M' } else { 'm' };
    format!("\x1b[<{code};{};{}{end}", col + 1, row + 1).into_bytes()
}

#[test]
fn mouse_drag_moves_a_person_and_m_toggles_capture() {
    let db = TestDb::new();
    let mut tui = Tui::demo(&db);
    assert!(tui.mouse_reporting(), "mouse reporting on by default");
    // A plan to move in.
    tui.send(b"P");
    tui.wait_for("Belum ada rencana", 5);
    tui.send(b"n");
    tui.wait_for("Nama rencana baru", 5);
    tui.send(ENTER);
    tui.wait_for("Rencana 1", 5);
    tui.send(ENTER);
    tui.wait_for("Rencana: Rencana 1", 5);
    // Open the Sekretaris Daerah position: its holder shows on the next row.
    tui.send(DOWN);
    tui.send(ENTER);
    let pos_row = tui.row_of("▾ Sekretaris Daerah").expect("position row");
    let person_row = pos_row + 1;
    let target = tui.row_of("Bidang Ekonomi").expect("vacant position row");
    assert!(tui.screen().contains("0/1 -1"), "{}", tui.screen());

    // Press on the person, drag to the vacant seat: the preview shows; release drops.
    tui.send(&sgr(0, 12, person_row, true));
    tui.send(&sgr(32, 12, person_row + 1, true));
    tui.send(&sgr(32, 12, target, true));
    tui.wait_for("Membawa:", 5);
    tui.wait_for("Formasi sesudah: 1/1", 5);
    tui.send(&sgr(0, 12, target, false));
    tui.wait_for("Alasan", 5);
    tui.send(ENTER);
    tui.wait_for("Rencana: Rencana 1 (1 perpindahan)", 5);
    let row = tui
        .row_of("▸ Staf Ahli Wali Kota Bidang Ekonomi")
        .expect("the seat");
    let line = tui
        .screen()
        .lines()
        .nth(usize::from(row))
        .unwrap()
        .to_string();
    assert!(line.contains("1/1"), "{line}");

    // M turns reporting off (text can be selected), and on again.
    tui.send(b"M");
    tui.wait_for("Mouse mati", 5);
    assert!(!tui.mouse_reporting());
    tui.send(b"M");
    tui.wait_for("Mouse aktif", 5);
    assert!(tui.mouse_reporting());
    tui.quit();
}
