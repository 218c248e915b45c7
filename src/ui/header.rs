//! The header: organization and active plan on the first line (tagged HANYA BACA and NIP
//! disamarkan when presenting), the selection's breadcrumb on the second.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::theme::Look;
use super::{cut, node_label, words};
use crate::app::{AppState, tree};
use crate::lang::tr;

pub fn render(buf: &mut Buffer, area: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    if area.height == 0 {
        return;
    }
    let w = usize::from(area.width);
    let plan = match &state.active {
        Some(a) => format!(
            "{}: {} ({})",
            tr!(lang, "ui-plan"),
            a.plan.name,
            tr!(lang, "ui-moves", count = a.plan.moves.len())
        ),
        None => format!("{}: {}", tr!(lang, "ui-plan"), tr!(lang, "ui-baseline")),
    };
    // What the audience must know comes first: nothing can change, personal data hidden.
    let tags: Vec<words::Text> = [
        (state.read_only, tr!(lang, "ui-read-only")),
        (state.masked, tr!(lang, "ui-masked")),
    ]
    .into_iter()
    .filter_map(|(on, t)| on.then_some(t))
    .collect();
    let tag = if tags.is_empty() {
        String::new()
    } else {
        format!("[{}] ", tags.join(", "))
    };
    let tag = cut::fit(&tag, w, look.glyphs.ellipsis);
    let plan = cut::fit(
        &plan,
        w.saturating_sub(cut::width(&tag)),
        look.glyphs.ellipsis,
    );
    let left_room = w.saturating_sub(cut::width(&tag) + cut::width(&plan) + 1);
    let left = cut::fit(
        &format!("{} · {}", tr!(lang, "ui-app"), state.org.name()),
        left_room,
        look.glyphs.ellipsis,
    );
    let gap = w.saturating_sub(cut::width(&left) + cut::width(&tag) + cut::width(&plan));
    let first = Line::from(vec![
        Span::styled(left, look.theme.title()),
        Span::raw(" ".repeat(gap)),
        Span::styled(tag, look.theme.warning()),
        Span::styled(plan, look.theme.label()),
    ]);
    let mut rows = area.rows();
    if let Some(row) = rows.next() {
        first.render(row, buf);
    }
    let Some(crumb_row) = rows.next() else {
        return;
    };
    // Like the details pane, the path follows the cursor once it rests (holding j/k then
    // rewrites only the two tree rows that change).
    let crumb = match state.details_node() {
        Some(node) => tree::path(&state.org, node)
            .into_iter()
            .map(|n| node_label(&state.org, n, lang))
            .collect::<Vec<_>>()
            .join(look.glyphs.crumb),
        None => String::new(),
    };
    Line::styled(
        cut::fit_left(&crumb, w, look.glyphs.ellipsis),
        look.theme.dim(),
    )
    .render(crumb_row, buf);
}
