//! The list with a cursor that the talent views share: lines of text on top, then a
//! `Table` over the rows that fit, the row under the cursor marked, and a scrollbar beside
//! it when not every row fits. A view states only its columns and how to word one row;
//! only the visible rows are worded.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, StatefulWidget, Table, TableState, Widget};

use super::theme::Look;
use super::{cut, scroll};

/// Blank columns between two columns.
const SPACING: u16 = 1;

/// One column: how wide, and whether its text sits at the right (numbers).
#[derive(Debug, Clone, Copy)]
pub struct Column {
    width: Constraint,
    right: bool,
}

impl Column {
    /// Text from the left, cut with an ellipsis at `w` columns.
    pub const fn left(w: u16) -> Self {
        Column {
            width: Constraint::Length(w),
            right: false,
        }
    }

    /// Text at the right of `w` columns (numbers), cut from the right.
    pub const fn right(w: u16) -> Self {
        Column {
            width: Constraint::Length(w),
            right: true,
        }
    }

    /// The rest of the width.
    pub const fn rest() -> Self {
        Column {
            width: Constraint::Fill(1),
            right: false,
        }
    }
}

/// The words of one row, a cell per column, and the row's style.
pub type Cells = (Vec<String>, Style);

/// A line above the list: plain text, or cells laid out in some columns (a column head).
pub enum Head<'a> {
    Text(String, Style),
    Cells(&'a [Column], Cells),
}

impl Head<'_> {
    /// A line of plain text.
    pub fn text(s: impl Into<String>, style: Style) -> Self {
        Head::Text(s.into(), style)
    }
}

/// The rows `start..end` of a list of `n` rows that fit `height`, keeping `cursor` visible.
pub fn window(cursor: usize, n: usize, height: usize) -> Range<usize> {
    let h = height.max(1);
    let start = if cursor >= h { cursor + 1 - h } else { 0 };
    start..n.min(start + h)
}

/// A list: its lines on top, its columns, how many rows and which one has the cursor.
pub struct List<'a> {
    pub head: Vec<Head<'a>>,
    pub columns: &'a [Column],
    pub len: usize,
    pub cursor: usize,
}

/// Draws `list` in `area`, wording row `i` with `row(i)`; the scrollbar goes in `bar`.
pub fn render(
    buf: &mut Buffer,
    area: Rect,
    bar: Rect,
    list: &List<'_>,
    row: &dyn Fn(usize) -> Cells,
    look: &Look,
) {
    let head_h = u16::try_from(list.head.len()).unwrap_or(u16::MAX);
    let [head_area, body] =
        Layout::vertical([Constraint::Length(head_h), Constraint::Fill(1)]).areas(area);
    for (line, head) in head_area.rows().zip(&list.head) {
        match head {
            Head::Text(s, style) => {
                Line::styled(
                    cut::fit(s, usize::from(line.width), look.glyphs.ellipsis),
                    *style,
                )
                .render(line, buf);
            }
            Head::Cells(columns, cells) => {
                let row = cells_row(columns, line.width, cells, look);
                Widget::render(table(columns, vec![row]), line, buf);
            }
        }
    }
    if body.height == 0 {
        return;
    }
    let height = usize::from(body.height);
    let shown = window(list.cursor, list.len, height);
    let rows: Vec<Row<'static>> = shown
        .clone()
        .map(|i| {
            let (cells, style) = row(i);
            let style = if i == list.cursor {
                look.theme.selected()
            } else {
                style
            };
            cells_row(list.columns, body.width, &(cells, style), look)
        })
        .collect();
    let mut state = TableState::new().with_selected(
        shown
            .contains(&list.cursor)
            .then(|| list.cursor - shown.start),
    );
    let t = table(list.columns, rows).row_highlight_style(look.theme.selected());
    StatefulWidget::render(t, body, buf, &mut state);
    let bar = Rect {
        y: body.y,
        height: body.height,
        ..bar
    };
    scroll::bar(
        buf,
        (bar, scroll::On::Border),
        list.len,
        height,
        shown.start,
        look,
    );
}

/// One row of several lines in a single column (a move of the comparison: who, from where
/// to where, by whom), each line with its style.
pub type Block = Vec<(String, Style)>;

