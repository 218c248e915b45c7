//! The seats (jabatan) of an import: from the peta jabatan (the only source of kebutuhan)
//! and from the seats people hold, matched to stored seats by SIASN id within the unit,
//! else by normalized title within the unit; their type from `JENIS JABATAN` and eselon.

use super::findings::HashMap;

use crate::domain::{Jenjang, Position, PositionType};
use crate::lang::msg;

use super::findings::{Sink, col};
use super::ident::{ADMINISTRATOR_TITLES, Ids, JPT_PRATAMA_TITLES, title_key};
use super::rows::{At, Eselon, JenisJabatan};
use super::units::UnitSet;

/// The seats being built: the stored ones first, then new ones.
#[derive(Debug)]
pub struct SeatSet {
    pub seats: Vec<Position>,
    /// `(unit, JABATAN ID)` -> seat.
    by_siasn: HashMap<usize, HashMap<String, usize>>,
    /// `(unit, title key)` -> seat.
    by_title: HashMap<usize, HashMap<String, usize>>,
    /// `(unit, title as written)` -> the title key, so a title met a thousand times (every
    /// teacher's) is normalized once.
    keys: HashMap<String, String>,
    /// Seat id -> seat, for the people who name their seat by id.
    by_id: HashMap<String, usize>,
    /// The unit index of every seat.
    unit_of: Vec<usize>,
    ids: Ids,
    stored: usize,
    /// Seats the peta jabatan listed (their kebutuhan is known), with the row.
    pub in_peta: Vec<Option<At>>,
    /// The bezetting the peta jabatan gave, for the cross-check.
    pub bezetting: Vec<Option<u32>>,
    pub renamed: usize,
}

/// What is known of a seat from one row.
pub struct SeatFacts<'a> {
    pub jabatan_id: Option<&'a str>,
    pub title: &'a str,
    pub jenis: Option<JenisJabatan>,
    pub eselon: Option<Eselon>,
}

/// How a seat was found.
pub enum Found {
    /// By SIASN id, or by the title as written.
    Exact(usize),
    /// Only after normalizing the title (abbreviations, case): worth a note.
    Normalized(usize, String),
    New(usize),
}

impl Found {
    pub fn ix(&self) -> usize {
        match *self {
            Found::Exact(i) | Found::Normalized(i, _) | Found::New(i) => i,
        }
    }
}

/// The type of a seat from `JENIS JABATAN` and eselon: II is JPT Pratama (a kota,
/// kabupaten or province dinas), III Administrator, IV and V Pengawas; functional and
/// pelaksana seats by their jenis; without either, a jenjang in the title means functional.
pub fn seat_kind(jenis: Option<JenisJabatan>, eselon: Option<Eselon>, title: &str) -> PositionType {
    if let Some(e) = eselon {
        return match (e.level, e.sub) {
            (1, Some(0)) => PositionType::JptUtama,
            (1, _) => PositionType::JptMadya,
            (2, _) => PositionType::JptPratama,
            (3, _) => PositionType::Administrator,
            _ => PositionType::Pengawas,
        };
    }
    match jenis {
        Some(JenisJabatan::Fungsional) => PositionType::Fungsional,
        Some(JenisJabatan::Pelaksana) => PositionType::Pelaksana,
        Some(JenisJabatan::Struktural) => structural_by_title(title),
        None if Jenjang::from_title(title).is_some() => PositionType::Fungsional,
        None => PositionType::Pelaksana,
    }
}

/// A structural seat without eselon: the usual titles of a kota's seats.
fn structural_by_title(title: &str) -> PositionType {
    let key = title_key(title);
    let starts = |list: &[&str]| list.iter().any(|p| key.starts_with(p));
    if starts(JPT_PRATAMA_TITLES) {
        PositionType::JptPratama
    } else if starts(ADMINISTRATOR_TITLES) {
        PositionType::Administrator
    } else {
        PositionType::Pengawas
    }
}

/// The key of a title, normalized once per distinct title as written.
fn key<'k>(keys: &'k mut HashMap<String, String>, title: &str) -> &'k str {
    if !keys.contains_key(title) {
        keys.insert(title.to_string(), title_key(title));
    }
    keys.get(title).map_or("", String::as_str)
}

