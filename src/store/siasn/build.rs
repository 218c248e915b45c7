//! Joining the rows of every file into one organization, new or laid over the stored one:
//! units, then seats (peta jabatan first: it alone knows kebutuhan), then people, their
//! standards, assessments and SKP. Every cross-file rule is checked here; any error and
//! nothing is built.

use super::findings::{HashMap, HashSet};

use crate::domain::{Employee, Levels, Nip, Organization, SkpYear};
use crate::lang::msg;

use super::dictionary::Dictionary;
use super::findings::{Sink, col};
use super::ident::{name_key, title_key};
pub use super::outcome::{Options, Report, Summary};
use super::people::{self, Covered, Inactive, Leaver, most_common, parse_jpm, person};
use super::rows::{
    AssessmentRow, At, FileKind, Finding, Parsed, ProfileRow, SeatRow, Severity, SkpRow,
    SourceFile, StandardRow, UnitRow,
};
use super::seats::{SeatFacts, SeatSet, note_normalized};
use super::units::UnitSet;

/// Builds the organization the files describe, laid over `current` (empty for a first
/// import). Pure: nothing is written.
pub fn build(parsed: Parsed, current: &Organization, opts: Options) -> Report {
    let Parsed {
        files,
        profiles,
        units,
        seats,
        standards,
        assessments,
        skp,
        findings,
    } = parsed;
    let mut join = Join::new(current, &files, findings);
    join.units(&units, &profiles, &seats);
    join.peta(&seats);
    join.people(&profiles);
    join.standards(&standards);
    let extras = join.extras(&assessments, &skp);
    if join.sink.has_errors() {
        return Report {
            findings: join.sink.list,
            more: (join.sink.more_errors, join.sink.more_notes),
            built: None,
            files: files.clone(),
        };
    }
    join.lay_over(extras);
    let employees = join.leavers(opts);
    join.formation(&employees);
    let (org, summary, sink) = join.finish(employees, &profiles);
    Report {
        findings: sink.list,
        more: (sink.more_errors, sink.more_notes),
        built: Some((org, summary)),
        files,
    }
}

/// Assessment levels and SKP years, checked, waiting to be laid over the people.
type Extras = (Vec<Assessed>, HashMap<Nip, Vec<SkpYear>>);

/// One person's assessment, checked: the levels under penata's codes, and the JPM the rekap
/// wrote (a cross-check) with the row it came from.
struct Assessed {
    nip: Nip,
    levels: Levels,
    jpm: Option<String>,
    at: At,
}

/// The state of one join, stage by stage.
struct Join<'a> {
    current: &'a Organization,
    files: &'a [SourceFile],
    sink: Sink<'a>,
    summary: Summary,
    units: UnitSet,
    /// Units by normalized name, for files that name units only.
    names: HashMap<String, Vec<usize>>,
    hierarchy: bool,
    seats: SeatSet,
    peta: bool,
    stored_people: HashMap<Nip, &'a Employee>,
    covered: Covered,
    built: HashMap<Nip, Employee>,
    inactive_nips: HashSet<Nip>,
    /// Every NIP a profile row names, refused rows too (their SKP is not unknown).
    listed: HashSet<Nip>,
    dictionary: Dictionary,
}

