//! The retirement outlook: how many leave within one, two and five years, the units losing
//! most, and every person by the day their seat falls vacant.

use ratatui::buffer::Buffer;
use ratatui::style::Style;

use super::{Pane, clean, name, seat};
use crate::app::AppState;
use crate::app::talent::TalentView;
use crate::domain::retirement::{HORIZONS, Retirement, UnitOutlook};
use crate::lang::tr;
use crate::ui::table::{Cells, Column, Head, List};
use crate::ui::theme::Look;
use crate::ui::words;

/// Unit, leaving within each horizon.
const UNITS: [Column; 4] = [
    Column::left(40),
    Column::right(5),
    Column::right(5),
    Column::right(5),
];

/// Vacant from, retirement age, name, seat.
const PEOPLE: [Column; 4] = [
    Column::left(10),
    Column::right(3),
    Column::left(28),
    Column::rest(),
];

pub(super) fn render(
    buf: &mut Buffer,
    pane: Pane,
    state: &AppState,
    view: &TalentView,
    people: &[Retirement],
    outlook: &[UnitOutlook],
    look: &Look,
) {
    let lang = state.lang;
    let org = &state.org;
    let mut totals = [0u32; 3];
    let mut overdue = 0;
    for o in outlook {
        for (i, n) in o.within.iter().enumerate() {
            totals[i] += n;
        }
        overdue += o.overdue;
    }
    let mut head = vec![Head::text(
        words::retire_summary(&HORIZONS, &totals, overdue, lang),
        look.theme.label(),
    )];
    // The units losing most seats within five years, at most a few lines.
    let mut top: Vec<&UnitOutlook> = outlook.iter().collect();
    top.sort_by_key(|o| (std::cmp::Reverse(o.within[2]), o.unit));
    let room = usize::from(pane.area.height / 4).clamp(1, 6);
    if !top.is_empty() {
        let heads = words::retire_unit_columns(lang).map(String::from);
        head.push(Head::Cells(&UNITS, (heads.to_vec(), look.theme.heading())));
    }
    for o in top.iter().take(room) {
        let cells = vec![
            clean(&org.unit(o.unit).name),
            o.within[0].to_string(),
            o.within[1].to_string(),
            o.within[2].to_string(),
        ];
        head.push(Head::Cells(&UNITS, (cells, Style::default())));
    }
    head.push(Head::text(
        tr!(lang, "ui-retire-people-head"),
        look.theme.heading(),
    ));
    if people.is_empty() {
        head.push(Head::text(tr!(lang, "ui-retire-none"), look.theme.dim()));
    }
    let today = state.today;
    let row = |i: usize| -> Cells {
        let Some(r) = people.get(i) else {
            return (Vec::new(), Style::default());
        };
        let style = if r.overdue(today) {
            look.theme.warning()
        } else {
            Style::default()
        };
        (
            vec![
                r.vacant_from.to_string(),
                r.age.to_string(),
                name(org, r.employee),
                seat(org, Some(r.position), lang),
            ],
            style,
        )
    };
    let list = List {
        head,
        columns: &PEOPLE,
        len: people.len(),
        cursor: view.cursor,
    };
    pane.list(buf, &list, &row, look);
}
