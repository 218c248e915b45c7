//! The comparison of a plan with the baseline: overall fit change, the moves (who, from ->
//! to, fit before -> after, reason, author) and the units whose numbers change.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::theme::Look;
use super::words;
use super::{dialog, scroll};
use crate::app::AppState;
use crate::domain::Headcount;
use crate::domain::compare::FitAverage;
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

/// The lines of the comparison (public for tests).
pub fn lines(state: &AppState, look: &Look) -> Vec<(String, Style)> {
    let lang = state.lang;
    let mut out = Vec::new();
    let Some(c) = state.comparison() else {
        return out;
    };
    let arrow = look.glyphs.arrow;
    let o = &c.overall;
    out.push((
        tr!(lang, "ui-compare-overall").to_string(),
        look.theme.heading(),
    ));
    out.push((
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
    ));
    out.push((
        format!(
            "{} {};  {};  {}",
            o.worsened,
            tr!(lang, "ui-worsened"),
            tr!(lang, "ui-filled-vacancies", count = o.vacancies_filled),
            tr!(lang, "ui-opened-vacancies", count = o.vacancies_opened)
        ),
        Style::default(),
    ));
    out.push((String::new(), Style::default()));
    out.push((
        tr!(lang, "ui-compare-moves").to_string(),
        look.theme.heading(),
    ));
    if c.moves.is_empty() {
        out.push((tr!(lang, "ui-compare-none").to_string(), look.theme.dim()));
    }
    for m in &c.moves {
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
        out.push((
            format!(
                "{:>3}. {who}  {} {} {arrow} {}",
                m.no,
                tr!(lang, "ui-fit"),
                pct(m.fit_before),
                pct(m.fit_after)
            ),
            Style::default(),
        ));
        out.push((format!("     {from} {arrow} {to}"), Style::default()));
        let mut extra = format!("     {} {}", m.author, m.at.date());
        if let Some(r) = &m.reason {
            extra.push_str(&format!("  \"{r}\""));
        }
        if let Some(d) = m.decision() {
            extra.push_str(&format!("  [{}]", words::decision(Some(d), lang)));
        }
        out.push((extra, look.theme.dim()));
        if let Some(conflict) = &m.conflict_of {
            out.push((
                format!(
                    "     {}: {}",
                    tr!(lang, "ui-conflict"),
                    words::conflict(conflict, lang)
                ),
                look.theme.warning(),
            ));
        }
    }
    out.push((String::new(), Style::default()));
    out.push((
        tr!(lang, "ui-compare-units").to_string(),
        look.theme.heading(),
    ));
    for u in &c.units {
        out.push((
            format!(
                "{}{}  {} {arrow} {}  {} {arrow} {}",
                "  ".repeat(u.depth),
                u.name,
                hc(u.headcount_before),
                hc(u.headcount_after),
                avg(u.fit_before),
                avg(u.fit_after)
            ),
            Style::default(),
        ));
    }
    out
}

pub fn render(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    let Some(c) = state.comparison() else {
        return;
    };
    let title = format!("{}: {}", tr!(lang, "ui-compare-title"), c.plan);
    let inner = dialog::frame(buf, body, body.width, body.height, &title, look);
    let all = lines(state, look);
    let shown = usize::from(inner.height);
    let max = all.len().saturating_sub(shown);
    let start = usize::from(state.compare_scroll()).min(max);
    dialog::lines(buf, dialog::margins(inner, 1, 0), &all[start..], look);
    let bar = (dialog::right_border(inner), scroll::On::Border);
    scroll::bar(buf, bar, all.len(), shown, start, look);
}
