//! An [`OrgStore`] held in memory: the organization, the plans and the plan the app last
//! showed, gone when the process ends.
//!
//! The runtime always works through a store; tests and benchmarks that need no disk give it
//! this one. Each change is all or nothing, as in [`super::sled_store::SledStore`]: it is
//! worked out on a copy under one lock and written back only when it succeeded, with the
//! same refusals (unknown plan, name taken, plan already applied, no such move). It keeps
//! no audit log: [`OrgStore::audit_log`] is empty and the chain is always intact.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};

use time::OffsetDateTime;

use super::plans::{PlanChange, PlanSummary};
use super::{AuditEntry, AuditVerdict, Change, OrgStore, StoreError, StoreInfo};
use crate::domain::plan::{Move, Plan};
use crate::domain::plan_ops::{Application, check_plan_name};
use crate::domain::{Employee, Nip, Organization};

/// What the store holds.
#[derive(Debug, Default)]
struct Held {
    org: Organization,
    demo: bool,
    plans: BTreeMap<String, Plan>,
    active: Option<String>,
}

/// An organization, its plans and the remembered plan, in memory.
#[derive(Debug, Default)]
pub struct MemoryStore {
    held: Mutex<Held>,
}

impl MemoryStore {
    /// A store holding `org` (not the demo) and no plans.
    pub fn new(org: Organization) -> MemoryStore {
        MemoryStore {
            held: Mutex::new(Held {
                org,
                ..Held::default()
            }),
        }
    }

    fn held(&self) -> Result<MutexGuard<'_, Held>, StoreError> {
        // A test that panicked while holding the lock has failed already.
        self.held
            .lock()
            .map_err(|e| StoreError::Db(super::as_is(e.to_string())))
    }
}

fn refused(msg: crate::lang::Msg) -> StoreError {
    StoreError::Refused(msg)
}

fn no_plan(name: &str) -> StoreError {
    refused(crate::msg!("store-no-plan", name = name))
}

/// The plan by that name, or the refusal naming it.
fn plan_mut<'a>(
    plans: &'a mut BTreeMap<String, Plan>,
    name: &str,
) -> Result<&'a mut Plan, StoreError> {
    plans.get_mut(name).ok_or_else(|| no_plan(name))
}

/// Refuses changes to a plan that was applied (it is the record of what happened).
fn not_applied(plan: &Plan) -> Result<(), StoreError> {
    match plan.applied_at {
        None => Ok(()),
        Some(at) => Err(refused(crate::msg!(
            "store-plan-applied",
            name = plan.name.as_str(),
            when = at.date().to_string()
        ))),
    }
}

fn free(plans: &BTreeMap<String, Plan>, name: &str) -> Result<(), StoreError> {
    check_plan_name(name).map_err(|e| StoreError::Refused(e.msg()))?;
    if plans.contains_key(name) {
        return Err(refused(crate::msg!("store-plan-exists", name = name)));
    }
    Ok(())
}

fn empty_plan(name: &str, by: &str, at: OffsetDateTime) -> Plan {
    Plan {
        name: name.to_owned(),
        created_by: by.to_owned(),
        created_at: at,
        moves: Vec::new(),
        redo: Vec::new(),
        applied_at: None,
    }
}

/// One plan change on the plans (and, for `Apply`, the organization) it is given.
fn change_plans(
    plans: &mut BTreeMap<String, Plan>,
    org: &mut Organization,
    change: &PlanChange,
) -> Result<Option<Move>, StoreError> {
    match change {
        PlanChange::Create { name, by, at } => {
            free(plans, name)?;
            plans.insert(name.clone(), empty_plan(name, by, *at));
            Ok(None)
        }
        PlanChange::Rename { from, to } => {
            plan_mut(plans, from)?;
            free(plans, to)?;
            if let Some(mut plan) = plans.remove(from) {
                plan.name.clone_from(to);
                plans.insert(to.clone(), plan);
            }
            Ok(None)
        }
        PlanChange::Duplicate { from, to, by, at } => {
            let source = plan_mut(plans, from)?.clone();
            free(plans, to)?;
            let mut copy = empty_plan(to, by, *at);
            let undecided = |m: &Move| Move {
                review: None,
                ..m.clone()
            };
            copy.moves = source.moves.iter().map(undecided).collect();
            copy.redo = source.redo.iter().map(undecided).collect();
            plans.insert(to.clone(), copy);
            Ok(None)
        }
        PlanChange::Delete { name } => plans
            .remove(name)
            .map(|_| None)
            .ok_or_else(|| no_plan(name)),
        PlanChange::Move { plan, mv } => {
            let p = plan_mut(plans, plan)?;
            not_applied(p)?;
            p.redo.clear();
            p.moves.push(mv.clone());
            Ok(Some(mv.clone()))
        }
        PlanChange::Undo { plan } => {
            let p = plan_mut(plans, plan)?;
            not_applied(p)?;
            let undone = p.moves.pop();
            p.redo.extend(undone.clone());
            Ok(undone)
        }
        PlanChange::Redo { plan } => {
            let p = plan_mut(plans, plan)?;
            not_applied(p)?;
            let redone = p.redo.pop();
            p.moves.extend(redone.clone());
            Ok(redone)
        }
        PlanChange::Decide {
            plan,
            index,
            review,
        } => {
            let p = plan_mut(plans, plan)?;
            not_applied(p)?;
            let count = p.moves.len();
            let m = p.moves.get_mut(*index).ok_or_else(|| {
                refused(crate::msg!(
                    "store-no-move",
                    plan = plan,
                    moves = count,
                    number = (index + 1).to_string()
                ))
            })?;
            m.review.clone_from(review);
            Ok(Some(m.clone()))
        }
        PlanChange::Apply {
            plan,
            application,
            at,
        } => {
            let p = plan_mut(plans, plan)?;
            not_applied(p)?;
            if application.applied.iter().any(|&i| i >= p.moves.len()) {
                return Err(refused(crate::msg!(
                    "store-plan-changed-while-applying",
                    name = plan
                )));
            }
            apply_seats(org, application)?;
            p.applied_at = Some(*at);
            Ok(None)
        }
    }
}

