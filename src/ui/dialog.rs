//! Boxes over the body: the shared frame, the one-line prompt and the yes/no question.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::theme::Look;
use super::{cut, words};
use crate::app::AppState;
use crate::app::input_line::InputLine;
use crate::app::prompt::PromptFor;
use crate::lang::tr;

/// Clears a centred box of at most `w`x`h` inside `body`, draws its frame and title, and
/// returns the inside.
pub fn frame(buf: &mut Buffer, body: Rect, w: u16, h: u16, title: &str, look: &Look) -> Rect {
    let area = centered(body, w, h);
    let w = area.width;
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

/// A box of at most `w`x`h` in the middle of `body` (a spare column or row goes right or
/// below).
pub fn centered(body: Rect, w: u16, h: u16) -> Rect {
    // Flex::Center would put the spare column on the left; the screens keep it right.
    let middle = |room: u16, want: u16| {
        let want = want.min(room);
        [
            Constraint::Length((room - want) / 2),
            Constraint::Length(want),
            Constraint::Fill(1),
        ]
    };
    let [_, row, _] = Layout::vertical(middle(body.height, h)).areas(body);
    let [_, area, _] = Layout::horizontal(middle(body.width, w)).areas(row);
    area
}

/// `area` less `left` blank columns on the left and `right` on the right.
pub fn margins(area: Rect, left: u16, right: u16) -> Rect {
    let [_, inside, _] = Layout::horizontal([
        Constraint::Length(left),
        Constraint::Fill(1),
        Constraint::Length(right),
    ])
    .areas(area);
    inside
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
    for (row, (l, style)) in area.rows().zip(lines) {
        let s = cut::fit(l, usize::from(row.width), look.glyphs.ellipsis);
        Line::styled(s, *style).render(row, buf);
    }
}

/// The prompt: what is asked, and the line typed so far with a cursor; returns where the
/// cursor is.
pub fn prompt(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) -> Option<Position> {
    let lang = state.lang;
    let p = state.prompt()?;
    let title = match &p.purpose {
        PromptFor::NewPlan => tr!(lang, "ui-prompt-new-plan"),
        PromptFor::Rename { .. } => tr!(lang, "ui-prompt-rename"),
        PromptFor::Duplicate { .. } => tr!(lang, "ui-prompt-duplicate"),
        PromptFor::Reason { .. } => tr!(lang, "ui-prompt-reason"),
        PromptFor::Remark { .. } => tr!(lang, "ui-prompt-remark"),
    };
    let w = body.width.saturating_sub(4).min(70);
    let inner = frame(buf, body, w, 3, &title, look);
    let [_, line] = Layout::horizontal([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    input_line(buf, line, vec![], &p.line, look)
}

/// A line being typed in `area`: a fixed `lead`, then the part of the text around the cursor
/// that fits, the cursor cell drawn where it is (the character under it, or `_` at the
/// end); returns where the cursor is (`None` when it does not fit).
///
/// The window shows the start of the text while the cursor fits there; otherwise it ends
/// at the cursor, so the cursor is always on screen. A cut side shows the ellipsis.
pub fn input_line(
    buf: &mut Buffer,
    area: Rect,
    mut lead: Vec<Span<'static>>,
    line: &InputLine,
    look: &Look,
) -> Option<Position> {
    let lead_w: usize = lead.iter().map(|s| cut::width(&s.content)).sum();
    let room = usize::from(area.width).saturating_sub(lead_w);
    let ell = look.glyphs.ellipsis;
    let ell_w = cut::width(ell);
    let (before, at, after) = line.split();
    let cur = if at.is_empty() { "_" } else { at };
    let cur_w = cut::width(cur).max(1);
    let row = Rect { height: 1, ..area };
    if room < cur_w || area.height == 0 {
        Line::from(lead).render(row, buf);
        return None;
    }
    let (left, right) = if cut::width(before) + cur_w + cut::width(after) <= room {
        (before.to_string(), after.to_string())
    } else if cut::width(before) + cur_w + ell_w <= room {
        let rest = room - cut::width(before) - cur_w;
        (before.to_string(), cut::fit(after, rest, ell))
    } else {
        let keep_right = if after.is_empty() { 0 } else { ell_w };
        let left = cut::fit_left(before, room.saturating_sub(cur_w + keep_right), ell);
        let rest = room.saturating_sub(cut::width(&left) + cur_w);
        let right = cut::fit(after, rest, ell);
        (left, right)
    };
    let x = lead_w + cut::width(&left);
    lead.push(Span::raw(left));
    lead.push(Span::styled(cur.to_string(), look.theme.cursor()));
    lead.push(Span::raw(right));
    Line::from(lead).render(row, buf);
    let x = area.x.checked_add(u16::try_from(x).ok()?)?;
    (x < area.right()).then_some(Position::new(x, area.y))
}

/// The yes/no question with its explanation (every conflict on its own line).
pub fn confirm(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    let Some(c) = state.confirm() else {
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
    lines(buf, margins(inner, 1, 0), &rows, look);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::ThemeKind;

    fn screen(buf: &Buffer) -> String {
        buf.content().iter().map(|c| c.symbol()).collect()
    }

    #[test]
    fn the_cursor_sits_after_the_typed_text() {
        let look = super::super::preview::look(ThemeKind::Default, false, false);
        let area = Rect::new(0, 0, 12, 1);
        let mut buf = Buffer::empty(area);
        let lead = vec![Span::raw("/ ")];
        let at = input_line(
            &mut buf,
            area,
            lead,
            &InputLine::with_text("sri", 50),
            &look,
        );
        assert_eq!(at, Some(Position::new(5, 0)));
        assert_eq!(screen(&buf), "/ sri_      ");
        let reversed = ratatui::style::Modifier::REVERSED;
        assert!(buf[(5, 0)].style().add_modifier.contains(reversed));
        // A long text keeps its end, and the cursor stays on the line.
        let mut line = InputLine::with_text("wahyuni rahmawati", 50);
        let at = input_line(&mut buf, area, vec![], &line, &look);
        assert_eq!(at, Some(Position::new(11, 0)));
        assert_eq!(screen(&buf), "… rahmawati_");
        // Moved into the middle, the cursor sits on its character, both cut sides marked.
        for _ in 0..6 {
            line.apply(crate::app::Action::LineLeft);
        }
        let mut buf = Buffer::empty(area);
        let at = input_line(&mut buf, area, vec![], &line, &look);
        assert_eq!(at, Some(Position::new(10, 0)));
        assert_eq!(screen(&buf), "…hyuni rahm…");
        assert!(buf[(10, 0)].style().add_modifier.contains(reversed));
        assert!(!buf[(11, 0)].style().add_modifier.contains(reversed));
        // At the start the window shows the start.
        line.apply(crate::app::Action::LineHome);
        let at = input_line(&mut buf, area, vec![], &line, &look);
        assert_eq!(at, Some(Position::new(0, 0)));
        assert_eq!(screen(&buf), "wahyuni rah…");
    }

    #[test]
    fn a_wide_character_under_the_cursor_stays_whole_on_screen() {
        let look = super::super::preview::look(ThemeKind::Default, false, false);
        let area = Rect::new(0, 0, 6, 1);
        let mut buf = Buffer::empty(area);
        let mut line = InputLine::with_text("山田太郎花子", 50);
        for _ in 0..3 {
            line.apply(crate::app::Action::LineLeft);
        }
        // Before the cursor "山田太", under it "郎" (two columns), after it "花子".
        let at = input_line(&mut buf, area, vec![], &line, &look);
        assert_eq!(at, Some(Position::new(3, 0)));
        assert_eq!(buf[(3, 0)].symbol(), "郎");
        assert_eq!(buf[(0, 0)].symbol(), "…");
        assert_eq!(buf[(5, 0)].symbol(), "…");
    }

    #[test]
    fn a_centred_box_leaves_the_spare_column_on_the_right() {
        for bw in 0..40u16 {
            for w in 0..45u16 {
                let body = Rect::new(3, 2, bw, 7);
                let a = centered(body, w, 4);
                let w = w.min(bw);
                assert_eq!((a.x, a.width), (3 + (bw - w) / 2, w), "{bw} {w}");
                assert_eq!((a.y, a.height), (2 + 3 / 2, 4));
            }
        }
    }
}
