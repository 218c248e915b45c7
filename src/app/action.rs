//! What the reducer asks of the runtime ([`Effect`]) and what comes back ([`Outcome`]).
//! The vocabulary of modes and actions lives in `input::action`, below the app.

use crate::domain::Organization;
use crate::domain::plan::Plan;
use crate::store::{PlanChange, PlanSummary};

/// What to do with a plan once it is loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterLoad {
    /// Make it the active plan.
    Activate,
    /// Make it active and open the review meeting.
    Review,
    /// Show its comparison with the baseline.
    Compare,
    /// Ask to apply it to the baseline.
    Apply,
}

/// Work the runtime performs after the reducer ran (the reducer itself does no I/O).
// A handful exist per key press and are consumed at once: boxing the large variant buys nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Effect {
    /// Restore the terminal and exit.
    Quit,
    /// Write one plan change through the store (the runtime stamps the time).
    Persist(PlanChange),
    /// Read the list of plans.
    LoadPlans,
    /// Read one plan, then do `then` with it.
    LoadPlan { name: String, then: AfterLoad },
    /// Read the baseline again (after a plan was applied to it).
    Reload,
    /// Turn the terminal's mouse reporting on or off.
    MouseCapture(bool),
    /// Add a note and/or set a readiness on one person (the runtime stamps author and time).
    Annotate {
        nip: crate::domain::Nip,
        note: Option<String>,
        /// Who writes it (the app's user).
        author: String,
        /// `Some(None)` clears the readiness (belum dinilai); `None` leaves it.
        readiness: Option<Option<crate::domain::Readiness>>,
    },
}

/// What the runtime got back from an [`Effect`]; errors are messages the screen words.
// One exists at a time, consumed at once: boxing the large variant buys nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Outcome {
    /// A plan change was written (or refused).
    Persisted {
        change: PlanChange,
        result: Result<Option<crate::domain::plan::Move>, crate::lang::Msg>,
    },
    /// The list of plans.
    Plans(Result<Vec<PlanSummary>, crate::lang::Msg>),
    /// A plan was read (`None`: no plan by that name any more).
    Plan {
        then: AfterLoad,
        result: Result<Option<Plan>, crate::lang::Msg>,
    },
    /// The baseline as stored now.
    Reloaded(Result<Organization, crate::lang::Msg>),
    /// A note or readiness was written (or refused).
    Annotated {
        nip: crate::domain::Nip,
        note: Option<crate::domain::Note>,
        readiness: Option<Option<crate::domain::Readiness>>,
        result: Result<(), crate::lang::Msg>,
    },
    /// A worker thread ranked this lookup query.
    Searched {
        query: String,
        ranking: crate::domain::search::Ranking,
    },
}