/// Writes an application's seats into the organization.
fn apply_seats(org: &mut Organization, application: &Application) -> Result<(), StoreError> {
    let mut changed = Vec::with_capacity(application.seats.len());
    for (nip, to) in &application.seats {
        let ix = org.employee_ix(nip).ok_or_else(|| {
            refused(crate::msg!(
                "store-employee-left-baseline",
                nip = nip.grouped()
            ))
        })?;
        let mut e = org.employee(ix).clone();
        e.position.clone_from(to);
        changed.push(e);
    }
    org.upsert_employees(changed);
    Ok(())
}

/// One baseline change on the organization it is given.
fn change_org(org: &mut Organization, demo: &mut bool, change: &Change) -> Result<(), StoreError> {
    match change {
        Change::ReplaceOrganization { org: new, demo: d } => {
            *org = new.clone();
            *demo = *d;
        }
        Change::Refresh { org: new, .. } => {
            *org = new.clone();
            *demo = false;
        }
        Change::UpsertEmployees(employees) => org.upsert_employees(employees.clone()),
        Change::Annotate {
            nip,
            note,
            readiness,
        } => {
            let ix = org
                .employee_ix(nip)
                .ok_or_else(|| refused(crate::msg!("store-no-employee", nip = nip.grouped())))?;
            let mut e = org.employee(ix).clone();
            if let Some(r) = readiness {
                e.readiness = *r;
            }
            e.notes.extend(note.clone());
            org.replace_employee(ix, e);
        }
        Change::AddFeedback { unit_id, feedback } => {
            feedback.check().map_err(|e| StoreError::Refused(e.msg()))?;
            if org.unit_ix(unit_id).is_none() {
                return Err(refused(crate::msg!("store-no-unit", id = unit_id)));
            }
            let (name, competencies, mut units, positions, employees) =
                std::mem::take(org).into_parts();
            for u in units.iter_mut().filter(|u| u.id == *unit_id) {
                u.feedback.push(feedback.clone());
            }
            *org = Organization::from_parts(name, competencies, units, positions, employees);
        }
    }
    Ok(())
}

impl OrgStore for MemoryStore {
    fn load(&self) -> Result<Organization, StoreError> {
        Ok(self.held()?.org.clone())
    }

    fn apply(&self, change: &Change) -> Result<(), StoreError> {
        let mut held = self.held()?;
        let mut org = held.org.clone();
        let mut demo = held.demo;
        change_org(&mut org, &mut demo, change)?;
        held.org = org;
        held.demo = demo;
        Ok(())
    }

    fn employee(&self, nip: &Nip) -> Result<Option<Employee>, StoreError> {
        let held = self.held()?;
        Ok(held
            .org
            .employee_ix(nip)
            .map(|ix| held.org.employee(ix).clone()))
    }

    fn info(&self) -> Result<StoreInfo, StoreError> {
        let held = self.held()?;
        Ok(StoreInfo {
            organization: held.org.name().to_owned(),
            demo: held.demo,
            units: held.org.units().len() as u64,
            positions: held.org.positions().len() as u64,
            employees: held.org.employees().len() as u64,
        })
    }

    fn plans(&self) -> Result<Vec<PlanSummary>, StoreError> {
        Ok(self
            .held()?
            .plans
            .values()
            .map(|p| PlanSummary {
                name: p.name.clone(),
                created_by: p.created_by.clone(),
                created_at: p.created_at,
                moves: p.moves.len(),
                redo: p.redo.len(),
                applied_at: p.applied_at,
            })
            .collect())
    }

    fn plan(&self, name: &str) -> Result<Option<Plan>, StoreError> {
        Ok(self.held()?.plans.get(name).cloned())
    }

    fn change_plan(&self, change: &PlanChange) -> Result<Option<Move>, StoreError> {
        let mut held = self.held()?;
        let mut plans = held.plans.clone();
        let applying = matches!(change, PlanChange::Apply { .. });
        // Only an application changes the organization: copy it only then.
        let mut org = if applying {
            held.org.clone()
        } else {
            Organization::default()
        };
        let result = change_plans(&mut plans, &mut org, change)?;
        held.plans = plans;
        if applying {
            held.org = org;
        }
        Ok(result)
    }

