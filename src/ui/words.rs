//! Words the screen builds from values (a readiness, a decision, an action, a column set),
//! in the language it is given. The texts themselves live in `locales/<language>/ui.ftl`.

use std::borrow::Cow;

use crate::app::Action;
use crate::app::confirm::ConfirmFor;
use crate::domain::Organization;
use crate::domain::candidates::CandidateFilter;
use crate::domain::plan::Decision;
use crate::domain::plan_ops::{Application, Conflict};
use crate::domain::{Performance, Potential, Readiness, Severity};
use crate::lang::{Lang, tr};

/// A text of the screen: a fixed message without values.
pub type Text = Cow<'static, str>;

/// The candidate list's column heads.
pub fn candidates_columns(lang: Lang) -> [Text; 10] {
    [
        tr!(lang, "ui-candidates-col-rank"),
        tr!(lang, "ui-candidates-col-name"),
        tr!(lang, "ui-candidates-col-category"),
        tr!(lang, "ui-candidates-col-fit"),
        tr!(lang, "ui-candidates-col-now"),
        tr!(lang, "ui-candidates-col-gap"),
        tr!(lang, "ui-candidates-col-performance"),
        tr!(lang, "ui-candidates-col-potential"),
        tr!(lang, "ui-candidates-col-rank-grade"),
        tr!(lang, "ui-candidates-col-seat"),
    ]
}

/// The 9-box column heads, low to high potential.
pub fn potential_heads(lang: Lang) -> [Text; 3] {
    [
        tr!(lang, "ui-potential-head-low"),
        tr!(lang, "ui-potential-head-medium"),
        tr!(lang, "ui-potential-head-high"),
    ]
}

/// The 9-box row heads, high to low performance.
pub fn performance_rows(lang: Lang) -> [Text; 3] {
    [
        tr!(lang, "ui-performance-row-above"),
        tr!(lang, "ui-performance-row-meets"),
        tr!(lang, "ui-performance-row-below"),
    ]
}

/// The workload table's column heads.
pub fn workload_columns(lang: Lang) -> [Text; 8] {
    [
        tr!(lang, "ui-workload-col-position"),
        tr!(lang, "ui-workload-col-minutes"),
        tr!(lang, "ui-workload-col-need"),
        tr!(lang, "ui-workload-col-round"),
        tr!(lang, "ui-workload-col-formation"),
        tr!(lang, "ui-workload-col-holders"),
        tr!(lang, "ui-workload-col-ej"),
        tr!(lang, "ui-workload-col-pj"),
    ]
}

/// The retirement table's column heads.
pub fn retire_unit_columns(lang: Lang) -> [Text; 4] {
    [
        tr!(lang, "ui-retire-col-unit"),
        tr!(lang, "ui-retire-col-one"),
        tr!(lang, "ui-retire-col-two"),
        tr!(lang, "ui-retire-col-five"),
    ]
}

/// A feedback severity as planners say it.
pub fn severity(s: Severity, lang: Lang) -> Text {
    match s {
        Severity::Low => tr!(lang, "ui-severity-low"),
        Severity::Medium => tr!(lang, "ui-severity-medium"),
        Severity::High => tr!(lang, "ui-severity-high"),
    }
}

/// The key that picks a readiness in the dialog.
pub fn readiness_key(r: Option<Readiness>) -> &'static str {
    // Keys, not words: the key map binds the same letters in both languages.
    match r {
        Some(Readiness::Siap) => "s",
        Some(Readiness::Ragu) => "r",
        Some(Readiness::Menolak) => "m",
        None => "b",
    }
}

/// A readiness as planners say it.
pub fn readiness_label(r: Option<Readiness>, lang: Lang) -> Text {
    match r {
        Some(Readiness::Siap) => tr!(lang, "ui-ready"),
        Some(Readiness::Ragu) => tr!(lang, "ui-hesitant"),
        Some(Readiness::Menolak) => tr!(lang, "ui-resisting"),
        None => tr!(lang, "ui-readiness-unknown"),
    }
}

