//! The mouse: press on a person, drag, release over a position or unit; the same carrying,
//! preview and drop as the keyboard. Screen rows map to tree rows through the same layout
//! the widgets draw with.

use ratatui::layout::Rect;

use super::tree::Node;
use super::{AppState, Effect, Mode, MouseKind, carrying, layout};

/// The tree row drawn at a screen cell, if any.
pub fn row_at(state: &AppState, col: u16, row: u16) -> Option<usize> {
    let (w, h) = state.size;
    let l = layout::screen(Rect::new(0, 0, w, h), state.details.full);
    let t = l.tree;
    if col < t.x || col >= t.right() || row < t.y || row >= t.bottom() {
        return None;
    }
    let window = state.tree.window(usize::from(t.height));
    let i = window.start + usize::from(row - t.y);
    (i < window.end).then_some(i)
}

pub(super) fn update(state: &mut AppState, kind: MouseKind, col: u16, row: u16) -> Vec<Effect> {
    if !matches!(state.mode(), Mode::Browse | Mode::Carrying) {
        return Vec::new();
    }
    let hit = row_at(state, col, row);
    match kind {
        MouseKind::ScrollUp => step(state, -3),
        MouseKind::ScrollDown => step(state, 3),
        MouseKind::Down => {
            state.press = None;
            if let Some(i) = hit {
                state.tree.select(i);
                if state.mode() == Mode::Browse
                    && let Some(Node::Employee(e)) = state.selected()
                {
                    state.press = Some(e);
                }
                carrying::refresh_preview(state);
            }
        }
        MouseKind::Drag => {
            if state.mode() == Mode::Browse {
                let Some(e) = state.press.take() else {
                    return Vec::new();
                };
                let people = if state.marked.contains(&e) {
                    state.marked.clone()
                } else {
                    vec![e]
                };
                carrying::start(state, people, true);
            }
            if state.mode() == Mode::Carrying
                && let Some(i) = hit
            {
                state.tree.select(i);
                carrying::refresh_preview(state);
            }
        }
        MouseKind::Up => {
            state.press = None;
            let by_mouse = state.carry().is_some_and(|c| c.by_mouse);
            if state.mode() == Mode::Carrying && by_mouse {
                match hit {
                    Some(i) => {
                        state.tree.select(i);
                        carrying::refresh_preview(state);
                        return carrying::drop_here(state);
                    }
                    None => {
                        if let Some(c) = state.modes.carry_mut() {
                            c.by_mouse = false;
                        }
                    }
                }
            }
        }
    }
    Vec::new()
}

fn step(state: &mut AppState, delta: isize) {
    state.tree.step(delta);
    carrying::refresh_preview(state);
}
