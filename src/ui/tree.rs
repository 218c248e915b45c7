//! The organization tree: draws only `rows[window]`, so a frame costs the visible lines.
//!
//! Units: name and `filled/formation` with a `-n`/`+n` marker. Positions: title, type and
//! holders. People: name, golongan, fit badge, readiness glyph, first words of the latest
//! note (hidden while the screen is masked). Columns after the name line up across depths.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::badge;
use super::cut;
use super::theme::Look;
use crate::app::AppState;
use crate::app::tree::{self, Node, Row};
use crate::lang::tr;

/// Columns of the golongan column (`III/d`, `XVII`).
const RANK_W: usize = 5;
/// Columns of the right-aligned headcount (`90/88 +2`); longer counts push left.
const HC_W: usize = 8;
/// Columns of the position type (`Administrator`).
const TYPE_W: usize = 13;

pub fn render(buf: &mut Buffer, area: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    if area.height == 0 || area.width == 0 {
        return;
    }
    if state.tree.rows.is_empty() {
        Line::raw(cut::fit(
            &tr!(lang, "ui-empty-org"),
            area.width.into(),
            look.glyphs.ellipsis,
        ))
        .render(area, buf);
        return;
    }
    let window = state.tree.window(usize::from(area.height));
    for (line_area, i) in area.rows().zip(window) {
        let row = state.tree.rows[i];
        let mut line = row_line(state, row, usize::from(area.width), look);
        if i == state.tree.selected {
            line = line.patch_style(look.theme.selected());
            buf.set_style(line_area, look.theme.selected());
        }
        line.render(line_area, buf);
    }
}

/// One tree row laid out in `w` columns.
pub fn row_line(state: &AppState, row: Row, w: usize, look: &Look) -> Line<'static> {
    let lang = state.lang;
    let org = &state.org;
    let g = &look.glyphs;
    let indent = usize::from(row.depth) * 2;
    let marker = if !tree::has_children(org, row.node) {
        g.leaf
    } else if state.tree.is_expanded(row.node) {
        g.open
    } else {
        g.closed
    };
    let prefix = format!("{}{}", " ".repeat(indent), marker);
    let prefix = cut::take_width(&prefix, w);
    let room = w.saturating_sub(cut::width(&prefix));
    let mut spans = vec![Span::raw(prefix)];
    match row.node {
        Node::Unit(u) => {
            let (right, right_w) = headcount(state.derived.unit(u).headcount, look);
            let name = &org.unit(u).name;
            spans.extend(name_and_right(
                name,
                look.theme.unit(),
                right,
                right_w,
                room,
                look,
            ));
        }
        Node::Position(p) => {
            let pos = org.position(p);
            let (hc, hc_w) = headcount(org.position_headcount(p), look);
            let kind = cut::pad(pos.kind.label(), TYPE_W, look.glyphs.ellipsis);
            let (right, right_w) = if TYPE_W + 1 + hc_w + 12 > room {
                (hc, hc_w)
            } else {
                let mut right = vec![Span::styled(kind, look.theme.dim()), Span::raw(" ")];
                right.extend(hc);
                (right, TYPE_W + 1 + hc_w)
            };
            spans.extend(name_and_right(
                &pos.title,
                look.theme.position(),
                right,
                right_w,
                room,
                look,
            ));
        }
        Node::Unplaced => {
            let n = org.unplaced().len().to_string();
            let w_n = n.len();
            spans.extend(name_and_right(
                &tr!(lang, "ui-unplaced"),
                look.theme.unplaced(),
                vec![Span::raw(n)],
                w_n,
                room,
                look,
            ));
        }
        Node::Employee(e) => spans.extend(employee(state, e, indent, w, room, look)),
    }
    Line::from(spans)
}

/// The headcount right-aligned in at least [`HC_W`] columns, and its width.
fn headcount(h: crate::domain::Headcount, look: &Look) -> (Vec<Span<'static>>, usize) {
    let w = badge::headcount_width(h);
    let mut spans = vec![Span::raw(" ".repeat(HC_W.saturating_sub(w)))];
    spans.extend(badge::headcount(look, h));
    (spans, w.max(HC_W))
}

