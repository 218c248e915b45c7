//! Widgets that draw the app from `&AppState` only: no database, no key handling, and no
//! work proportional to the organization per frame.

mod annotate;
pub mod badge;
mod carry;
pub mod compare;
pub mod cut;
pub(crate) mod details;
mod dialog;
mod header;
mod help;
pub mod notice;
mod plans;
pub mod preview;
pub mod review;
mod scroll;
mod search;
mod status;
mod table;
mod talent;
pub mod theme;
mod tree;
pub mod words;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

use crate::app::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use crate::app::{AppState, Mode, Node, ScrollLimits};
use crate::domain::Organization;
use crate::lang::{Lang, tr};
pub use theme::{Glyphs, Look, Theme};

/// Draws the whole screen for the current state; returns how far panes can scroll.
/// The terminal's cursor goes where the next typed character would (prompt, search).
pub fn draw(frame: &mut Frame, state: &AppState) -> ScrollLimits {
    let area = frame.area();
    let (limits, cursor) = paint(frame.buffer_mut(), area, state);
    if let Some(at) = cursor {
        frame.set_cursor_position(at);
    }
    limits
}

/// Draws into a buffer (what [`draw`] does, usable without a terminal).
pub fn render(buf: &mut Buffer, area: Rect, state: &AppState) -> ScrollLimits {
    paint(buf, area, state).0
}

/// Draws everything; returns how far panes can scroll and where a typing cursor is.
fn paint(buf: &mut Buffer, area: Rect, state: &AppState) -> (ScrollLimits, Option<Position>) {
    let mut limits = ScrollLimits::default();
    let mut cursor = None;
    let look = Look {
        theme: Theme::of(state.theme, state.no_color),
        glyphs: Glyphs::pick(state.ascii),
    };
    if layout::too_small(area) {
        too_small(buf, area, &look, state.lang);
        return (limits, cursor);
    }
    let l = layout::screen(area, state.details.full);
    header::render(buf, l.header, state, &look);
    tree::render(buf, l.tree, state, &look);
    if state.carry().is_some() && l.tree.height > 0 {
        carry::render(buf, l.details, l.side_by_side, state, &look);
    } else {
        limits.details = details::render(buf, l.details, l.side_by_side, state, &look);
    }
    status::render(buf, l.status, state, &look);
    if let Some(n) = state.toasts.front() {
        status::toast(buf, l.body, &notice::word(n, state.lang), &look);
    }
    match state.mode() {
        Mode::Search => cursor = search::render(buf, l.body, state, &look),
        Mode::Help => limits.help = Some(help::render(buf, l.body, state, &look)),
        Mode::Plans => plans::render(buf, l.body, state, &look),
        Mode::Prompt => cursor = dialog::prompt(buf, l.body, state, &look),
        Mode::Confirm => {
            plans::render(buf, l.body, state, &look);
            dialog::confirm(buf, l.body, state, &look);
        }
        Mode::Compare => limits.compare = compare::render(buf, l.body, state, &look),
        Mode::Review => review::render(buf, l.body, state, &look),
        Mode::Talent => talent::render(buf, l.body, state, &look),
        Mode::Readiness => annotate::readiness(buf, l.body, state, &look),
        Mode::Note => annotate::note(buf, l.body, state, &look),
        Mode::Browse | Mode::Carrying => {}
    }
    (limits, cursor)
}

/// "Terminal too small", cut to whatever fits (down to 1x1).
fn too_small(buf: &mut Buffer, area: Rect, look: &Look, lang: Lang) {
    Clear.render(area, buf);
    let w = usize::from(area.width);
    let lines = [
        tr!(lang, "ui-too-small").to_string(),
        format!(
            "{} {MIN_WIDTH}x{MIN_HEIGHT}",
            tr!(lang, "ui-too-small-need")
        ),
        format!("({}x{})", area.width, area.height),
    ];
    let block = dialog::centered(area, area.width, lines.len() as u16);
    for (row, l) in block.rows().zip(&lines) {
        let s = cut::fit(l, w, look.glyphs.ellipsis);
        Line::styled(s, look.theme.warning())
            .centered()
            .render(row, buf);
    }
}

/// A NIP as the screen shows it: grouped, or with the birth date and sequence hidden while
/// the screen is masked for sharing.
pub fn nip_shown(state: &AppState, nip: &crate::domain::Nip) -> String {
    if state.masked {
        nip.masked()
    } else {
        nip.grouped()
    }
}

/// The short name of a node (breadcrumbs, results), with control characters removed.
pub fn node_label(org: &Organization, node: Node, lang: Lang) -> String {
    let unplaced;
    let raw = match node {
        Node::Unit(u) => org.unit(u).name.as_str(),
        Node::Position(p) => org.position(p).title.as_str(),
        Node::Employee(e) => org.employee(e).name.as_str(),
        Node::Unplaced => {
            unplaced = tr!(lang, "ui-unplaced");
            &*unplaced
        }
    };
    raw.chars().map(crate::lang::safe::shown).collect()
}
