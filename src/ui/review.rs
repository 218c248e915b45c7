//! The review meeting screen: one move at a time, spaced out to read on a projector, NIPs
//! masked on request, the decision and the running tally.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::dialog;
use super::theme::Look;
use super::words;
use crate::app::AppState;
use crate::lang::tr;

/// The lines of the screen (public for tests).
pub fn lines(state: &AppState, look: &Look) -> Vec<(String, Style)> {
    let lang = state.lang;
    let mut out = Vec::new();
    let Some(a) = &state.active else {
        return out;
    };
    let org = &state.org;
    let n = a.plan.moves.len();
    let blank = || (String::new(), Style::default());
    let Some(m) = a.plan.moves.get(state.review().map_or(0, |r| r.index)) else {
        out.push((tr!(lang, "ui-review-empty").to_string(), look.theme.dim()));
        return out;
    };
    out.push((
        format!(
            "{} {} / {n}",
            tr!(lang, "ui-compare-moves"),
            state.review().map_or(0, |r| r.index) + 1
        ),
        look.theme.dim(),
    ));
    out.push(blank());
    let e = org.employee_ix(&m.nip);
    let name = e.map_or_else(
        || super::nip_shown(state, &m.nip),
        |e| org.employee(e).name.clone(),
    );
    out.push((name.to_uppercase(), look.theme.title()));
    let nip = super::nip_shown(state, &m.nip);
    let rank = e
        .map(|e| org.employee(e).rank.to_string())
        .unwrap_or_default();
    out.push((
        format!(
            "{} {nip}   {} {rank}",
            tr!(lang, "ui-nip"),
            tr!(lang, "ui-rank")
        ),
        Style::default(),
    ));
    out.push(blank());
    let unit = |id: Option<&str>| {
        id.and_then(|id| org.position_ix(id))
            .and_then(|p| org.unit_of(p))
            .map(|u| org.unit_path_names(u, " > "))
    };
    for (label, id, style) in [
        (
            tr!(lang, "ui-review-from"),
            m.from.as_deref(),
            Style::default(),
        ),
        (
            tr!(lang, "ui-review-to"),
            m.to.as_deref(),
            look.theme.label(),
        ),
    ] {
        out.push((format!("{label:<8} {}", words::seat(org, id, lang)), style));
        if let Some(u) = unit(id) {
            out.push((format!("{:<8} {u}", ""), look.theme.dim()));
        }
    }
    let standards = &state.derived.standards;
    let fit = |id: Option<&str>| {
        let p = id.and_then(|id| org.position_ix(id))?;
        org.fit(e?, p, standards).map(|f| f.percent)
    };
    let pct = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |p| format!("{p:.0}%"));
    out.push((
        format!(
            "{:<8} {} {} {}",
            tr!(lang, "ui-fit"),
            pct(fit(m.from.as_deref())),
            look.glyphs.arrow,
            pct(fit(m.to.as_deref()))
        ),
        Style::default(),
    ));
    if let Some(r) = &m.reason {
        out.push((
            format!("{:<8} {r}", tr!(lang, "ui-review-reason")),
            Style::default(),
        ));
    }
    out.push(blank());
    let decision = m.review.as_ref().map(|r| r.decision);
    let mut d = format!(
        "{}: {}",
        tr!(lang, "ui-review-decision"),
        words::decision(decision, lang)
    );
    if let Some(remark) = m.review.as_ref().and_then(|r| r.remark.as_ref()) {
        d.push_str(&format!("  \"{remark}\""));
    }
    out.push((d, look.theme.key()));
    out.push(blank());
    let t = a.plan.tally();
    out.push((
        tr!(
            lang,
            "ui-review-tally",
            setuju = t.setuju,
            tunda = t.tunda,
            tolak = t.tolak,
            undecided = t.undecided
        )
        .into_owned(),
        look.theme.dim(),
    ));
    out
}

pub fn render(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    let title = match &state.active {
        Some(a) => format!("{}: {}", tr!(lang, "ui-review-title"), a.plan.name),
        None => tr!(lang, "ui-review-title").to_string(),
    };
    let inner = dialog::frame(buf, body, body.width, body.height, &title, look);
    dialog::lines(buf, dialog::margins(inner, 2, 0), &lines(state, look), look);
}
