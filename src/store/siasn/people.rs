//! The people of an import: one employee per active row of the profile exports (a NIP once
//! across every file), merged into the stored record by NIP so notes, readiness and
//! potential stay; assessment levels and SKP years laid over them.

use super::findings::{HashMap, HashSet};

use crate::domain::validate::rank_kind_mismatch;
use crate::domain::{AsnKind, Employee, Nip, Profile, SkpYear};
use crate::lang::msg;

use super::findings::{Sink, col};
use super::rows::{At, ProfileRow, SkpRow};

/// A person who was in the stored organization and is not (or no longer as active) in the
/// new export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaver {
    pub nip: Nip,
    pub name: String,
}

/// A row of the export that was not imported because the person is not active staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inactive {
    pub nip: Nip,
    pub name: String,
    /// The kedudukan hukum as written.
    pub kedudukan: String,
}

/// Checks what a profile row says about the person itself; `false` when it is refused
/// (the reasons are in `sink`).
pub fn check_profile(r: &ProfileRow, sink: &mut Sink) -> bool {
    let mut ok = true;
    if r.name.trim().is_empty() || crate::lang::safe::first_refused(&r.name, false).is_some() {
        sink.error(r.at, col::NAMA, Some(&r.name), msg!("import-name-invalid"));
        ok = false;
    }
    match r.rank {
        None => {
            sink.error(
                r.at,
                col::GOL_AKHIR_NAMA,
                None,
                msg!("import-golongan-missing"),
            );
            ok = false;
        }
        Some(rank) => {
            if let Some(m) = rank_kind_mismatch(&r.nip, rank) {
                sink.error(r.at, col::GOL_AKHIR_NAMA, Some(&rank.to_string()), m);
                ok = false;
            }
        }
    }
    // A birth date that differs from the NIP's is the reader's error (it knows the column).
    if let (Some(born), Some(cpns)) = (r.birth_date.or(r.nip.birth_date()), r.tmt_cpns)
        && cpns < born
    {
        sink.error(
            r.at,
            col::TMT_CPNS,
            Some(&cpns.to_string()),
            msg!(
                "import-tmt-before-birth",
                tmt = cpns.to_string(),
                born = born.to_string()
            ),
        );
        ok = false;
    }
    ok
}

/// The employee a profile row describes, laid over the stored record when there is one:
/// identity, rank, seat and profile come from the export; competencies, ratings, readiness
/// and notes stay.
pub fn employee_from(
    r: &ProfileRow,
    position: Option<String>,
    stored: Option<&Employee>,
) -> Option<Employee> {
    let rank = r.rank?;
    let mut profile = stored.map(|e| e.profile.clone()).unwrap_or_default();
    merge_profile(&mut profile, r);
    let mut e = match stored {
        Some(s) => s.clone(),
        None => Employee {
            nip: r.nip,
            name: String::new(),
            rank,
            position: None,
            competencies: Default::default(),
            performance: None,
            potential: None,
            readiness: None,
            notes: Vec::new(),
            profile: Profile::default(),
        },
    };
    e.name = r.name.trim().to_string();
    e.rank = rank;
    e.position = position;
    e.profile = profile;
    Some(e)
}

fn merge_profile(p: &mut Profile, r: &ProfileRow) {
    let text = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    if let Some(v) = text(&r.pns_id) {
        p.pns_id = Some(v);
    }
    p.birth_date = r.birth_date.or(p.birth_date);
    p.tmt_cpns = r.tmt_cpns.or(p.tmt_cpns);
    p.tmt_jabatan = r.tmt_jabatan.or(p.tmt_jabatan);
    if let Some(v) = text(&r.education_level) {
        p.education_level = Some(v);
    }
    if let Some(v) = text(&r.education_name) {
        p.education_name = Some(v);
    }
    if let Some(v) = text(&r.kedudukan) {
        p.kedudukan = Some(v);
    }
}

