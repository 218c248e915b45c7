//! How imported records are recognized again: seat titles compared after normalizing
//! (case, punctuation, the usual abbreviations), unit names compared within one parent, and
//! the ids penata gives to new units, seats and competencies.

use std::collections::HashSet;

use crate::domain::search::normalize_plain;

/// Abbreviations planners and SIASN write in seat titles, and what they stand for (after
/// normalizing: lower-case ASCII words).
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("kasubbag", "kepala sub bagian"),
    ("kasubag", "kepala sub bagian"),
    ("kasubbid", "kepala sub bidang"),
    ("kasubid", "kepala sub bidang"),
    ("subbagian", "sub bagian"),
    ("subbag", "sub bagian"),
    ("subbidang", "sub bidang"),
    ("subbid", "sub bidang"),
    ("kasi", "kepala seksi"),
    ("kasie", "kepala seksi"),
    ("kabid", "kepala bidang"),
    ("kabag", "kepala bagian"),
    ("kadis", "kepala dinas"),
    ("kaban", "kepala badan"),
    ("sekcam", "sekretaris kecamatan"),
    ("seklur", "sekretaris kelurahan"),
    ("sekdis", "sekretaris dinas"),
    ("sekban", "sekretaris badan"),
    ("sekda", "sekretaris daerah"),
    ("kaur", "kepala urusan"),
    ("ka", "kepala"),
    ("kep", "kepala"),
    ("uptd", "unit pelaksana teknis daerah"),
    ("upt", "unit pelaksana teknis"),
    ("dan", ""),
];

/// How the titles of JPT Pratama seats begin (after [`title_key`]), for a structural seat
/// without eselon.
pub const JPT_PRATAMA_TITLES: &[&str] = &[
    "sekretaris daerah",
    "kepala dinas",
    "kepala badan",
    "asisten",
];

/// How the titles of Administrator seats begin, likewise.
pub const ADMINISTRATOR_TITLES: &[&str] =
    &["kepala bidang", "kepala bagian", "camat", "sekretaris"];

/// Words that say a seat is held in an acting capacity, not a different seat.
const ACTING: &[&str] = &["plt", "plh", "pj", "pymt"];

/// A seat title as it is compared: normalized, abbreviations spelled out, acting markers
/// and the word "dan" dropped (`Plt. Kasubbag Umum & Kepegawaian` and `Kepala Sub Bagian
/// Umum dan Kepegawaian` are one seat).
pub fn title_key(title: &str) -> String {
    let plain = normalize_plain(title).text;
    let mut out = String::with_capacity(plain.len() + 16);
    for word in plain.split(' ').filter(|w| !w.is_empty()) {
        if ACTING.contains(&word) {
            continue;
        }
        let spelled = ABBREVIATIONS
            .iter()
            .find(|(short, _)| *short == word)
            .map_or(word, |(_, long)| long);
        for part in spelled.split(' ').filter(|p| !p.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(part);
        }
    }
    out
}

/// A unit name as it is compared within one parent: normalized, nothing expanded.
pub fn name_key(name: &str) -> String {
    normalize_plain(name).text
}

/// Hands out ids that are readable and unique: a slug of the name, with `-2`, `-3` ... when
/// it is taken.
#[derive(Debug, Default)]
pub struct Ids {
    taken: HashSet<String>,
}

/// Longest slug part of an id, in bytes (ASCII).
const MAX_SLUG: usize = 48;

impl Ids {
    /// Starts with the ids already in use.
    pub fn with_taken<'a>(ids: impl IntoIterator<Item = &'a str>) -> Ids {
        Ids {
            taken: ids.into_iter().map(str::to_owned).collect(),
        }
    }

    /// A new id `prefix` + slug of `name` (`dinas-kesehatan`, `dinas-kesehatan.kepala-dinas`).
    pub fn fresh(&mut self, prefix: Option<&str>, name: &str) -> String {
        let mut base = slug(name);
        if base.is_empty() {
            base.push('x');
        }
        let base = match prefix {
            Some(p) => format!("{p}.{base}"),
            None => base,
        };
        let mut id = base.clone();
        let mut n = 2u32;
        while self.taken.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.taken.insert(id.clone());
        id
    }
}

/// Lower-case ASCII words joined by `-`, cut at a word boundary.
pub fn slug(name: &str) -> String {
    let plain = normalize_plain(name).text;
    let mut out = String::new();
    for word in plain.split(' ').filter(|w| !w.is_empty()) {
        if out.len() + word.len() + 1 > MAX_SLUG && !out.is_empty() {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out.truncate(MAX_SLUG);
    out
}

/// A competency code for a technical competency known only by its name: the initials of
/// its words (`Pengelolaan Keuangan Daerah` -> `PKD`), made unique with a number.
pub fn competency_code(name: &str, taken: &HashSet<String>) -> String {
    let plain = normalize_plain(name).text;
    let mut base: String = plain
        .split(' ')
        .filter(|w| !w.is_empty() && *w != "dan" && *w != "dalam")
        .filter_map(|w| w.chars().next())
        .take(10)
        .collect::<String>()
        .to_ascii_uppercase();
    if base.len() < 2 {
        base = plain
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(10)
            .collect::<String>()
            .to_ascii_uppercase();
    }
    if base.is_empty() {
        base.push_str("TEK");
    }
    let mut code = base.clone();
    let mut n = 2u32;
    while taken.contains(&code) {
        code = format!("{base}{n}");
        n += 1;
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_and_acting_markers_compare_equal() {
        let long = title_key("Kepala Sub Bagian Umum dan Kepegawaian");
        assert_eq!(title_key("Plt. Kasubbag Umum & Kepegawaian"), long);
        assert_eq!(title_key("KASUBAG UMUM DAN KEPEGAWAIAN"), long);
        assert_eq!(
            title_key("Kasi Pemerintahan"),
            title_key("Kepala Seksi Pemerintahan")
        );
        assert_eq!(title_key("Sekcam"), title_key("Sekretaris Kecamatan"));
        assert_eq!(
            title_key("Kabid Anggaran"),
            title_key("Kepala Bidang Anggaran")
        );
        assert_ne!(title_key("Kepala Seksi 2"), title_key("Kepala Seksi 3"));
        assert_ne!(title_key("Kabag Umum"), title_key("Kabid Umum"));
    }

    #[test]
    fn fresh_ids_are_slugs_made_unique() {
        let mut ids = Ids::with_taken(["seksi-2-pelayanan"]);
        assert_eq!(ids.fresh(None, "Seksi 2 Pelayanan"), "seksi-2-pelayanan-2");
        assert_eq!(ids.fresh(None, "Seksi 2 Pelayanan"), "seksi-2-pelayanan-3");
        assert_eq!(
            ids.fresh(Some("dinkes"), "Kepala Dinas"),
            "dinkes.kepala-dinas"
        );
        assert_eq!(ids.fresh(None, "!!!"), "x");
        let long = ids.fresh(None, &"Bidang Pengelolaan ".repeat(10));
        assert!(long.len() <= MAX_SLUG, "{long}");
    }

    #[test]
    fn technical_codes_are_initials_made_unique() {
        let mut taken = HashSet::new();
        let a = competency_code("Pengelolaan Keuangan Daerah", &taken);
        assert_eq!(a, "PKD");
        taken.insert(a);
        assert_eq!(competency_code("Pengadaan Kendaraan Dinas", &taken), "PKD2");
        assert_eq!(competency_code("Hukum", &taken), "HUKUM");
    }
}
