//! Compare mode (`d` in the plans view): a plan against the baseline, moves and units,
//! computed once when opened; the screen only scrolls it.

use super::{Action, AppState, ModeState, active};
use crate::domain::compare::compare;
use crate::domain::plan::Plan;
use crate::domain::plan_ops::apply_moves;

/// Computes the comparison of `plan` with the baseline and opens the view. Costs one
/// clone of the organization (two when the plan is not the active one).
pub fn open(state: &mut AppState, plan: &Plan) {
    let baseline = active::baseline(state);
    let is_active = active::name(state) == Some(plan.name.as_str());
    let cmp = if is_active {
        compare(
            &baseline,
            &state.org,
            plan,
            &state.derived.standards,
            &state.derived.profile,
            state.lang,
        )
    } else {
        let mut view = baseline.clone();
        apply_moves(&mut view, &plan.moves);
        compare(
            &baseline,
            &view,
            plan,
            &state.derived.standards,
            &state.derived.profile,
            state.lang,
        )
    };
    state.push_mode(ModeState::Compare {
        comparison: cmp,
        scroll: 0,
    });
}

/// An upper bound of the comparison's rows (a move is one; the screen holds the scroll to
/// the last full page when it draws).
fn max_scroll(state: &AppState) -> u16 {
    let n = state
        .comparison()
        .map_or(0, |c| c.moves.len() * 4 + c.units.len() + 8);
    u16::try_from(n).unwrap_or(u16::MAX)
}

pub(super) fn update(state: &mut AppState, action: Action) {
    update_scroll(state, action);
    let max = max_scroll(state);
    if let Some(scroll) = state.modes.compare_scroll_mut() {
        *scroll = (*scroll).min(max);
    }
}

fn update_scroll(state: &mut AppState, action: Action) {
    let Some(scroll) = state.modes.compare_scroll_mut() else {
        return;
    };
    match action {
        Action::Up => *scroll = scroll.saturating_sub(1),
        Action::Down => *scroll = scroll.saturating_add(1),
        Action::PageUp => *scroll = scroll.saturating_sub(10),
        Action::PageDown => *scroll = scroll.saturating_add(10),
        Action::Home => *scroll = 0,
        // Back to the plans view, whatever was open when the comparison came.
        Action::Close => state.set_mode(ModeState::Plans),
        Action::Help => super::open_help(state),
        _ => {}
    }
}
