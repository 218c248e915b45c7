//! Browse mode: walking the tree, opening and closing nodes, switching panes.

use super::{Action, AppState, Effect, ModeState, carrying};

pub(super) fn update(state: &mut AppState, action: Action) -> Vec<Effect> {
    match action {
        Action::ToggleMark => carrying::toggle_mark(state),
        Action::PickUp => return carrying::pick_up(state),
        Action::Undo | Action::Redo => return carrying::history(state, action),
        Action::OpenPlans => return super::plans::open(state),
        Action::OpenCandidates
        | Action::OpenGaps
        | Action::OpenNineBox
        | Action::OpenWorkload
        | Action::OpenRetirements
        | Action::OpenDashboard => super::talent::open(state, action),
        Action::OpenReadiness => super::annotate::open_readiness(state),
        Action::OpenNote => super::annotate::open_note(state),
        _ => navigate(state, action),
    }
    Vec::new()
}

/// Moving the cursor and opening nodes (shared with carrying).
pub(super) fn navigate(state: &mut AppState, action: Action) {
    let before = state.tree.selected;
    let shown = state.details_node();
    let org = &state.org;
    let view = &mut state.tree;
    match action {
        Action::Up => view.step(-1),
        Action::Down => view.step(1),
        Action::PageUp => view.page(false),
        Action::PageDown => view.page(true),
        Action::Home => view.select(0),
        Action::End => view.select(usize::MAX),
        Action::Expand => {
            let i = view.selected;
            if !view.expand(org, i)
                && view.is_expanded_at(i)
                && view.rows.get(i + 1).map(|r| r.depth) > view.rows.get(i).map(|r| r.depth)
            {
                view.select(i + 1);
            }
        }
        Action::Collapse => {
            let i = view.selected;
            if !view.collapse(i) {
                to_parent(state);
            }
        }
        Action::ToParent => to_parent(state),
        Action::ExpandSubtree => {
            let i = view.selected;
            view.expand_subtree(org, i);
        }
        Action::CollapseSubtree => {
            let i = view.selected;
            view.collapse_subtree(org, i);
        }
        Action::ToggleDetails => {
            state.details.full = !state.details.full;
            let (w, h) = state.size;
            state.apply_size(w, h);
        }
        Action::DetailsUp => state.details.scroll = state.details.scroll.saturating_sub(1),
        Action::DetailsDown => state.details.scroll = state.details.scroll.saturating_add(1),
        Action::OpenSearch => state.search.open(&state.tree),
        Action::Help => {
            state.open_help();
            return;
        }
        _ => return,
    }
    if action == Action::OpenSearch {
        state.push_mode(ModeState::Search);
    }
    if state.tree.selected != before {
        state.details.scroll = 0;
    }
    // A cursor step keeps the pane on what it showed until the cursor rests (the runtime
    // then calls `settle`); anything else shows the selection at once.
    let step = matches!(
        action,
        Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Home | Action::End
    );
    if !(step && state.details.debounce) {
        state.details.held = None;
    } else if state.tree.selected != before {
        state.details.held = shown;
    }
}

fn to_parent(state: &mut AppState) {
    if let Some(i) = state.tree.parent_index(state.tree.selected) {
        state.tree.select(i);
    }
}
