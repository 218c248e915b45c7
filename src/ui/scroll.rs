//! The scrollbar beside content that does not fit: drawn only when something is hidden,
//! so a pane that shows everything looks as it did.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};

use super::theme::Look;

/// Where a scrollbar goes: on a frame's border (the border is its track), or in a blank
/// margin (only the thumb is drawn, so text beside it stays easy to read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    Border,
    Margin,
}

/// Draws a vertical scrollbar in `column` for `total` rows of which `shown` are visible
/// from `offset` on; nothing when every row is visible.
pub fn bar(
    buf: &mut Buffer,
    (column, on): (Rect, On),
    total: usize,
    shown: usize,
    offset: usize,
    look: &Look,
) {
    let column = column.intersection(buf.area);
    if total <= shown || shown == 0 || column.width == 0 || column.height == 0 {
        return;
    }
    let thumb = if look.glyphs.ellipsis == "~" {
        "#"
    } else {
        "█"
    };
    // Positions are offsets: the last one shows the last `shown` rows.
    let mut state = ScrollbarState::new(total - shown + 1)
        .position(offset)
        .viewport_content_length(shown);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol((on == On::Border).then_some(look.glyphs.bar))
        .track_style(look.theme.border())
        .thumb_symbol(thumb)
        .thumb_style(look.theme.dim())
        .render(column, buf, &mut state);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::ThemeKind;

    fn column(buf: &Buffer) -> String {
        buf.content().iter().map(|c| c.symbol()).collect()
    }

    #[test]
    fn a_bar_shows_only_when_rows_are_hidden() {
        let look = crate::ui::preview::look(ThemeKind::Default, false, false);
        let area = Rect::new(0, 0, 1, 4);
        let mut buf = Buffer::empty(area);
        bar(&mut buf, (area, On::Margin), 4, 4, 0, &look);
        assert_eq!(column(&buf), "    ");
        bar(&mut buf, (area, On::Margin), 8, 4, 4, &look);
        assert_eq!(column(&buf), "  ██");
        bar(&mut buf, (area, On::Border), 8, 4, 0, &look);
        assert_eq!(column(&buf), "██││");
    }
}
