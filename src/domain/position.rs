//! Units (a forest) and positions (jabatan) with their type, formation and requirements.

use serde::{Deserialize, Serialize};

use super::competency::Levels;
use super::feedback::Feedback;

/// An organizational unit; `parent` is `None` for a root.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub id: String,
    pub name: String,
    pub parent: Option<String>,
    /// The unit's id in SIASN (`UNOR ID`), when it came from a SIASN export.
    #[serde(default)]
    pub siasn_id: Option<String>,
    /// What the public said about the unit's service, in the order it was recorded.
    #[serde(default)]
    pub feedback: Vec<Feedback>,
}

/// Position (jabatan) types as the civil-service rules name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PositionType {
    JptUtama,
    JptMadya,
    JptPratama,
    Administrator,
    Pengawas,
    Pelaksana,
    Fungsional,
}

impl PositionType {
    /// Every type, from the top of the hierarchy down.
    pub const ALL: [PositionType; 7] = [
        PositionType::JptUtama,
        PositionType::JptMadya,
        PositionType::JptPratama,
        PositionType::Administrator,
        PositionType::Pengawas,
        PositionType::Pelaksana,
        PositionType::Fungsional,
    ];

    /// The value used in `penata/v1` files.
    pub fn code(self) -> &'static str {
        match self {
            PositionType::JptUtama => "jpt_utama",
            PositionType::JptMadya => "jpt_madya",
            PositionType::JptPratama => "jpt_pratama",
            PositionType::Administrator => "administrator",
            PositionType::Pengawas => "pengawas",
            PositionType::Pelaksana => "pelaksana",
            PositionType::Fungsional => "fungsional",
        }
    }

    /// Parses the file-format value.
    pub fn parse(s: &str) -> Option<PositionType> {
        Self::ALL.into_iter().find(|t| t.code() == s)
    }

    /// How planners write the type on screen.
    pub fn label(self) -> &'static str {
        match self {
            PositionType::JptUtama => "JPT Utama", // i18n-exempt: a position type (a domain term)
            PositionType::JptMadya => "JPT Madya", // i18n-exempt: a position type (a domain term)
            PositionType::JptPratama => "JPT Pratama", // i18n-exempt: a position type (a domain term)
            PositionType::Administrator => "Administrator",
            PositionType::Pengawas => "Pengawas",
            PositionType::Pelaksana => "Pelaksana",
            PositionType::Fungsional => "Fungsional",
        }
    }

    /// Retirement age (BUP) by default: 60 for JPT, 58 otherwise (a setting later).
    pub fn default_retirement_age(self) -> u8 {
        match self {
            PositionType::JptUtama | PositionType::JptMadya | PositionType::JptPratama => 60,
            _ => 58,
        }
    }
}

/// The jenjang (level) of a functional position: keahlian (Ahli ...) then keterampilan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Jenjang {
    AhliUtama,
    AhliMadya,
    AhliMuda,
    AhliPertama,
    Penyelia,
    Mahir,
    Terampil,
    Pemula,
}

impl Jenjang {
    /// Every jenjang, keahlian from the top down, then keterampilan from the top down.
    pub const ALL: [Jenjang; 8] = [
        Jenjang::AhliUtama,
        Jenjang::AhliMadya,
        Jenjang::AhliMuda,
        Jenjang::AhliPertama,
        Jenjang::Penyelia,
        Jenjang::Mahir,
        Jenjang::Terampil,
        Jenjang::Pemula,
    ];

