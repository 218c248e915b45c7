//! Typed codecs between domain records and the bytes kept in sled (schema version 3).
//!
//! The stored layout is defined here, not by the domain structs' serde derives: postcard is
//! not self-describing, so a field added to a domain struct would silently make old records
//! unreadable. Enums are stored as explicit one-byte codes so that reordering a domain enum
//! cannot change the meaning of stored data. Changing anything in this file's records needs
//! a new schema version and a migration step in `sled_store`.
//!
//! Version history: 1 first; 2 adds the public's feedback to unit records (see
//! [`upgrade_unit_v1`], which the version 2 migration in `sled_store` applies); 3 adds what
//! SIASN imports bring: the SIASN ids of units and positions, the jenjang, and the
//! employee's profile (see [`upgrade_unit_v2`], [`upgrade_position_v2`] and
//! [`upgrade_employee_v2`]). The records of older versions live in `legacy`.
//!
//! Keys: competencies by code, units and positions by id, employees by the 18 NIP digits
//! (so a tree scan yields NIP order). Units, positions and competencies carry their file
//! order in the value, so a load returns them as they were imported.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime, UtcOffset};

use super::{StoreError, as_is};
use crate::domain::{
    Competency, CompetencyGroup, Employee, Feedback, Jenjang, Levels, Nip, Note, Performance,
    Position, PositionType, Potential, Profile, Rank, Readiness, Severity, SkpYear, Unit,
    WorkloadEntry,
};
use crate::lang::{Msg, msg};

/// The newest schema this build reads and writes.
pub const SCHEMA_VERSION: u32 = 3;

#[derive(Serialize, Deserialize)]
struct CompetencyRec<'a> {
    order: u32,
    name: Cow<'a, str>,
    group: u8,
}

#[derive(Serialize, Deserialize)]
struct UnitRec<'a> {
    order: u32,
    name: Cow<'a, str>,
    parent: Option<Cow<'a, str>>,
    feedback: Vec<FeedbackRec<'a>>,
    siasn_id: Option<Cow<'a, str>>,
}

#[derive(Serialize, Deserialize)]
struct FeedbackRec<'a> {
    /// The day it was said, as a Julian day number.
    julian_day: i32,
    source: Option<Cow<'a, str>>,
    severity: u8,
    text: Cow<'a, str>,
    recorded_by: Cow<'a, str>,
    /// When it was recorded, in nanoseconds since the Unix epoch, and the offset it was
    /// recorded with.
    unix_nanos: i128,
    offset_seconds: i32,
}

#[derive(Serialize, Deserialize)]
struct WorkloadRec<'a> {
    task: Cow<'a, str>,
    volume: u32,
    minutes: u32,
}

#[derive(Serialize, Deserialize)]
struct PositionRec<'a> {
    order: u32,
    unit: Cow<'a, str>,
    title: Cow<'a, str>,
    kind: u8,
    formation: u32,
    requirements: Cow<'a, Levels>,
    workload: Vec<WorkloadRec<'a>>,
    siasn_id: Option<Cow<'a, str>>,
    jenjang: Option<u8>,
}

#[derive(Serialize, Deserialize)]
enum RankRec {
    Pns { golongan: u8, ruang: u8 },
    Pppk(u8),
}

#[derive(Serialize, Deserialize)]
struct NoteRec<'a> {
    /// The instant, in nanoseconds since the Unix epoch.
    unix_nanos: i128,
    /// The offset the note was written with, so it displays as entered.
    offset_seconds: i32,
    author: Cow<'a, str>,
    text: Cow<'a, str>,
}

#[derive(Serialize, Deserialize)]
struct EmployeeRec<'a> {
    name: Cow<'a, str>,
    rank: RankRec,
    position: Option<Cow<'a, str>>,
    competencies: Cow<'a, Levels>,
    performance: Option<u8>,
    potential: Option<u8>,
    readiness: Option<u8>,
    notes: Vec<NoteRec<'a>>,
    profile: ProfileRec<'a>,
}

