//! Performing the reducer's effects on the store, and feeding each outcome back.

use std::collections::VecDeque;

use color_eyre::eyre::{Result, WrapErr};
use time::OffsetDateTime;

use super::EventSource;
use crate::app::{AppState, Effect, Outcome, feedback};
use crate::store::{OrgStore, PlanChange};

/// Performs effects in order, feeding each outcome back (which may ask for more).
pub fn perform_all<E: EventSource>(
    state: &mut AppState,
    effects: Vec<Effect>,
    events: &mut E,
    store: &dyn OrgStore,
) -> Result<()> {
    let mut queue: VecDeque<Effect> = effects.into();
    while let Some(effect) = queue.pop_front() {
        let outcome = match effect {
            Effect::Quit => None,
            Effect::MouseCapture(on) => {
                events
                    .mouse_capture(on)
                    .wrap_err(state.lang.text("tui-mouse-reporting"))?;
                None
            }
            // Defence in depth: the reducer refuses changes when read-only already.
            e if state.read_only && crate::app::guard::writes(&e) => {
                Some(refused(e, &crate::lang::Msg::new("ui-read-only-refused")))
            }
            other => Some(perform(other, store)),
        };
        if let Some(o) = outcome {
            queue.extend(feedback(state, o));
        }
    }
    Ok(())
}

/// Performs one store effect; errors become messages.
fn perform(effect: Effect, store: &dyn OrgStore) -> Outcome {
    let err = |e: crate::store::StoreError| e.msg();
    match effect {
        Effect::Persist(change) => {
            let change = stamped(change, crate::env::now());
            let result = store.change_plan(&change).map_err(err);
            Outcome::Persisted { change, result }
        }
        Effect::LoadPlans => Outcome::Plans(store.plans().map_err(err)),
        Effect::LoadPlan { name, then } => Outcome::Plan {
            then,
            result: store.plan(&name).map_err(err),
        },
        Effect::Annotate {
            nip,
            note,
            author,
            readiness,
        } => {
            let note = note.map(|text| crate::domain::Note {
                at: crate::env::now(),
                author,
                text,
            });
            let change = crate::store::Change::Annotate {
                nip,
                note: note.clone(),
                readiness,
            };
            let result = store.apply(&change).map_err(err);
            Outcome::Annotated {
                nip,
                note,
                readiness,
                result,
            }
        }
        Effect::Reload | Effect::Quit | Effect::MouseCapture(_) => {
            Outcome::Reloaded(store.load().map_err(err))
        }
    }
}

/// The outcome of an effect that was not performed: nothing changes but a message.
fn refused(effect: Effect, why: &crate::lang::Msg) -> Outcome {
    match effect {
        Effect::Persist(change) => Outcome::Persisted {
            change,
            result: Err(why.clone()),
        },
        Effect::Annotate { nip, readiness, .. } => Outcome::Annotated {
            nip,
            note: None,
            readiness,
            result: Err(why.clone()),
        },
        Effect::LoadPlans => Outcome::Plans(Err(why.clone())),
        Effect::LoadPlan { then, .. } => Outcome::Plan {
            then,
            result: Err(why.clone()),
        },
        Effect::Reload | Effect::Quit | Effect::MouseCapture(_) => {
            Outcome::Reloaded(Err(why.clone()))
        }
    }
}

/// The change with the real time where the reducer left a placeholder.
fn stamped(change: PlanChange, now: OffsetDateTime) -> PlanChange {
    match change {
        PlanChange::Create { name, by, .. } => PlanChange::Create { name, by, at: now },
        PlanChange::Duplicate { from, to, by, .. } => PlanChange::Duplicate {
            from,
            to,
            by,
            at: now,
        },
        PlanChange::Move { plan, mut mv } => {
            mv.at = now;
            PlanChange::Move { plan, mv }
        }
        PlanChange::Decide {
            plan,
            index,
            mut review,
        } => {
            if let Some(r) = review.as_mut() {
                r.at = now;
            }
            PlanChange::Decide {
                plan,
                index,
                review,
            }
        }
        PlanChange::Apply {
            plan, application, ..
        } => PlanChange::Apply {
            plan,
            application,
            at: now,
        },
        other => other,
    }
}