    /// The value used in `penata/v1` files.
    pub fn code(self) -> &'static str {
        match self {
            Jenjang::AhliUtama => "ahli_utama",
            Jenjang::AhliMadya => "ahli_madya",
            Jenjang::AhliMuda => "ahli_muda",
            Jenjang::AhliPertama => "ahli_pertama",
            Jenjang::Penyelia => "penyelia",
            Jenjang::Mahir => "mahir",
            Jenjang::Terampil => "terampil",
            Jenjang::Pemula => "pemula",
        }
    }

    /// Parses the file-format value exactly.
    pub fn parse(code: &str) -> Option<Jenjang> {
        Self::ALL.into_iter().find(|j| j.code() == code)
    }

    /// The two-letter code SIASN exports use.
    pub fn siasn_code(self) -> &'static str {
        match self {
            Jenjang::AhliUtama => "UT",
            Jenjang::AhliMadya => "MD",
            Jenjang::AhliMuda => "MU",
            Jenjang::AhliPertama => "PT",
            Jenjang::Penyelia => "PY",
            Jenjang::Mahir => "MH",
            Jenjang::Terampil => "TR",
            Jenjang::Pemula => "PM",
        }
    }

    /// How planners write the jenjang on screen.
    pub fn label(self) -> &'static str {
        match self {
            Jenjang::AhliUtama => "Ahli Utama", // i18n-exempt: a jenjang (a domain term)
            Jenjang::AhliMadya => "Ahli Madya", // i18n-exempt: a jenjang (a domain term)
            Jenjang::AhliMuda => "Ahli Muda",   // i18n-exempt: a jenjang (a domain term)
            Jenjang::AhliPertama => "Ahli Pertama", // i18n-exempt: a jenjang (a domain term)
            Jenjang::Penyelia => "Penyelia",    // i18n-exempt: a jenjang (a domain term)
            Jenjang::Mahir => "Mahir",          // i18n-exempt: a jenjang (a domain term)
            Jenjang::Terampil => "Terampil",    // i18n-exempt: a jenjang (a domain term)
            Jenjang::Pemula => "Pemula",        // i18n-exempt: a jenjang (a domain term)
        }
    }

    /// Parses the code, the SIASN code or the label, ignoring case and spaces
    /// (`"ahli_muda"`, `"MU"`, `" ahli  muda "`).
    pub fn parse_loose(text: &str) -> Option<Jenjang> {
        fn squash(s: &str) -> String {
            s.chars()
                .filter(|c| !c.is_whitespace() && *c != '_')
                .flat_map(char::to_lowercase)
                .collect()
        }
        let wanted = squash(text);
        if wanted.is_empty() {
            return None;
        }
        Self::ALL.into_iter().find(|j| {
            squash(j.code()) == wanted
                || squash(j.siasn_code()) == wanted
                || squash(j.label()) == wanted
        })
    }

    /// Finds the jenjang a functional title ends with ("Analis Keuangan Pusat dan Daerah Ahli
    /// Muda"), matching whole words regardless of case; the last one wins; `None` when absent.
    pub fn from_title(title: &str) -> Option<Jenjang> {
        let words: Vec<String> = title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let mut found = None;
        for (i, word) in words.iter().enumerate() {
            let hit = match word.as_str() {
                "ahli" => words.get(i + 1).and_then(|next| match next.as_str() {
                    "utama" => Some(Jenjang::AhliUtama),
                    "madya" => Some(Jenjang::AhliMadya),
                    "muda" => Some(Jenjang::AhliMuda),
                    "pertama" => Some(Jenjang::AhliPertama),
                    _ => None,
                }),
                "penyelia" => Some(Jenjang::Penyelia),
                "mahir" => Some(Jenjang::Mahir),
                "terampil" => Some(Jenjang::Terampil),
                "pemula" => Some(Jenjang::Pemula),
                _ => None,
            };
            if hit.is_some() {
                found = hit;
            }
        }
        found
    }
}

/// One workload-analysis (ABK) entry: a task done `volume` times a year, `minutes` each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkloadEntry {
    pub task: String,
    pub volume: u32,
    pub minutes: u32,
}

/// Effective working minutes a year (PermenPANRB 1/2020: 1,250 hours).
pub const EFFECTIVE_MINUTES_PER_YEAR: f64 = 75_000.0;

