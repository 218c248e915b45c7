//! The 9-box: people per box of performance against potential with the regulation's advice
//! for each box, or the members of one opened box.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::{Pane, name, seat};
use crate::app::AppState;
use crate::app::talent::{GRID, NineBoxView, TalentView};
use crate::domain::EmployeeIx;
use crate::domain::ninebox::{advice_in, is_succession};
use crate::lang::tr;
use crate::ui::table::{Cells, Column, Head, List};
use crate::ui::theme::Look;
use crate::ui::{cut, words};

/// Name, readiness, fit, performance, seat.
const MEMBERS: [Column; 5] = [
    Column::left(28),
    Column::left(1),
    Column::right(5),
    Column::left(15),
    Column::rest(),
];

/// Columns of the performance labels left of the grid.
const LABEL_W: u16 = 14;

pub(super) fn render(
    buf: &mut Buffer,
    pane: Pane,
    state: &AppState,
    view: &TalentView,
    n: &NineBoxView,
    look: &Look,
) {
    match &n.opened {
        Some((b, people)) => members(buf, pane, state, view, *b, people, look),
        None => grid(buf, pane.area, state, n, look),
    }
}

/// The people of box `b`.
fn members(
    buf: &mut Buffer,
    pane: Pane,
    state: &AppState,
    view: &TalentView,
    b: u8,
    people: &[EmployeeIx],
    look: &Look,
) {
    let lang = state.lang;
    let org = &state.org;
    let title = if b == 0 {
        tr!(lang, "ui-unrated").to_string()
    } else {
        format!("{} {b}: {}", tr!(lang, "ui-box"), advice_in(lang, b))
    };
    let head = vec![
        Head::text(title, look.theme.heading()),
        Head::text(tr!(lang, "ui-ninebox-members-head"), look.theme.dim()),
    ];
    let row = |i: usize| -> Cells {
        let Some(&e) = people.get(i) else {
            return (Vec::new(), Style::default());
        };
        let emp = org.employee(e);
        let fit = state.derived.fit(e);
        (
            vec![
                name(org, e),
                look.glyphs.readiness(emp.readiness).to_string(),
                fit.map_or_else(|| "-".to_string(), |f| format!("{:.0}%", f.percent)),
                emp.performance.map_or("-", |p| p.label()).to_string(),
                seat(org, org.seat_of(e), lang),
            ],
            Style::default(),
        )
    };
    let list = List {
        head,
        columns: &MEMBERS,
        len: people.len(),
        cursor: view.cursor,
    };
    pane.list(buf, &list, &row, look);
}

/// Writes a styled line on row `row` of `area` (cut at its right edge).
fn put(buf: &mut Buffer, area: Rect, row: u16, line: Line<'_>) {
    if row >= area.height {
        return;
    }
    line.render(
        Rect {
            y: area.y + row,
            height: 1,
            ..area
        },
        buf,
    );
}

/// The grid: potential across, performance down, a count and advice per box.
fn grid(buf: &mut Buffer, area: Rect, state: &AppState, n: &NineBoxView, look: &Look) {
    let lang = state.lang;
    let cell_w = area.width.saturating_sub(LABEL_W) / 3;
    let cell_h: u16 = if area.height >= 17 { 4 } else { 3 };
    put(
        buf,
        area,
        0,
        Line::styled(tr!(lang, "ui-ninebox-axes").to_string(), look.theme.dim()),
    );
    // Column heads: potential.
    for (c, head) in words::potential_heads(lang).iter().enumerate() {
        let x = area.x + LABEL_W + c as u16 * cell_w;
        put(
            buf,
            Rect {
                x,
                width: cell_w,
                ..area
            },
            1,
            Line::styled(
                cut::fit(head, usize::from(cell_w), look.glyphs.ellipsis),
                look.theme.label(),
            ),
        );
    }
    for (r, line) in GRID.iter().enumerate() {
        let y0 = 2 + r as u16 * cell_h;
        put(
            buf,
            Rect {
                width: LABEL_W,
                ..area
            },
            y0,
            Line::styled(
                words::performance_rows(lang)[r].to_string(),
                look.theme.label(),
            ),
        );
        for (c, &b) in line.iter().enumerate() {
            let cell = Rect {
                x: area.x + LABEL_W + c as u16 * cell_w,
                y: area.y + y0,
                width: cell_w.saturating_sub(1),
                // Its text rows; a blank row follows.
                height: cell_h.saturating_sub(1),
            }
            .intersection(area);
            box_cell(buf, cell, state, n, b, look);
        }
    }
    let y = 2 + 3 * cell_h;
    let unrated = format!(
        "[0] {}: {} {}",
        tr!(lang, "ui-unrated"),
        n.counts.unrated,
        tr!(lang, "ui-people-short")
    );
    let style = if n.selected == 0 {
        look.theme.selected()
    } else {
        look.theme.dim()
    };
    put(buf, area, y, Line::styled(unrated, style));
    let total = format!(
        "{}: {}  {}",
        tr!(lang, "ui-total"),
        n.counts.total(),
        tr!(lang, "ui-ninebox-keys")
    );
    put(buf, area, y + 1, Line::styled(total, look.theme.dim()));
}

/// One box of the grid: its number and count, then its advice on the rows left.
fn box_cell(buf: &mut Buffer, cell: Rect, state: &AppState, n: &NineBoxView, b: u8, look: &Look) {
    let lang = state.lang;
    let selected = n.selected == b;
    let style = if selected {
        look.theme.selected()
    } else if is_succession(b) {
        look.theme.fit(crate::domain::FitCategory::High)
    } else {
        Style::default()
    };
    let count = n.counts.count(b);
    let first = format!("[{b}] {count} {}", tr!(lang, "ui-people-short"));
    let w = usize::from(cell.width);
    put(
        buf,
        cell,
        0,
        Line::styled(cut::pad(&first, w, look.glyphs.ellipsis), style),
    );
    let advice = cut::wrap(&advice_in(lang, b), w);
    for (k, line) in advice
        .iter()
        .take(usize::from(cell.height.saturating_sub(1)))
        .enumerate()
    {
        put(
            buf,
            cell,
            1 + k as u16,
            Line::styled(
                cut::pad(line, w, look.glyphs.ellipsis),
                if selected { style } else { look.theme.dim() },
            ),
        );
    }
}
