//! Writing `penata/v1`: views that borrow the organization, so nothing is copied.

use std::io::{BufWriter, Write};

use serde::{Serialize, Serializer};
use time::OffsetDateTime;

use crate::domain::{
    Competency, Employee, Feedback, Levels, Note, Organization, Position, Rank, SkpYear, Unit,
    WorkloadEntry,
};

use super::FORMAT_V1;

/// Writes an organization as `penata/v1`: pretty JSON, keys in a fixed order, records in
/// the organization's order, optional fields left out when empty, a trailing newline.
pub fn write_v1(org: &Organization, out: &mut dyn Write) -> std::io::Result<()> {
    let file = FileOut {
        format: FORMAT_V1,
        organization: org.name(),
        competencies: Each(org.competencies(), competency_out),
        units: Each(org.units(), unit_out),
        positions: Each(org.positions(), position_out),
        employees: Each(org.employees(), employee_out),
    };
    let mut w = BufWriter::new(out);
    serde_json::to_writer_pretty(&mut w, &file)?;
    w.write_all(b"\n")?;
    w.flush()
}

#[derive(Serialize)]
struct FileOut<'a, C, U, P, E> {
    format: &'static str,
    organization: &'a str,
    competencies: C,
    units: U,
    positions: P,
    employees: E,
}

/// Serializes a slice as a list, each element through a view.
struct Each<'a, T, F>(&'a [T], F);

impl<'a, T, O, F> Serialize for Each<'a, T, F>
where
    F: Fn(&'a T) -> O,
    O: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(&self.1))
    }
}

#[derive(Serialize)]
struct CompetencyOut<'a> {
    code: &'a str,
    name: &'a str,
    group: &'static str,
}

fn competency_out(c: &Competency) -> CompetencyOut<'_> {
    CompetencyOut {
        code: &c.code,
        name: &c.name,
        group: c.group.code(),
    }
}

#[derive(Serialize)]
struct UnitOut<'a> {
    id: &'a str,
    name: &'a str,
    parent: Option<&'a str>,
    /// Left out when empty, so files of units without feedback stay as they were.
    #[serde(skip_serializing_if = "Option::is_none")]
    feedback: Option<FeedbacksOut<'a>>,
    /// The SIASN keys: left out when not set, like every key added after the first files.
    #[serde(skip_serializing_if = "Option::is_none")]
    siasn_id: Option<&'a str>,
}

fn unit_out(u: &Unit) -> UnitOut<'_> {
    UnitOut {
        id: &u.id,
        name: &u.name,
        parent: u.parent.as_deref(),
        feedback: (!u.feedback.is_empty())
            .then_some(Each(u.feedback.as_slice(), feedback_out as _)),
        siasn_id: u.siasn_id.as_deref(),
    }
}

#[derive(Serialize)]
struct FeedbackOut<'a> {
    date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    severity: &'static str,
    text: &'a str,
    recorded_by: &'a str,
    #[serde(with = "time::serde::rfc3339")]
    recorded_at: OffsetDateTime,
}

fn feedback_out(f: &Feedback) -> FeedbackOut<'_> {
    FeedbackOut {
        date: f.date.to_string(),
        source: f.source.as_deref(),
        severity: f.severity.code(),
        text: &f.text,
        recorded_by: &f.recorded_by,
        recorded_at: f.recorded_at,
    }
}

type FeedbacksOut<'a> = Each<'a, Feedback, fn(&Feedback) -> FeedbackOut<'_>>;

#[derive(Serialize)]
struct WorkloadOut<'a> {
    task: &'a str,
    volume: u32,
    minutes: u32,
}

fn workload_out(w: &WorkloadEntry) -> WorkloadOut<'_> {
    WorkloadOut {
        task: &w.task,
        volume: w.volume,
        minutes: w.minutes,
    }
}

type WorkloadsOut<'a> = Each<'a, WorkloadEntry, fn(&WorkloadEntry) -> WorkloadOut<'_>>;

#[derive(Serialize)]
struct PositionOut<'a> {
    id: &'a str,
    unit: &'a str,
    title: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    formation: u32,
    requirements: &'a Levels,
    #[serde(skip_serializing_if = "Option::is_none")]
    workload: Option<WorkloadsOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    siasn_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    jenjang: Option<&'static str>,
}

fn position_out(p: &Position) -> PositionOut<'_> {
    PositionOut {
        id: &p.id,
        unit: &p.unit,
        title: &p.title,
        kind: p.kind.code(),
        formation: p.formation,
        requirements: &p.requirements,
        workload: (!p.workload.is_empty())
            .then_some(Each(p.workload.as_slice(), workload_out as _)),
        siasn_id: p.siasn_id.as_deref(),
        jenjang: p.jenjang.map(|j| j.code()),
    }
}

#[derive(Serialize)]
struct NoteOut<'a> {
    #[serde(with = "time::serde::rfc3339")]
    at: OffsetDateTime,
    author: &'a str,
    text: &'a str,
}

fn note_out(n: &Note) -> NoteOut<'_> {
    NoteOut {
        at: n.at,
        author: &n.author,
        text: &n.text,
    }
}

type NotesOut<'a> = Each<'a, Note, fn(&Note) -> NoteOut<'_>>;

#[derive(Serialize)]
struct EmployeeOut<'a> {
    nip: &'a str,
    name: &'a str,
    rank: Rank,
    position: Option<&'a str>,
    competencies: &'a Levels,
    #[serde(skip_serializing_if = "Option::is_none")]
    performance: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    potential: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    readiness: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<NotesOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pns_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    birth_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tmt_cpns: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tmt_jabatan: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    education_level: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    education_name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kedudukan: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skp: Option<SkpsOut<'a>>,
}

#[derive(Serialize)]
struct SkpOut {
    year: u16,
    predicate: &'static str,
}

fn skp_out(s: &SkpYear) -> SkpOut {
    SkpOut {
        year: s.year,
        predicate: s.predicate.code(),
    }
}

type SkpsOut<'a> = Each<'a, SkpYear, fn(&SkpYear) -> SkpOut>;

fn employee_out(e: &Employee) -> EmployeeOut<'_> {
    let p = &e.profile;
    EmployeeOut {
        nip: e.nip.as_str(),
        name: &e.name,
        rank: e.rank,
        position: e.position.as_deref(),
        competencies: &e.competencies,
        performance: e.performance.map(|p| p.code()),
        potential: e.potential.map(|p| p.code()),
        readiness: e.readiness.map(|r| r.code()),
        notes: (!e.notes.is_empty()).then_some(Each(e.notes.as_slice(), note_out as _)),
        pns_id: p.pns_id.as_deref(),
        // `Date` displays as `YYYY-MM-DD` for the years a file can hold.
        birth_date: p.birth_date.map(|d| d.to_string()),
        tmt_cpns: p.tmt_cpns.map(|d| d.to_string()),
        tmt_jabatan: p.tmt_jabatan.map(|d| d.to_string()),
        education_level: p.education_level.as_deref(),
        education_name: p.education_name.as_deref(),
        kedudukan: p.kedudukan.as_deref(),
        skp: (!p.skp.is_empty()).then_some(Each(p.skp.as_slice(), skp_out as _)),
    }
}
