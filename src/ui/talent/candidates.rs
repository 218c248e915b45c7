//! Candidates for a seat: who fits it best, with readiness, fit there and now, gaps,
//! performance, potential, rank and current seat; the selected one's gaps under the list.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::{Pane, clean, name, pct, seat};
use crate::app::AppState;
use crate::app::talent::{CandidateRow, CandidatesView, TalentView};
use crate::lang::tr;
use crate::ui::table::{Cells, Column, Head, List};
use crate::ui::theme::Look;
use crate::ui::{cut, words};

/// No., name, readiness, fit there, fit now, gaps, performance, potential, rank, seat.
const COLUMNS: [Column; 10] = [
    Column::right(3),
    Column::left(24),
    Column::left(1),
    Column::right(5),
    Column::right(5),
    Column::right(3),
    Column::left(2),
    Column::left(2),
    Column::left(6),
    Column::rest(),
];

pub(super) fn render(
    buf: &mut Buffer,
    pane: Pane,
    state: &AppState,
    view: &TalentView,
    c: &CandidatesView,
    look: &Look,
) {
    let lang = state.lang;
    let org = &state.org;
    let h = org.position_headcount(c.position);
    let unit = org
        .unit_of(c.position)
        .map_or_else(String::new, |u| clean(&org.unit(u).name));
    let mut head = vec![
        Head::text(
            format!(
                "{unit}  {} {}/{}",
                tr!(lang, "ui-formation").to_lowercase(),
                h.filled,
                h.formation
            ),
            look.theme.dim(),
        ),
        Head::text(
            words::candidate_filters(&c.filter, lang),
            look.theme.label(),
        ),
    ];
    let Some(rows) = &c.rows else {
        head.push(Head::text(
            tr!(lang, "ui-candidates-no-standard"),
            look.theme.warning(),
        ));
        let list = List {
            head,
            columns: &COLUMNS,
            len: 0,
            cursor: 0,
        };
        pane.list(buf, &list, &|_| (Vec::new(), Style::default()), look);
        return;
    };
    if rows.is_empty() {
        head.push(Head::text(
            tr!(lang, "ui-candidates-none"),
            look.theme.warning(),
        ));
    } else {
        let heads = words::candidates_columns(lang).map(String::from);
        head.push(Head::Cells(
            &COLUMNS,
            (heads.to_vec(), look.theme.heading()),
        ));
    }
    // The selected candidate's gaps and current seat, under the list.
    let detail_rows: u16 = if pane.area.height >= 12 { 2 } else { 0 };
    let [list_area, detail] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(detail_rows)]).areas(pane.area);
    let list = List {
        head,
        columns: &COLUMNS,
        len: rows.len(),
        cursor: view.cursor,
    };
    let row = |i: usize| -> Cells {
        rows.get(i).map_or_else(
            || (Vec::new(), Style::default()),
            |r| cells(state, i, r, look),
        )
    };
    let pane = Pane {
        area: list_area,
        ..pane
    };
    pane.list(buf, &list, &row, look);
    if let Some(r) = rows.get(view.cursor).filter(|_| detail_rows > 0) {
        details(buf, detail, state, r, look);
    }
}

/// The words of candidate `i` and the style of their fit.
fn cells(state: &AppState, i: usize, r: &CandidateRow, look: &Look) -> Cells {
    let lang = state.lang;
    let org = &state.org;
    let e = org.employee(r.employee);
    let gaps = r
        .detail
        .there
        .as_ref()
        .map_or(0, |f| f.gaps.iter().filter(|g| g.shortfall() > 0).count());
    let perf = e.performance.map_or("-", words::performance_short);
    let pot = e.potential.map(|p| words::potential_short(p, lang));
    let pot = pot.as_deref().unwrap_or("-");
    let mut seat_text = seat(org, r.detail.seat, lang);
    if r.detail.opens_vacancy {
        seat_text.push_str(&tr!(lang, "ui-opens-vacancy-mark"));
    }
    let style = r.detail.there.as_ref().map_or(Style::default(), |f| {
        look.theme.fit(state.derived.profile.categorize(f.percent))
    });
    (
        vec![
            (i + 1).to_string(),
            name(org, r.employee),
            look.glyphs.readiness(e.readiness).to_string(),
            pct(Some(r.percent)),
            pct(r.detail.now.as_ref().map(|f| f.percent)),
            gaps.to_string(),
            perf.to_string(),
            pot.to_string(),
            e.rank.to_string(),
            seat_text,
        ],
        style,
    )
}

/// Two lines: the selected candidate's gaps, and the seat they hold now.
fn details(buf: &mut Buffer, area: Rect, state: &AppState, r: &CandidateRow, look: &Look) {
    let lang = state.lang;
    let org = &state.org;
    let gaps = r.detail.there.as_ref().map_or_else(String::new, |f| {
        f.gaps
            .iter()
            .filter(|g| g.shortfall() > 0)
            .map(|g| {
                format!(
                    "{} {}{}{}",
                    g.code,
                    g.level.map_or_else(|| "-".to_string(), |l| l.to_string()),
                    look.glyphs.arrow,
                    g.required
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    });
    let gaps_line = if gaps.is_empty() {
        tr!(lang, "ui-no-gaps").to_string()
    } else {
        format!("{}: {gaps}", tr!(lang, "ui-gaps-word"))
    };
    let now = match r.detail.seat {
        Some(p) if r.detail.opens_vacancy => {
            format!(
                "{}: {} ({})",
                tr!(lang, "ui-seat-now"),
                seat(org, Some(p), lang),
                tr!(lang, "ui-opens-vacancy")
            )
        }
        p => format!("{}: {}", tr!(lang, "ui-seat-now"), seat(org, p, lang)),
    };
    for (line, text) in area.rows().zip([gaps_line, now]) {
        Line::styled(
            cut::fit(&text, usize::from(line.width), look.glyphs.ellipsis),
            look.theme.dim(),
        )
        .render(line, buf);
    }
}
