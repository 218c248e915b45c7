//! Compare a plan's view of the organization with the baseline: each move with the person's
//! fit before and after, the units whose subtree changed, and the overall fit change.
//!
//! Cost: one pass over the baseline builds the per-unit totals ([`FitTotals`]; a caller may
//! keep them while the baseline does not change), then the work is proportional to the moves
//! times the depth of the unit tree: only the seats the moves touch, their units and the
//! ancestors of those units are visited. There is never a pass over the organization per unit.

use std::collections::{HashMap, HashSet};

use serde::{Serialize, Serializer};
use time::OffsetDateTime;

use super::competency::DefaultStandards;
use super::fit::{FitCategory, FitProfile, job_person_match};
use super::nip::Nip;
use super::org::{EmployeeIx, Headcount, Organization, PositionIx, UnitIx};
use super::plan::{Decision, Plan, Review};
use super::plan_ops::{self, Tally};
use super::rank::Rank;
use crate::lang::Lang;

/// A sum of JPM values and how many people it covers, so averages can be moved by deltas.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct FitAverage {
    pub sum: f64,
    /// Seated people with a JPM value (a seat with no standard gives none).
    pub count: u32,
}

impl FitAverage {
    /// The average JPM in percent; `None` when nobody counts.
    pub fn mean(self) -> Option<f64> {
        (self.count > 0).then(|| self.sum / f64::from(self.count))
    }

    fn add(&mut self, fit: Option<f64>) {
        if let Some(f) = fit {
            self.sum += f;
            self.count += 1;
        }
    }

    fn remove(&mut self, fit: Option<f64>) {
        if let Some(f) = fit {
            self.sum -= f;
            self.count = self.count.saturating_sub(1);
        }
    }

    fn add_all(&mut self, other: FitAverage) {
        self.sum += other.sum;
        self.count += other.count;
    }

    fn remove_all(&mut self, other: FitAverage) {
        self.sum -= other.sum;
        self.count = self.count.saturating_sub(other.count);
    }

    fn changed_from(self, other: FitAverage) -> bool {
        match (self.mean(), other.mean()) {
            (Some(a), Some(b)) => (a - b).abs() > 1e-9,
            (a, b) => a.is_some() != b.is_some(),
        }
    }
}

impl Serialize for FitAverage {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("FitAverage", 2)?;
        st.serialize_field("mean", &self.mean())?;
        st.serialize_field("people", &self.count)?;
        st.end()
    }
}

fn ser_headcount<S: Serializer>(h: &Headcount, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let mut st = s.serialize_struct("Headcount", 2)?;
    st.serialize_field("filled", &h.filled)?;
    st.serialize_field("formation", &h.formation)?;
    st.end()
}

/// Headcount and fit of one unit subtree (or the whole organization).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Totals {
    headcount: Headcount,
    fit: FitAverage,
}

/// Per-unit subtree totals of a baseline (headcount, formation, JPM sum), from one pass.
#[derive(Debug, Clone, Default)]
pub struct FitTotals {
    units: Vec<Totals>,
    overall: Totals,
}

impl FitTotals {
    /// One pass over positions and their holders, then one bottom-up pass over the units.
    pub fn of(org: &Organization, standards: &DefaultStandards) -> FitTotals {
        let mut units = vec![Totals::default(); org.units().len()];
        let mut overall = Totals::default();
        for p in 0..org.positions().len() as PositionIx {
            let mut t = Totals {
                headcount: org.position_headcount(p),
                fit: FitAverage::default(),
            };
            let holders = org.holders(p);
            if !holders.is_empty() {
                // The standard once per seat, not once per holder (a default one is built).
                let required = org.requirements(p, standards);
                for &e in holders {
                    let levels = &org.employee(e).competencies;
                    t.fit
                        .add(job_person_match(levels, &required).map(|f| f.percent));
                }
            }
            merge(&mut overall, t);
            if let Some(u) = org.unit_of(p) {
                merge(&mut units[u as usize], t);
            }
        }
        for u in postorder(org) {
            if let Some(parent) = org.parent(u) {
                let t = units[u as usize];
                merge(&mut units[parent as usize], t);
            }
        }
        FitTotals { units, overall }
    }
}

fn merge(into: &mut Totals, t: Totals) {
    into.headcount.filled += t.headcount.filled;
    into.headcount.formation += t.headcount.formation;
    into.fit.sum += t.fit.sum;
    into.fit.count += t.fit.count;
}

/// Every unit with children before parents.
fn postorder(org: &Organization) -> Vec<UnitIx> {
    let mut order = Vec::with_capacity(org.units().len());
    let mut stack: Vec<(UnitIx, bool)> = org.roots().iter().rev().map(|&r| (r, false)).collect();
    while let Some((u, done)) = stack.pop() {
        if done {
            order.push(u);
        } else if order.len() + stack.len() <= 2 * org.units().len() {
            // The bound guards against a corrupt parent cycle; validated data is a forest.
            stack.push((u, true));
            stack.extend(org.children(u).iter().rev().map(|&c| (c, false)));
        }
    }
    order
}

