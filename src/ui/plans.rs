//! The plans view: every plan with its number of moves; the active one and applied ones
//! are said in words, not only colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::cut;
use super::theme::Look;
use super::{dialog, scroll};
use crate::app::{AppState, active};
use crate::lang::tr;

pub fn render(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    let active = active::name(state);
    let mut rows: Vec<(String, Style)> = Vec::new();
    if state.plans.list.is_empty() {
        rows.push((tr!(lang, "ui-plans-empty").to_string(), look.theme.dim()));
    }
    for (i, p) in state.plans.list.iter().enumerate() {
        let mark = if Some(p.name.as_str()) == active {
            look.glyphs.mark
        } else {
            " "
        };
        let mut tags = Vec::new();
        if Some(p.name.as_str()) == active {
            tags.push(tr!(lang, "ui-plan-active-mark"));
        }
        if p.applied_at.is_some() {
            tags.push(tr!(lang, "ui-plan-applied-mark"));
        }
        let tags = if tags.is_empty() {
            String::new()
        } else {
            format!("  [{}]", tags.join(", "))
        };
        let line = format!(
            "{mark} {}  {}  {}{tags}",
            cut::pad(&p.name, 24, look.glyphs.ellipsis),
            tr!(lang, "ui-moves", count = p.moves),
            p.created_by
        );
        let style = if i == state.plans.cursor {
            look.theme.selected()
        } else {
            Style::default()
        };
        rows.push((line, style));
    }
    let w = body.width.saturating_sub(4).min(76);
    let h = (rows.len() as u16 + 2).max(5).min(body.height);
    let inner = dialog::frame(buf, body, w, h, &tr!(lang, "ui-plans-title"), look);
    let visible = usize::from(inner.height).max(1);
    let start = state.plans.cursor.saturating_sub(visible - 1);
    for (area, (l, style)) in inner.rows().zip(rows.iter().skip(start)) {
        buf.set_style(area, *style);
        dialog::lines(buf, area, &[(l.clone(), *style)], look);
    }
    let bar = (dialog::right_border(inner), scroll::On::Border);
    scroll::bar(buf, bar, rows.len(), usize::from(inner.height), start, look);
}
