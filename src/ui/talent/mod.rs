//! The talent views: candidates for a seat, gaps to training, the 9-box, workload beside
//! formation, the retirement outlook and the unit dashboard, one file each. Each draws over
//! the body, words only the rows that fit, and marks the row under the cursor.

mod candidates;
mod dashboard;
mod gaps;
mod ninebox;
mod retirements;
mod workload;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::dialog;
use super::table::{self, Cells, List};
use super::theme::Look;
use crate::app::AppState;
use crate::app::talent::Body;
use crate::domain::{EmployeeIx, Organization, PositionIx};
use crate::lang::{Lang, tr};

/// Where a view draws: its content, and the frame's column that takes a scrollbar.
#[derive(Debug, Clone, Copy)]
struct Pane {
    area: Rect,
    bar: Rect,
}

impl Pane {
    /// Draws a list with a cursor over the whole pane.
    fn list(self, buf: &mut Buffer, list: &List<'_>, row: &dyn Fn(usize) -> Cells, look: &Look) {
        table::render(buf, self.area, self.bar, list, row, look);
    }
}

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "-".to_string(), |p| format!("{p:.0}%"))
}

fn clean(s: &str) -> String {
    s.chars().map(crate::lang::safe::shown).collect()
}

fn name(org: &Organization, e: EmployeeIx) -> String {
    clean(&org.employee(e).name)
}

fn seat(org: &Organization, p: Option<PositionIx>, lang: Lang) -> String {
    p.map_or_else(
        || tr!(lang, "ui-not-placed").to_string(),
        |p| clean(&org.position(p).title),
    )
}

pub fn render(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    let Some(view) = state.talent() else {
        return;
    };
    let scope = view.unit.map_or_else(
        || clean(state.org.name()),
        |u| clean(&state.org.unit(u).name),
    );
    let title = match &view.body {
        Body::Candidates(c) => format!(
            "{}: {}",
            tr!(lang, "ui-candidates-title"),
            clean(&state.org.position(c.position).title)
        ),
        Body::Gaps { .. } => format!("{}: {scope}", tr!(lang, "ui-gaps-title")),
        Body::NineBox(_) => format!("{}: {scope}", tr!(lang, "ui-ninebox-title")),
        Body::Workload(_) => format!("{}: {scope}", tr!(lang, "ui-workload-title")),
        Body::Retirements { .. } => format!("{}: {scope}", tr!(lang, "ui-retire-title")),
        Body::Dashboard(_) => format!("{}: {scope}", tr!(lang, "ui-dashboard-title")),
    };
    let inner = dialog::frame(buf, body, body.width, body.height, &title, look);
    // A blank column either side; a list that scrolls shows its scrollbar on the frame.
    let pane = Pane {
        area: dialog::margins(inner, 1, 1),
        bar: dialog::right_border(inner),
    };
    match &view.body {
        Body::Candidates(c) => candidates::render(buf, pane, state, view, c, look),
        Body::Gaps { report, list } => gaps::render(buf, pane, state, view, report, *list, look),
        Body::NineBox(n) => ninebox::render(buf, pane, state, view, n, look),
        Body::Workload(rows) => workload::render(buf, pane, state, view, rows, look),
        Body::Retirements { list, outlook } => {
            retirements::render(buf, pane, state, view, list, outlook, look)
        }
        Body::Dashboard(d) => dashboard::render(buf, pane.area, state, view, d, look),
    }
}
