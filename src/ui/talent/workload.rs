//! Workload beside formation: per position the minutes of work, the people it needs, its
//! formation and holders, and the job value and grade.

use ratatui::buffer::Buffer;
use ratatui::style::Style;

use super::{Pane, clean};
use crate::app::AppState;
use crate::app::talent::TalentView;
use crate::domain::workload::PositionWorkload;
use crate::lang::{Lang, tr};
use crate::ui::table::{Cells, Column, Head, List};
use crate::ui::theme::Look;
use crate::ui::words;

/// Position, minutes, need, rounded need, formation, holders, job value, grade.
const COLUMNS: [Column; 8] = [
    Column::left(30),
    Column::right(9),
    Column::right(6),
    Column::right(5),
    Column::right(4),
    Column::right(4),
    Column::right(5),
    Column::right(2),
];

/// Two decimals with the language's decimal mark.
fn decimal(v: f64, lang: Lang) -> String {
    lang.decimal(v, 2)
}

pub(super) fn render(
    buf: &mut Buffer,
    pane: Pane,
    state: &AppState,
    view: &TalentView,
    rows: &[PositionWorkload],
    look: &Look,
) {
    let lang = state.lang;
    let org = &state.org;
    let disagree = rows.iter().filter(|w| w.formation_gap() != 0).count();
    let heads = words::workload_columns(lang).map(String::from);
    let mut head = vec![
        Head::text(tr!(lang, "ui-workload-rule"), look.theme.dim()),
        Head::text(tr!(lang, "ui-workload-grades"), look.theme.dim()),
        Head::text(
            tr!(
                lang,
                "ui-workload-summary",
                rows = rows.len(),
                disagree = disagree
            ),
            look.theme.dim(),
        ),
        Head::Cells(&COLUMNS, (heads.to_vec(), look.theme.heading())),
    ];
    if rows.is_empty() {
        head.push(Head::text(tr!(lang, "ui-workload-none"), look.theme.dim()));
    }
    let row = |i: usize| -> Cells {
        let Some(w) = rows.get(i) else {
            return (Vec::new(), Style::default());
        };
        let style = match w.formation_gap().signum() {
            1 => look.theme.over(),
            -1 => look.theme.under(),
            _ => Style::default(),
        };
        (
            vec![
                clean(&org.position(w.position).title),
                w.minutes.to_string(),
                decimal(w.need, lang),
                w.need_rounded.to_string(),
                w.formation.to_string(),
                w.holders.to_string(),
                w.ej.map_or_else(|| "-".to_string(), |v| decimal(v, lang)),
                w.grade.map_or("-", |g| g.letter()).to_string(),
            ],
            style,
        )
    };
    let list = List {
        head,
        columns: &COLUMNS,
        len: rows.len(),
        cursor: view.cursor,
    };
    pane.list(buf, &list, &row, look);
}
