//! Details of a unit: headcount against formation, vacancies, average fit, readiness, and
//! each position and sub-unit with its own headcount.

use ratatui::text::{Line, Span};

use super::super::badge;
use super::super::cut;
use super::super::theme::Look;
use super::super::words;
use super::{headcount_spans, heading, kv, kv_text, left_right, percent, title};
use crate::app::AppState;
use crate::domain::feedback::feedback_counts;
use crate::domain::{Severity, UnitIx, recent_feedback};
use crate::lang::tr;

/// Feedback entries the pane lists; the rest are counted (`penata feedback UNIT_ID
/// --subtree` lists them all).
const FEEDBACK_SHOWN: usize = 3;
/// Columns after the severity from which an entry fits on one line; a narrower pane gives
/// the text a line of its own.
const WIDE_FEEDBACK: usize = 56;

pub(super) fn lines(state: &AppState, u: UnitIx, w: usize, look: &Look) -> Vec<Line<'static>> {
    let lang = state.lang;
    let org = &state.org;
    let unit = org.unit(u);
    let stats = state.derived.unit(u);
    let mut out = vec![title(&unit.name, look.theme.unit(), w, look)];
    if let Some(p) = org.parent(u) {
        out.push(kv_text(
            &tr!(lang, "ui-parent-unit"),
            &org.unit(p).name,
            w,
            look,
        ));
    }
    out.push(Line::from(headcount_spans(stats.headcount, look, lang)));
    let avg = match stats.average_fit() {
        Some(a) => {
            let cat = state.derived.profile.categorize(a);
            vec![
                Span::styled(
                    format!("{} {}", percent(a, lang), state.derived.profile.label(cat)),
                    look.theme.fit(cat),
                ),
                Span::raw(format!(
                    " ({} {})",
                    stats.fit_count,
                    tr!(lang, "ui-people").to_lowercase()
                )),
            ]
        }
        None => vec![Span::raw(tr!(lang, "ui-unknown"))],
    };
    out.push(kv(&tr!(lang, "ui-avg-fit"), avg, look));
    out.push(kv(
        &tr!(lang, "ui-readiness"),
        badge::readiness_counts(look, stats.readiness),
        look,
    ));
    out.extend(feedback_lines(state, u, w, look));
    let positions = org.positions_of(u);
    if !positions.is_empty() {
        out.push(Line::raw(""));
        out.push(heading(&tr!(lang, "ui-positions"), look));
        for &p in positions {
            let pos = org.position(p);
            let h = org.position_headcount(p);
            let kind = pos.kind.label();
            let mut right = vec![Span::styled(kind, look.theme.dim()), Span::raw("  ")];
            right.extend(badge::headcount(look, h));
            let right_w = kind.len() + 2 + badge::headcount_width(h);
            out.push(left_right(
                &format!(" {}", pos.title),
                look.theme.position(),
                right,
                right_w,
                w,
                look,
            ));
        }
    }
    let children = org.children(u);
    if !children.is_empty() {
        out.push(Line::raw(""));
        out.push(heading(&tr!(lang, "ui-sub-units"), look));
        for &c in children {
            let h = state.derived.unit(c).headcount;
            out.push(left_right(
                &format!(" {}", org.unit(c).name),
                look.theme.unit(),
                badge::headcount(look, h),
                badge::headcount_width(h),
                w,
                look,
            ));
        }
    }
    out
}

/// The public's feedback on the unit and its sub-units: the count, then the latest few,
/// one line each (severity, date, source, text cut to the width). Nothing when there is none.
fn feedback_lines(state: &AppState, u: UnitIx, w: usize, look: &Look) -> Vec<Line<'static>> {
    let lang = state.lang;
    let (all, high) = feedback_counts(&state.org, u, true);
    if all == 0 {
        return Vec::new();
    }
    let mut out = vec![kv(
        &tr!(lang, "ui-feedback"),
        vec![Span::raw(tr!(
            lang,
            "ui-feedback-count",
            all = all,
            high = high
        ))],
        look,
    )];
    for (_, f) in recent_feedback(&state.org, u, true, FEEDBACK_SHOWN) {
        let label = words::severity(f.severity, lang);
        let style = match f.severity {
            Severity::High => look.theme.warning(),
            Severity::Medium => ratatui::style::Style::default(),
            Severity::Low => look.theme.dim(),
        };
        let label_w = 7;
        let room = w.saturating_sub(label_w);
        let meta = match &f.source {
            Some(s) => format!(" {} {s}", f.date),
            None => format!(" {}", f.date),
        };
        let head = Span::styled(
            cut::pad(&format!(" {label}"), label_w, look.glyphs.ellipsis),
            style,
        );
        if room >= WIDE_FEEDBACK {
            // One line: severity, date, source and as much of the text as fits.
            let sep = if f.source.is_some() { ":" } else { "" };
            let line = format!("{meta}{sep} {}", f.text);
            out.push(Line::from(vec![
                head,
                Span::raw(cut::fit(&line, room, look.glyphs.ellipsis)),
            ]));
        } else {
            // A narrow pane: the text gets a line of its own, so more of it shows.
            out.push(Line::from(vec![
                head,
                Span::styled(
                    cut::fit(&meta, room, look.glyphs.ellipsis),
                    look.theme.dim(),
                ),
            ]));
            out.push(Line::raw(cut::fit(
                &format!("   {}", f.text),
                w,
                look.glyphs.ellipsis,
            )));
        }
    }
    out
}

/// Details of the "Belum ditempatkan" group: how many, and how ready.
pub(super) fn unplaced_lines(state: &AppState, w: usize, look: &Look) -> Vec<Line<'static>> {
    let lang = state.lang;
    let people = state.org.unplaced();
    vec![
        title(&tr!(lang, "ui-unplaced"), look.theme.unplaced(), w, look),
        kv_text(&tr!(lang, "ui-people"), &people.len().to_string(), w, look),
        kv(
            &tr!(lang, "ui-readiness"),
            badge::readiness_counts(look, state.derived.unplaced),
            look,
        ),
    ]
}
