//! The values of SIASN exports and office workbooks, read tolerantly: NIPs with an
//! apostrophe or spaces, dates in the three usual shapes or as Excel serials, golongan as
//! written by hand (`III c`, `Penata Muda (III/a)`), kedudukan hukum, jenis jabatan, eselon,
//! competency levels and SKP predicates. Each reader gives the value or the message that
//! says what would be valid.

use time::{Date, Duration, Month};

use super::grid::Cell;
use super::rows::{Eselon, JenisJabatan};
use crate::domain::nip::Sex;
use crate::domain::{Level, Nip, Performance, Rank};
use crate::lang::{Msg, msg};

/// A NIP: a leading apostrophe (Excel's "keep as text" mark) and spaces are dropped; a
/// number cell or scientific notation means the spreadsheet already lost digits.
pub(crate) fn nip(cell: Cell<'_>) -> Result<Nip, Msg> {
    let text = match cell {
        Cell::Text(t) => t,
        Cell::Empty => return Err(msg!("siasn-nip-missing")),
        _ => return Err(msg!("siasn-nip-number")),
    };
    let t = text.trim_start_matches(['\'', '`', '\u{2019}']).trim();
    let scientific = t.contains(['E', 'e'])
        && t.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'E' | b'e' | b'+'));
    if scientific {
        return Err(msg!("siasn-nip-number"));
    }
    let result = if t.contains(|c: char| c.is_whitespace() && c != ' ') {
        let spaced: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        Nip::parse(&spaced)
    } else {
        Nip::parse(t)
    };
    result.map_err(|e| msg!("siasn-nip-invalid", reason = e.msg()))
}

/// The date of an Excel serial day number (1 = 1900-01-01, with Excel's phantom
/// 1900-02-29 at 60), ignoring the time of day.
pub(crate) fn serial_date(serial: f64) -> Option<Date> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    let base = Date::from_calendar_date(1899, Month::December, 30).ok()?;
    // Excel counts 1900 as a leap year: serials before its phantom 29 February are a day off.
    let days = if days < 60 { days + 1 } else { days };
    base.checked_add(Duration::days(days))
}

/// A date: `dd-mm-yyyy`, `dd/mm/yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd` (a time after it is
/// ignored), `yyyymmdd`, or an Excel serial (as a date or number cell, or as text).
pub(crate) fn date(cell: Cell<'_>) -> Result<Option<Date>, Msg> {
    let bad = || msg!("siasn-bad-date");
    match cell {
        Cell::Empty => Ok(None),
        Cell::Date(s) | Cell::Number(s) => serial_date(s).map(Some).ok_or_else(bad),
        Cell::Error(_) => Err(bad()),
        Cell::Text(t) => {
            // `2020-01-31T00:00:00`, `31-01-2020 00:00`: the time is not needed.
            let day = t.split([' ', 'T']).next().unwrap_or(t);
            if day.bytes().all(|b| b.is_ascii_digit()) {
                return match day.len() {
                    8 => ymd(&day[0..4], &day[4..6], &day[6..8]),
                    1..=7 => day
                        .parse::<f64>()
                        .ok()
                        .and_then(serial_date)
                        .map(Some)
                        .ok_or_else(bad),
                    _ => Err(bad()),
                };
            }
            let mut parts = day.split(['-', '/', '.']);
            let (Some(a), Some(b), Some(c), None) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                return Err(bad());
            };
            if a.len() == 4 {
                ymd(a, b, c)
            } else if c.len() == 4 {
                ymd(c, b, a)
            } else {
                Err(bad())
            }
        }
    }
}

fn ymd(y: &str, m: &str, d: &str) -> Result<Option<Date>, Msg> {
    let num = |s: &str| s.parse::<u16>().ok();
    let date = (|| {
        let month = Month::try_from(u8::try_from(num(m)?).ok()?).ok()?;
        let day = u8::try_from(num(d)?).ok()?;
        Date::from_calendar_date(i32::from(num(y)?), month, day).ok()
    })();
    date.map(Some).ok_or_else(|| msg!("siasn-bad-date"))
}

/// A golongan as offices write it: `III/c`, `III/C`, `III c`, `IIIc`, `III.c`, `Penata
/// Muda (III/a)`, `Gol. III/a`, PPPK `IX` or `Golongan IX`.
pub(crate) fn rank(text: &str) -> Result<Rank, Msg> {
    let t = text.trim();
    if let Ok(r) = Rank::parse(t) {
        return Ok(r);
    }
    let mut tries: Vec<&str> = vec![t];
    if let (Some(open), Some(close)) = (t.find('('), t.rfind(')'))
        && open < close
    {
        tries.push(&t[open + 1..close]);
        tries.push(&t[..open]);
    }
    if let Some((before, after)) = t.split_once(" - ") {
        tries.push(before);
        tries.push(after);
    }
    for candidate in tries {
        if let Some(r) = rank_of(candidate) {
            return Ok(r);
        }
    }
    Err(crate::domain::RankError(text.to_owned()).msg())
}