/// Draws `blocks` in `area` as a `Table` of one column, a row per block as tall as its
/// lines (`Row::height`), the first shown being `offset` (no cursor: the view scrolls); the
/// scrollbar in `bar` counts lines. Returns the largest offset that still fills the area,
/// which `offset` is held to.
pub fn render_blocks(
    buf: &mut Buffer,
    area: Rect,
    bar: Rect,
    blocks: &[Block],
    offset: usize,
    look: &Look,
) -> usize {
    let heights: Vec<usize> = blocks.iter().map(|b| b.len().max(1)).collect();
    let height = usize::from(area.height);
    let mut last = blocks.len();
    let mut below = 0;
    while last > 0 && below + heights[last - 1] <= height {
        below += heights[last - 1];
        last -= 1;
    }
    let offset = offset.min(last);
    let w = usize::from(area.width);
    let rows = blocks.iter().zip(&heights).map(|(lines, &h)| {
        let text: Vec<Line<'static>> = lines
            .iter()
            .map(|(l, style)| Line::styled(cut::fit(l, w, look.glyphs.ellipsis), *style))
            .collect();
        Row::new([Cell::from(text)]).height(u16::try_from(h).unwrap_or(u16::MAX))
    });
    let mut state = TableState::new().with_offset(offset);
    StatefulWidget::render(
        Table::new(rows, [Constraint::Fill(1)]),
        area,
        buf,
        &mut state,
    );
    let above: usize = heights[..offset].iter().sum();
    let total: usize = heights.iter().sum();
    scroll::bar(buf, (bar, scroll::On::Border), total, height, above, look);
    last
}

fn table<'a>(columns: &[Column], rows: Vec<Row<'a>>) -> Table<'a> {
    Table::new(rows, columns.iter().map(|c| c.width)).column_spacing(SPACING)
}

/// A row whose words are cut to the width their columns get in `width`.
fn cells_row(columns: &[Column], width: u16, (cells, style): &Cells, look: &Look) -> Row<'static> {
    let widths = Layout::horizontal(columns.iter().map(|c| c.width))
        .spacing(SPACING)
        .split(Rect::new(0, 0, width, 1));
    let cells = cells
        .iter()
        .zip(columns)
        .zip(widths.iter())
        .map(|((s, c), r)| {
            let w = usize::from(r.width);
            if c.right {
                Cell::from(Line::from(cut::take_width(s, w)).right_aligned())
            } else {
                Cell::from(cut::fit(s, w, look.glyphs.ellipsis))
            }
        });
    Row::new(cells).style(*style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_keeps_the_cursor_visible() {
        assert_eq!(window(0, 10, 4), 0..4);
        assert_eq!(window(5, 10, 4), 2..6);
        assert_eq!(window(9, 10, 4), 6..10);
        assert_eq!(window(0, 2, 4), 0..2);
    }

    fn block(lines: &[&str]) -> Block {
        lines
            .iter()
            .map(|l| (l.to_string(), Style::new()))
            .collect()
    }

    #[test]
    fn tall_rows_scroll_a_row_at_a_time_and_stop_when_the_last_one_shows() {
        let look = crate::ui::preview::look(crate::settings::ThemeKind::Default, false, false);
        let area = Rect::new(0, 0, 6, 4);
        let bar = Rect::new(6, 0, 1, 4);
        let blocks = [
            block(&["head"]),
            block(&["a1", "a2", "a3"]),
            block(&["b1", "b2"]),
            block(&["c1"]),
        ];
        let shot = |offset| {
            let mut buf = Buffer::empty(Rect::new(0, 0, 7, 4));
            let max = render_blocks(&mut buf, area, bar, &blocks, offset, &look);
            let text: Vec<String> = (0..4)
                .map(|y| (0..7).map(|x| buf[(x, y)].symbol()).collect())
                .collect();
            (max, text.join("|"))
        };
        assert_eq!(shot(0), (2, "head  █|a1    █|a2    │|a3    │".into()));
        assert_eq!(shot(1), (2, "a1    │|a2    █|a3    █|b1    │".into()));
        // Past the end the view stays on the last full page.
        assert_eq!(shot(9), (2, "b1    │|b2    │|c1    █|      █".into()));
    }
}