/// A performance predicate in two letters (candidate lists): the SKP abbreviations in both
/// languages, as planners read them.
pub fn performance_short(p: Performance) -> &'static str {
    match p {
        Performance::SangatBaik => "SB",
        Performance::Baik => "B",
        Performance::ButuhPerbaikan => "BP",
        Performance::Kurang => "K",
        Performance::SangatKurang => "SK",
    }
}

/// A potential as the details say it (the 9-box columns read the same).
pub fn potential(p: Potential, lang: Lang) -> Text {
    match p {
        Potential::Tinggi => tr!(lang, "ui-potential-tinggi"),
        Potential::Menengah => tr!(lang, "ui-potential-menengah"),
        Potential::Rendah => tr!(lang, "ui-potential-rendah"),
    }
}

/// A potential in one letter (candidate lists).
pub fn potential_short(p: Potential, lang: Lang) -> Text {
    match p {
        Potential::Tinggi => tr!(lang, "ui-potential-short-tinggi"),
        Potential::Menengah => tr!(lang, "ui-potential-short-menengah"),
        Potential::Rendah => tr!(lang, "ui-potential-short-rendah"),
    }
}

/// The candidate filters in force.
pub fn candidate_filters(f: &CandidateFilter, lang: Lang) -> String {
    let mut on: Vec<Text> = Vec::new();
    if f.unplaced {
        on.push(tr!(lang, "ui-filter-unplaced"));
    }
    if f.over_formation {
        on.push(tr!(lang, "ui-filter-over-formation"));
    }
    if f.subtree.is_some() {
        on.push(tr!(lang, "ui-filter-same-unit"));
    }
    if let Some(r) = f.min_rank {
        on.push(tr!(lang, "ui-filter-min-rank", rank = r.to_string()));
    }
    if f.any_level {
        on.push(tr!(lang, "ui-filter-any-level"));
    }
    let on = if on.is_empty() {
        tr!(lang, "ui-filter-all").into_owned()
    } else {
        on.join(", ")
    };
    tr!(lang, "ui-filter", filters = on).into_owned()
}

/// The head of the retirement view.
pub fn retire_summary(horizons: &[u32; 3], totals: &[u32; 3], overdue: u32, lang: Lang) -> String {
    let parts: Vec<Text> = horizons
        .iter()
        .zip(totals)
        .map(|(y, n)| tr!(lang, "ui-retire-part", count = *n, years = *y))
        .collect();
    tr!(
        lang,
        "ui-retire-summary",
        parts = parts.join(", "),
        overdue = overdue
    )
    .into_owned()
}

/// A seat's title, or "belum ditempatkan".
pub fn seat(org: &Organization, id: Option<&str>, lang: Lang) -> String {
    match id {
        None => tr!(lang, "ui-not-placed").into_owned(),
        Some(id) => org
            .position_ix(id)
            .map_or_else(|| id.to_string(), |p| org.position(p).title.clone()),
    }
}

/// The question a confirmation asks, and the lines that explain it.
pub fn confirm(what: &ConfirmFor, lang: Lang) -> (String, Vec<String>) {
    match what {
        ConfirmFor::Delete { name, moves } => (
            tr!(lang, "ui-confirm-delete", name = name.as_str()).into_owned(),
            vec![tr!(lang, "ui-delete-detail", moves = *moves).into_owned()],
        ),
        ConfirmFor::Apply {
            plan,
            moves,
            application,
            who,
        } => (
            tr!(lang, "ui-confirm-apply", name = plan.as_str()).into_owned(),
            apply_lines(*moves, application, who, lang),
        ),
    }
}

/// What applying a plan of `all` moves will do, one line each; every conflict is listed
/// with the person `who` names for it.
pub fn apply_lines(all: usize, app: &Application, who: &[String], lang: Lang) -> Vec<String> {
    let applied = app.applied.len();
    let mut out = vec![tr!(lang, "ui-apply-count", applied = applied, all = all).into_owned()];
    if !app.not_approved.is_empty() {
        let n = app.not_approved.len();
        out.push(tr!(lang, "ui-apply-not-approved", count = n).into_owned());
    }
    if !app.conflicts.is_empty() {
        let n = app.conflicts.len();
        out.push(tr!(lang, "ui-apply-conflicts", count = n).into_owned());
        for (i, c) in app.conflicts.iter().enumerate() {
            let name = who.get(i).cloned().unwrap_or_else(|| c.nip.grouped());
            out.push(format!("  #{} {name}: {}", c.index + 1, conflict(c, lang)));
        }
    }
    out
}