impl<'a> Join<'a> {
    fn new(current: &'a Organization, files: &'a [SourceFile], findings: Vec<Finding>) -> Join<'a> {
        let mut covered = Covered::default();
        for f in files.iter().filter(|f| f.kind == FileKind::Profile) {
            if f.pppk {
                covered.pppk = true;
            } else {
                covered.pns = true;
            }
        }
        let unit_ix: HashMap<String, usize> = current
            .units()
            .iter()
            .enumerate()
            .map(|(i, u)| (u.id.clone(), i))
            .collect();
        Join {
            current,
            files,
            sink: Sink::new(files, findings),
            summary: Summary {
                refresh: !current.is_empty(),
                ..Summary::default()
            },
            units: UnitSet::new(current.units()),
            names: HashMap::default(),
            hierarchy: false,
            seats: SeatSet::new(current.positions(), &unit_ix),
            peta: false,
            stored_people: current.employees().iter().map(|e| (e.nip, e)).collect(),
            covered,
            built: HashMap::default(),
            inactive_nips: HashSet::default(),
            listed: HashSet::default(),
            dictionary: Dictionary::new(current.competencies()),
        }
    }

    /// The unit tree: the hierarchy file, else the profile export's unit columns.
    fn units(&mut self, rows: &[UnitRow], profiles: &[ProfileRow], seat_rows: &[SeatRow]) {
        if !rows.is_empty() {
            // Only seats hold a unit: people without a jabatan are not placed anywhere.
            let referenced: HashSet<&str> = profiles
                .iter()
                .filter(|p| p.jabatan.as_deref().is_some_and(|j| !j.trim().is_empty()))
                .filter_map(|p| p.unor_id.as_deref())
                .chain(seat_rows.iter().filter_map(|s| s.unor_id.as_deref()))
                .map(str::trim)
                .collect();
            self.units
                .build_from_hierarchy(rows, &|id| referenced.contains(id), &mut self.sink);
            self.hierarchy = true;
        } else if !profiles.is_empty() {
            let instansi = most_common(profiles.iter().filter_map(|p| p.instansi.as_deref()));
            self.units
                .build_from_profiles(profiles, instansi.as_deref(), &mut self.sink);
        }
        for (i, u) in self.units.units.iter().enumerate() {
            self.names.entry(name_key(&u.name)).or_default().push(i);
        }
    }

    /// The unit a row names, by `UNOR ID` or (only when no id is given) by a name that
    /// only one unit has.
    fn resolve(&mut self, unor_id: Option<&str>, unor_name: Option<&str>, at: At) -> Option<usize> {
        let id = unor_id.map(str::trim).filter(|s| !s.is_empty());
        let name = unor_name.map(str::trim).filter(|s| !s.is_empty());
        if let Some(id) = id {
            let found = self.units.by_siasn(id);
            if found.is_none() {
                let m = if self.hierarchy {
                    msg!("import-unor-not-in-hierarchy", id = id)
                } else {
                    msg!("import-unor-unknown", id = id)
                };
                self.sink.error(at, col::UNOR_ID, Some(id), m);
            }
            return found;
        }
        let name = name?;
        match self.names.get(&name_key(name)).map(Vec::as_slice) {
            Some([one]) => Some(*one),
            Some(many) => {
                let count = many.len();
                self.sink.error(
                    at,
                    col::UNOR_NAMA,
                    Some(name),
                    msg!("import-unit-name-ambiguous", name = name, count = count),
                );
                None
            }
            None => {
                self.sink.error(
                    at,
                    col::UNOR_NAMA,
                    Some(name),
                    msg!("import-unit-name-unknown", name = name),
                );
                None
            }
        }
    }

    /// The peta jabatan's seats and their kebutuhan.
    fn peta(&mut self, rows: &[SeatRow]) {
        self.peta = !rows.is_empty();
        for r in rows {
            let Some(unit) = self.resolve(r.unor_id.as_deref(), r.unor_name.as_deref(), r.at)
            else {
                continue;
            };
            let title = r.title.as_deref().map(str::trim).filter(|t| !t.is_empty());
            let id = r
                .jabatan_id
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty());
            let seat = match (title, id) {
                (Some(title), id) => {
                    let facts = SeatFacts {
                        jabatan_id: id,
                        title,
                        jenis: r.jenis,
                        eselon: r.eselon,
                    };
                    let found = self.seats.place(unit, &self.units, &facts);
                    note_normalized(&found, title, r.at, &mut self.sink);
                    found.ix()
                }
                (None, Some(id)) => match self.seats.find(unit, Some(id), None) {
                    Some(s) => s,
                    None => {
                        self.sink.error(
                            r.at,
                            col::NAMA_JABATAN,
                            None,
                            msg!("import-seat-needs-title", id = id),
                        );
                        continue;
                    }
                },
                (None, None) => {
                    let m = msg!("import-seat-needs-title-or-id");
                    self.sink.error(r.at, col::NAMA_JABATAN, None, m);
                    continue;
                }
            };
            self.seats
                .set_kebutuhan(seat, r.at, r.kebutuhan, r.bezetting, &mut self.sink);
        }
    }

    /// One employee per active profile row, laid over the stored record.
    fn people(&mut self, profiles: &[ProfileRow]) {
        self.listed.extend(profiles.iter().map(|r| r.nip));
        let rows = people::unique_rows(profiles, &mut self.sink);
        self.built.reserve(rows.len());
        for r in rows {
            if !r.active {
                self.inactive_nips.insert(r.nip);
                self.summary.inactive.push(Inactive {
                    nip: r.nip,
                    name: r.name.clone(),
                    kedudukan: r.kedudukan.clone().unwrap_or_default(),
                });
                continue;
            }
            if !people::check_profile(r, &mut self.sink) {
                continue;
            }
            let seat = self.place_person(r);
            let stored = self.stored_people.get(&r.nip).copied();
            let position = seat.map(|s| self.seats.seats[s].id.clone());
            if let Some(e) = people::employee_from(r, position, stored) {
                match stored {
                    Some(s) => {
                        self.summary.people_updated += usize::from(s != &e);
                        self.summary.people_moved += usize::from(s.position != e.position);
                    }
                    None => self.summary.people_new += 1,
                }
                self.built.insert(r.nip, e);
            }
        }
    }

    /// The seat a person holds, found or created in their unit; `None` when the row names
    /// no seat (not placed) or its unit is unknown (an error).
    fn place_person(&mut self, r: &ProfileRow) -> Option<usize> {
        let title = r
            .jabatan
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())?;
        let unit_name = r
            .unor_name
            .as_deref()
            .or_else(|| r.unor_path.last().map(String::as_str));
        let unit = self.resolve(r.unor_id.as_deref(), unit_name, r.at)?;
        let facts = SeatFacts {
            jabatan_id: r
                .jabatan_id
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty()),
            title,
            jenis: r.jenis,
            eselon: r.eselon,
        };
        let found = self.seats.place(unit, &self.units, &facts);
        note_normalized(&found, title, r.at, &mut self.sink);
        Some(found.ix())
    }

    /// The standar kompetensi of each seat it names.
    fn standards(&mut self, rows: &[StandardRow]) {
        let mut by_title: Option<HashMap<String, Vec<usize>>> = None;
        for r in rows {
            let seat = if r.unor_id.as_deref().is_some_and(|s| !s.trim().is_empty()) {
                self.resolve(r.unor_id.as_deref(), None, r.at)
                    .and_then(|u| {
                        self.seats
                            .find(u, r.jabatan_id.as_deref(), r.title.as_deref())
                    })
            } else {
                let by_id = r
                    .jabatan_id
                    .as_deref()
                    .and_then(|id| self.seats.by_siasn_anywhere(id));
                by_id.or_else(|| {
                    let seats = &self.seats.seats;
                    let map = by_title.get_or_insert_with(|| {
                        let mut m: HashMap<String, Vec<usize>> = HashMap::default();
                        for (i, p) in seats.iter().enumerate() {
                            m.entry(title_key(&p.title)).or_default().push(i);
                        }
                        m
                    });
                    match map.get(&title_key(r.title.as_deref()?)).map(Vec::as_slice) {
                        Some([one]) => Some(*one),
                        _ => None,
                    }
                })
            };
            match seat {
                Some(s) => {
                    self.seats.seats[s].requirements = self.dictionary.levels(&r.levels);
                    self.summary.standards += 1;
                }
                None => {
                    let what = r
                        .title
                        .clone()
                        .or_else(|| r.jabatan_id.clone())
                        .unwrap_or_default();
                    let m = msg!("import-standard-unmatched", seat = what.as_str());
                    self.sink.note(r.at, col::NAMA_JABATAN, Some(&what), m);
                }
            }
        }
    }

    /// Whether a NIP is someone the profile files or the stored organization have (a
    /// leaver's assessment may still be in this month's rekap).
    fn known(&self, nip: &Nip) -> bool {
        self.listed.contains(nip) || self.stored_people.contains_key(nip)
    }

    /// Assessment levels and SKP years, checked against the people.
    fn extras(&mut self, assessments: &[AssessmentRow], skp: &[SkpRow]) -> Extras {
        let mut assessed: HashMap<Nip, At> = HashMap::default();
        let mut levels = Vec::new();
        for r in assessments {
            if !self.known(&r.nip) {
                let m = msg!("import-assessment-unknown-nip", nip = r.nip.as_str());
                self.sink.error(r.at, col::NIP, Some(r.nip.as_str()), m);
                continue;
            }
            if let Some(first) = assessed.insert(r.nip, r.at) {
                let file = self.sink.file(first);
                let m = msg!(
                    "import-assessed-twice",
                    nip = r.nip.as_str(),
                    file = file,
                    row = first.row.to_string()
                );
                self.sink.error(r.at, col::NIP, Some(r.nip.as_str()), m);
                continue;
            }
            levels.push(Assessed {
                nip: r.nip,
                levels: self.dictionary.levels(&r.levels),
                jpm: r.jpm.clone(),
                at: r.at,
            });
        }
        for r in skp {
            if !self.known(&r.nip) {
                let m = msg!("import-skp-unknown-nip", nip = r.nip.as_str());
                self.sink.error(r.at, col::NIP, Some(r.nip.as_str()), m);
            }
        }
        (levels, people::skp_by_person(skp, &mut self.sink))
    }

    /// Lays the assessments and SKP over the people; a person only in the stored
    /// organization (files without a profile export) is taken from there.
    fn lay_over(&mut self, (levels, skp): Extras) {
        // With a profile export, only the people it imports get levels and SKP: a leaver's or
        // an inactive person's rows are left aside (and counted in a note).
        let profiles = self.covered.pns || self.covered.pppk;
        let mut aside: HashSet<Nip> = HashSet::default();
        for a in levels {
            if profiles && !self.built.contains_key(&a.nip) {
                aside.insert(a.nip);
            } else if let Some(e) = person(&mut self.built, &self.stored_people, a.nip) {
                e.competencies = a.levels;
                self.summary.assessed += 1;
                if let Some(written) = a.jpm.as_deref() {
                    let seat = e.position.as_deref().and_then(|id| self.seats.index_of(id));
                    self.cross_check_jpm(a.nip, seat, written, a.at);
                }
            }
        }
        for (nip, years) in &skp {
            if profiles && !self.built.contains_key(nip) {
                aside.insert(*nip);
            } else if let Some(e) = person(&mut self.built, &self.stored_people, *nip) {
                people::merge_skp(&mut e.profile.skp, years);
                e.performance = e.profile.latest_skp().map(|y| y.predicate);
                self.summary.skp_years += years.len();
            }
        }
        if !aside.is_empty() {
            let m = msg!("import-rows-for-absent", count = aside.len());
            self.sink.general(Severity::Note, m);
        }
    }

    /// Compares the JPM an assessment rekap wrote with the one penata computes from the
    /// same levels and the seat's standard; a difference of more than one point is a note.
    fn cross_check_jpm(&mut self, nip: Nip, seat: Option<usize>, written: &str, at: At) {
        let Some(given) = parse_jpm(written) else {
            return;
        };
        let Some(e) = self.built.get(&nip) else {
            return;
        };
        let Some(p) = seat.map(|s| &self.seats.seats[s]) else {
            return;
        };
        if p.requirements.is_empty() {
            return;
        }
        let Some(fit) = crate::domain::job_person_match(&e.competencies, &p.requirements) else {
            return;
        };
        if (fit.percent - given).abs() > 1.0 {
            let m = msg!(
                "import-jpm-differs",
                written = written.trim(),
                computed = format!("{:.1}", fit.percent),
                seat = p.title.as_str()
            );
            self.sink.note(at, col::JPM, Some(written.trim()), m);
        }
    }

    /// Every employee of the result: the stored ones the files did not touch (leavers
    /// among them kept unless `--drop-missing`), then the built ones.
    fn leavers(&mut self, opts: Options) -> Vec<Employee> {
        let mut employees = Vec::with_capacity(self.current.employees().len() + self.built.len());
        for e in self.current.employees() {
            if self.built.contains_key(&e.nip) {
                continue;
            }
            if self.covered.covers(e.nip.kind()) || self.inactive_nips.contains(&e.nip) {
                self.summary.leavers.push(Leaver {
                    nip: e.nip,
                    name: e.name.clone(),
                });
                if opts.drop_missing {
                    continue;
                }
            }
            employees.push(e.clone());
        }
        self.summary.dropped = opts.drop_missing && !self.summary.leavers.is_empty();
        employees.extend(std::mem::take(&mut self.built).into_values());
        employees
    }

    /// Formation: the peta jabatan's kebutuhan; for a new seat it does not list (or with
    /// no peta jabatan at all), the holders. Bezetting is compared with the holders.
    fn formation(&mut self, employees: &[Employee]) {
        let mut holders = vec![0u32; self.seats.seats.len()];
        for e in employees {
            if let Some(s) = e.position.as_deref().and_then(|p| self.seats.index_of(p)) {
                holders[s] += 1;
            }
        }
        let stored = self.current.positions().len();
        let mut vacancies = 0u32;
        for (i, &h) in holders.iter().enumerate() {
            let title = self.seats.seats[i].title.clone();
            match self.seats.in_peta[i] {
                Some(at) => {
                    vacancies += self.seats.seats[i].formation.saturating_sub(h);
                    if let Some(b) = self.seats.bezetting[i].filter(|&b| b != h) {
                        let m = msg!(
                            "import-bezetting-differs",
                            title = title.as_str(),
                            file = b,
                            holders = h
                        );
                        self.sink.note(at, col::BEZETTING, Some(&b.to_string()), m);
                    }
                }
                None if i >= stored => {
                    self.seats.seats[i].formation = h;
                    if self.peta && h > 0 {
                        let unit = self.units.units[self.seats.unit_of(i)].name.clone();
                        let m = msg!(
                            "import-seat-not-in-peta",
                            title = title.as_str(),
                            unit = unit.as_str(),
                            holders = h
                        );
                        self.sink.general(Severity::Note, m);
                    }
                }
                None => {}
            }
        }
        self.summary.vacancies = self.peta.then_some(vacancies);
        if !self.peta {
            self.sink
                .general(Severity::Note, msg!("import-vacancies-unknown"));
        }
    }

    /// The organization and the summary.
    fn finish(
        mut self,
        employees: Vec<Employee>,
        profiles: &[ProfileRow],
    ) -> (Organization, Summary, Sink<'a>) {
        let s = &mut self.summary;
        s.units_new = self.units.created();
        s.units_renamed = self.units.renamed;
        s.units_moved = self.units.moved;
        s.seats_new = self.seats.created();
        s.seats_renamed = self.seats.renamed;
        s.competencies_new = self.dictionary.added;
        let name = if self.current.is_empty() {
            self.units
                .instansi
                .clone()
                .or_else(|| most_common(profiles.iter().filter_map(|p| p.instansi.as_deref())))
                .or_else(|| self.files.first().map(|f| f.name.clone()))
                .unwrap_or_default()
        } else {
            self.current.name().to_string()
        };
        let (units, _) = self.units.finish();
        let org = Organization::from_parts(
            name,
            self.dictionary.list,
            units,
            self.seats.seats,
            employees,
        );
        let mut summary = self.summary;
        summary.units = org.units().len();
        summary.seats = org.positions().len();
        summary.people = org.employees().len();
        (org, summary, self.sink)
    }
}
