//! Screen snapshots of the main screens at 80x24 and 120x40, driven through the real key
//! path (key events -> key map -> reducer -> widgets) on a `TestBackend`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::common;

use common::{Harness, ch, key, typed};
use crossterm::event::KeyCode;
use insta::assert_snapshot;

fn sizes() -> [(u16, u16); 2] {
    [(80, 24), (120, 40)]
}

#[test]
fn tree_on_start() {
    for (w, h) in sizes() {
        let app = Harness::demo(w, h);
        assert_snapshot!(format!("tree_{w}x{h}"), app.screen());
    }
}

#[test]
fn unit_details() {
    for (w, h) in sizes() {
        let mut app = Harness::demo(w, h);
        // The second root unit, Disdukcapil: step past Setda's open subtree with `-` then `j`.
        app.send(vec![ch('-'), ch('j')]);
        assert_snapshot!(format!("unit_{w}x{h}"), app.screen());
    }
}

#[test]
fn position_details() {
    for (w, h) in sizes() {
        let mut app = Harness::demo(w, h);
        app.send(vec![ch('j')]);
        assert_snapshot!(format!("position_{w}x{h}"), app.screen());
    }
}

#[test]
fn employee_details() {
    for (w, h) in sizes() {
        let mut app = Harness::demo(w, h);
        app.send(vec![ch('j'), ch('l'), ch('l')]);
        assert_snapshot!(format!("employee_{w}x{h}"), app.screen());
    }
}

#[test]
fn employee_details_full_with_tab() {
    let mut app = Harness::demo(80, 24);
    app.send(vec![ch('j'), ch('l'), ch('l'), key(KeyCode::Tab)]);
    assert_snapshot!("employee_full_80x24", app.screen());
}

#[test]
fn search_with_hits() {
    for (w, h) in sizes() {
        let mut app = Harness::demo(w, h);
        let mut keys = vec![ch('/')];
        keys.extend(typed("sri"));
        app.send(keys);
        assert_snapshot!(format!("search_{w}x{h}"), app.screen());
    }
}

#[test]
fn search_jump_lands_on_the_hit() {
    let mut app = Harness::demo(80, 24);
    let mut keys = vec![ch('/')];
    keys.extend(typed("sri"));
    keys.push(key(KeyCode::Down));
    keys.push(key(KeyCode::Enter));
    app.send(keys);
    assert_snapshot!("search_jump_80x24", app.screen());
}

#[test]
fn help_overlay() {
    for (w, h) in sizes() {
        let mut app = Harness::demo(w, h);
        app.send(vec![ch('?')]);
        assert_snapshot!(format!("help_{w}x{h}"), app.screen());
    }
}

#[test]
fn unplaced_group() {
    let mut app = Harness::demo(80, 24);
    app.send(vec![ch('G'), ch('l')]);
    assert_snapshot!("unplaced_80x24", app.screen());
}

#[test]
fn too_small() {
    let mut app = Harness::demo(80, 24);
    app.resize(30, 8);
    assert_snapshot!("too_small_30x8", app.screen());
    app.resize(80, 24);
    assert!(app.screen().contains("Pemerintah Kota Semarang"));
}
