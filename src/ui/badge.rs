//! Small pieces of text shared by rows and details: headcounts, fit badges, readiness.

use ratatui::text::Span;

use super::theme::Look;
use crate::app::derived::{FitBadge, ReadinessCounts};
use crate::domain::{FitProfile, Headcount};

/// Columns a fit badge takes (` 87%*CO`).
pub const FIT_WIDTH: usize = 7;

/// `7/9 -2` (under), `9/8 +1` (over) or `9/9`; readable without colour.
pub fn headcount(look: &Look, h: Headcount) -> Vec<Span<'static>> {
    let base = format!("{}/{}", h.filled, h.formation);
    if h.vacancies() > 0 {
        vec![
            Span::raw(base),
            Span::styled(format!(" -{}", h.vacancies()), look.theme.under()),
        ]
    } else if h.over() > 0 {
        vec![
            Span::raw(base),
            Span::styled(format!(" +{}", h.over()), look.theme.over()),
        ]
    } else {
        vec![Span::raw(base)]
    }
}

/// Columns of [`headcount`]'s text.
pub fn headcount_width(h: Headcount) -> usize {
    let base = format!("{}/{}", h.filled, h.formation).len();
    if h.vacancies() > 0 {
        base + 2 + h.vacancies().to_string().len()
    } else if h.over() > 0 {
        base + 2 + h.over().to_string().len()
    } else {
        base
    }
}

/// The fit badge, exactly [`FIT_WIDTH`] columns: percent, `*` when a required competency
/// was never assessed, and the category letters that carry the meaning without colour.
pub fn fit(look: &Look, profile: &FitProfile, badge: Option<FitBadge>) -> Span<'static> {
    match badge {
        Some(b) => {
            let flag = if b.incomplete { '*' } else { ' ' };
            let text = format!(
                "{:>4}{flag}{:<2}",
                format!("{:.0}%", b.percent),
                profile.short(b.category)
            );
            Span::styled(text, look.theme.fit(b.category))
        }
        None => Span::styled(format!("{:>4}   ", "-"), look.theme.dim()),
    }
}

/// `✓ 3  ? 1  ✗ 0  · 2`: readiness tallies with their glyphs.
pub fn readiness_counts(look: &Look, c: ReadinessCounts) -> Vec<Span<'static>> {
    use crate::domain::Readiness as R;
    let parts = [
        (Some(R::Siap), c.ready),
        (Some(R::Ragu), c.hesitant),
        (Some(R::Menolak), c.resisting),
        (None, c.unknown),
    ];
    let mut out = Vec::new();
    for (i, (r, n)) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push(Span::raw("  "));
        }
        out.push(Span::styled(
            look.glyphs.readiness(r),
            look.theme.readiness(r),
        ));
        out.push(Span::raw(format!(" {n}")));
    }
    out
}
