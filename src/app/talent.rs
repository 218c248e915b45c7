//! Talent views (issue 5): candidates for a seat, gaps to training, the 9-box, workload
//! beside formation, the retirement outlook and the unit dashboard.
//!
//! Each view is computed once when opened, from the organization the tree shows (the
//! active plan's view), for the unit subtree around the selection; the screen only moves a
//! cursor over it. Enter acts on the row: a candidate is picked up for a move to the seat,
//! a box opens its people, any other row is shown in the tree.

use super::tree::Node;
use super::{Action, AppState, CandidateToggle, Effect, ModeState, carrying};
use crate::domain::candidates::{
    CandidateDetail, CandidateFilter, candidate_detail, rank_candidates,
};
use crate::domain::feedback::Feedback;
use crate::domain::gaps::{GapReport, gap_report};
use crate::domain::ninebox::{NineBox, box_members, ninebox};
use crate::domain::retirement::{HORIZONS, Retirement, UnitOutlook, outlook_by_unit, retirements};
use crate::domain::workload::{PositionWorkload, subtree_workload};
use crate::domain::{
    EmployeeIx, FitCategory, Headcount, PositionIx, Rank, UnitIx, recent_feedback,
};

/// How many candidates a seat's list holds.
pub const CANDIDATE_LIMIT: usize = 100;

/// One candidate row: the ranking and what the row shows.
#[derive(Debug, Clone, PartialEq)]
pub struct CandidateRow {
    pub employee: EmployeeIx,
    pub percent: f64,
    pub detail: CandidateDetail,
}

/// Candidates for one seat, under the filters shown in the view's title.
#[derive(Debug, Clone, PartialEq)]
pub struct CandidatesView {
    pub position: PositionIx,
    pub filter: CandidateFilter,
    /// `None`: the seat's standard requires nothing, so nobody can be ranked.
    pub rows: Option<Vec<CandidateRow>>,
}

/// Which list of the gaps view is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GapsList {
    /// Training needs per competency.
    #[default]
    Needs,
    /// Every person's shortfall.
    People,
}

/// The 9-box view: counts, the box under the cursor, and its people once opened.
#[derive(Debug, Clone, PartialEq)]
pub struct NineBoxView {
    pub counts: NineBox,
    /// The box under the cursor, 1-9; 0 is "belum dinilai".
    pub selected: u8,
    /// The people of the opened box (drill-down), with its number.
    pub opened: Option<(u8, Vec<EmployeeIx>)>,
}

/// A bar in the dashboard: a child unit, or the unit's own seats (`None`).
#[derive(Debug, Clone, PartialEq)]
pub struct ChildBar {
    pub unit: Option<UnitIx>,
    pub headcount: Headcount,
}

/// The dashboard of one unit: everything at a glance.
#[derive(Debug, Clone, PartialEq)]
pub struct DashboardView {
    pub headcount: Headcount,
    pub children: Vec<ChildBar>,
    /// People per fit category (in `FitCategory` order), then without a fit.
    pub fit: Vec<(FitCategory, u32)>,
    pub no_fit: u32,
    pub readiness: super::derived::ReadinessCounts,
    pub nine: NineBox,
    /// Seats falling vacant within 1, 2 and 5 years.
    pub retiring: [u32; 3],
    /// The public's feedback on the subtree: how many entries, how many weigh high.
    pub feedback_counts: (usize, usize),
    /// The latest entries, newest first, with the unit each is about.
    pub feedback: Vec<(UnitIx, Feedback)>,
}

/// Feedback entries the dashboard lists.
pub const DASHBOARD_FEEDBACK: usize = 3;

/// What a talent view shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Candidates(CandidatesView),
    Gaps {
        report: GapReport,
        list: GapsList,
    },
    NineBox(NineBoxView),
    Workload(Vec<PositionWorkload>),
    Retirements {
        list: Vec<Retirement>,
        outlook: Vec<UnitOutlook>,
    },
    Dashboard(DashboardView),
}

/// An open talent view.
#[derive(Debug, Clone, PartialEq)]
pub struct TalentView {
    /// The unit subtree it covers (`None`: the whole organization).
    pub unit: Option<UnitIx>,
    pub body: Body,
    /// The row under the cursor in the view's list.
    pub cursor: usize,
}