fn fit_percent(
    org: &Organization,
    e: EmployeeIx,
    p: PositionIx,
    standards: &DefaultStandards,
) -> Option<f64> {
    org.fit(e, p, standards).map(|f| f.percent)
}

/// A seat as the comparison shows it; `found` is false when the position id no longer
/// exists in the baseline (the title then is the id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Seat {
    pub position_id: String,
    pub title: String,
    pub unit_id: String,
    pub unit_name: String,
    /// Unit names from the root down, joined with ` > `.
    pub unit_path: String,
    pub found: bool,
}

impl Seat {
    fn of(org: &Organization, id: &str) -> Seat {
        let Some(p) = org.position_ix(id) else {
            return Seat {
                position_id: id.to_string(),
                title: id.to_string(),
                unit_id: String::new(),
                unit_name: String::new(),
                unit_path: String::new(),
                found: false,
            };
        };
        let unit_ix = org.unit_of(p);
        let unit = unit_ix.map(|u| org.unit(u));
        Seat {
            position_id: id.to_string(),
            title: org.position(p).title.clone(),
            unit_id: unit.map(|u| u.id.clone()).unwrap_or_default(),
            unit_name: unit.map(|u| u.name.clone()).unwrap_or_default(),
            unit_path: unit_ix
                .map(|u| org.unit_path_names(u, " > "))
                .unwrap_or_default(),
            found: true,
        }
    }
}

/// One move of the plan as the comparison lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MoveLine {
    /// 1-based position in the plan.
    pub no: usize,
    pub nip: Nip,
    /// `None` when the NIP is no longer in the baseline.
    pub name: Option<String>,
    pub rank: Option<Rank>,
    /// The seat the person left (`None` = was not placed).
    pub from: Option<Seat>,
    /// The seat the person goes to (`None` = belum ditempatkan).
    pub to: Option<Seat>,
    /// JPM in the seat left, in percent.
    pub fit_before: Option<f64>,
    /// JPM in the new seat, in percent.
    pub fit_after: Option<f64>,
    pub category_before: Option<FitCategory>,
    pub category_after: Option<FitCategory>,
    pub reason: Option<String>,
    pub author: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub review: Option<Review>,
    /// Why the move no longer fits the baseline (the view skips it), if it does not.
    pub conflict: Option<String>,
    /// The same conflict as data, for the screen to word in its own language.
    #[serde(skip)]
    pub conflict_of: Option<plan_ops::Conflict>,
}

impl MoveLine {
    /// The recorded decision, if any.
    pub fn decision(&self) -> Option<Decision> {
        self.review.as_ref().map(|r| r.decision)
    }
}

/// One unit whose subtree the plan changes, before and after.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitRow {
    #[serde(skip)]
    pub unit: UnitIx,
    pub id: String,
    pub name: String,
    /// Names from the root down, joined with ` > `.
    pub path: String,
    /// 0 for a root unit.
    pub depth: usize,
    #[serde(serialize_with = "ser_headcount")]
    pub headcount_before: Headcount,
    #[serde(serialize_with = "ser_headcount")]
    pub headcount_after: Headcount,
    /// Average JPM over the seated people of the subtree.
    pub fit_before: FitAverage,
    pub fit_after: FitAverage,
    /// People who enter or leave the subtree (moves inside it count neither way).
    pub moved_in: u32,
    pub moved_out: u32,
    /// Seats under formation that become held, and held seats that become vacant.
    pub vacancies_filled: u32,
    pub vacancies_opened: u32,
}

/// The whole organization before and after.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Overall {
    #[serde(serialize_with = "ser_headcount")]
    pub headcount_before: Headcount,
    #[serde(serialize_with = "ser_headcount")]
    pub headcount_after: Headcount,
    /// Average JPM over everyone seated.
    pub fit_before: FitAverage,
    pub fit_after: FitAverage,
    /// People whose seat differs between baseline and view.
    pub people_moved: u32,
    /// Average JPM of those people in their baseline seats and in their new seats.
    pub moved_fit_before: FitAverage,
    pub moved_fit_after: FitAverage,
    /// Moved people whose JPM rises or falls (both seats with a value).
    pub improved: u32,
    pub worsened: u32,
    pub vacancies_filled: u32,
    pub vacancies_opened: u32,
}

fn ser_tally<S: Serializer>(t: &Tally, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let mut st = s.serialize_struct("Tally", 4)?;
    st.serialize_field("setuju", &t.setuju)?;
    st.serialize_field("tunda", &t.tunda)?;
    st.serialize_field("tolak", &t.tolak)?;
    st.serialize_field("undecided", &t.undecided)?;
    st.end()
}