/// A name on the left, cut to leave room for a right-aligned block.
fn name_and_right(
    name: &str,
    style: ratatui::style::Style,
    right: Vec<Span<'static>>,
    right_w: usize,
    room: usize,
    look: &Look,
) -> Vec<Span<'static>> {
    if right_w + 2 > room {
        return vec![Span::styled(
            cut::fit(name, room, look.glyphs.ellipsis),
            style,
        )];
    }
    let name_room = room - right_w - 1;
    let name = cut::fit(name, name_room, look.glyphs.ellipsis);
    let gap = room - cut::width(&name) - right_w;
    let mut out = vec![Span::styled(name, style), Span::raw(" ".repeat(gap))];
    out.extend(right);
    out
}

/// An employee row: name | golongan | fit | readiness | note, columns aligned by `w`.
fn employee(
    state: &AppState,
    e: u32,
    indent: usize,
    w: usize,
    room: usize,
    look: &Look,
) -> Vec<Span<'static>> {
    let lang = state.lang;
    let emp = state.org.employee(e);
    let ell = look.glyphs.ellipsis;
    let carried = state.carry().is_some_and(|c| c.people.contains(&e));
    let marked = carried || state.marked.contains(&e);
    let shown_name = if marked {
        format!("{} {}", look.glyphs.mark, emp.name)
    } else {
        emp.name.clone()
    };
    // Where a person moved by the active plan came from, instead of the latest note.
    let origin = state
        .active
        .as_ref()
        .and_then(|a| a.origin_of(e))
        .map(|from| {
            let seat = from.map_or(tr!(lang, "ui-not-placed"), |p| {
                state.org.position(p).title.as_str().into()
            });
            format!("{} {seat}", look.glyphs.from)
        });
    // The name column ends at the same screen column on every row.
    let name_end = (w / 2).max(indent + 2 + 12);
    let name_w = name_end.saturating_sub(indent + 2);
    let fixed = 1 + RANK_W + 1 + badge::FIT_WIDTH + 1 + 1;
    if name_w + fixed > room {
        // Narrow: name and readiness glyph only.
        let name = cut::fit(&shown_name, room.saturating_sub(2), ell);
        let gap = room.saturating_sub(cut::width(&name) + 1);
        if room < 2 {
            return vec![Span::raw(cut::fit(&shown_name, room, ell))];
        }
        return vec![
            Span::raw(name),
            Span::raw(" ".repeat(gap)),
            Span::styled(
                look.glyphs.readiness(emp.readiness),
                look.theme.readiness(emp.readiness),
            ),
        ];
    }
    let mut out = vec![
        Span::styled(
            cut::pad(&shown_name, name_w, ell),
            if marked {
                look.theme.key()
            } else {
                ratatui::style::Style::default()
            },
        ),
        Span::raw(" "),
        Span::styled(
            cut::pad(&emp.rank.to_string(), RANK_W, ell),
            look.theme.dim(),
        ),
        Span::raw(" "),
        badge::fit(look, &state.derived.profile, state.derived.fit(e)),
        Span::raw(" "),
        Span::styled(
            look.glyphs.readiness(emp.readiness),
            look.theme.readiness(emp.readiness),
        ),
    ];
    let note_room = room.saturating_sub(name_w + fixed + 1);
    if note_room >= 4
        && let Some(from) = origin
    {
        out.push(Span::raw(" "));
        out.push(Span::styled(
            cut::fit(&from, note_room, ell),
            look.theme.label(),
        ));
    } else if note_room >= 4
        && !state.masked
        && let Some(note) = emp.latest_note()
    {
        out.push(Span::raw(" "));
        out.push(Span::styled(
            cut::first_words(&note.text, note_room, ell),
            look.theme.dim(),
        ));
    }
    out
}
