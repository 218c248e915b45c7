//! Boxes over the body: the shared frame, the one-line prompt and the yes/no question.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::theme::Look;
use super::{cut, words};
use crate::app::AppState;
use crate::app::prompt::PromptFor;
use crate::lang::tr;

/// Clears a centred box of at most `w`x`h` inside `body`, draws its frame and title, and
/// returns the inside.
pub fn frame(buf: &mut Buffer, body: Rect, w: u16, h: u16, title: &str, look: &Look) -> Rect {
    let w = w.min(body.width);
    let h = h.min(body.height);
    let area = Rect {
        x: body.x + (body.width - w) / 2,
        y: body.y + (body.height - h) / 2,
        width: w,
        height: h,
    };
    Clear.render(area, buf);
    let title = cut::fit(
        title,
        usize::from(w.saturating_sub(4)),
        look.glyphs.ellipsis,
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(look.theme.border())
        .title(Span::styled(format!(" {title} "), look.theme.label()));
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// The right border of a frame whose inside is `inner`, where a scrollbar goes.
pub fn right_border(inner: Rect) -> Rect {
    Rect {
        x: inner.right(),
        width: 1,
        ..inner
    }
}

/// Writes lines into an area, one per row, cut to its width.
pub fn lines(buf: &mut Buffer, area: Rect, lines: &[(String, Style)], look: &Look) {
    for (i, (l, style)) in lines.iter().enumerate() {
        let y = area.y + i as u16;
        if y >= area.bottom() {
            break;
        }
        let s = cut::fit(l, usize::from(area.width), look.glyphs.ellipsis);
        Line::styled(s, *style).render(
            Rect {
                y,
                height: 1,
                ..area
            },
            buf,
        );
    }
}

/// The prompt: what is asked, and the line typed so far with a cursor.
pub fn prompt(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    let Some(p) = &state.prompt else {
        return;
    };
    let title = match &p.purpose {
        PromptFor::NewPlan => tr!(lang, "ui-prompt-new-plan"),
        PromptFor::Rename { .. } => tr!(lang, "ui-prompt-rename"),
        PromptFor::Duplicate { .. } => tr!(lang, "ui-prompt-duplicate"),
        PromptFor::Reason { .. } => tr!(lang, "ui-prompt-reason"),
        PromptFor::Remark { .. } => tr!(lang, "ui-prompt-remark"),
    };
    let w = body.width.saturating_sub(4).min(70);
    let inner = frame(buf, body, w, 3, &title, look);
    let room = usize::from(inner.width).saturating_sub(2);
    let shown = cut::fit_left(&p.text, room, look.glyphs.ellipsis);
    Line::from(vec![
        Span::raw(format!(" {shown}")),
        Span::styled("_", look.theme.key()),
    ])
    .render(inner, buf);
}

/// The yes/no question with its explanation (every conflict on its own line).
pub fn confirm(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    let Some(c) = &state.confirm else {
        return;
    };
    let (title, explained) = words::confirm(&c.what, lang);
    let mut rows: Vec<(String, Style)> = explained
        .into_iter()
        .map(|l| (l, Style::default()))
        .collect();
    rows.push((String::new(), Style::default()));
    rows.push((tr!(lang, "ui-confirm-keys").to_string(), look.theme.key()));
    let want_w = rows
        .iter()
        .map(|(l, _)| cut::width(l))
        .chain(std::iter::once(cut::width(&title)))
        .max()
        .unwrap_or(20) as u16
        + 4;
    let inner = frame(buf, body, want_w, rows.len() as u16 + 2, &title, look);
    let inner = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(1),
        ..inner
    };
    lines(buf, inner, &rows, look);
}