/// NIPs of the profile rows, each once: a NIP met again (also across the PNS and PPPK
/// files) is an error naming where it was first.
pub fn unique_rows<'r>(rows: &'r [ProfileRow], sink: &mut Sink) -> Vec<&'r ProfileRow> {
    let mut first: HashMap<Nip, At> =
        HashMap::with_capacity_and_hasher(rows.len(), Default::default());
    let mut twice: HashSet<Nip> = HashSet::default();
    for r in rows {
        if let Some(at) = first.get(&r.nip) {
            let file = sink.file(*at);
            sink.error(
                r.at,
                col::NIP,
                Some(r.nip.as_str()),
                msg!(
                    "import-nip-twice",
                    nip = r.nip.as_str(),
                    file = file,
                    row = at.row.to_string()
                ),
            );
            twice.insert(r.nip);
        } else {
            first.insert(r.nip, r.at);
        }
    }
    rows.iter().filter(|r| !twice.contains(&r.nip)).collect()
}

/// The SKP rows by person: each year once (the same year twice with another predikat is an
/// error), sorted by year.
pub fn skp_by_person(rows: &[SkpRow], sink: &mut Sink) -> HashMap<Nip, Vec<SkpYear>> {
    let mut seen: HashMap<(Nip, u16), (At, crate::domain::Performance)> = HashMap::default();
    let mut out: HashMap<Nip, Vec<SkpYear>> = HashMap::default();
    for r in rows {
        match seen.get(&(r.nip, r.year)) {
            Some((_, p)) if *p == r.predicate => {}
            Some((at, p)) => {
                let file = sink.file(*at);
                sink.error(
                    r.at,
                    col::PREDIKAT,
                    Some(r.predicate.label()),
                    msg!(
                        "import-skp-conflict",
                        nip = r.nip.as_str(),
                        year = r.year.to_string(),
                        other = p.label(),
                        file = file,
                        row = at.row.to_string()
                    ),
                );
            }
            None => {
                seen.insert((r.nip, r.year), (r.at, r.predicate));
                out.entry(r.nip).or_default().push(SkpYear {
                    year: r.year,
                    predicate: r.predicate,
                });
            }
        }
    }
    for years in out.values_mut() {
        years.sort_by_key(|y| y.year);
    }
    out
}

/// Lays new SKP years over the stored ones (a year in the file replaces the stored year).
pub fn merge_skp(stored: &mut Vec<SkpYear>, new: &[SkpYear]) {
    for y in new {
        match stored.iter_mut().find(|s| s.year == y.year) {
            Some(s) => s.predicate = y.predicate,
            None => stored.push(*y),
        }
    }
    stored.sort_by_key(|y| y.year);
}

/// Which kinds of staff the profile files cover: a refresh only calls PNS leavers when a
/// PNS file came, and PPPK leavers when a PPPK file came.
#[derive(Debug, Clone, Copy, Default)]
pub struct Covered {
    pub pns: bool,
    pub pppk: bool,
}

impl Covered {
    pub fn covers(self, kind: AsnKind) -> bool {
        match kind {
            AsnKind::Pns => self.pns,
            AsnKind::Pppk => self.pppk,
        }
    }
}

/// The employee being built, or the stored one copied in to be changed.
pub fn person<'a>(
    built: &'a mut HashMap<Nip, Employee>,
    stored: &HashMap<Nip, &Employee>,
    nip: Nip,
) -> Option<&'a mut Employee> {
    match built.entry(nip) {
        std::collections::hash_map::Entry::Occupied(e) => Some(e.into_mut()),
        std::collections::hash_map::Entry::Vacant(v) => {
            Some(v.insert((*stored.get(&nip)?).clone()))
        }
    }
}

/// A JPM as a rekap writes it: `87.5`, `87,5%`, or the fraction `0.875`, in percent.
pub fn parse_jpm(written: &str) -> Option<f64> {
    let t = written
        .trim()
        .trim_end_matches('%')
        .trim()
        .replace(',', ".");
    let v: f64 = t.parse().ok()?;
    let v = if v <= 1.5 { v * 100.0 } else { v };
    (v.is_finite() && (0.0..=200.0).contains(&v)).then_some(v)
}

/// The value met most often (the instansi most rows name).
pub fn most_common<'a>(values: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut count: HashMap<&str, usize> = HashMap::default();
    for v in values.map(str::trim).filter(|v| !v.is_empty()) {
        *count.entry(v).or_default() += 1;
    }
    count
        .into_iter()
        .max_by_key(|(v, n)| (*n, std::cmp::Reverse(*v)))
        .map(|(v, _)| v.to_string())
}
