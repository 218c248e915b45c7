//! The words of a [`Notice`]: what the reducer says happened, in the screen's language.

use crate::app::Notice;
use crate::domain::Organization;
use crate::lang::{Lang, tr};

/// The notice as the status area shows it.
pub fn word(n: &Notice, lang: Lang) -> String {
    let seat = |s: &Option<String>| match s {
        Some(title) => title.clone(),
        None => tr!(lang, "ui-not-placed").into_owned(),
    };
    let text = match n {
        Notice::ReadOnlyRefused => tr!(lang, "ui-read-only-refused"),
        Notice::MouseToggled(true) => tr!(lang, "ui-mouse-on"),
        Notice::MouseToggled(false) => tr!(lang, "ui-mouse-off"),
        Notice::MaskToggled { on: true, key } => tr!(lang, "ui-mask-on", key = key.as_str()),
        Notice::MaskToggled { on: false, key } => tr!(lang, "ui-mask-off", key = key.as_str()),
        Notice::DemoLoaded {
            organization,
            employees,
        } => tr!(
            lang,
            "ui-demo-loaded",
            organization = organization.as_str(),
            employees = *employees
        ),
        Notice::Refused(why) => tr!(lang, "ui-refused", why = why.clone()),
        Notice::Said(text) => return text.clone(),
        Notice::MoveRefused(e) => tr!(lang, "ui-refused", why = e.msg()),
        Notice::PlanCreated(name) => tr!(lang, "ui-plan-created", name = name.as_str()),
        Notice::PlanDeleted(name) => tr!(lang, "ui-plan-deleted", name = name.as_str()),
        Notice::PlanActive(name) => tr!(lang, "ui-plan-active", name = name.as_str()),
        Notice::PlanApplied(name) => tr!(lang, "ui-plan-applied", name = name.as_str()),
        Notice::PlanGone => tr!(lang, "ui-plan-gone"),
        Notice::AlreadyApplied => tr!(lang, "ui-already-applied"),
        Notice::OnBaseline => tr!(lang, "ui-on-baseline"),
        Notice::ConflictsSkipped(n) => tr!(lang, "ui-conflicts-skipped", count = *n),
        Notice::Moved { who, to } => tr!(lang, "ui-moved", who = who.as_str(), to = seat(to)),
        Notice::Undone { who, from } => {
            tr!(lang, "ui-undone", who = who.as_str(), from = seat(from))
        }
        Notice::Redone { who, to } => tr!(lang, "ui-redone", who = who.as_str(), to = seat(to)),
        Notice::NothingToUndo => tr!(lang, "ui-nothing-to-undo"),
        Notice::NothingToRedo => tr!(lang, "ui-nothing-to-redo"),
        Notice::MarkPeopleOnly => tr!(lang, "ui-mark-people-only"),
        Notice::PickPeopleFirst => tr!(lang, "ui-pick-people-first"),
        Notice::NoActivePlan => tr!(lang, "ui-no-active-plan"),
        Notice::CarryCancelled => tr!(lang, "ui-carry-cancelled"),
        Notice::DropNowhere => tr!(lang, "ui-drop-nowhere"),
        Notice::UnitWithoutPositions => tr!(lang, "ui-unit-without-positions"),
        Notice::ChoosePosition => tr!(lang, "ui-choose-position"),
        Notice::CandidatesOnPosition => tr!(lang, "ui-candidates-on-position"),
        Notice::AnnotatePeopleOnly => tr!(lang, "ui-annotate-people-only"),
        Notice::ReadinessUnchanged => tr!(lang, "ui-readiness-unchanged"),
        Notice::ReadinessSaved(r) => tr!(
            lang,
            "ui-readiness-saved",
            readiness = super::words::readiness_label(*r, lang)
        ),
        Notice::NoteTooLong => tr!(lang, "ui-note-too-long"),
        Notice::NoteEmpty => tr!(lang, "ui-note-empty"),
        Notice::NoteDiscarded => tr!(lang, "ui-note-discarded"),
        Notice::NoteSaved => tr!(lang, "ui-note-saved"),
        Notice::AnnotateFailed(why) => {
            return format!("{}: {}", tr!(lang, "ui-annotate-failed"), lang.say(why));
        }
    };
    text.into_owned()
}

/// First start: the built-in demo `org` was loaded into the empty database.
pub fn demo_loaded(org: &Organization, lang: Lang) -> String {
    let demo = Notice::DemoLoaded {
        organization: org.name().to_owned(),
        employees: org.employees().len(),
    };
    word(&demo, lang)
}

/// What the runtime says when it refuses a write in read-only presenting.
pub fn read_only_refused(lang: Lang) -> String {
    word(&Notice::ReadOnlyRefused, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_are_worded_in_the_language_given() {
        let moved = Notice::Moved {
            who: "Sari".into(),
            to: None,
        };
        assert_eq!(
            word(&moved, Lang::Id),
            "Dipindah: Sari -> belum ditempatkan"
        );
        assert_eq!(word(&moved, Lang::En), "Moved: Sari -> unplaced");
        assert_eq!(
            word(&Notice::ConflictsSkipped(1), Lang::En),
            "1 move conflicts with the baseline and is not shown."
        );
        assert_eq!(
            word(&Notice::Refused(crate::store::as_is("x")), Lang::Id),
            "Ditolak: x"
        );
        assert_eq!(word(&Notice::Said("as is".into()), Lang::En), "as is");
    }
}
