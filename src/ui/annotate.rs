//! The readiness choice and the note editor, drawn over the body.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::theme::Look;
use super::{cut, dialog, words};
use crate::app::AppState;
use crate::app::annotate::CHOICES;
use crate::lang::tr;

fn person_name(state: &AppState, e: crate::domain::EmployeeIx) -> String {
    state
        .org
        .employee(e)
        .name
        .chars()
        .map(crate::lang::safe::shown)
        .collect()
}

/// The four readiness values with their keys; the current one under the cursor.
pub fn readiness(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    let Some(choice) = state.readiness() else {
        return;
    };
    let title = format!(
        "{}: {}",
        tr!(lang, "ui-readiness-title"),
        person_name(state, choice.employee)
    );
    let inner = dialog::frame(buf, body, 46, 8, &title, look);
    for (i, (row, r)) in inner.rows().zip(CHOICES.iter()).enumerate() {
        let line = format!(
            " {}  {} {}",
            words::readiness_key(*r),
            look.glyphs.readiness(*r),
            words::readiness_label(*r, lang)
        );
        let style = if i == choice.cursor {
            look.theme.selected()
        } else {
            look.theme.readiness(*r)
        };
        Line::styled(
            cut::pad(&line, usize::from(inner.width), look.glyphs.ellipsis),
            style,
        )
        .render(row, buf);
    }
    // The keys under the choices, after a blank row.
    if let Some(row) = inner.rows().nth(CHOICES.len() + 1) {
        Line::styled(tr!(lang, "ui-readiness-keys").to_string(), look.theme.dim()).render(row, buf);
    }
}

/// The note editor: whose note, the text with its cursor, and the keys.
pub fn note(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    let Some(editor) = state.note() else {
        return;
    };
    let title = format!(
        "{}: {}",
        tr!(lang, "ui-note-title"),
        person_name(state, editor.employee)
    );
    let w = body.width.min(72);
    let h = body.height.min(14);
    let inner = dialog::frame(buf, body, w, h, &title, look);
    if inner.height == 0 {
        return;
    }
    let [text_area, keys_row] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
    (&editor.area).render(text_area, buf);
    let count = editor
        .area
        .lines()
        .iter()
        .map(|l| l.chars().count())
        .sum::<usize>();
    let keys = format!(
        "{}  ({count}/{})",
        tr!(lang, "ui-note-keys"),
        crate::app::annotate::NOTE_MAX_CHARS
    );
    Line::styled(
        cut::fit(&keys, usize::from(inner.width), look.glyphs.ellipsis),
        look.theme.dim(),
    )
    .render(keys_row, buf);
}
