//! The organization: dictionary, units, positions and employees with lookup indexes.
//!
//! Records are kept in vectors in a stable order (units and positions in file order,
//! employees by NIP) and addressed by dense indexes, so views can hold `u32`s instead of
//! strings. The indexes are derived data, rebuilt whenever records change.

use std::borrow::Cow;
use std::collections::HashMap;

/// Ids to indexes. Keys are record ids from the organization's own files, hashed with a
/// fast hasher (the default SipHash was a tenth of a start at province scale).
type IdMap<V> = HashMap<String, V, foldhash::fast::RandomState>;

use super::competency::{Competency, DefaultStandards, Levels};
use super::employee::Employee;
use super::fit::{Fit, job_person_match};
use super::nip::Nip;
use super::position::{Position, Unit};

/// Index of a unit in [`Organization::units`].
pub type UnitIx = u32;
/// Index of a position in [`Organization::positions`].
pub type PositionIx = u32;
/// Index of an employee in [`Organization::employees`].
pub type EmployeeIx = u32;

/// The whole organization as validated data with derived lookup indexes.
#[derive(Debug, Clone, Default)]
pub struct Organization {
    name: String,
    competencies: Vec<Competency>,
    units: Vec<Unit>,
    positions: Vec<Position>,
    employees: Vec<Employee>,
    index: Index,
}

#[derive(Debug, Clone, Default)]
struct Index {
    unit_by_id: IdMap<UnitIx>,
    position_by_id: IdMap<PositionIx>,
    roots: Vec<UnitIx>,
    children: Vec<Vec<UnitIx>>,
    unit_parent: Vec<Option<UnitIx>>,
    unit_positions: Vec<Vec<PositionIx>>,
    position_unit: Vec<Option<UnitIx>>,
    holders: Vec<Vec<EmployeeIx>>,
    unplaced: Vec<EmployeeIx>,
}

impl PartialEq for Organization {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
            && self.competencies == other.competencies
            && self.units == other.units
            && self.positions == other.positions
            && self.employees == other.employees
    }
}

/// Filled seats against formation, for a position or a unit subtree.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Headcount {
    pub filled: u32,
    pub formation: u32,
}

impl Headcount {
    /// Seats the formation allows that nobody holds.
    pub fn vacancies(self) -> u32 {
        self.formation.saturating_sub(self.filled)
    }

    /// People beyond the formation.
    pub fn over(self) -> u32 {
        self.filled.saturating_sub(self.formation)
    }
}

impl Organization {
    /// Builds the organization from already validated records; employees are kept in NIP
    /// order. References that do not resolve are left out of the indexes (validation
    /// reports them before data gets here).
    pub fn from_parts(
        name: String,
        competencies: Vec<Competency>,
        units: Vec<Unit>,
        positions: Vec<Position>,
        mut employees: Vec<Employee>,
    ) -> Organization {
        employees.sort_by_key(|e| e.nip);
        let mut org = Organization {
            name,
            competencies,
            units,
            positions,
            employees,
            index: Index::default(),
        };
        org.reindex();
        org
    }

