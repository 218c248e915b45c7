//! The comparison of a plan with the baseline: overall fit change, the moves (who, from ->
//! to, fit before -> after, reason, author) and the units whose numbers change.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::dialog;
use super::table::{self, Block};
use super::theme::Look;
use super::words;
use crate::app::AppState;
use crate::domain::Headcount;
use crate::domain::compare::FitAverage;
use crate::domain::validate::MAX_UNIT_DEPTH;
use crate::lang::tr;

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "-".to_string(), |p| format!("{p:.0}%"))
}

fn avg(a: FitAverage) -> String {
    pct(a.mean())
}

fn hc(h: Headcount) -> String {
    format!("{}/{}", h.filled, h.formation)
}

/// The rows of the comparison: a line each, except a move, which is one row of its lines
/// (who and the fit, from and to, author and reason, a conflict), so it scrolls as one.
pub fn blocks(state: &AppState, look: &Look) -> Vec<Block> {
    let lang = state.lang;
    let mut out: Vec<Block> = Vec::new();
    let Some(c) = state.comparison() else {
        return out;
    };
    let arrow = look.glyphs.arrow;
    let o = &c.overall;
    out.push(vec![(
        tr!(lang, "ui-compare-overall").to_string(),
        look.theme.heading(),
    )]);
    out.push(vec![(
        format!(
            "{} {}: {} {arrow} {};  {}, {} {}",
            tr!(lang, "ui-avg-fit"),
            tr!(lang, "ui-people"),
            avg(o.fit_before),
            avg(o.fit_after),
            tr!(lang, "ui-people-moved", count = o.people_moved),
            o.improved,
            tr!(lang, "ui-improved"),
        ),
        Style::default(),
    )]);
    out.push(vec![(
        format!(
            "{} {};  {};  {}",
            o.worsened,
            tr!(lang, "ui-worsened"),
            tr!(lang, "ui-filled-vacancies", count = o.vacancies_filled),
            tr!(lang, "ui-opened-vacancies", count = o.vacancies_opened)
        ),
        Style::default(),
    )]);
    out.push(vec![(String::new(), Style::default())]);
    out.push(vec![(
        tr!(lang, "ui-compare-moves").to_string(),
        look.theme.heading(),
    )]);
    if c.moves.is_empty() {
        out.push(vec![(
            tr!(lang, "ui-compare-none").to_string(),
            look.theme.dim(),
        )]);
    }
    for m in &c.moves {
        let mut lines: Block = Vec::new();
        let who = m
            .name
            .clone()
            .unwrap_or_else(|| super::nip_shown(state, &m.nip));
        let from = m
            .from
            .as_ref()
            .map_or(tr!(lang, "ui-not-placed").to_string(), |s| s.title.clone());
        let to =
            m.to.as_ref()
                .map_or(tr!(lang, "ui-not-placed").to_string(), |s| s.title.clone());
        lines.push((
            format!(
                "{:>3}. {who}  {} {} {arrow} {}",
                m.no,
                tr!(lang, "ui-fit"),
                pct(m.fit_before),
                pct(m.fit_after)
            ),
            Style::default(),
        ));
        lines.push((format!("     {from} {arrow} {to}"), Style::default()));
        let mut extra = format!("     {} {}", m.author, m.at.date());
        if let Some(r) = &m.reason {
            extra.push_str(&format!("  \"{r}\""));
        }
        if let Some(d) = m.decision() {
            extra.push_str(&format!("  [{}]", words::decision(Some(d), lang)));
        }
        lines.push((extra, look.theme.dim()));
        if let Some(conflict) = &m.conflict_of {
            lines.push((
                format!(
                    "     {}: {}",
                    tr!(lang, "ui-conflict"),
                    words::conflict(conflict, lang)
                ),
                look.theme.warning(),
            ));
        }
        out.push(lines);
    }
    out.push(vec![(String::new(), Style::default())]);
    out.push(vec![(
        tr!(lang, "ui-compare-units").to_string(),
        look.theme.heading(),
    )]);
    for u in &c.units {
        out.push(vec![(
            format!(
                "{}{}  {} {arrow} {}  {} {arrow} {}",
                "  ".repeat(u.depth.min(MAX_UNIT_DEPTH)),
                u.name,
                hc(u.headcount_before),
                hc(u.headcount_after),
                avg(u.fit_before),
                avg(u.fit_after)
            ),
            Style::default(),
        )]);
    }
    out
}

/// Draws the comparison over the body from the row the view is scrolled to; returns the
/// largest scroll that still fills the box.
pub fn render(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) -> Option<u16> {
    let lang = state.lang;
    let c = state.comparison()?;
    let title = format!("{}: {}", tr!(lang, "ui-compare-title"), c.plan);
    let inner = dialog::frame(buf, body, body.width, body.height, &title, look);
    let rows = blocks(state, look);
    let area = dialog::margins(inner, 1, 0);
    let bar = dialog::right_border(inner);
    let offset = usize::from(state.compare_scroll());
    let max = table::render_blocks(buf, area, bar, &rows, offset, look);
    Some(u16::try_from(max).unwrap_or(u16::MAX))
}