/// A position (jabatan) in a unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub id: String,
    pub unit: String,
    pub title: String,
    #[serde(rename = "type")]
    pub kind: PositionType,
    /// Headcount the workload analysis says the seat needs; 0 = being abolished.
    pub formation: u32,
    /// Required competency levels; empty = the default standard for the type.
    pub requirements: Levels,
    pub workload: Vec<WorkloadEntry>,
    /// The position's id in SIASN (`JABATAN ID`), when it came from a SIASN export.
    #[serde(default)]
    pub siasn_id: Option<String>,
    /// The functional jenjang (level) of a functional position, when known.
    #[serde(default)]
    pub jenjang: Option<Jenjang>,
}

impl Position {
    /// Needed headcount from the workload entries (sum of volume x minutes / 75,000), if any.
    pub fn workload_need(&self) -> Option<f64> {
        if self.workload.is_empty() {
            return None;
        }
        let total = super::workload::workload_minutes(&self.workload);
        Some(total as f64 / EFFECTIVE_MINUTES_PER_YEAR)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_codes_round_trip() {
        for t in PositionType::ALL {
            assert_eq!(PositionType::parse(t.code()), Some(t));
        }
        assert_eq!(PositionType::parse("eselon"), None);
    }

    #[test]
    fn workload_need_divides_by_effective_minutes() {
        let p = Position {
            id: "p".into(),
            unit: "u".into(),
            title: "Analis".into(),
            kind: PositionType::Fungsional,
            formation: 2,
            requirements: Levels::new(),
            workload: vec![
                WorkloadEntry {
                    task: "a".into(),
                    volume: 1000,
                    minutes: 60,
                },
                WorkloadEntry {
                    task: "b".into(),
                    volume: 500,
                    minutes: 30,
                },
            ],
            siasn_id: None,
            jenjang: None,
        };
        let need = p.workload_need().unwrap();
        assert!((need - 1.0).abs() < 1e-9, "{need}");
    }

    #[test]
    fn jenjang_codes_round_trip_and_loose_forms_parse() {
        for j in Jenjang::ALL {
            assert_eq!(Jenjang::parse(j.code()), Some(j));
            assert_eq!(Jenjang::parse_loose(j.code()), Some(j));
            assert_eq!(Jenjang::parse_loose(j.siasn_code()), Some(j));
            assert_eq!(Jenjang::parse_loose(&j.label().to_uppercase()), Some(j));
        }
        assert_eq!(
            Jenjang::parse_loose(" ahli   madya "),
            Some(Jenjang::AhliMadya)
        );
        assert_eq!(Jenjang::parse_loose("mu"), Some(Jenjang::AhliMuda));
        assert_eq!(Jenjang::parse("Ahli Muda"), None);
        assert_eq!(Jenjang::parse_loose("ahli"), None);
        assert_eq!(Jenjang::parse_loose(""), None);
        let sia: std::collections::BTreeSet<_> =
            Jenjang::ALL.iter().map(|j| j.siasn_code()).collect();
        assert_eq!(sia.len(), Jenjang::ALL.len());
    }

    #[test]
    fn jenjang_from_title_finds_whole_words() {
        let cases = [
            (
                "Analis Keuangan Pusat dan Daerah Ahli Muda",
                Some(Jenjang::AhliMuda),
            ),
            ("PRANATA KOMPUTER AHLI PERTAMA", Some(Jenjang::AhliPertama)),
            ("Auditor Ahli  Utama", Some(Jenjang::AhliUtama)),
            ("Perencana Ahli Madya", Some(Jenjang::AhliMadya)),
            ("Arsiparis Penyelia", Some(Jenjang::Penyelia)),
            ("Pranata Komputer Mahir", Some(Jenjang::Mahir)),
            ("Arsiparis terampil", Some(Jenjang::Terampil)),
            (
                "Pengelola Pengadaan Barang/Jasa Pemula",
                Some(Jenjang::Pemula),
            ),
            ("Analis Kebijakan", None),
            ("Penata Keterampilan Kerja", None),
            ("Petugas Pemulasaraan Jenazah", None),
            ("Tenaga Ahli", None),
            ("", None),
        ];
        for (title, want) in cases {
            assert_eq!(Jenjang::from_title(title), want, "{title}");
        }
    }
}
