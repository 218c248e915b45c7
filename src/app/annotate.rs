//! Readiness and notes in place (`r` and `n` on a person).
//!
//! `r` opens a four-way choice (siap, ragu, menolak, belum dinilai); `n` opens a
//! multi-line editor (cursor movement, any Unicode text, paste). Either asks the runtime
//! to write one audited annotation; the person's record on screen changes only once the
//! store acknowledged it, with the author and time the store recorded.

use ratatui_textarea::{Input, TextArea, WrapMode};

use super::tree::Node;
use super::{Action, AppState, EditKey, Effect, ModeState, Notice};
use crate::domain::{EmployeeIx, Nip, Note, Readiness};

/// The longest note accepted, in characters (a note is a remark, not a report).
pub const NOTE_MAX_CHARS: usize = 2000;

/// The readiness choices in the order the dialog lists them.
pub const CHOICES: [Option<Readiness>; 4] = [
    Some(Readiness::Siap),
    Some(Readiness::Ragu),
    Some(Readiness::Menolak),
    None,
];

/// The readiness dialog: whose, and the choice under the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadinessChoice {
    pub employee: EmployeeIx,
    pub cursor: usize,
}

/// The note being written, and for whom.
#[derive(Debug, Clone)]
pub struct NoteEditor {
    pub employee: EmployeeIx,
    pub area: TextArea<'static>,
}

impl NoteEditor {
    /// The text as it will be stored: lines joined, surrounding blank space trimmed.
    pub fn text(&self) -> String {
        self.area.lines().join("\n").trim().to_string()
    }
}

fn selected_person(state: &mut AppState) -> Option<EmployeeIx> {
    match state.selected() {
        Some(Node::Employee(e)) => Some(e),
        _ => {
            state.toast(Notice::AnnotatePeopleOnly);
            None
        }
    }
}

/// `r`: opens the readiness choice on the selected person, at their current value.
pub fn open_readiness(state: &mut AppState) {
    let Some(e) = selected_person(state) else {
        return;
    };
    let now = state.org.employee(e).readiness;
    let cursor = CHOICES.iter().position(|&c| c == now).unwrap_or(3);
    state.push_mode(ModeState::Readiness(ReadinessChoice {
        employee: e,
        cursor,
    }));
}

/// `n`: opens an empty note editor for the selected person.
pub fn open_note(state: &mut AppState) {
    let Some(e) = selected_person(state) else {
        return;
    };
    let mut area = TextArea::default();
    // The placeholder is part of the editor ratatui-textarea draws.
    area.set_placeholder_text(crate::lang::tr!(state.lang, "ui-note-placeholder"));
    area.set_max_histories(200);
    area.set_wrap_mode(WrapMode::Word);
    state.push_mode(ModeState::Note(Box::new(NoteEditor { employee: e, area })));
}

pub(super) fn update_readiness(state: &mut AppState, action: Action) -> Vec<Effect> {
    let Some(choice) = state.modes.readiness_mut() else {
        state.set_mode(ModeState::Browse);
        return Vec::new();
    };
    let pick = match action {
        Action::Up => {
            choice.cursor = choice.cursor.saturating_sub(1);
            None
        }
        Action::Down => {
            choice.cursor = (choice.cursor + 1).min(CHOICES.len() - 1);
            None
        }
        Action::Choose => CHOICES.get(choice.cursor).copied(),
        Action::SetReadiness(r) => Some(r),
        Action::Close => {
            state.pop_mode();
            return Vec::new();
        }
        Action::Help => {
            super::open_help(state);
            return Vec::new();
        }
        _ => None,
    };
    let Some(readiness) = pick else {
        return Vec::new();
    };
    let e = choice.employee;
    state.pop_mode();
    if state.org.employee(e).readiness == readiness {
        state.toast(Notice::ReadinessUnchanged);
        return Vec::new();
    }
    vec![Effect::Annotate {
        nip: state.org.employee(e).nip,
        note: None,
        author: state.user.clone(),
        readiness: Some(readiness),
    }]
}

pub(super) fn update_note(state: &mut AppState, action: Action) -> Vec<Effect> {
    let user = state.user.clone();
    let Some(editor) = state.modes.note_mut() else {
        state.set_mode(ModeState::Browse);
        return Vec::new();
    };
    match action {
        Action::Edit(key) => {
            editor.area.input(input_of(key));
            let len: usize = editor
                .area
                .lines()
                .iter()
                .map(|l| l.chars().count() + 1)
                .sum();
            if len > NOTE_MAX_CHARS + 1 {
                editor.area.undo();
                state.toast(Notice::NoteTooLong);
            }
            Vec::new()
        }
        Action::SaveNote => {
            let note = editor.text();
            if note.is_empty() {
                state.toast(Notice::NoteEmpty);
                return Vec::new();
            }
            // No character a terminal would obey (typed through an input method, say): the
            // editor stays open with the text, to remove it.
            let field = crate::lang::msg!("domain-field-note");
            if let Some(why) = crate::domain::text::refused(field, &note, true) {
                state.toast(Notice::Refused(why));
                return Vec::new();
            }
            let e = editor.employee;
            state.pop_mode();
            vec![Effect::Annotate {
                nip: state.org.employee(e).nip,
                note: Some(note),
                author: user,
                readiness: None,
            }]
        }
        Action::Close => {
            let had_text = !editor.text().is_empty();
            state.pop_mode();
            if had_text {
                state.toast(Notice::NoteDiscarded);
            }
            Vec::new()
        }
        Action::Help => {
            super::open_help(state);
            Vec::new()
        }
        _ => Vec::new(),
    }
}

fn input_of(key: EditKey) -> Input {
    Input {
        key: key.key,
        ctrl: key.ctrl,
        alt: key.alt,
        shift: key.shift,
    }
}

/// Takes back what the store did with an annotation: on success, the person's record on
/// screen gets exactly the note and readiness that were written.
pub fn annotated(
    state: &mut AppState,
    nip: &Nip,
    note: Option<Note>,
    readiness: Option<Option<Readiness>>,
    result: Result<(), crate::lang::Msg>,
) {
    if let Err(e) = result {
        state.toast(Notice::AnnotateFailed(e));
        return;
    }
    let Some(e) = state.org.employee_ix(nip) else {
        return;
    };
    let mut record = state.org.employee(e).clone();
    let old = record.readiness;
    if let Some(n) = note {
        record.notes.push(n);
        state.toast(Notice::NoteSaved);
    }
    if let Some(r) = readiness {
        record.readiness = r;
        state.toast(Notice::ReadinessSaved(r));
    }
    state.org.replace_employee(e, record);
    if old != state.org.employee(e).readiness {
        state.derived.readiness_changed(&state.org, e, old);
    }
}
