//! The people of a generated organization, made one at a time: sex, birth year, NIP,
//! education, rank, name with titles, competencies, talent ratings and notes.

use std::collections::HashMap;
use std::io::{self, Write};

use fastrand::Rng;

use super::json_str;
use super::names::{self, REGIONS, Region};
use super::shape::{Field, Seat};
use crate::domain::PositionType;

/// The managerial and socio-cultural codes every assessment covers.
const MANAGERIAL: &[&str] = &["INT", "KS", "KOM", "OH", "PP", "PDO", "MP", "PK", "PB"];

/// Makes people one at a time; remembers only the NIP prefixes already used.
pub(super) struct People {
    pub(super) rng: Rng,
    /// First 15 NIP digits -> sequence numbers used (the sequence only grows on collision).
    pub(super) nips: HashMap<u64, u16>,
}

const PNS_RANKS: &[&str] = &[
    "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
    "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
];
const II_A: usize = 4;
const II_C: usize = 6;
const III_A: usize = 8;
const III_B: usize = 9;
const III_D: usize = 11;
const IV_A: usize = 12;
const IV_B: usize = 13;
const IV_D: usize = 15;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Education {
    Slta,
    D3,
    S1,
    S2,
}

impl People {
    fn pick<'a>(&mut self, list: &'a [&'a str]) -> &'a str {
        list[self.rng.usize(..list.len())]
    }

    pub(super) fn write<W: Write>(
        &mut self,
        w: &mut W,
        seat: Option<&Seat>,
        first: bool,
    ) -> io::Result<()> {
        let kind = seat.map_or(PositionType::Pelaksana, |s| s.kind);
        let field = seat.map_or(Field::Admin, |s| s.field);
        let title = seat.map_or("", |s| s.title);
        let leader = seat.is_some_and(|s| s.weight == 0.0);
        let pppk = seat.is_some_and(|s| self.rng.f64() < s.pppk);
        let female_share = match (leader, field) {
            (true, _) => 0.3,
            (false, Field::Health) => 0.75,
            (false, Field::Edu) => 0.65,
            _ => 0.45,
        };
        let female = self.rng.f64() < female_share || title.starts_with("Bidan");
        let (lo, hi) = match kind {
            PositionType::JptUtama | PositionType::JptMadya | PositionType::JptPratama => {
                (1967, 1976)
            }
            PositionType::Administrator => (1969, 1982),
            PositionType::Pengawas => (1969, 1990),
            _ if title.contains("Madya") => (1969, 1980),
            _ => (1969, 2001),
        };
        let education = if leader || title.contains("Ahli") {
            if self.rng.f64() < if leader { 0.6 } else { 0.2 } {
                Education::S2
            } else {
                Education::S1
            }
        } else if title.contains("Terampil") {
            Education::D3
        } else {
            match self.rng.u8(0..20) {
                0..=7 => Education::Slta,
                8..=12 => Education::D3,
                _ => Education::S1,
            }
        };
        let (nip, birth_year, service_from) = self.nip(lo, hi, female, pppk);
        let rank = if pppk {
            match education {
                Education::Slta => "V",
                Education::D3 => "VII",
                Education::S1 => "IX",
                Education::S2 => "X",
            }
        } else {
            PNS_RANKS[pns_rank(kind, title, education, 2026 - service_from)]
        };
        let name = self.name(seat, female, birth_year, education);
        write!(
            w,
            "{}    {{\"nip\": \"{nip}\", \"name\": ",
            if first { "" } else { ",\n" }
        )?;
        json_str(w, &name)?;
        write!(w, ", \"rank\": \"{rank}\", \"position\": ")?;
        match seat {
            Some(s) => write!(w, "\"{}\"", s.id)?,
            None => write!(w, "null")?,
        }
        write!(w, ", \"competencies\": {{")?;
        if self.rng.f64() < 0.7 {
            let std: i32 = match kind {
                PositionType::JptUtama | PositionType::JptMadya | PositionType::JptPratama => 4,
                PositionType::Administrator => 3,
                PositionType::Pengawas | PositionType::Fungsional => 2,
                PositionType::Pelaksana => 1,
            };
            for (i, code) in MANAGERIAL.iter().enumerate() {
                let level = (std + self.rng.i32(-1..=1)).clamp(1, 5);
                write!(w, "{}\"{code}\": {level}", if i == 0 { "" } else { ", " })?;
            }
            if let Some(s) = seat {
                write!(w, ", \"{}\": {}", s.tech, self.rng.u8(1..=5))?;
            }
        }
        write!(w, "}}")?;
        self.write_ratings(w)?;
        if self.rng.f64() < 0.03 {
            let text = self.pick(names::NOTES);
            let author = self.pick(names::AUTHORS);
            let (month, day) = (self.rng.u8(1..=11), self.rng.u8(1..=28));
            let (hour, minute) = (self.rng.u8(7..=16), self.rng.u8(0..60));
            write!(
                w,
                ", \"notes\": [{{\"at\": \"2026-{month:02}-{day:02}T{hour:02}:{minute:02}:00+07:00\", \"author\": \"{author}\", \"text\": "
            )?;
            json_str(w, text)?;
            write!(w, "}}]")?;
        }
        write!(w, "}}")
    }

    /// The talent ratings, each left out for some people: performance, potential, readiness.
    fn write_ratings<W: Write>(&mut self, w: &mut W) -> io::Result<()> {
        let perf = match self.rng.u8(0..100) {
            0..=9 => None,
            10..=24 => Some("sangat_baik"),
            25..=84 => Some("baik"),
            85..=94 => Some("butuh_perbaikan"),
            95..=98 => Some("kurang"),
            _ => Some("sangat_kurang"),
        };
        if let Some(p) = perf {
            write!(w, ", \"performance\": \"{p}\"")?;
        }
        let potential = match self.rng.u8(0..100) {
            0..=11 => None,
            12..=31 => Some("tinggi"),
            32..=84 => Some("menengah"),
            _ => Some("rendah"),
        };
        if let Some(p) = potential {
            write!(w, ", \"potential\": \"{p}\"")?;
        }
        let readiness = match self.rng.u8(0..100) {
            0..=19 => None,
            20..=79 => Some("siap"),
            80..=95 => Some("ragu"),
            _ => Some("menolak"),
        };
        if let Some(r) = readiness {
            write!(w, ", \"readiness\": \"{r}\"")?;
        }
        Ok(())
    }

    /// A unique NIP (PNS) or NI PPPK; returns it with the birth year and the year service began.
    fn nip(&mut self, lo: i32, hi: i32, female: bool, pppk: bool) -> (String, i32, i32) {
        loop {
            let year = self.rng.i32(lo..=hi);
            let month = self.rng.u32(1..=12);
            let day = self.rng.u32(1..=days_in_month(year, month));
            let sex = if female { 2 } else { 1 };
            let (start, middle) = if pppk {
                let appointed = self.rng.i32(2019..=2025).max(year + 18);
                let contracts = self.rng.u32(1..=3);
                (appointed, format!("{appointed:04}2{contracts}"))
            } else {
                let latest = 2025.min(year + 35);
                let earliest = (year + 19).min(latest);
                let mut tmt = self.rng.i32(earliest..=(year + 30).min(latest));
                if tmt < 1990 {
                    tmt = 1990.max(year + 18);
                }
                (tmt, format!("{tmt:04}{:02}", self.rng.u32(1..=12)))
            };
            let prefix = format!("{year:04}{month:02}{day:02}{middle}{sex}");
            let Ok(key) = prefix.parse::<u64>() else {
                continue;
            };
            let used = self.nips.entry(key).or_insert(0);
            if *used >= 999 {
                continue;
            }
            *used += 1;
            return (format!("{prefix}{:03}", *used), year, start);
        }
    }

    fn name(
        &mut self,
        seat: Option<&Seat>,
        female: bool,
        birth_year: i32,
        edu: Education,
    ) -> String {
        let total: u32 = REGIONS.iter().map(|r| r.weight).sum();
        let mut pick = self.rng.u32(..total);
        let mut region: &Region = &REGIONS[0];
        for r in REGIONS {
            if pick < r.weight {
                region = r;
                break;
            }
            pick -= r.weight;
        }
        let muslim = self.rng.f64() < region.muslim;
        let (a, b) = if female {
            (region.f1, region.f2)
        } else {
            (region.m1, region.m2)
        };
        let mut base = if self.rng.f64() < 0.1 {
            self.pick(a).to_string()
        } else {
            format!("{} {}", self.pick(a), self.pick(b))
        };
        if region.old_spelling && birth_year < 1976 && self.rng.f64() < 0.3 {
            base = old_spelling(&base);
        }
        let mut prefix = String::new();
        if muslim && birth_year < 1980 && self.rng.f64() < 0.08 {
            prefix.push_str(if female { "Hj. " } else { "H. " });
        }
        let field = seat.map_or(Field::Admin, |s| s.field);
        let doctor = seat.is_some_and(|s| s.doctor);
        let mut suffix = String::new();
        match edu {
            Education::Slta => {}
            Education::D3 => suffix = format!(", {}", self.pick(names::DIPLOMA)),
            Education::S1 | Education::S2 => {
                if doctor {
                    prefix.push_str("dr. ");
                } else if birth_year < 1970 && self.rng.bool() {
                    prefix.push_str(match (field, female) {
                        (Field::Tech, _) => "Ir. ",
                        (_, true) => "Dra. ",
                        (_, false) => "Drs. ",
                    });
                } else {
                    let list = match field {
                        Field::Admin => names::DEGREES_ADMIN,
                        Field::Health => names::DEGREES_HEALTH,
                        Field::Edu => names::DEGREES_EDU,
                        Field::Tech => names::DEGREES_TECH,
                    };
                    suffix = format!(", {}", self.pick(list));
                }
                if edu == Education::S2 {
                    if self.rng.f64() < 0.05 {
                        prefix.insert_str(0, "Dr. ");
                    }
                    suffix.push_str(", ");
                    suffix.push_str(self.pick(names::MASTERS));
                }
            }
        }
        format!("{prefix}{base}{suffix}")
    }
}

/// Spelling before the 1972 reform, still kept in older people's names: Soeprapto, Djoko.
pub(super) fn old_spelling(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        match c {
            'u' => out.push_str("oe"),
            'U' => out.push_str("Oe"),
            'j' => out.push_str("dj"),
            'J' => out.push_str("Dj"),
            'c' => out.push_str("tj"),
            'C' => out.push_str("Tj"),
            other => out.push(other),
        }
    }
    out
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A PNS golongan index from entry by education plus a step every four years, within the
/// band the seat allows.
fn pns_rank(kind: PositionType, title: &str, edu: Education, years: i32) -> usize {
    let entry = match edu {
        Education::Slta => II_A,
        Education::D3 => II_C,
        Education::S1 => III_A,
        Education::S2 => III_B,
    };
    let (floor, cap) = match kind {
        PositionType::JptUtama | PositionType::JptMadya | PositionType::JptPratama => (IV_A, IV_D),
        PositionType::Administrator => (III_D, IV_B),
        PositionType::Pengawas => (III_B, III_D),
        PositionType::Fungsional if title.contains("Madya") => (IV_A, IV_D - 1),
        PositionType::Fungsional if title.contains("Muda") => (III_B, III_D),
        PositionType::Fungsional if title.contains("Pertama") => (III_A, III_B),
        _ => (entry, III_D),
    };
    let steps = usize::try_from(years.max(0) / 4).unwrap_or(0);
    (entry + steps).clamp(floor.min(cap), cap.max(entry))
}