/// The employee's SIASN profile; dates as Julian day numbers.
#[derive(Serialize, Deserialize, Default)]
struct ProfileRec<'a> {
    pns_id: Option<Cow<'a, str>>,
    birth_date: Option<i32>,
    tmt_cpns: Option<i32>,
    tmt_jabatan: Option<i32>,
    education_level: Option<Cow<'a, str>>,
    education_name: Option<Cow<'a, str>>,
    kedudukan: Option<Cow<'a, str>>,
    skp: Vec<SkpRec>,
}

#[derive(Serialize, Deserialize)]
struct SkpRec {
    year: u16,
    predicate: u8,
}

/// A stored record that is not what schema version 1 says; names the tree and key.
fn corrupt(tree: &str, key: &[u8], message: Msg) -> StoreError {
    StoreError::Corrupt {
        key: format!("{tree}/{}", String::from_utf8_lossy(key)),
        message,
    }
}

fn encode<T: Serialize>(tree: &str, key: &[u8], rec: &T) -> Result<Vec<u8>, StoreError> {
    postcard::to_allocvec(rec).map_err(|e| {
        corrupt(
            tree,
            key,
            msg!("store-cannot-encode", error = e.to_string()),
        )
    })
}

fn decode<'a, T: Deserialize<'a>>(
    tree: &str,
    key: &[u8],
    value: &'a [u8],
) -> Result<T, StoreError> {
    postcard::from_bytes(value).map_err(|e| corrupt(tree, key, as_is(e.to_string())))
}

fn text(tree: &str, key: &[u8]) -> Result<String, StoreError> {
    String::from_utf8(key.to_vec()).map_err(|_| corrupt(tree, key, msg!("store-key-not-utf8")))
}

/// Maps a code read from disk back to its enum value, or reports the record as corrupt.
fn from_code<T: Copy>(
    table: &[(T, u8)],
    code: u8,
    tree: &str,
    key: &[u8],
    what: &'static str,
) -> Result<T, StoreError> {
    table
        .iter()
        .find(|(_, c)| *c == code)
        .map(|(v, _)| *v)
        .ok_or_else(|| {
            corrupt(
                tree,
                key,
                msg!(
                    "store-unknown-code",
                    what = Msg::new(what),
                    code = code.to_string()
                ),
            )
        })
}

fn to_code<T: Copy + PartialEq>(table: &[(T, u8)], value: T) -> u8 {
    table
        .iter()
        .find(|(v, _)| *v == value)
        .map_or(0, |(_, c)| *c)
}

// The stored codes: never renumber, only append.
const GROUPS: &[(CompetencyGroup, u8)] = &[
    (CompetencyGroup::Manajerial, 1),
    (CompetencyGroup::SosialKultural, 2),
    (CompetencyGroup::Teknis, 3),
];
const POSITION_TYPES: &[(PositionType, u8)] = &[
    (PositionType::JptUtama, 1),
    (PositionType::JptMadya, 2),
    (PositionType::JptPratama, 3),
    (PositionType::Administrator, 4),
    (PositionType::Pengawas, 5),
    (PositionType::Pelaksana, 6),
    (PositionType::Fungsional, 7),
];
const PERFORMANCE: &[(Performance, u8)] = &[
    (Performance::SangatKurang, 1),
    (Performance::Kurang, 2),
    (Performance::ButuhPerbaikan, 3),
    (Performance::Baik, 4),
    (Performance::SangatBaik, 5),
];
const POTENTIAL: &[(Potential, u8)] = &[
    (Potential::Rendah, 1),
    (Potential::Menengah, 2),
    (Potential::Tinggi, 3),
];
const READINESS: &[(Readiness, u8)] = &[
    (Readiness::Siap, 1),
    (Readiness::Ragu, 2),
    (Readiness::Menolak, 3),
];
const JENJANG: &[(Jenjang, u8)] = &[
    (Jenjang::AhliUtama, 1),
    (Jenjang::AhliMadya, 2),
    (Jenjang::AhliMuda, 3),
    (Jenjang::AhliPertama, 4),
    (Jenjang::Penyelia, 5),
    (Jenjang::Mahir, 6),
    (Jenjang::Terampil, 7),
    (Jenjang::Pemula, 8),
];
const SEVERITY: &[(Severity, u8)] = &[
    (Severity::Low, 1),
    (Severity::Medium, 2),
    (Severity::High, 3),
];