/// Everything the compare screen, `penata plan diff` and the minutes show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub organization: String,
    pub plan: String,
    pub profile: FitProfile,
    /// The plan's moves in order.
    pub moves: Vec<MoveLine>,
    /// Units whose subtree changed, in tree order (parents before children).
    pub units: Vec<UnitRow>,
    pub overall: Overall,
    /// Decisions recorded on the moves.
    #[serde(serialize_with = "ser_tally")]
    pub tally: Tally,
}

/// Compares the plan's view with the baseline (one pass for the baseline totals); the
/// conflicts are worded in `lang` (and kept as data in [`MoveLine::conflict_of`]).
pub fn compare(
    baseline: &Organization,
    view: &Organization,
    plan: &Plan,
    standards: &DefaultStandards,
    profile: &FitProfile,
    lang: Lang,
) -> Comparison {
    let totals = FitTotals::of(baseline, standards);
    compare_with(&totals, baseline, view, plan, standards, profile, lang)
}

/// Like [`compare`] with baseline totals computed earlier: cost proportional to the moves.
pub fn compare_with(
    totals: &FitTotals,
    baseline: &Organization,
    view: &Organization,
    plan: &Plan,
    standards: &DefaultStandards,
    profile: &FitProfile,
    lang: Lang,
) -> Comparison {
    let mut conflicts: HashMap<usize, plan_ops::Conflict> = plan_ops::conflicts(baseline, plan)
        .into_iter()
        .map(|c| (c.index, c))
        .collect();
    let moves = plan
        .moves
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut line = move_line(baseline, i + 1, m, standards, profile);
            line.conflict_of = conflicts.remove(&i);
            line.conflict = line.conflict_of.as_ref().map(|c| lang.say(&c.msg()));
            line
        })
        .collect();
    let tally = plan.tally();
    let (units, overall) = effects(totals, baseline, view, plan, standards);
    Comparison {
        organization: baseline.name().to_string(),
        plan: plan.name.clone(),
        profile: *profile,
        moves,
        units,
        overall,
        tally,
    }
}

fn move_line(
    org: &Organization,
    no: usize,
    m: &super::plan::Move,
    standards: &DefaultStandards,
    profile: &FitProfile,
) -> MoveLine {
    let e = org.employee_ix(&m.nip);
    let fit = |seat: Option<&str>| -> Option<f64> {
        let p = org.position_ix(seat?)?;
        fit_percent(org, e?, p, standards)
    };
    let fit_before = fit(m.from.as_deref());
    let fit_after = fit(m.to.as_deref());
    MoveLine {
        no,
        nip: m.nip,
        name: e.map(|e| org.employee(e).name.clone()),
        rank: e.map(|e| org.employee(e).rank),
        from: m.from.as_deref().map(|id| Seat::of(org, id)),
        to: m.to.as_deref().map(|id| Seat::of(org, id)),
        fit_before,
        fit_after,
        category_before: fit_before.map(|f| profile.categorize(f)),
        category_after: fit_after.map(|f| profile.categorize(f)),
        reason: m.reason.clone(),
        author: m.author.clone(),
        at: m.at,
        review: m.review.clone(),
        conflict: None,
        conflict_of: None,
    }
}

/// What changes in one unit subtree: applied to the baseline totals.
#[derive(Debug, Clone, Copy, Default)]
struct Delta {
    filled: i64,
    fit: FitAverage,
    unfit: FitAverage,
    moved_in: u32,
    moved_out: u32,
    vacancies_filled: u32,
    vacancies_opened: u32,
}

