//! End to end, the talent views in the real binary in a pseudo-terminal: the best
//! candidate for a vacant seat picked up from the candidate list, dropped there, and the
//! seat's new fit seen in the plan's comparison; readiness and a multi-line pasted note
//! written in place and found in the database afterwards.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::support;

use support::{TestDb, Tui};

const DOWN: &[u8] = b"\x1b[B";
const ENTER: &[u8] = b"\r";
const ESC: &[u8] = b"\x1b";
const CTRL_S: &[u8] = b"\x13";
const CTRL_U: &[u8] = b"\x15";

#[test]
fn best_candidate_for_a_vacant_seat_is_picked_up_dropped_and_compared() {
    let db = TestDb::new();
    let best = db.ok(&[
        "candidates",
        "dinkes.sekretariat.kasubbag_keu",
        "--limit",
        "1",
        "--json",
    ]);
    assert!(best.contains("Sri Wahyuni"), "{best}");
    let mut tui = Tui::demo(&db);
    // The vacant Kasubbag Keuangan of Dinas Kesehatan: the second hit for its title.
    tui.send(b"/");
    tui.wait_for("Cari", 5);
    tui.type_text("subbagian keuangan");
    tui.wait_for("Dinas Kesehatan › Sekretariat", 5);
    tui.send(DOWN);
    tui.send(ENTER);
    tui.wait_for(
        "Dinas Kesehatan › Sekretariat › Kepala Subbagian Keuangan",
        5,
    );
    tui.send(b"c");
    tui.wait_for("Kandidat: Kepala Subbagian Keuangan", 5);
    // The best candidate is first, as `penata candidates` ranks her.
    let row = tui.row_of("Sri Wahyuni").expect("Sri Wahyuni listed");
    let first = tui.row_of("  1 ").expect("a first row");
    assert_eq!(row, first, "{}", tui.screen());
    // Choosing her picks her up; on the baseline the app first asks for a plan.
    tui.send(ENTER);
    tui.wait_for("Nama rencana baru", 5);
    tui.send(CTRL_U);
    tui.type_text("Pengisian Keuangan");
    tui.send(ENTER);
    tui.wait_for("Membawa: Sri Wahyuni", 5);
    // The cursor already sits on the seat: the preview shows it, Enter drops there.
    tui.wait_for("Letakkan di: Kepala Subbagian Keuangan", 5);
    tui.send(ENTER);
    tui.wait_for("Alasan", 5);
    tui.type_text("kandidat terbaik");
    tui.send(ENTER);
    tui.wait_for("Rencana: Pengisian Keuangan (1 perpindahan)", 5);
    // The comparison shows her fit in the seat before and after.
    tui.send(b"P");
    tui.wait_for("Pengisian Keuangan", 5);
    tui.send(b"d");
    tui.wait_for("Perbandingan: Pengisian Keuangan", 5);
    tui.wait_for("Sri Wahyuni, S.E., M.M.  JPM 88% →", 5);
    tui.wait_for("Analis Kebijakan Ahli Muda → Kepala Subbagian Keuangan", 5);
    tui.wait_for("1 lowongan terisi", 5);
    tui.send(ESC);
    tui.send(ESC);
    tui.quit();
    // And the plan in the database says the same.
    let shown = db.ok(&["plan", "show", "Pengisian Keuangan"]);
    assert!(shown.contains("Sri Wahyuni"), "{shown}");
    assert!(shown.contains("dinkes.sekretariat.kasubbag_keu"), "{shown}");
}

#[test]
fn readiness_and_a_pasted_multi_line_note_are_written_in_place() {
    let db = TestDb::new();
    let mut tui = Tui::demo(&db);
    tui.send(b"/");
    tui.wait_for("Cari", 5);
    tui.type_text("sri wahyuni");
    tui.wait_for("Sri Wahyuni", 5);
    tui.send(ENTER);
    tui.wait_gone("Cari pegawai", 5);
    tui.send(b"r");
    tui.wait_for("Kesiapan: Sri Wahyuni", 5);
    tui.send(b"r");
    tui.wait_for("Kesiapan disimpan: Ragu", 5);
    tui.send(b"n");
    tui.wait_for("Catatan untuk: Sri Wahyuni", 5);
    tui.type_text("Minta waktu");
    // A bracketed paste with a line break and non-ASCII text.
    tui.send(b"\x1b[200~ berpikir;\nibu sedang sakit \xe2\x80\x94 dirawat\x1b[201~");
    tui.wait_for("ibu sedang sakit — dirawat", 5);
    tui.send(CTRL_S);
    tui.wait_gone("Catatan untuk", 5);
    tui.quit();
    let shown = db.ok(&["show", "198403292009022001"]);
    assert!(shown.contains("Ragu"), "{shown}");
    assert!(shown.contains("Minta waktu berpikir;"), "{shown}");
    assert!(shown.contains("ibu sedang sakit — dirawat"), "{shown}");
    let log = db.ok(&["log"]);
    assert!(log.contains("readiness=ragu"), "{log}");
}
