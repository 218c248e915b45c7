//! The readiness choice and the note editor, drawn over the body.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
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
        .map(|c| if c.is_control() { ' ' } else { c })
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
    for (i, r) in CHOICES.iter().enumerate() {
        let y = inner.y + i as u16;
        if y >= inner.bottom() {
            break;
        }
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
        .render(
            Rect {
                y,
                height: 1,
                ..inner
            },
            buf,
        );
    }
    let y = inner.y + CHOICES.len() as u16 + 1;
    if y < inner.bottom() {
        Line::styled(tr!(lang, "ui-readiness-keys").to_string(), look.theme.dim()).render(
            Rect {
                y,
                height: 1,
                ..inner
            },
            buf,
        );
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
    let text_area = Rect {
        height: inner.height.saturating_sub(1),
        ..inner
    };
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
    .render(
        Rect {
            y: inner.bottom().saturating_sub(1),
            height: 1,
            ..inner
        },
        buf,
    );
}
