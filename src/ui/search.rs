//! The lookup overlay: the query line and a window of results with the matched characters
//! highlighted; people first, then units and positions.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::cut;
use super::node_label;
use super::theme::Look;
use crate::app::search::SearchHit;
use crate::app::{AppState, Node};
use crate::domain::{Organization, UnitIx};
use crate::lang::tr;

/// Columns of the kind tag (`Pegawai`).
const TAG_W: usize = 8;

/// Draws the overlay; returns where the cursor of the query line is.
pub fn render(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) -> Option<Position> {
    let lang = state.lang;
    if body.height < 3 || body.width < 10 {
        return None;
    }
    Clear.render(body, buf);
    let s = &state.search;
    let count = if s.line.is_empty() {
        String::new()
    } else {
        format!(" {} ", tr!(lang, "ui-hits", count = s.hits.len()))
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(look.theme.border())
        .title(Span::styled(
            format!(" {} ", tr!(lang, "ui-search-title")),
            look.theme.label(),
        ))
        .title_bottom(Line::from(count).right_aligned());
    let inner = block.inner(body);
    block.render(body, buf);
    if inner.height == 0 || inner.width < 3 {
        return None;
    }
    // Query line: the cursor stays visible while typing and moving.
    let [query, list] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    let lead = vec![Span::styled(
        format!("{} ", tr!(lang, "ui-search-prompt")),
        look.theme.key(),
    )];
    let cursor = super::dialog::input_line(buf, query, lead, &s.line, look);
    if list.height > 0 {
        hits(buf, list, state, look);
    }
    cursor
}

/// The results under the query line, or why there are none.
fn hits(buf: &mut Buffer, list: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    let s = &state.search;
    let w = usize::from(list.width);
    let msg = if s.line.is_empty() {
        Some(tr!(lang, "ui-search-empty"))
    } else if s.hits.is_empty() {
        Some(tr!(lang, "ui-search-none"))
    } else {
        None
    };
    if let Some(m) = msg {
        Line::styled(cut::fit(&m, w, look.glyphs.ellipsis), look.theme.dim())
            .render(Rect { height: 1, ..list }, buf);
        return;
    }
    let h = usize::from(list.height);
    let start = s.selected.saturating_sub(h.saturating_sub(1));
    for (line_no, (i, hit)) in s.hits.iter().enumerate().skip(start).take(h).enumerate() {
        let area = Rect {
            y: list.y + line_no as u16,
            height: 1,
            ..list
        };
        let mut line = hit_line(state, hit, w, look);
        if i == s.selected {
            line = line.patch_style(look.theme.selected());
            buf.set_style(area, look.theme.selected());
        }
        line.render(area, buf);
    }
}

/// Where a unit sits, short enough for one line: its top-level unit and the unit itself
/// (`Dinas Kesehatan › Sekretariat`), since names like "Sekretariat" repeat in every dinas.
fn short_path(org: &Organization, unit: UnitIx, sep: &str) -> String {
    let root = org.unit_path(unit)[0];
    if root == unit {
        org.unit(unit).name.clone()
    } else {
        format!("{}{sep}{}", org.unit(root).name, org.unit(unit).name)
    }
}

/// One result: kind tag, the text with matched characters highlighted, then context.
fn hit_line(state: &AppState, hit: &SearchHit, w: usize, look: &Look) -> Line<'static> {
    let lang = state.lang;
    let org = &state.org;
    let (tag, shown, context) = match hit.node {
        Node::Employee(e) => {
            let emp = org.employee(e);
            let shown = if hit.by_nip {
                super::nip_shown(state, &emp.nip)
            } else {
                node_label(org, hit.node, lang)
            };
            let ctx = if hit.by_nip {
                emp.name.clone()
            } else {
                match org.seat_of(e) {
                    Some(p) => match org.unit_of(p) {
                        Some(u) => format!(
                            "{} · {}",
                            org.position(p).title,
                            short_path(org, u, look.glyphs.crumb)
                        ),
                        None => org.position(p).title.clone(),
                    },
                    None => tr!(lang, "ui-unplaced").to_string(),
                }
            };
            (tr!(lang, "ui-hit-employee"), shown, ctx)
        }
        Node::Unit(u) => (
            tr!(lang, "ui-hit-unit"),
            node_label(org, hit.node, lang),
            org.parent(u)
                .map(|p| short_path(org, p, look.glyphs.crumb))
                .unwrap_or_default(),
        ),
        Node::Position(p) => (
            tr!(lang, "ui-hit-position"),
            node_label(org, hit.node, lang),
            org.unit_of(p)
                .map(|u| short_path(org, u, look.glyphs.crumb))
                .unwrap_or_default(),
        ),
        Node::Unplaced => (
            tr!(lang, "ui-hit-unit"),
            tr!(lang, "ui-unplaced").to_string(),
            String::new(),
        ),
    };
    let mut spans = vec![Span::styled(
        cut::pad(&tag, TAG_W, look.glyphs.ellipsis),
        look.theme.dim(),
    )];
    let room = w.saturating_sub(TAG_W);
    let text_room = room.min((room * 3 / 5).max(cut::width(&shown).min(room)));
    let mut used = 0;
    let mut cur = String::new();
    let mut cur_matched = false;
    let flush = |spans: &mut Vec<Span<'static>>, s: &mut String, m: bool| {
        if !s.is_empty() {
            let style = if m {
                look.theme.matched()
            } else {
                ratatui::style::Style::new()
            };
            spans.push(Span::styled(std::mem::take(s), style));
        }
    };
    let ell = look.glyphs.ellipsis;
    let total_w = cut::width(&shown);
    for (ci, ch) in shown.chars().enumerate() {
        let cw = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        let reserve = if total_w > text_room {
            cut::width(ell)
        } else {
            0
        };
        if used + cw + reserve > text_room {
            flush(&mut spans, &mut cur, cur_matched);
            spans.push(Span::raw(ell));
            used += cut::width(ell);
            break;
        }
        let m = hit.matched.binary_search(&ci).is_ok();
        if m != cur_matched {
            flush(&mut spans, &mut cur, cur_matched);
            cur_matched = m;
        }
        cur.push(ch);
        used += cw;
    }
    flush(&mut spans, &mut cur, cur_matched);
    let ctx_room = room.saturating_sub(used + 2);
    if ctx_room > 3 && !context.is_empty() {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(
            cut::fit(&context, ctx_room, ell),
            look.theme.dim(),
        ));
    }
    Line::from(spans)
}