impl TalentView {
    /// How many rows the cursor moves over.
    pub fn rows(&self) -> usize {
        match &self.body {
            Body::Candidates(c) => c.rows.as_ref().map_or(0, Vec::len),
            Body::Gaps { report, list } => match list {
                GapsList::Needs => report.needs.len(),
                GapsList::People => report.gaps.len(),
            },
            Body::NineBox(n) => n.opened.as_ref().map_or(0, |(_, p)| p.len()),
            Body::Workload(rows) => rows.len(),
            Body::Retirements { list, .. } => list.len(),
            Body::Dashboard(d) => d.children.len(),
        }
    }
}

/// The unit subtree a view opened on `node` covers: a unit itself, a seat's unit, a
/// person's seat's unit; the whole organization for people not yet placed.
pub fn scope_of(state: &AppState, node: Option<Node>) -> Option<UnitIx> {
    match node? {
        Node::Unit(u) => Some(u),
        Node::Position(p) => state.org.unit_of(p),
        Node::Employee(e) => state.org.seat_of(e).and_then(|p| state.org.unit_of(p)),
        Node::Unplaced => None,
    }
}

/// Opens the view an action asks for, on the selection.
pub fn open(state: &mut AppState, action: Action) {
    let node = state.selected();
    let unit = scope_of(state, node);
    let body = match action {
        Action::OpenCandidates => {
            let position = match node {
                Some(Node::Position(p)) => p,
                Some(Node::Employee(e)) => match state.org.seat_of(e) {
                    Some(p) => p,
                    None => {
                        state.toast(super::Notice::CandidatesOnPosition);
                        return;
                    }
                },
                _ => {
                    state.toast(super::Notice::CandidatesOnPosition);
                    return;
                }
            };
            Body::Candidates(candidates(state, position, CandidateFilter::default()))
        }
        Action::OpenGaps => Body::Gaps {
            report: gap_report(&state.org, unit, &state.derived.standards),
            list: GapsList::Needs,
        },
        Action::OpenNineBox => Body::NineBox(NineBoxView {
            counts: ninebox(&state.org, unit),
            selected: 9,
            opened: None,
        }),
        Action::OpenWorkload => Body::Workload(subtree_workload(&state.org, unit)),
        Action::OpenRetirements => {
            let list = retirements(
                &state.org,
                unit,
                &state.retirement,
                state.today,
                HORIZONS[2],
            );
            let outlook = outlook_by_unit(&list, state.today);
            Body::Retirements { list, outlook }
        }
        Action::OpenDashboard => Body::Dashboard(dashboard(state, unit)),
        _ => return,
    };
    state.set_mode(ModeState::Talent(TalentView {
        unit,
        body,
        cursor: 0,
    }));
}

fn candidates(state: &AppState, position: PositionIx, filter: CandidateFilter) -> CandidatesView {
    let standards = &state.derived.standards;
    let rows =
        rank_candidates(&state.org, position, standards, &filter, CANDIDATE_LIMIT).map(|list| {
            list.into_iter()
                .map(|c| CandidateRow {
                    employee: c.employee,
                    percent: c.percent,
                    detail: candidate_detail(&state.org, position, c.employee, standards),
                })
                .collect()
        });
    CandidatesView {
        position,
        filter,
        rows,
    }
}

