//! The plans view: every plan with its number of moves; the active one and applied ones
//! are said in words, not only colour.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::table::{self, Cells, Column, Head, List};
use super::theme::Look;
use super::{cut, dialog};
use crate::app::{AppState, active};
use crate::lang::tr;

/// The columns: the active mark, the name, then the moves, author and tags as one text.
const COLUMNS: &[Column] = &[Column::left(1), Column::left(NAME_W + 1), Column::rest()];

/// Columns of a plan's name (longer names end in an ellipsis).
const NAME_W: u16 = 24;

pub fn render(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    let active = active::name(state);
    let plans = &state.plans.list;
    let row = |i: usize| -> Cells {
        let p = &plans[i];
        let is_active = Some(p.name.as_str()) == active;
        let mark = if is_active { look.glyphs.mark } else { " " };
        let mut tags = Vec::new();
        if is_active {
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
        let rest = format!(
            "{}  {}{tags}",
            tr!(lang, "ui-moves", count = p.moves),
            p.created_by
        );
        let name = cut::fit(&p.name, usize::from(NAME_W), look.glyphs.ellipsis);
        (vec![mark.to_string(), name, rest], Style::default())
    };
    let head = if plans.is_empty() {
        vec![Head::text(tr!(lang, "ui-plans-empty"), look.theme.dim())]
    } else {
        Vec::new()
    };
    let list = List {
        head,
        columns: COLUMNS,
        len: plans.len(),
        cursor: state.plans.cursor,
    };
    let w = body.width.saturating_sub(4).min(76);
    let h = (plans.len().max(1) as u16 + 2).max(5).min(body.height);
    let inner = dialog::frame(buf, body, w, h, &tr!(lang, "ui-plans-title"), look);
    table::render(buf, inner, dialog::right_border(inner), &list, &row, look);
}