    fn reindex(&mut self) {
        let mut ix = Index {
            unit_by_id: self
                .units
                .iter()
                .enumerate()
                .map(|(i, u)| (u.id.clone(), i as UnitIx))
                .collect(),
            position_by_id: self
                .positions
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id.clone(), i as PositionIx))
                .collect(),
            children: vec![Vec::new(); self.units.len()],
            unit_parent: vec![None; self.units.len()],
            unit_positions: vec![Vec::new(); self.units.len()],
            position_unit: vec![None; self.positions.len()],
            holders: vec![Vec::new(); self.positions.len()],
            ..Index::default()
        };
        for (i, u) in self.units.iter().enumerate() {
            match u.parent.as_ref().and_then(|p| ix.unit_by_id.get(p)) {
                Some(&p) => {
                    ix.children[p as usize].push(i as UnitIx);
                    ix.unit_parent[i] = Some(p);
                }
                None => ix.roots.push(i as UnitIx),
            }
        }
        for (i, p) in self.positions.iter().enumerate() {
            if let Some(&u) = ix.unit_by_id.get(&p.unit) {
                ix.unit_positions[u as usize].push(i as PositionIx);
                ix.position_unit[i] = Some(u);
            }
        }
        for (i, e) in self.employees.iter().enumerate() {
            match e.position.as_ref().and_then(|p| ix.position_by_id.get(p)) {
                Some(&p) => ix.holders[p as usize].push(i as EmployeeIx),
                None => ix.unplaced.push(i as EmployeeIx),
            }
        }
        self.index = ix;
    }

    /// The organization's name (`Pemerintah Kota Semarang`).
    pub fn name(&self) -> &str {
        &self.name
    }
    /// The competency dictionary in file order.
    pub fn competencies(&self) -> &[Competency] {
        &self.competencies
    }
    /// All units in file order.
    pub fn units(&self) -> &[Unit] {
        &self.units
    }
    /// All positions in file order.
    pub fn positions(&self) -> &[Position] {
        &self.positions
    }
    /// All employees in NIP order.
    pub fn employees(&self) -> &[Employee] {
        &self.employees
    }
    /// Whether the organization holds nothing at all.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty() && self.positions.is_empty() && self.employees.is_empty()
    }

    /// Looks a unit up by id.
    pub fn unit_ix(&self, id: &str) -> Option<UnitIx> {
        self.index.unit_by_id.get(id).copied()
    }
    /// Looks a position up by id.
    pub fn position_ix(&self, id: &str) -> Option<PositionIx> {
        self.index.position_by_id.get(id).copied()
    }
    /// Looks an employee up by NIP.
    pub fn employee_ix(&self, nip: &Nip) -> Option<EmployeeIx> {
        // Employees are kept in NIP order (an invariant of every constructor and change).
        self.employees
            .binary_search_by_key(nip, |e| e.nip)
            .ok()
            .map(|i| i as EmployeeIx)
    }
    /// The unit at an index.
    pub fn unit(&self, ix: UnitIx) -> &Unit {
        &self.units[ix as usize]
    }
    /// The position at an index.
    pub fn position(&self, ix: PositionIx) -> &Position {
        &self.positions[ix as usize]
    }
    /// The employee at an index.
    pub fn employee(&self, ix: EmployeeIx) -> &Employee {
        &self.employees[ix as usize]
    }
    /// A competency by code.
    pub fn competency(&self, code: &str) -> Option<&Competency> {
        self.competencies.iter().find(|c| c.code == code)
    }

    /// Units without a parent, in file order.
    pub fn roots(&self) -> &[UnitIx] {
        &self.index.roots
    }
    /// Child units of a unit, in file order.
    pub fn children(&self, unit: UnitIx) -> &[UnitIx] {
        &self.index.children[unit as usize]
    }
    /// The parent of a unit.
    pub fn parent(&self, unit: UnitIx) -> Option<UnitIx> {
        self.index.unit_parent[unit as usize]
    }
    /// Positions directly in a unit, in file order.
    pub fn positions_of(&self, unit: UnitIx) -> &[PositionIx] {
        &self.index.unit_positions[unit as usize]
    }
    /// The unit a position belongs to.
    pub fn unit_of(&self, position: PositionIx) -> Option<UnitIx> {
        self.index.position_unit[position as usize]
    }
    /// Employees holding a position, in NIP order.
    pub fn holders(&self, position: PositionIx) -> &[EmployeeIx] {
        &self.index.holders[position as usize]
    }
    /// Employees not yet placed (belum ditempatkan), in NIP order.
    pub fn unplaced(&self) -> &[EmployeeIx] {
        &self.index.unplaced
    }
    /// The seat an employee holds.
    pub fn seat_of(&self, employee: EmployeeIx) -> Option<PositionIx> {
        self.employee(employee)
            .position
            .as_deref()
            .and_then(|p| self.position_ix(p))
    }

    /// Units from the root down to `unit`, inclusive.
    pub fn unit_path(&self, unit: UnitIx) -> Vec<UnitIx> {
        let mut path = vec![unit];
        let mut cur = unit;
        // The unit graph is a forest (validated); the bound guards against corrupt data.
        while let Some(p) = self.parent(cur) {
            if path.len() > self.units.len() {
                break;
            }
            path.push(p);
            cur = p;
        }
        path.reverse();
        path
    }

    /// Unit names joined for display: `Setda > Asisten I > Bagian Hukum`.
    pub fn unit_path_names(&self, unit: UnitIx, sep: &str) -> String {
        self.unit_path(unit)
            .iter()
            .map(|&u| self.unit(u).name.as_str())
            .collect::<Vec<_>>()
            .join(sep)
    }

    /// The standard a position asks for: its own requirements, or the type's default.
    pub fn requirements<'a>(
        &'a self,
        position: PositionIx,
        standards: &DefaultStandards,
    ) -> Cow<'a, Levels> {
        let p = self.position(position);
        if p.requirements.is_empty() {
            Cow::Owned(standards.standard_for(p.kind, &self.competencies))
        } else {
            Cow::Borrowed(&p.requirements)
        }
    }

    /// Job Person Match of an employee against a position's standard.
    pub fn fit(
        &self,
        employee: EmployeeIx,
        position: PositionIx,
        standards: &DefaultStandards,
    ) -> Option<Fit> {
        job_person_match(
            &self.employee(employee).competencies,
            &self.requirements(position, standards),
        )
    }

    /// Headcount of one position.
    pub fn position_headcount(&self, position: PositionIx) -> Headcount {
        Headcount {
            filled: self.holders(position).len() as u32,
            formation: self.position(position).formation,
        }
    }

    /// Headcount of every unit's whole subtree, computed in one pass (index = `UnitIx`).
    pub fn unit_headcounts(&self) -> Vec<Headcount> {
        self.unit_headcounts_with(|p| self.holders(p).len() as u32)
    }

    /// Like [`Organization::unit_headcounts`], with the number of people in each position
    /// given (a start knows them before it has the people).
    pub fn unit_headcounts_with(&self, filled: impl Fn(PositionIx) -> u32) -> Vec<Headcount> {
        let mut own: Vec<Headcount> = (0..self.units.len())
            .map(|u| {
                self.positions_of(u as UnitIx)
                    .iter()
                    .fold(Headcount::default(), |acc, &p| Headcount {
                        filled: acc.filled + filled(p),
                        formation: acc.formation + self.position(p).formation,
                    })
            })
            .collect();
        for u in self.postorder() {
            if let Some(p) = self.parent(u) {
                let h = own[u as usize];
                let parent = &mut own[p as usize];
                parent.filled += h.filled;
                parent.formation += h.formation;
            }
        }
        own
    }

    /// Every unit with children before parents.
    fn postorder(&self) -> Vec<UnitIx> {
        let mut order = Vec::with_capacity(self.units.len());
        let mut stack: Vec<(UnitIx, bool)> =
            self.roots().iter().rev().map(|&r| (r, false)).collect();
        while let Some((u, done)) = stack.pop() {
            if done {
                order.push(u);
            } else {
                stack.push((u, true));
                stack.extend(self.children(u).iter().rev().map(|&c| (c, false)));
            }
        }
        order
    }

    /// Puts an employee in a seat (or none), keeping the indexes consistent.
    pub fn set_seat(&mut self, employee: EmployeeIx, position: Option<PositionIx>) {
        let old = self.seat_of(employee);
        if let Some(o) = old {
            self.index.holders[o as usize].retain(|&e| e != employee);
        } else {
            self.index.unplaced.retain(|&e| e != employee);
        }
        self.employees[employee as usize].position =
            position.map(|p| self.positions[p as usize].id.clone());
        match position {
            Some(p) => insert_sorted(&mut self.index.holders[p as usize], employee),
            None => insert_sorted(&mut self.index.unplaced, employee),
        }
    }

    /// Adds new employees or replaces existing ones (matched by NIP), then reindexes.
    pub fn upsert_employees(&mut self, changed: Vec<Employee>) {
        let known = self.employees.len();
        let mut added: HashMap<Nip, usize> = HashMap::new();
        for e in changed {
            match self.employees[..known].binary_search_by_key(&e.nip, |x| x.nip) {
                Ok(i) => self.employees[i] = e,
                Err(_) => match added.get(&e.nip) {
                    Some(&i) => self.employees[i] = e,
                    None => {
                        added.insert(e.nip, self.employees.len());
                        self.employees.push(e);
                    }
                },
            }
        }
        self.employees.sort_by_key(|e| e.nip);
        self.reindex();
    }

    /// Replaces one employee record in place (same NIP), keeping indexes consistent.
    pub fn replace_employee(&mut self, employee: EmployeeIx, record: Employee) {
        let seat = record.position.as_deref().and_then(|p| self.position_ix(p));
        let notes_only = Employee {
            position: self.employees[employee as usize].position.clone(),
            ..record
        };
        self.employees[employee as usize] = notes_only;
        self.set_seat(employee, seat);
    }

    /// Takes the records apart (for export and storage).
    pub fn into_parts(
        self,
    ) -> (
        String,
        Vec<Competency>,
        Vec<Unit>,
        Vec<Position>,
        Vec<Employee>,
    ) {
        (
            self.name,
            self.competencies,
            self.units,
            self.positions,
            self.employees,
        )
    }
}