fn dashboard(state: &AppState, unit: Option<UnitIx>) -> DashboardView {
    let org = &state.org;
    let (headcount, readiness, children) = match unit {
        Some(u) => {
            let s = state.derived.unit(u);
            let mut children = Vec::new();
            if !org.positions_of(u).is_empty() {
                let mut own = Headcount::default();
                for &p in org.positions_of(u) {
                    let h = org.position_headcount(p);
                    own.formation += h.formation;
                    own.filled += h.filled;
                }
                children.push(ChildBar {
                    unit: None,
                    headcount: own,
                });
            }
            children.extend(org.children(u).iter().map(|&c| ChildBar {
                unit: Some(c),
                headcount: state.derived.unit(c).headcount,
            }));
            (s.headcount, s.readiness, children)
        }
        None => {
            let mut h = Headcount::default();
            let mut r = state.derived.unplaced;
            let mut children = Vec::new();
            for &c in org.roots() {
                let s = state.derived.unit(c);
                h.formation += s.headcount.formation;
                h.filled += s.headcount.filled;
                r = add_readiness(r, s.readiness);
                children.push(ChildBar {
                    unit: Some(c),
                    headcount: s.headcount,
                });
            }
            (h, r, children)
        }
    };
    let mut fit: Vec<(FitCategory, u32)> =
        [FitCategory::High, FitCategory::Middle, FitCategory::Low]
            .iter()
            .map(|&c| (c, 0))
            .collect();
    let mut no_fit = 0;
    for e in crate::domain::subtree::subtree_people(org, unit) {
        match state.derived.fit(e) {
            Some(b) => {
                if let Some(slot) = fit.iter_mut().find(|(c, _)| *c == b.category) {
                    slot.1 += 1;
                }
            }
            None => no_fit += 1,
        }
    }
    let list = retirements(org, unit, &state.retirement, state.today, HORIZONS[2]);
    let mut retiring = [0u32; 3];
    for o in outlook_by_unit(&list, state.today) {
        for (i, n) in o.within.iter().enumerate() {
            retiring[i] += n;
        }
    }
    let roots: Vec<UnitIx> = match unit {
        Some(u) => vec![u],
        None => org.roots().to_vec(),
    };
    let mut feedback_counts = (0, 0);
    let mut feedback: Vec<(UnitIx, Feedback)> = Vec::new();
    for &r in &roots {
        let (all, high) = crate::domain::feedback::feedback_counts(org, r, true);
        feedback_counts.0 += all;
        feedback_counts.1 += high;
        feedback.extend(
            recent_feedback(org, r, true, DASHBOARD_FEEDBACK)
                .into_iter()
                .map(|(u, f)| (u, f.clone())),
        );
    }
    feedback.sort_by(|a, b| Feedback::newest_first(&a.1, &b.1));
    feedback.truncate(DASHBOARD_FEEDBACK);
    DashboardView {
        headcount,
        children,
        fit,
        no_fit,
        readiness,
        nine: ninebox(org, unit),
        retiring,
        feedback_counts,
        feedback,
    }
}

fn add_readiness(
    mut a: super::derived::ReadinessCounts,
    b: super::derived::ReadinessCounts,
) -> super::derived::ReadinessCounts {
    a.ready += b.ready;
    a.hesitant += b.hesitant;
    a.resisting += b.resisting;
    a.unknown += b.unknown;
    a
}

/// The ranks the minimum-rank filter steps through (PNS, low to high).
fn pns_ranks() -> Vec<Rank> {
    let mut out = Vec::new();
    for golongan in 1..=4u8 {
        let last = if golongan == 4 { 4 } else { 3 };
        for ruang in 0..=last {
            out.push(Rank::Pns { golongan, ruang });
        }
    }
    out
}

fn step_rank(current: Option<Rank>, up: bool) -> Option<Rank> {
    let ranks = pns_ranks();
    let at = current.and_then(|r| ranks.iter().position(|&x| x == r));
    match (at, up) {
        (None, true) => ranks.first().copied(),
        (None, false) => None,
        (Some(i), true) => ranks.get(i + 1).copied().or(current),
        (Some(0), false) => None,
        (Some(i), false) => ranks.get(i - 1).copied(),
    }
}

pub(super) fn update(state: &mut AppState, action: Action) -> Vec<Effect> {
    let Some(view) = state.modes.talent_mut() else {
        state.set_mode(ModeState::Browse);
        return Vec::new();
    };
    let rows = view.rows();
    let last = rows.saturating_sub(1);
    match action {
        Action::Up => view.cursor = view.cursor.saturating_sub(1),
        Action::Down => view.cursor = (view.cursor + 1).min(last),
        Action::PageUp => view.cursor = view.cursor.saturating_sub(10),
        Action::PageDown => view.cursor = (view.cursor + 10).min(last),
        Action::Home => view.cursor = 0,
        Action::End => view.cursor = last,
        Action::Left | Action::Right => {
            if let Body::NineBox(n) = &mut view.body
                && n.opened.is_none()
            {
                n.selected = grid_step(n.selected, action == Action::Right, false);
            }
        }
        Action::Help => super::open_help(state),
        Action::SwitchList => {
            if let Body::Gaps { list, .. } = &mut view.body {
                *list = match list {
                    GapsList::Needs => GapsList::People,
                    GapsList::People => GapsList::Needs,
                };
                view.cursor = 0;
            }
        }
        Action::ToggleFilter(t) => {
            if let Body::Candidates(c) = &view.body {
                let mut f = c.filter;
                match t {
                    CandidateToggle::Unplaced => f.unplaced = !f.unplaced,
                    CandidateToggle::OverFormation => f.over_formation = !f.over_formation,
                    CandidateToggle::AnyLevel => f.any_level = !f.any_level,
                    CandidateToggle::SameUnit => {
                        f.subtree = match f.subtree {
                            Some(_) => None,
                            None => state.org.unit_of(c.position),
                        }
                    }
                }
                refilter(state, f);
            }
        }
        Action::MinRank(up) => {
            if let Body::Candidates(c) = &view.body {
                let mut f = c.filter;
                f.min_rank = step_rank(f.min_rank, up);
                refilter(state, f);
            }
        }
        Action::Choose => return choose(state),
        Action::Close => close_or_back(state),
        _ => {
            // Up and Down move between box rows while the grid is shown.
            return Vec::new();
        }
    }
    if let Some(view) = state.modes.talent_mut()
        && let Body::NineBox(n) = &mut view.body
        && n.opened.is_none()
        && matches!(action, Action::Up | Action::Down)
    {
        n.selected = grid_step(n.selected, action == Action::Down, true);
    }
    Vec::new()
}

