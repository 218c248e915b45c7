//! Gaps to training: per competency how many people fall short (needs), or every person
//! short of their seat's standard (people).

use ratatui::buffer::Buffer;
use ratatui::style::Style;

use super::{Pane, clean, name, seat};
use crate::app::AppState;
use crate::app::talent::{GapsList, TalentView};
use crate::domain::gaps::GapReport;
use crate::lang::tr;
use crate::ui::cut;
use crate::ui::table::{Cells, Column, Head, List};
use crate::ui::theme::Look;

/// Competency, people, total gap, largest gap, not assessed.
const NEEDS: [Column; 5] = [
    Column::left(40),
    Column::right(6),
    Column::right(7),
    Column::right(5),
    Column::right(8),
];

pub(super) fn render(
    buf: &mut Buffer,
    pane: Pane,
    state: &AppState,
    view: &TalentView,
    report: &GapReport,
    which: GapsList,
    look: &Look,
) {
    let lang = state.lang;
    let org = &state.org;
    let mut head = vec![Head::text(
        tr!(
            lang,
            "ui-gaps-summary",
            people = report.people,
            gaps = report.gaps.len(),
            needs = report.needs.len()
        ),
        look.theme.dim(),
    )];
    match which {
        GapsList::Needs => {
            head.push(Head::text(
                tr!(lang, "ui-gaps-needs-head"),
                look.theme.heading(),
            ));
            if report.needs.is_empty() {
                head.push(Head::text(tr!(lang, "ui-gaps-none"), look.theme.dim()));
            }
            let row = |i: usize| -> Cells {
                let Some(n) = report.needs.get(i) else {
                    return (Vec::new(), Style::default());
                };
                let cname = org.competency(&n.code).map_or_else(
                    || n.code.clone(),
                    |c| format!("{} {}", n.code, clean(&c.name)),
                );
                (
                    vec![
                        cname,
                        n.people.to_string(),
                        n.total_gap.to_string(),
                        n.max_gap.to_string(),
                        n.unassessed.to_string(),
                    ],
                    Style::default(),
                )
            };
            let list = List {
                head,
                columns: &NEEDS,
                len: report.needs.len(),
                cursor: view.cursor,
            };
            pane.list(buf, &list, &row, look);
        }
        GapsList::People => {
            head.push(Head::text(
                tr!(lang, "ui-gaps-people-head"),
                look.theme.heading(),
            ));
            let arrow = look.glyphs.arrow;
            // Name, seat, competency, level -> required, shortfall.
            let columns = [
                Column::left(26),
                Column::left(26),
                Column::left(8),
                Column::left(4 + u16::try_from(cut::width(arrow)).unwrap_or(2)),
                Column::right(3),
            ];
            let row = |i: usize| -> Cells {
                let Some(g) = report.gaps.get(i) else {
                    return (Vec::new(), Style::default());
                };
                let level = g.level.map_or_else(|| "-".to_string(), |l| l.to_string());
                (
                    vec![
                        name(org, g.employee),
                        seat(org, Some(g.position), lang),
                        g.code.clone(),
                        format!("{level:>2}{arrow}{:<2}", g.required),
                        format!("-{}", g.shortfall()),
                    ],
                    Style::default(),
                )
            };
            let list = List {
                head,
                columns: &columns,
                len: report.gaps.len(),
                cursor: view.cursor,
            };
            pane.list(buf, &list, &row, look);
        }
    }
}
