//! Helpers shared by the talent commands (candidates, gaps, ninebox, workload,
//! retirements): resolving a unit argument and wording ratings.

use std::borrow::Cow;

use super::Failure;
use crate::domain::{Organization, UnitIx};
use crate::lang::{Lang, tr};

/// Resolves an optional `UNIT_ID` argument; `None` means the whole organization.
pub(crate) fn unit_arg(
    org: &Organization,
    unit: Option<&str>,
    lang: Lang,
) -> Result<Option<UnitIx>, Failure> {
    match unit {
        None => Ok(None),
        Some(id) => org
            .unit_ix(id)
            .map(Some)
            .ok_or_else(|| Failure::said(tr!(lang, "cli-no-unit", id = id))),
    }
}

/// The subtree's name for headings: the unit path, or the organization's name.
pub(crate) fn scope_name(org: &Organization, unit: Option<UnitIx>) -> String {
    match unit {
        Some(u) => org.unit_path_names(u, " > "),
        None => org.name().to_string(),
    }
}

/// A rating's label, or `belum dinilai` when it was not assessed.
pub(crate) fn label_or<T>(
    v: Option<T>,
    f: impl Fn(T) -> &'static str,
    lang: Lang,
) -> Cow<'static, str> {
    v.map(|x| Cow::Borrowed(f(x)))
        .unwrap_or_else(|| lang.text("cli-not-assessed"))
}

/// A percentage rounded to one decimal for JSON.
pub(crate) fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A ratio rounded to two decimals for JSON.
pub(crate) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Treats a closed pipe (`penata gaps | head`) as a normal end of output.
pub(crate) fn pipe_ok(r: std::io::Result<()>) -> std::io::Result<()> {
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