impl SeatSet {
    /// Starts from the stored seats; `unit_ix` gives the index of each stored unit's id.
    pub fn new(stored: &[Position], unit_ix: &HashMap<String, usize>) -> SeatSet {
        let mut set = SeatSet {
            seats: stored.to_vec(),
            by_siasn: HashMap::default(),
            by_title: HashMap::default(),
            keys: HashMap::default(),
            by_id: stored
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id.clone(), i))
                .collect(),
            unit_of: Vec::with_capacity(stored.len()),
            ids: Ids::with_taken(stored.iter().map(|p| p.id.as_str())),
            stored: stored.len(),
            in_peta: vec![None; stored.len()],
            bezetting: vec![None; stored.len()],
            renamed: 0,
        };
        for (i, p) in stored.iter().enumerate() {
            let u = unit_ix.get(&p.unit).copied().unwrap_or(usize::MAX);
            set.unit_of.push(u);
            if let Some(s) = &p.siasn_id {
                set.by_siasn.entry(u).or_default().insert(s.clone(), i);
            }
            set.by_title
                .entry(u)
                .or_default()
                .entry(title_key(&p.title))
                .or_insert(i);
        }
        set
    }

    /// Seats created by this import.
    pub fn created(&self) -> usize {
        self.seats.len() - self.stored
    }

    /// The seat with penata id `id`.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The unit a seat is in.
    pub fn unit_of(&self, seat: usize) -> usize {
        self.unit_of[seat]
    }

    /// The seat with SIASN id `id` in any unit, when only one has it.
    pub fn by_siasn_anywhere(&self, id: &str) -> Option<usize> {
        let mut found = self.by_siasn.values().filter_map(|m| m.get(id).copied());
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// The seat with SIASN id `id` in a unit.
    fn siasn_in(&self, unit: usize, id: &str) -> Option<usize> {
        self.by_siasn.get(&unit)?.get(id).copied()
    }

    /// Looks a seat up in a unit without creating it.
    pub fn find(
        &self,
        unit: usize,
        jabatan_id: Option<&str>,
        title: Option<&str>,
    ) -> Option<usize> {
        jabatan_id
            .and_then(|id| self.siasn_in(unit, id))
            .or_else(|| title.and_then(|t| self.by_title.get(&unit)?.get(&title_key(t)).copied()))
    }

    /// Finds the seat in `unit`, or creates it (with formation 0 until something says).
    pub fn place(&mut self, unit: usize, units: &UnitSet, facts: &SeatFacts) -> Found {
        let title = facts.title.trim();
        let by_id = facts.jabatan_id.and_then(|id| self.siasn_in(unit, id));
        let found = match by_id {
            Some(i) => Found::Exact(i),
            None => match self
                .by_title
                .get(&unit)
                .and_then(|m| m.get(key(&mut self.keys, title)).copied())
            {
                // A seat that has another SIASN id is another seat.
                Some(i)
                    if facts.jabatan_id.is_none()
                        || self.seats[i].siasn_id.is_none()
                        || self.seats[i].siasn_id.as_deref() == facts.jabatan_id =>
                {
                    if self.seats[i].title == title {
                        Found::Exact(i)
                    } else {
                        Found::Normalized(i, self.seats[i].title.clone())
                    }
                }
                _ => {
                    let id = self.ids.fresh(Some(units.id(unit)), title);
                    self.by_id.insert(id.clone(), self.seats.len());
                    self.seats.push(Position {
                        id,
                        unit: units.id(unit).to_string(),
                        title: title.to_string(),
                        kind: seat_kind(facts.jenis, facts.eselon, title),
                        formation: 0,
                        requirements: Default::default(),
                        workload: Vec::new(),
                        siasn_id: None,
                        jenjang: None,
                    });
                    self.unit_of.push(unit);
                    self.in_peta.push(None);
                    self.bezetting.push(None);
                    let i = self.seats.len() - 1;
                    self.by_title
                        .entry(unit)
                        .or_default()
                        .insert(title_key(title), i);
                    Found::New(i)
                }
            },
        };
        let i = found.ix();
        let seat = &mut self.seats[i];
        if let Some(id) = facts.jabatan_id {
            seat.siasn_id = Some(id.to_string());
            self.by_siasn
                .entry(unit)
                .or_default()
                .insert(id.to_string(), i);
        }
        if matches!(found, Found::Exact(_))
            && by_id.is_some()
            && seat.title != title
            && !title.is_empty()
        {
            seat.title = title.to_string();
            if i < self.stored {
                self.renamed += 1;
            }
        }
        if facts.jenis.is_some() || facts.eselon.is_some() {
            seat.kind = seat_kind(facts.jenis, facts.eselon, &seat.title);
        }
        if seat.kind == PositionType::Fungsional
            && let Some(j) = Jenjang::from_title(&seat.title)
        {
            seat.jenjang = Some(j);
        }
        found
    }

    /// Records a peta jabatan row's kebutuhan (and bezetting) for a seat; a seat listed
    /// twice is an error naming the first row.
    pub fn set_kebutuhan(
        &mut self,
        seat: usize,
        at: At,
        kebutuhan: u32,
        bezetting: Option<u32>,
        sink: &mut Sink,
    ) {
        if let Some(first) = self.in_peta[seat] {
            let title = self.seats[seat].title.clone();
            sink.error(
                at,
                col::NAMA_JABATAN,
                Some(&title),
                msg!(
                    "import-seat-twice",
                    title = title.as_str(),
                    file = sink.file(first),
                    row = first.row.to_string()
                ),
            );
            return;
        }
        self.in_peta[seat] = Some(at);
        self.bezetting[seat] = bezetting;
        self.seats[seat].formation = kebutuhan;
    }
}

/// A note when a seat was found only after normalizing its title.
pub fn note_normalized(found: &Found, title: &str, at: At, sink: &mut Sink) {
    if let Found::Normalized(_, matched) = found {
        let m = msg!(
            "import-title-normalized",
            title = title,
            matched = matched.as_str()
        );
        sink.note(at, col::NAMA_JABATAN, Some(title), m);
    }
}