fn insert_sorted(v: &mut Vec<u32>, x: u32) {
    if let Err(pos) = v.binary_search(&x) {
        v.insert(pos, x);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CompetencyGroup, PositionType, Rank};

    pub(crate) fn small_org() -> Organization {
        let comps = vec![
            Competency {
                code: "INT".into(),
                name: "Integritas".into(),
                group: CompetencyGroup::Manajerial,
            },
            Competency {
                code: "PB".into(),
                name: "Perekat Bangsa".into(),
                group: CompetencyGroup::SosialKultural,
            },
        ];
        let units = vec![
            Unit {
                id: "a".into(),
                name: "Dinas A".into(),
                parent: None,
                feedback: Vec::new(),
                siasn_id: None,
            },
            Unit {
                id: "a.b".into(),
                name: "Bidang B".into(),
                parent: Some("a".into()),
                feedback: Vec::new(),
                siasn_id: None,
            },
        ];
        let pos = |id: &str, unit: &str, formation| Position {
            id: id.into(),
            unit: unit.into(),
            title: id.into(),
            kind: PositionType::Pengawas,
            formation,
            requirements: Levels::new(),
            workload: vec![],
            siasn_id: None,
            jenjang: None,
        };
        let positions = vec![pos("a.kadis", "a", 1), pos("a.b.staf", "a.b", 3)];
        let emp = |nip: &str, position: Option<&str>| Employee {
            nip: Nip::parse(nip).unwrap(),
            name: format!("Pegawai {nip}"),
            rank: Rank::parse("III/a").unwrap(),
            position: position.map(Into::into),
            competencies: [("INT".to_string(), 2)].into_iter().collect(),
            performance: None,
            potential: None,
            readiness: None,
            notes: vec![],
            profile: Default::default(),
        };
        let employees = vec![
            emp("198503122010012003", Some("a.b.staf")),
            emp("198001012005011001", Some("a.kadis")),
            emp("199001012015011002", None),
        ];
        Organization::from_parts("Kota Uji".into(), comps, units, positions, employees)
    }

    #[test]
    fn indexes_resolve_references() {
        let org = small_org();
        assert_eq!(org.roots(), &[0]);
        assert_eq!(org.children(0), &[1]);
        assert_eq!(org.unplaced().len(), 1);
        let staf = org.position_ix("a.b.staf").unwrap();
        assert_eq!(org.holders(staf).len(), 1);
        assert_eq!(org.unit_path_names(1, " > "), "Dinas A > Bidang B");
    }

    #[test]
    fn subtree_headcounts_add_up() {
        let org = small_org();
        let h = org.unit_headcounts();
        assert_eq!(
            h[0],
            Headcount {
                filled: 2,
                formation: 4
            }
        );
        assert_eq!(
            h[1],
            Headcount {
                filled: 1,
                formation: 3
            }
        );
        assert_eq!(h[1].vacancies(), 2);
    }

    #[test]
    fn default_standard_applies_to_fit() {
        let org = small_org();
        let e = org
            .employee_ix(&Nip::parse("198503122010012003").unwrap())
            .unwrap();
        let p = org.position_ix("a.b.staf").unwrap();
        // Pengawas default: INT 2 + PB 2 = 4; the person has INT 2, PB unassessed.
        let fit = org.fit(e, p, &DefaultStandards::default()).unwrap();
        assert!((fit.percent - 50.0).abs() < 1e-9);
        assert_eq!(fit.missing, vec!["PB".to_string()]);
    }

    #[test]
    fn set_seat_moves_between_holder_lists() {
        let mut org = small_org();
        let e = org.unplaced()[0];
        let p = org.position_ix("a.kadis").unwrap();
        org.set_seat(e, Some(p));
        assert!(org.unplaced().is_empty());
        assert_eq!(org.holders(p).len(), 2);
        assert_eq!(org.position_headcount(p).over(), 1);
        org.set_seat(e, None);
        assert_eq!(org.unplaced(), &[e]);
    }
}