    fn audit_log(&self, _plan: Option<&str>) -> Result<Vec<AuditEntry>, StoreError> {
        Ok(Vec::new())
    }

    fn verify_audit(&self) -> Result<AuditVerdict, StoreError> {
        Ok(AuditVerdict::Intact { entries: 0 })
    }

    fn active_plan(&self) -> Result<Option<String>, StoreError> {
        Ok(self.held()?.active.clone())
    }

    fn remember_active_plan(&self, name: Option<&str>) -> Result<(), StoreError> {
        self.held()?.active = name.map(str::to_owned);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    fn store() -> (MemoryStore, Nip) {
        let org = crate::domain::subtree::tests::org();
        let nip = org.employee(1).nip;
        (MemoryStore::new(org), nip)
    }

    fn create(s: &MemoryStore, name: &str) {
        s.change_plan(&PlanChange::Create {
            name: name.into(),
            by: "perencana".into(),
            at: datetime!(2026-11-23 09:00 +07:00),
        })
        .unwrap();
    }

    fn a_move(s: &MemoryStore, nip: Nip) -> Move {
        let org = s.load().unwrap();
        let to = org.positions().first().map(|p| p.id.clone());
        Move {
            nip,
            from: org
                .employee(org.employee_ix(&nip).unwrap())
                .position
                .clone(),
            to,
            reason: None,
            author: "perencana".into(),
            at: datetime!(2026-11-23 09:05 +07:00),
            review: None,
        }
    }

    #[test]
    fn moves_undo_and_redo_like_the_database() {
        let (s, nip) = store();
        create(&s, "A");
        let mv = a_move(&s, nip);
        let plan = || PlanChange::Move {
            plan: "A".into(),
            mv: mv.clone(),
        };
        assert_eq!(s.change_plan(&plan()).unwrap(), Some(mv.clone()));
        assert_eq!(
            s.change_plan(&PlanChange::Undo { plan: "A".into() })
                .unwrap(),
            Some(mv.clone())
        );
        assert_eq!(s.plans().unwrap()[0].redo, 1);
        s.change_plan(&PlanChange::Redo { plan: "A".into() })
            .unwrap();
        let p = s.plan("A").unwrap().unwrap();
        assert_eq!((p.moves.len(), p.redo.len()), (1, 0));
        // Nothing left to redo: nothing happens.
        assert_eq!(
            s.change_plan(&PlanChange::Redo { plan: "A".into() })
                .unwrap(),
            None
        );
    }

    #[test]
    fn a_refused_change_leaves_everything_as_it_was() {
        let (s, _) = store();
        create(&s, "A");
        create(&s, "B");
        let taken = s.change_plan(&PlanChange::Rename {
            from: "A".into(),
            to: "B".into(),
        });
        assert!(matches!(taken, Err(StoreError::Refused(_))));
        let names: Vec<String> = s.plans().unwrap().into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["A", "B"]);
        let unknown = s.change_plan(&PlanChange::Undo { plan: "C".into() });
        assert!(matches!(unknown, Err(StoreError::Refused(_))));
        let no_move = s.change_plan(&PlanChange::Decide {
            plan: "A".into(),
            index: 0,
            review: None,
        });
        assert!(matches!(no_move, Err(StoreError::Refused(_))));
    }

    #[test]
    fn notes_and_the_remembered_plan_are_kept() {
        let (s, nip) = store();
        let note = crate::domain::Note {
            at: datetime!(2026-11-23 09:00 +07:00),
            author: "ratna.bkpp".into(),
            text: "Bersedia".into(),
        };
        s.apply(&Change::Annotate {
            nip,
            note: Some(note.clone()),
            readiness: None,
        })
        .unwrap();
        assert_eq!(s.employee(&nip).unwrap().unwrap().notes, vec![note]);
        s.remember_active_plan(Some("A")).unwrap();
        assert_eq!(s.active_plan().unwrap().as_deref(), Some("A"));
        assert_eq!(
            s.info().unwrap().employees,
            s.load().unwrap().employees().len() as u64
        );
    }

    #[test]
    fn siasn_fields_are_kept_through_an_upsert_and_a_note() {
        let (s, nip) = store();
        let mut e = s.employee(&nip).unwrap().unwrap();
        e.profile.pns_id = Some("A5EB03E23C1FF6A0E040640A040252AD".into());
        e.profile.skp = vec![crate::domain::SkpYear {
            year: 2025,
            predicate: crate::domain::Performance::Baik,
        }];
        s.apply(&Change::UpsertEmployees(vec![e.clone()])).unwrap();
        s.apply(&Change::Annotate {
            nip,
            note: None,
            readiness: Some(Some(crate::domain::Readiness::Siap)),
        })
        .unwrap();
        let back = s.employee(&nip).unwrap().unwrap();
        assert_eq!(back.profile, e.profile);
        assert!(!back.profile.is_empty());
    }
}