/// Why a move no longer fits the baseline (the domain words it in the process language).
pub fn conflict(c: &Conflict, lang: Lang) -> String {
    lang.say(&c.msg())
}

/// The word for a decision.
pub fn decision(d: Option<Decision>, lang: Lang) -> Text {
    match d {
        Some(Decision::Setuju) => tr!(lang, "ui-decision-setuju"),
        Some(Decision::Tunda) => tr!(lang, "ui-decision-tunda"),
        Some(Decision::Tolak) => tr!(lang, "ui-decision-tolak"),
        None => tr!(lang, "ui-review-undecided"),
    }
}

/// What an action does, as the help overlay says it.
pub fn action(a: Action, lang: Lang) -> Text {
    lang.text(a.spec().label)
}

/// The one-word hint the status bar shows next to a key (the action's label when it has
/// none).
pub fn hint(a: Action, lang: Lang) -> Text {
    match a.spec().hint {
        Some(id) => lang.text(id),
        None => action(a, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_label_and_the_hint_falls_back_to_it() {
        for lang in Lang::ALL {
            for a in [
                Action::Up,
                Action::PageUp,
                Action::Mouse(crate::app::MouseKind::ScrollUp, 0, 0),
            ] {
                assert!(!action(a, lang).starts_with("ui-"), "{a:?}");
            }
            assert_eq!(hint(Action::PageUp, lang), action(Action::PageUp, lang));
        }
        assert_eq!(hint(Action::Up, Lang::Id), "naik");
        assert_eq!(hint(Action::Up, Lang::En), "up");
    }

    #[test]
    fn conflicts_are_worded_for_the_screen() {
        use crate::domain::plan_ops::ConflictKind;
        let c = |kind| Conflict {
            index: 2,
            nip: crate::domain::Nip::parse("198503122010012003").unwrap(),
            kind,
        };
        let gone = conflict(&c(ConflictKind::SeatGone("a.x".into())), Lang::Id);
        assert!(gone.starts_with("perpindahan 3 ("), "{gone}");
        assert!(gone.contains("jabatan a.x sudah tidak ada"), "{gone}");
        let changed = conflict(
            &c(ConflictKind::SeatChanged {
                expected: Some("a.x".into()),
                actual: None,
            }),
            Lang::Id,
        );
        assert!(
            changed.contains("kini belum ditempatkan, bukan a.x"),
            "{changed}"
        );
    }

    #[test]
    fn the_screen_defaults_to_indonesian() {
        // The runtime sets the resolved language; a state built without it speaks Bahasa
        // Indonesia.
        let s = crate::app::AppState::new(crate::app::testing::small_org());
        assert_eq!(s.lang, Lang::Id);
        assert_eq!(tr!(s.lang, "ui-too-small"), "Terminal terlalu kecil");
    }

    #[test]
    fn counts_follow_the_language() {
        assert_eq!(tr!(Lang::En, "ui-moves", count = 1), "1 move");
        assert_eq!(tr!(Lang::En, "ui-moves", count = 1018), "1,018 moves");
        assert_eq!(tr!(Lang::Id, "ui-moves", count = 1018), "1.018 perpindahan");
        assert_eq!(tr!(Lang::En, "ui-hits", count = 1), "1 hit");
    }

    #[test]
    fn detail_labels_fit_their_column() {
        // Details draw labels in a column of 11 with one blank after the label.
        for id in [
            "ui-unit",
            "ui-formation",
            "ui-avg-fit",
            "ui-readiness",
            "ui-positions",
            "ui-sub-units",
            "ui-people",
            "ui-parent-unit",
            "ui-feedback",
            "ui-position-type",
            "ui-holders",
            "ui-need",
            "ui-nip",
            "ui-rank",
            "ui-seat",
            "ui-unit-path",
            "ui-fit",
            "ui-performance",
            "ui-potential",
            "ui-notes",
        ] {
            for lang in Lang::ALL {
                let t = lang.text(id);
                assert!(t.chars().count() <= 10, "{id}: {t}");
            }
        }
    }
}