/// Tree name of the competency dictionary (inside a generation).
pub const COMPETENCIES: &str = "competencies";
/// Tree name of the units (inside a generation).
pub const UNITS: &str = "units";
/// Tree name of the positions (inside a generation).
pub const POSITIONS: &str = "positions";
/// Tree name of the employees (inside a generation).
pub const EMPLOYEES: &str = "employees";

/// Key and value of a competency at file position `order`.
pub fn encode_competency(order: u32, c: &Competency) -> Result<(Vec<u8>, Vec<u8>), StoreError> {
    let key = c.code.as_bytes().to_vec();
    let rec = CompetencyRec {
        order,
        name: Cow::Borrowed(&c.name),
        group: to_code(GROUPS, c.group),
    };
    let value = encode(COMPETENCIES, &key, &rec)?;
    Ok((key, value))
}

/// A competency and its file position.
pub fn decode_competency(key: &[u8], value: &[u8]) -> Result<(u32, Competency), StoreError> {
    let rec: CompetencyRec = decode(COMPETENCIES, key, value)?;
    let c = Competency {
        code: text(COMPETENCIES, key)?,
        name: rec.name.into_owned(),
        group: from_code(GROUPS, rec.group, COMPETENCIES, key, "store-what-group")?,
    };
    Ok((rec.order, c))
}

/// Key and value of a unit at file position `order`.
pub fn encode_unit(order: u32, u: &Unit) -> Result<(Vec<u8>, Vec<u8>), StoreError> {
    let key = u.id.as_bytes().to_vec();
    let rec = UnitRec {
        order,
        name: Cow::Borrowed(&u.name),
        parent: u.parent.as_deref().map(Cow::Borrowed),
        feedback: u
            .feedback
            .iter()
            .map(|f| FeedbackRec {
                julian_day: f.date.to_julian_day(),
                source: f.source.as_deref().map(Cow::Borrowed),
                severity: to_code(SEVERITY, f.severity),
                text: Cow::Borrowed(&f.text),
                recorded_by: Cow::Borrowed(&f.recorded_by),
                unix_nanos: f.recorded_at.unix_timestamp_nanos(),
                offset_seconds: f.recorded_at.offset().whole_seconds(),
            })
            .collect(),
        siasn_id: u.siasn_id.as_deref().map(Cow::Borrowed),
    };
    let value = encode(UNITS, &key, &rec)?;
    Ok((key, value))
}

