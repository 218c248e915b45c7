//! Search mode: the lookup line with live results; Enter jumps, Esc returns.
//!
//! Results are recomputed only when the query changed, and only once per batch of
//! queued keys. Either the runtime calls [`AppState::refresh`] after draining input (tests,
//! scripted runs), or it takes a [`SearchRequest`], ranks on a worker thread while keys
//! keep coming, and hands the ranking back as [`super::Outcome::Searched`]; a ranking for
//! a query that is no longer typed is dropped.

use std::sync::Arc;

use super::input_line::{Edited, InputLine};
use super::tree::Node;
use super::{Action, AppState, TreeView};
use crate::domain::Organization;
use crate::domain::search::{Hit, LiveSearch, Ranking, SearchIndex, Target, nip_grouped_positions};

/// Most results kept for one query (the overlay shows a window of them).
pub const RESULT_LIMIT: usize = 200;

/// Longest query the lookup line takes, in characters.
pub const QUERY_MAX: usize = 200;

/// One lookup result, in the app's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub node: Node,
    /// Char indices into the displayed text: the name or title, or the grouped NIP
    /// (`19850312 201001 2 003`) when `by_nip`.
    pub matched: Vec<usize>,
    /// The query matched the NIP rather than the name.
    pub by_nip: bool,
}

impl SearchHit {
    fn from_hit(hit: Hit) -> Self {
        let node = match hit.target {
            Target::Employee(e) => Node::Employee(e),
            Target::Unit(u) => Node::Unit(u),
            Target::Position(p) => Node::Position(p),
        };
        let matched = if hit.by_nip {
            nip_grouped_positions(&hit.matched)
        } else {
            hit.matched
        };
        SearchHit {
            node,
            matched,
            by_nip: hit.by_nip,
        }
    }
}

/// The lookup's query, results and where the selection was before it opened.
#[derive(Debug)]
pub struct SearchState {
    /// The query and its cursor.
    pub line: InputLine,
    pub hits: Vec<SearchHit>,
    pub selected: usize,
    /// Tree selection and offset when the lookup opened (Esc goes back there).
    origin: (usize, usize),
    /// The query changed since results were computed.
    dirty: bool,
    /// Normalized names of the organization, built once per data load (shared with the
    /// runtime's worker thread).
    index: Arc<SearchIndex>,
    /// Remembers the last query's matches so a narrowing keystroke rescans only those.
    live: LiveSearch,
}

impl SearchState {
    /// Prepares the lookup for an organization.
    pub fn new(org: &Organization) -> Self {
        Self::with_index(SearchIndex::build(org))
    }

    /// Prepares the lookup with an index already built for the organization.
    pub fn with_index(index: SearchIndex) -> Self {
        SearchState {
            line: InputLine::new(QUERY_MAX),
            hits: Vec::new(),
            selected: 0,
            origin: (0, 0),
            dirty: false,
            index: Arc::new(index),
            live: LiveSearch::new(),
        }
    }

    /// Opens the lookup line, remembering where the tree was (the mode it returns to is the
    /// one below it on the mode stack: browsing, or carrying people).
    pub fn open(&mut self, tree: &TreeView) {
        self.origin = (tree.selected, tree.offset);
        self.line.clear();
        self.hits.clear();
        self.selected = 0;
        self.live.reset();
        self.dirty = false;
    }

    /// The query typed so far.
    pub fn query(&self) -> &str {
        self.line.text()
    }

    /// Whether results are stale (the runtime refreshes before drawing).
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Recomputes results if the query changed.
    pub fn refresh(&mut self, org: &Organization) {
        if !self.dirty {
            return;
        }
        let hits = self
            .live
            .update(&self.index, org, self.line.text(), RESULT_LIMIT);
        self.show(hits);
    }

    /// What a worker thread needs to compute the missing results (`None`: they are current).
    pub fn request(&self) -> Option<SearchRequest> {
        self.dirty.then(|| SearchRequest {
            query: self.line.text().to_string(),
            index: Arc::clone(&self.index),
        })
    }

    /// Takes a worker's ranking for `query`; ignored unless it answers the query typed now,
    /// on the index in use now, and results are still missing.
    pub fn searched(&mut self, org: &Organization, query: &str, ranking: &Ranking) {
        if self.dirty && self.line.text() == query && ranking.is_for(&self.index) {
            self.show(ranking.hits(org));
        }
    }

    fn show(&mut self, hits: Vec<Hit>) {
        self.dirty = false;
        self.hits = hits.into_iter().map(SearchHit::from_hit).collect();
        self.selected = 0;
    }
}

/// A query to rank away from the reducer, with the index to rank it on.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub query: String,
    pub index: Arc<SearchIndex>,
}

pub(super) fn update(state: &mut AppState, action: Action) {
    let s = &mut state.search;
    match s.line.apply(action) {
        Edited::Changed => {
            s.dirty = true;
            return;
        }
        Edited::Same => return,
        Edited::NotAnEdit => {}
    }
    match action {
        Action::SearchUp => s.selected = s.selected.saturating_sub(1),
        Action::SearchDown => {
            s.selected = (s.selected + 1).min(s.hits.len().saturating_sub(1));
        }
        Action::SearchAccept => {
            state.refresh();
            let target = state.search.hits.get(state.search.selected).map(|h| h.node);
            if let Some(node) = target {
                state.tree.reveal(&state.org, node);
                state.details.scroll = 0;
                state.pop_mode();
                // Carrying: the row jumped to is the new drop target.
                super::carrying::refresh_preview(state);
            }
        }
        Action::Help => state.open_help(),
        Action::SearchCancel => {
            let (sel, off) = s.origin;
            state.tree.offset = off;
            state.tree.select(sel);
            state.pop_mode();
            super::carrying::refresh_preview(state);
        }
        _ => {}
    }
}