/// The per-unit rows and the overall figures, from the people whose seat differs.
fn effects(
    totals: &FitTotals,
    baseline: &Organization,
    view: &Organization,
    plan: &Plan,
    standards: &DefaultStandards,
) -> (Vec<UnitRow>, Overall) {
    let mut deltas: HashMap<UnitIx, Delta> = HashMap::new();
    let mut seat_delta: HashMap<PositionIx, i64> = HashMap::new();
    let mut overall = Overall {
        headcount_before: totals.overall.headcount,
        headcount_after: totals.overall.headcount,
        fit_before: totals.overall.fit,
        fit_after: totals.overall.fit,
        ..Overall::default()
    };
    let mut seen = HashSet::new();
    for m in &plan.moves {
        if !seen.insert(m.nip) {
            continue;
        }
        // Everything is resolved in the baseline; the view only says where the person ends.
        let Some(e) = baseline.employee_ix(&m.nip) else {
            continue;
        };
        let Some(ve) = view.employee_ix(&m.nip) else {
            continue;
        };
        let old = baseline.seat_of(e);
        let new = view
            .employee(ve)
            .position
            .as_deref()
            .and_then(|id| baseline.position_ix(id));
        if old == new {
            continue;
        }
        overall.people_moved += 1;
        let old_fit = old.and_then(|p| fit_percent(baseline, e, p, standards));
        let new_fit = new.and_then(|p| fit_percent(baseline, e, p, standards));
        overall.moved_fit_before.add(old_fit);
        overall.moved_fit_after.add(new_fit);
        match (old_fit, new_fit) {
            (Some(a), Some(b)) if b > a + 1e-9 => overall.improved += 1,
            (Some(a), Some(b)) if b < a - 1e-9 => overall.worsened += 1,
            _ => {}
        }
        overall.fit_after.remove(old_fit);
        overall.fit_after.add(new_fit);
        let old_path = old
            .and_then(|p| baseline.unit_of(p))
            .map(|u| baseline.unit_path(u))
            .unwrap_or_default();
        let new_path = new
            .and_then(|p| baseline.unit_of(p))
            .map(|u| baseline.unit_path(u))
            .unwrap_or_default();
        if let Some(p) = old {
            *seat_delta.entry(p).or_default() -= 1;
            overall.headcount_after.filled = overall.headcount_after.filled.saturating_sub(1);
            for &u in &old_path {
                let d = deltas.entry(u).or_default();
                d.filled -= 1;
                d.unfit.add(old_fit);
                if !new_path.contains(&u) {
                    d.moved_out += 1;
                }
            }
        }
        if let Some(p) = new {
            *seat_delta.entry(p).or_default() += 1;
            overall.headcount_after.filled += 1;
            for &u in &new_path {
                let d = deltas.entry(u).or_default();
                d.filled += 1;
                d.fit.add(new_fit);
                if !old_path.contains(&u) {
                    d.moved_in += 1;
                }
            }
        }
    }
    vacancies(baseline, &seat_delta, &mut overall, &mut deltas);
    (unit_rows(totals, baseline, deltas), overall)
}

/// The vacancies each changed seat fills or opens, added to the overall figures and to
/// every unit above the seat.
fn vacancies(
    baseline: &Organization,
    seat_delta: &HashMap<PositionIx, i64>,
    overall: &mut Overall,
    deltas: &mut HashMap<UnitIx, Delta>,
) {
    for (&p, &d) in seat_delta {
        let h0 = i64::from(baseline.position_headcount(p).filled);
        let formation = i64::from(baseline.position(p).formation);
        let v0 = (formation - h0).max(0);
        let v1 = (formation - (h0 + d)).max(0);
        let filled = u32::try_from((v0 - v1).max(0)).unwrap_or(0);
        let opened = u32::try_from((v1 - v0).max(0)).unwrap_or(0);
        overall.vacancies_filled += filled;
        overall.vacancies_opened += opened;
        if let Some(u) = baseline.unit_of(p) {
            for a in baseline.unit_path(u) {
                let d = deltas.entry(a).or_default();
                d.vacancies_filled += filled;
                d.vacancies_opened += opened;
            }
        }
    }
}

/// One row per unit whose figures change, in tree order.
fn unit_rows(
    totals: &FitTotals,
    baseline: &Organization,
    deltas: HashMap<UnitIx, Delta>,
) -> Vec<UnitRow> {
    let mut rows: Vec<(Vec<UnitIx>, UnitRow)> = deltas
        .into_iter()
        .filter_map(|(u, d)| {
            let before = totals.units.get(u as usize).copied().unwrap_or_default();
            let mut after = before;
            after.headcount.filled =
                u32::try_from(i64::from(before.headcount.filled) + d.filled).unwrap_or(0);
            after.fit.remove_all(d.unfit);
            after.fit.add_all(d.fit);
            let changed = d.filled != 0
                || d.moved_in > 0
                || d.moved_out > 0
                || d.vacancies_filled > 0
                || d.vacancies_opened > 0
                || after.fit.changed_from(before.fit);
            if !changed {
                return None;
            }
            let path = baseline.unit_path(u);
            let unit = baseline.unit(u);
            let row = UnitRow {
                unit: u,
                id: unit.id.clone(),
                name: unit.name.clone(),
                path: baseline.unit_path_names(u, " > "),
                depth: path.len().saturating_sub(1),
                headcount_before: before.headcount,
                headcount_after: after.headcount,
                fit_before: before.fit,
                fit_after: after.fit,
                moved_in: d.moved_in,
                moved_out: d.moved_out,
                vacancies_filled: d.vacancies_filled,
                vacancies_opened: d.vacancies_opened,
            };
            Some((path, row))
        })
        .collect();
    // Paths of file-order indexes compare in tree order: parents first, siblings in file order.
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    rows.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
#[path = "compare_tests.rs"]
pub(crate) mod tests;