/// A unit and its file position.
pub fn decode_unit(key: &[u8], value: &[u8]) -> Result<(u32, Unit), StoreError> {
    let t = UNITS;
    let rec: UnitRec = decode(t, key, value)?;
    let feedback = rec
        .feedback
        .into_iter()
        .map(|f| {
            let date = Date::from_julian_day(f.julian_day)
                .map_err(|_| corrupt(t, key, msg!("store-feedback-date-range")))?;
            let recorded_at = instant(f.unix_nanos, f.offset_seconds)
                .ok_or_else(|| corrupt(t, key, msg!("store-feedback-time-range")))?;
            Ok(Feedback {
                date,
                source: f.source.map(Cow::into_owned),
                text: f.text.into_owned(),
                severity: from_code(SEVERITY, f.severity, t, key, "store-what-severity")?,
                recorded_by: f.recorded_by.into_owned(),
                recorded_at,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let u = Unit {
        id: text(t, key)?,
        name: rec.name.into_owned(),
        parent: rec.parent.map(Cow::into_owned),
        feedback,
        siasn_id: rec.siasn_id.map(Cow::into_owned),
    };
    Ok((rec.order, u))
}

/// An instant stored as nanoseconds since the epoch and the offset it was written with.
fn instant(unix_nanos: i128, offset_seconds: i32) -> Option<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp_nanos(unix_nanos)
        .ok()
        .zip(UtcOffset::from_whole_seconds(offset_seconds).ok())
        .and_then(|(at, off)| at.checked_to_offset(off))
}

/// Key and value of a position at file position `order`.
pub fn encode_position(order: u32, p: &Position) -> Result<(Vec<u8>, Vec<u8>), StoreError> {
    let key = p.id.as_bytes().to_vec();
    let rec = PositionRec {
        order,
        unit: Cow::Borrowed(&p.unit),
        title: Cow::Borrowed(&p.title),
        kind: to_code(POSITION_TYPES, p.kind),
        formation: p.formation,
        requirements: Cow::Borrowed(&p.requirements),
        workload: p
            .workload
            .iter()
            .map(|w| WorkloadRec {
                task: Cow::Borrowed(&w.task),
                volume: w.volume,
                minutes: w.minutes,
            })
            .collect(),
        siasn_id: p.siasn_id.as_deref().map(Cow::Borrowed),
        jenjang: p.jenjang.map(|j| to_code(JENJANG, j)),
    };
    let value = encode(POSITIONS, &key, &rec)?;
    Ok((key, value))
}

/// A position and its file position.
pub fn decode_position(key: &[u8], value: &[u8]) -> Result<(u32, Position), StoreError> {
    let rec: PositionRec = decode(POSITIONS, key, value)?;
    let p = Position {
        id: text(POSITIONS, key)?,
        unit: rec.unit.into_owned(),
        title: rec.title.into_owned(),
        kind: from_code(
            POSITION_TYPES,
            rec.kind,
            POSITIONS,
            key,
            "store-what-position-type",
        )?,
        formation: rec.formation,
        requirements: rec.requirements.into_owned(),
        workload: rec
            .workload
            .into_iter()
            .map(|w| WorkloadEntry {
                task: w.task.into_owned(),
                volume: w.volume,
                minutes: w.minutes,
            })
            .collect(),
        siasn_id: rec.siasn_id.map(Cow::into_owned),
        jenjang: rec
            .jenjang
            .map(|c| from_code(JENJANG, c, POSITIONS, key, "store-what-jenjang"))
            .transpose()?,
    };
    Ok((rec.order, p))
}

/// The key of an employee: the 18 NIP digits.
pub fn employee_key(nip: &Nip) -> &[u8] {
    nip.as_str().as_bytes()
}

/// Where the employees tree keeps its own record count, so `info` needs no scan. It sorts
/// before every NIP (`#` < `0`) and can never be one, and it changes in the same batch as
/// the records it counts.
pub const EMPLOYEE_COUNT_KEY: &[u8] = b"#count";

/// The first possible NIP key: scans of employees start here, after the count.
pub const FIRST_NIP_KEY: &[u8] = b"0";

/// Encodes a record count.
pub fn encode_count(n: u64) -> [u8; 8] {
    n.to_be_bytes()
}

/// Decodes a record count written by [`encode_count`].
pub fn decode_count(tree: &str, key: &[u8], value: &[u8]) -> Result<u64, StoreError> {
    <[u8; 8]>::try_from(value)
        .map(u64::from_be_bytes)
        .map_err(|_| corrupt(tree, key, msg!("store-not-count")))
}

/// Key and value of an employee.
pub fn encode_employee(e: &Employee) -> Result<(Vec<u8>, Vec<u8>), StoreError> {
    let key = employee_key(&e.nip).to_vec();
    let rank = match e.rank {
        Rank::Pns { golongan, ruang } => RankRec::Pns { golongan, ruang },
        Rank::Pppk(n) => RankRec::Pppk(n),
    };
    let rec = EmployeeRec {
        name: Cow::Borrowed(&e.name),
        rank,
        position: e.position.as_deref().map(Cow::Borrowed),
        competencies: Cow::Borrowed(&e.competencies),
        performance: e.performance.map(|v| to_code(PERFORMANCE, v)),
        potential: e.potential.map(|v| to_code(POTENTIAL, v)),
        readiness: e.readiness.map(|v| to_code(READINESS, v)),
        notes: e
            .notes
            .iter()
            .map(|n| NoteRec {
                unix_nanos: n.at.unix_timestamp_nanos(),
                offset_seconds: n.at.offset().whole_seconds(),
                author: Cow::Borrowed(&n.author),
                text: Cow::Borrowed(&n.text),
            })
            .collect(),
        profile: profile_rec(&e.profile),
    };
    let value = encode(EMPLOYEES, &key, &rec)?;
    Ok((key, value))
}

/// An employee from its key (the NIP) and value.
pub fn decode_employee(key: &[u8], value: &[u8]) -> Result<Employee, StoreError> {
    let t = EMPLOYEES;
    let rec: EmployeeRec = decode(t, key, value)?;
    let nip = std::str::from_utf8(key)
        .ok()
        .and_then(|s| Nip::parse(s).ok())
        .ok_or_else(|| corrupt(t, key, msg!("store-key-not-nip")))?;
    let rank = match rec.rank {
        RankRec::Pns { golongan, ruang }
            if (1..=4).contains(&golongan) && ruang <= if golongan == 4 { 4 } else { 3 } =>
        {
            Rank::Pns { golongan, ruang }
        }
        RankRec::Pppk(n) if (1..=17).contains(&n) => Rank::Pppk(n),
        _ => return Err(corrupt(t, key, msg!("store-rank-range"))),
    };
    let notes = rec
        .notes
        .into_iter()
        .map(|n| {
            let at = instant(n.unix_nanos, n.offset_seconds)
                .ok_or_else(|| corrupt(t, key, msg!("store-note-time-range")))?;
            Ok(Note {
                at,
                author: n.author.into_owned(),
                text: n.text.into_owned(),
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let profile = profile_of(rec.profile, key)?;
    Ok(Employee {
        nip,
        name: rec.name.into_owned(),
        rank,
        position: rec.position.map(Cow::into_owned),
        competencies: rec.competencies.into_owned(),
        performance: rec
            .performance
            .map(|c| from_code(PERFORMANCE, c, t, key, "store-what-performance"))
            .transpose()?,
        potential: rec
            .potential
            .map(|c| from_code(POTENTIAL, c, t, key, "store-what-potential"))
            .transpose()?,
        readiness: rec
            .readiness
            .map(|c| from_code(READINESS, c, t, key, "store-what-readiness"))
            .transpose()?,
        notes,
        profile,
    })
}

fn borrowed(t: &Option<String>) -> Option<Cow<'_, str>> {
    t.as_deref().map(Cow::Borrowed)
}

fn profile_rec(p: &Profile) -> ProfileRec<'_> {
    let text = borrowed;
    ProfileRec {
        pns_id: text(&p.pns_id),
        birth_date: p.birth_date.map(Date::to_julian_day),
        tmt_cpns: p.tmt_cpns.map(Date::to_julian_day),
        tmt_jabatan: p.tmt_jabatan.map(Date::to_julian_day),
        education_level: text(&p.education_level),
        education_name: text(&p.education_name),
        kedudukan: text(&p.kedudukan),
        skp: p
            .skp
            .iter()
            .map(|s| SkpRec {
                year: s.year,
                predicate: to_code(PERFORMANCE, s.predicate),
            })
            .collect(),
    }
}

fn profile_of(rec: ProfileRec<'_>, key: &[u8]) -> Result<Profile, StoreError> {
    let t = EMPLOYEES;
    let date = |d: Option<i32>| {
        d.map(|jd| {
            Date::from_julian_day(jd).map_err(|_| corrupt(t, key, msg!("store-profile-date-range")))
        })
        .transpose()
    };
    let skp = rec
        .skp
        .into_iter()
        .map(|s| {
            Ok(SkpYear {
                year: s.year,
                predicate: from_code(PERFORMANCE, s.predicate, t, key, "store-what-performance")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    Ok(Profile {
        pns_id: rec.pns_id.map(Cow::into_owned),
        birth_date: date(rec.birth_date)?,
        tmt_cpns: date(rec.tmt_cpns)?,
        tmt_jabatan: date(rec.tmt_jabatan)?,
        education_level: rec.education_level.map(Cow::into_owned),
        education_name: rec.education_name.map(Cow::into_owned),
        kedudukan: rec.kedudukan.map(Cow::into_owned),
        skp,
    })
}

mod legacy;

#[cfg(test)]
pub(crate) use legacy::{encode_employee_v2, encode_position_v2, encode_unit_v1, encode_unit_v2};
pub use legacy::{upgrade_employee_v2, upgrade_position_v2, upgrade_unit_v1, upgrade_unit_v2};

#[cfg(test)]
mod tests;