fn refilter(state: &mut AppState, filter: CandidateFilter) {
    let Some(Body::Candidates(c)) = state.talent().map(|v| &v.body) else {
        return;
    };
    let fresh = candidates(state, c.position, filter);
    if let Some(view) = state.modes.talent_mut() {
        view.body = Body::Candidates(fresh);
        view.cursor = 0;
    }
}

/// The 9-box as shown: rows top to bottom (above, as expected, below expectation),
/// columns left to right (low to high potential); "belum dinilai" (0) sits below.
pub const GRID: [[u8; 3]; 3] = [[4, 7, 9], [2, 5, 8], [1, 3, 6]];

/// The box next to `b` in a direction (`forward`: right or down); stays at the edge.
pub fn grid_step(b: u8, forward: bool, vertical: bool) -> u8 {
    let (row, col) = if b == 0 {
        (3, 0)
    } else {
        let mut at = (0, 0);
        for (r, line) in GRID.iter().enumerate() {
            if let Some(c) = line.iter().position(|&x| x == b) {
                at = (r, c);
            }
        }
        at
    };
    let (row, col) = match (vertical, forward) {
        (true, true) => ((row + 1).min(3), col),
        (true, false) => (row.saturating_sub(1), if row == 3 { 0 } else { col }),
        (false, true) => (row, if row == 3 { 0 } else { (col + 1).min(2) }),
        (false, false) => (row, col.saturating_sub(1)),
    };
    if row == 3 { 0 } else { GRID[row][col] }
}

fn close_or_back(state: &mut AppState) {
    if let Some(view) = state.modes.talent_mut()
        && let Body::NineBox(n) = &mut view.body
        && n.opened.is_some()
    {
        n.opened = None;
        view.cursor = 0;
        return;
    }
    state.set_mode(ModeState::Browse);
}

/// Enter: pick up a candidate, open a box, or show the row in the tree.
fn choose(state: &mut AppState) -> Vec<Effect> {
    let Some(view) = state.modes.talent_mut() else {
        return Vec::new();
    };
    let cursor = view.cursor;
    let target: Option<Node> = match &mut view.body {
        Body::Candidates(c) => {
            let Some(row) = c.rows.as_ref().and_then(|r| r.get(cursor)) else {
                return Vec::new();
            };
            let (e, p) = (row.employee, c.position);
            state.set_mode(ModeState::Browse);
            state.marked.clear();
            state.tree.reveal(&state.org, Node::Position(p));
            carrying::start(state, vec![e], false);
            return Vec::new();
        }
        Body::NineBox(n) => match &n.opened {
            None => {
                let b = n.selected;
                let unit = view.unit;
                let people = box_members(&state.org, unit, (b != 0).then_some(b));
                if let Some(Body::NineBox(n)) = state.modes.talent_mut().map(|v| &mut v.body) {
                    n.opened = Some((b, people));
                }
                if let Some(v) = state.modes.talent_mut() {
                    v.cursor = 0;
                }
                return Vec::new();
            }
            Some((_, people)) => people.get(cursor).map(|&e| Node::Employee(e)),
        },
        Body::Gaps { report, list } => match list {
            GapsList::People => report.gaps.get(cursor).map(|g| Node::Employee(g.employee)),
            GapsList::Needs => None,
        },
        Body::Workload(rows) => rows.get(cursor).map(|w| Node::Position(w.position)),
        Body::Retirements { list, .. } => list.get(cursor).map(|r| Node::Employee(r.employee)),
        Body::Dashboard(d) => match d.children.get(cursor) {
            Some(ChildBar { unit: Some(u), .. }) => Some(Node::Unit(*u)),
            _ => view.unit.map(Node::Unit),
        },
    };
    if let Some(node) = target {
        state.set_mode(ModeState::Browse);
        state.tree.reveal(&state.org, node);
        state.details.scroll = 0;
    }
    Vec::new()
}