fn rank_of(text: &str) -> Option<Rank> {
    let lower = text.trim().to_ascii_lowercase();
    let mut t = lower.as_str();
    for prefix in ["golongan", "gol.", "gol"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest.trim_start_matches(['.', ' ']);
            break;
        }
    }
    let compact: String = t.chars().filter(|c| !matches!(c, ' ' | '.')).collect();
    if let Ok(r) = Rank::parse(&compact) {
        return Some(r);
    }
    // `iiic`: the roman numeral (letters i, v, x only) then the ruang letter a-e.
    let last = compact.chars().last()?;
    let head = &compact[..compact.len() - last.len_utf8()];
    if ('a'..='e').contains(&last) && !head.is_empty() && head.bytes().all(|b| b"ivx".contains(&b))
    {
        return Rank::parse(&format!("{head}/{last}")).ok();
    }
    None
}

/// Whether a `KEDUDUKAN HUKUM` counts as active staff: empty, anything saying `aktif` (but
/// not `tidak aktif` / `non aktif`), `CPNS`, `PPPK`, and `Tugas Belajar` (still a serving
/// civil servant, away for study). Everything else (`CLTN`, `Pemberhentian`, `Meninggal`,
/// `Pensiun`, `Diberhentikan Sementara` ...) is not.
pub(crate) fn active(kedudukan: &str) -> bool {
    if kedudukan.eq_ignore_ascii_case("aktif") {
        return true;
    }
    let t: String = kedudukan
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if t.is_empty() {
        return true;
    }
    if t.contains("tidakaktif") || t.contains("nonaktif") {
        return false;
    }
    t.contains("aktif") || t.contains("cpns") || t.contains("pppk") || t.contains("tugasbelajar")
}

/// `JENIS JABATAN`: the SIASN id (1, 2, 4) or its name, also `JFT` and `JFU`.
pub(crate) fn jenis(cell: Cell<'_>) -> Result<Option<JenisJabatan>, Msg> {
    match cell {
        Cell::Text("1") => return Ok(Some(JenisJabatan::Struktural)),
        Cell::Text("2") => return Ok(Some(JenisJabatan::Fungsional)),
        Cell::Text("4") => return Ok(Some(JenisJabatan::Pelaksana)),
        _ => {}
    }
    let text = match cell {
        Cell::Empty => return Ok(None),
        Cell::Number(n) => super::grid::number_text(n),
        other => other.written(),
    };
    let t: String = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let jenis = match t.as_str() {
        "1" | "10" => JenisJabatan::Struktural,
        "2" | "20" => JenisJabatan::Fungsional,
        "4" | "40" => JenisJabatan::Pelaksana,
        "jft" | "jf" => JenisJabatan::Fungsional,
        "jfu" => JenisJabatan::Pelaksana,
        _ if t.contains("umum") || t.contains("pelaksana") => JenisJabatan::Pelaksana,
        _ if t.contains("fungsional") => JenisJabatan::Fungsional,
        _ if t.contains("struktural") || t == "jpt" => JenisJabatan::Struktural,
        _ => return Err(msg!("siasn-bad-jenis")),
    };
    Ok(Some(jenis))
}

/// An eselon: `II.a`, `II/a`, `IIa`, `II A`, `Eselon III.b`, the SIASN ids `21`..`52`
/// (level digit, then 1 = a); `Non Eselon`, `-`, `0`, `99` or empty: none.
pub(crate) fn eselon(cell: Cell<'_>) -> Result<Option<Eselon>, Msg> {
    let text = match cell {
        Cell::Empty => return Ok(None),
        other => other.written(),
    };
    let t: String = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let t = t.strip_prefix("eselon").unwrap_or(&t);
    if matches!(t, "" | "0" | "00" | "99" | "non" | "noneselon" | "tidakada") {
        return Ok(None);
    }
    let bad = || msg!("siasn-bad-eselon");
    if t.bytes().all(|b| b.is_ascii_digit()) {
        let b = t.as_bytes();
        if b.len() != 2 || !(b'1'..=b'5').contains(&b[0]) || !(b'1'..=b'5').contains(&b[1]) {
            return Err(bad());
        }
        return Ok(Some(Eselon {
            level: b[0] - b'0',
            sub: Some(b[1] - b'1'),
        }));
    }
    let roman_len = t.bytes().take_while(|b| b"ivx".contains(b)).count();
    let level = match &t[..roman_len] {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        "v" => 5,
        _ => return Err(bad()),
    };
    let sub = match &t[roman_len..] {
        "" => None,
        s if s.len() == 1 && ('a'..='e').contains(&(s.as_bytes()[0] as char)) => {
            Some(s.as_bytes()[0] - b'a')
        }
        _ => return Err(bad()),
    };
    Ok(Some(Eselon { level, sub }))
}

/// A whole number written as `3`, `3.0` or `3,0` (or stored as a number).
fn whole(cell: Cell<'_>) -> Option<f64> {
    let f = match cell {
        Cell::Number(f) => f,
        Cell::Text(t) => t.trim().replace(',', ".").parse::<f64>().ok()?,
        _ => return None,
    };
    (f.is_finite() && f.fract() == 0.0).then_some(f)
}

