//! The first frame of a large start: what the snapshot's preview holds equals what the full
//! organization says, and the preview draws at every size.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common;

use common::{buffer_text, demo};
use insta::assert_snapshot;
use penata::app::AppState;
use penata::app::preview::Preview;
use penata::domain::UnitIx;
use penata::domain::search::SearchIndex;
use penata::settings::ThemeKind;
use penata::store::snapshot;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn preview_of_demo() -> (Preview, AppState) {
    let org = demo();
    let dir = tempfile::tempdir().unwrap();
    snapshot::write(dir.path(), 7, false, &org, &SearchIndex::build(&org)).unwrap();
    let p = snapshot::preview(dir.path()).expect("a fresh snapshot gives a preview");
    assert_eq!(p.employees, org.employees().len() as u64);
    let preview = Preview::new(&p.org, &p.filled, p.unplaced, p.employees);
    let state = AppState::new(org);
    (preview, state)
}

#[test]
fn the_preview_counts_what_the_full_start_counts() {
    let (preview, state) = preview_of_demo();
    let org = &state.org;
    let expected: Vec<_> = org
        .roots()
        .iter()
        .map(|&u: &UnitIx| (org.unit(u).name.clone(), state.derived.unit(u).headcount))
        .collect();
    assert_eq!(preview.units, expected);
    assert_eq!(preview.unplaced as usize, org.unplaced().len());
    assert_eq!(preview.name, org.name());
}

#[test]
fn a_damaged_snapshot_gives_no_preview() {
    let org = demo();
    let dir = tempfile::tempdir().unwrap();
    snapshot::write(dir.path(), 7, false, &org, &SearchIndex::build(&org)).unwrap();
    let file = snapshot::path(dir.path());
    let bytes = std::fs::read(&file).unwrap();
    // Cut short: the footer is gone.
    std::fs::write(&file, &bytes[..bytes.len() - 1]).unwrap();
    assert!(snapshot::preview(dir.path()).is_none());
    // Every byte of the last 4 KiB (the holder counts, the search index's end and the
    // footer) flipped in turn: a preview is never built from a byte that changed, so it
    // is either refused or equal to the true one.
    let truth = {
        std::fs::write(&file, &bytes).unwrap();
        snapshot::preview(dir.path()).unwrap()
    };
    for at in (bytes.len() - 4096..bytes.len()).step_by(7) {
        let mut bad = bytes.clone();
        bad[at] ^= 0x55;
        std::fs::write(&file, &bad).unwrap();
        if let Some(p) = snapshot::preview(dir.path()) {
            assert_eq!(p.filled, truth.filled, "byte {at}");
            assert_eq!(p.unplaced, truth.unplaced, "byte {at}");
        }
    }
    std::fs::write(&file, b"not a snapshot").unwrap();
    assert!(snapshot::preview(dir.path()).is_none());
}

fn render(preview: &Preview, w: u16, h: u16) -> String {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    let look = penata::ui::preview::look(ThemeKind::Default, true, false);
    penata::ui::preview::render(&mut buf, area, preview, &look);
    buffer_text(&buf)
}

#[test]
fn preview_at_80x24() {
    let (preview, _) = preview_of_demo();
    assert_snapshot!(render(&preview, 80, 24));
}

#[test]
fn preview_side_by_side_at_120x30() {
    let (preview, _) = preview_of_demo();
    assert_snapshot!(render(&preview, 120, 30));
}

#[test]
fn preview_at_every_size_without_panic() {
    let (preview, _) = preview_of_demo();
    for (w, h) in [(1, 1), (20, 5), (40, 10), (60, 12), (200, 60)] {
        let screen = render(&preview, w, h);
        assert_eq!(screen.lines().count(), usize::from(h));
    }
}
