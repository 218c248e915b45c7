//! The first frame of a large start, while the employees are read: the same layout as the
//! app, the organization's top-level units with their headcounts, and a status line saying
//! that keys wait for the data.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::theme::{Glyphs, Look, Theme};
use super::{badge, cut};
use crate::app::layout;
use crate::app::preview::Preview;
use crate::lang::tr;
use crate::settings::ThemeKind;

/// Draws the preview into `buf`.
pub fn render(buf: &mut Buffer, area: Rect, preview: &Preview, look: &Look) {
    let lang = preview.lang;
    if layout::too_small(area) {
        super::too_small(buf, area, look, lang);
        return;
    }
    let l = layout::screen(area, false);
    let w = usize::from(area.width);
    if l.header.height > 0 {
        let title = format!("{} · {}", tr!(lang, "ui-app"), preview.name);
        Line::styled(
            cut::fit(&title, w, look.glyphs.ellipsis),
            look.theme.title(),
        )
        .render(
            Rect {
                height: 1,
                ..l.header
            },
            buf,
        );
    }
    let tw = usize::from(l.tree.width);
    for (row, (name, head)) in l.tree.rows().zip(&preview.units) {
        let right = badge::headcount(look, *head);
        let right_w = badge::headcount_width(*head);
        let prefix = format!("{} ", look.glyphs.closed.trim_end());
        let room = tw.saturating_sub(cut::width(&prefix) + right_w + 1);
        let name = cut::fit(name, room, look.glyphs.ellipsis);
        let pad = tw.saturating_sub(cut::width(&prefix) + cut::width(&name) + right_w);
        let mut spans = vec![
            Span::raw(prefix),
            Span::styled(name, look.theme.unit()),
            Span::raw(" ".repeat(pad)),
        ];
        spans.extend(right);
        Line::from(spans).render(row, buf);
    }
    if l.details.height > 0 && l.details.width > 2 {
        // Where the details pane will be, said in words (wrapped to the pane).
        Paragraph::new(tr!(lang, "ui-loading-details", unplaced = preview.unplaced))
            .style(look.theme.dim())
            .wrap(Wrap { trim: true })
            .render(super::dialog::margins(l.details, 2, 0), buf);
    }
    if l.status.height > 0 {
        let msg = format!(
            " {} ",
            tr!(lang, "ui-loading", employees = preview.employees)
        );
        Line::styled(cut::fit(&msg, w, look.glyphs.ellipsis), look.theme.toast()).render(
            Rect {
                height: 1,
                ..l.status
            },
            buf,
        );
    }
}

/// The look of the app for a theme, colour choice and glyph set.
pub fn look(theme: ThemeKind, no_color: bool, ascii: bool) -> Look {
    Look {
        theme: Theme::of(theme, no_color),
        glyphs: Glyphs::pick(ascii),
    }
}