/// A competency level 1-5; empty: not assessed (or not required).
pub(crate) fn level(cell: Cell<'_>) -> Result<Option<Level>, Msg> {
    if cell.is_empty() {
        return Ok(None);
    }
    match whole(cell) {
        Some(f) if (1.0..=5.0).contains(&f) => Ok(Some(f as Level)),
        _ => Err(msg!("siasn-bad-level")),
    }
}

/// Whether a cell could hold a level at all (a single whole digit), which is how a column
/// with an unknown header is told to be a technical competency.
pub(crate) fn looks_like_level(cell: Cell<'_>) -> bool {
    whole(cell).is_some_and(|f| (0.0..=9.0).contains(&f))
}

/// A count of seats (`KEBUTUHAN`, `BEZETTING`) or an order (`URUTAN`): a whole number, 0 or
/// more; empty: none.
pub(crate) fn count(cell: Cell<'_>) -> Result<Option<u32>, Msg> {
    if cell.is_empty() {
        return Ok(None);
    }
    match whole(cell) {
        Some(f) if (0.0..=f64::from(u32::MAX)).contains(&f) => Ok(Some(f as u32)),
        _ => Err(msg!("siasn-bad-count")),
    }
}

/// An SKP year, 1990-2100.
pub(crate) fn year(cell: Cell<'_>) -> Result<u16, Msg> {
    match whole(cell) {
        Some(f) if (1990.0..=2100.0).contains(&f) => Ok(f as u16),
        _ => Err(msg!("siasn-bad-year")),
    }
}

/// An SKP predicate, any case and spacing, and whether it is an old (PP 46/2011) one read
/// as the nearest of today's five (`Cukup` as Butuh Perbaikan, `Buruk` as Sangat Kurang).
pub(crate) fn predicate(text: &str) -> Result<(Performance, bool), Msg> {
    let t: String = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    Ok(match t.as_str() {
        "sangatbaik" => (Performance::SangatBaik, false),
        "baik" => (Performance::Baik, false),
        "butuhperbaikan" | "perluperbaikan" => (Performance::ButuhPerbaikan, false),
        "kurang" | "kurangmisconduct" | "misconduct" => (Performance::Kurang, false),
        "sangatkurang" => (Performance::SangatKurang, false),
        "cukup" => (Performance::ButuhPerbaikan, true),
        "buruk" => (Performance::SangatKurang, true),
        _ => return Err(msg!("siasn-bad-predicate")),
    })
}

/// `JENIS KELAMIN` when it is one of the usual spellings.
pub(crate) fn sex(text: &str) -> Option<Sex> {
    match text.trim().to_lowercase().as_str() {
        "l" | "lk" | "laki" | "laki-laki" | "pria" | "m" | "1" => Some(Sex::Male),
        "p" | "pr" | "perempuan" | "wanita" | "f" | "2" => Some(Sex::Female),
        _ => None,
    }
}

/// `GELAR DEPAN NAMA, GELAR BELAKANG`, leaving out what is empty, in the person's case.
pub(crate) fn display_name(front: &str, name: &str, back: &str) -> String {
    let mut out = String::with_capacity(front.len() + name.len() + back.len() + 3);
    for part in [front, name] {
        let part = part.trim();
        if !part.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(part);
        }
    }
    let back = back.trim().trim_start_matches(',').trim();
    if !back.is_empty() {
        out.push_str(", ");
        out.push_str(back);
    }
    out
}

/// A unit name without leading `-` depth markers and without the instansi suffix
/// (` - PEMERINTAH KOTA BINJAI`, `- KABUPATEN DELI SERDANG`, ` - PROVINSI ACEH`).
pub(crate) fn unit_name(text: &str) -> &str {
    let t = text
        .trim()
        .trim_start_matches(|c: char| c == '-' || c == '\u{2013}' || c.is_whitespace());
    let mut end = t.len();
    for (i, _) in t.match_indices('-').rev() {
        // `Binjai-Kota Timur` is a name; ` - KOTA BINJAI` is the suffix.
        let spaced = t[..i].ends_with(' ') || t[i + 1..].starts_with(' ');
        if !spaced {
            continue;
        }
        let rest = t[i + 1..].trim_start();
        let rest = strip_prefix_ci(rest, "pemerintah").map_or(rest, str::trim_start);
        let place = ["kota ", "kabupaten ", "kab. ", "provinsi "]
            .iter()
            .any(|p| strip_prefix_ci(rest, p).is_some_and(|r| !r.trim().is_empty()));
        if place && !t[..i].trim().is_empty() {
            end = i;
            break;
        }
    }
    t[..end].trim_end()
}

/// `text` without `prefix` (ASCII, any case), if it starts with it.
fn strip_prefix_ci<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

#[cfg(test)]
#[path = "values_tests.rs"]
mod tests;
