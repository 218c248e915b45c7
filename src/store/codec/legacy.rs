//! Records as older schema versions stored them, and the steps that rewrite them in the
//! current layout. Each upgrade returns a record that already reads as the newer version
//! unchanged, so an upgrade interrupted half way can run again.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{
    EMPLOYEES, EmployeeRec, FeedbackRec, NoteRec, POSITIONS, PositionRec, ProfileRec, RankRec,
    StoreError, UNITS, UnitRec, WorkloadRec, decode, encode,
};
use crate::domain::Levels;

/// A unit as schema version 1 stored it (read only by the upgrade to version 2).
#[derive(Serialize, Deserialize)]
struct UnitRecV1<'a> {
    order: u32,
    name: Cow<'a, str>,
    parent: Option<Cow<'a, str>>,
}

/// A unit as schema version 2 stored it: no SIASN id.
#[derive(Serialize, Deserialize)]
struct UnitRecV2<'a> {
    order: u32,
    name: Cow<'a, str>,
    parent: Option<Cow<'a, str>>,
    feedback: Vec<FeedbackRec<'a>>,
}

/// A position as schema versions 1 and 2 stored it: no SIASN id, no jenjang.
#[derive(Serialize, Deserialize)]
struct PositionRecV2<'a> {
    order: u32,
    unit: Cow<'a, str>,
    title: Cow<'a, str>,
    kind: u8,
    formation: u32,
    requirements: Cow<'a, Levels>,
    workload: Vec<WorkloadRec<'a>>,
}

/// An employee as schema versions 1 and 2 stored it: no profile.
#[derive(Serialize, Deserialize)]
struct EmployeeRecV2<'a> {
    name: Cow<'a, str>,
    rank: RankRec,
    position: Option<Cow<'a, str>>,
    competencies: Cow<'a, Levels>,
    performance: Option<u8>,
    potential: Option<u8>,
    readiness: Option<u8>,
    notes: Vec<NoteRec<'a>>,
}

/// Whether `value` is exactly one `T`, nothing left over.
fn reads_as<'a, T: Deserialize<'a>>(value: &'a [u8]) -> bool {
    postcard::take_from_bytes::<T>(value).is_ok_and(|(_, rest)| rest.is_empty())
}

/// Rewrites a unit record of schema version 1 as version 2 (no feedback yet).
pub fn upgrade_unit_v1(key: &[u8], value: &[u8]) -> Result<Vec<u8>, StoreError> {
    if reads_as::<UnitRecV2>(value) {
        return Ok(value.to_vec());
    }
    let old: UnitRecV1 = decode(UNITS, key, value)?;
    let rec = UnitRecV2 {
        order: old.order,
        name: old.name,
        parent: old.parent,
        feedback: Vec::new(),
    };
    encode(UNITS, key, &rec)
}

/// Rewrites a unit record of schema version 2 as version 3 (no SIASN id).
pub fn upgrade_unit_v2(key: &[u8], value: &[u8]) -> Result<Vec<u8>, StoreError> {
    if reads_as::<UnitRec>(value) {
        return Ok(value.to_vec());
    }
    let old: UnitRecV2 = decode(UNITS, key, value)?;
    let rec = UnitRec {
        order: old.order,
        name: old.name,
        parent: old.parent,
        feedback: old.feedback,
        siasn_id: None,
    };
    encode(UNITS, key, &rec)
}

/// Rewrites a position record of schema version 2 as version 3 (no SIASN id, no jenjang).
pub fn upgrade_position_v2(key: &[u8], value: &[u8]) -> Result<Vec<u8>, StoreError> {
    if reads_as::<PositionRec>(value) {
        return Ok(value.to_vec());
    }
    let old: PositionRecV2 = decode(POSITIONS, key, value)?;
    let rec = PositionRec {
        order: old.order,
        unit: old.unit,
        title: old.title,
        kind: old.kind,
        formation: old.formation,
        requirements: old.requirements,
        workload: old.workload,
        siasn_id: None,
        jenjang: None,
    };
    encode(POSITIONS, key, &rec)
}

/// Rewrites an employee record of schema version 2 as version 3 (an empty profile).
pub fn upgrade_employee_v2(key: &[u8], value: &[u8]) -> Result<Vec<u8>, StoreError> {
    if reads_as::<EmployeeRec>(value) {
        return Ok(value.to_vec());
    }
    let old: EmployeeRecV2 = decode(EMPLOYEES, key, value)?;
    let rec = EmployeeRec {
        name: old.name,
        rank: old.rank,
        position: old.position,
        competencies: old.competencies,
        performance: old.performance,
        potential: old.potential,
        readiness: old.readiness,
        notes: old.notes,
        profile: ProfileRec::default(),
    };
    encode(EMPLOYEES, key, &rec)
}

#[cfg(test)]
pub(crate) use writers::{encode_employee_v2, encode_position_v2, encode_unit_v1, encode_unit_v2};

#[cfg(test)]
mod writers {
    //! What older versions wrote, built from today's records, for tests of the upgrades.

    use super::*;
    use crate::domain::{Employee, Position, Unit};
    use crate::store::codec::{encode_employee, encode_position, encode_unit};

    /// A unit as schema version 1 wrote it.
    pub(crate) fn encode_unit_v1(order: u32, u: &Unit) -> Vec<u8> {
        let rec = UnitRecV1 {
            order,
            name: Cow::Borrowed(&u.name),
            parent: u.parent.as_deref().map(Cow::Borrowed),
        };
        postcard::to_allocvec(&rec).unwrap()
    }

    /// A unit as schema version 2 wrote it (its SIASN id is lost).
    pub(crate) fn encode_unit_v2(order: u32, u: &Unit) -> Vec<u8> {
        let (key, value) = encode_unit(order, u).unwrap();
        let rec: UnitRec = decode(UNITS, &key, &value).unwrap();
        let old = UnitRecV2 {
            order: rec.order,
            name: rec.name,
            parent: rec.parent,
            feedback: rec.feedback,
        };
        postcard::to_allocvec(&old).unwrap()
    }

    /// A position as schema version 2 wrote it (its SIASN id and jenjang are lost).
    pub(crate) fn encode_position_v2(order: u32, p: &Position) -> Vec<u8> {
        let (key, value) = encode_position(order, p).unwrap();
        let rec: PositionRec = decode(POSITIONS, &key, &value).unwrap();
        let old = PositionRecV2 {
            order: rec.order,
            unit: rec.unit,
            title: rec.title,
            kind: rec.kind,
            formation: rec.formation,
            requirements: rec.requirements,
            workload: rec.workload,
        };
        postcard::to_allocvec(&old).unwrap()
    }

    /// An employee as schema version 2 wrote it (the profile is lost).
    pub(crate) fn encode_employee_v2(e: &Employee) -> Vec<u8> {
        let (key, value) = encode_employee(e).unwrap();
        let rec: EmployeeRec = decode(EMPLOYEES, &key, &value).unwrap();
        let old = EmployeeRecV2 {
            name: rec.name,
            rank: rec.rank,
            position: rec.position,
            competencies: rec.competencies,
            performance: rec.performance,
            potential: rec.potential,
            readiness: rec.readiness,
            notes: rec.notes,
        };
        postcard::to_allocvec(&old).unwrap()
    }
}
