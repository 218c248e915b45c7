//! Employees (ASN): identity, seat, competencies, ratings, readiness for change and notes.

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use super::competency::Levels;
use super::nip::Nip;
use super::rank::Rank;

/// SKP performance predicate (PermenPANRB 6/2022).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Performance {
    SangatKurang,
    Kurang,
    ButuhPerbaikan,
    Baik,
    SangatBaik,
}

/// Talent potential as assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Potential {
    Rendah,
    Menengah,
    Tinggi,
}

/// Readiness for the change; `None` on the employee means not yet assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Readiness {
    Siap,
    Ragu,
    Menolak,
}

macro_rules! codes {
    ($t:ty { $($v:ident = $code:literal / $label:literal),* $(,)? }) => {
        impl $t {
            /// Every value, in order.
            pub const ALL: &'static [$t] = &[$(<$t>::$v),*];
            /// The value used in `penata/v1` files.
            pub fn code(self) -> &'static str {
                match self { $(<$t>::$v => $code),* }
            }
            /// How planners read it on screen.
            pub fn label(self) -> &'static str {
                match self { $(<$t>::$v => $label),* }
            }
            /// Parses the file-format value.
            pub fn parse(s: &str) -> Option<$t> {
                Self::ALL.iter().copied().find(|v| v.code() == s)
            }
            /// The valid file-format values, for error messages.
            pub fn expected() -> String {
                Self::ALL.iter().map(|v| v.code()).collect::<Vec<_>>().join(", ")
            }
        }
    };
}

codes!(Performance {
    SangatKurang = "sangat_kurang" / "Sangat Kurang", // i18n-exempt: an SKP predicate (a domain term)
    Kurang = "kurang" / "Kurang",
    ButuhPerbaikan = "butuh_perbaikan" / "Butuh Perbaikan", // i18n-exempt: an SKP predicate (a domain term)
    Baik = "baik" / "Baik",
    SangatBaik = "sangat_baik" / "Sangat Baik", // i18n-exempt: an SKP predicate (a domain term)
});
codes!(Potential {
    Rendah = "rendah" / "Rendah",
    Menengah = "menengah" / "Menengah",
    Tinggi = "tinggi" / "Tinggi",
});
codes!(Readiness {
    Siap = "siap" / "Siap",
    Ragu = "ragu" / "Ragu",
    Menolak = "menolak" / "Menolak",
});

/// A dated note about an employee, with its author.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub author: String,
    pub text: String,
}

/// A civil servant (PNS) or contract employee (PPPK).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Employee {
    pub nip: Nip,
    /// Full name with academic titles as written (`Sri Wahyuni, S.E., M.M.`).
    pub name: String,
    pub rank: Rank,
    /// Position id of the current seat; `None` = not yet placed (belum ditempatkan).
    pub position: Option<String>,
    pub competencies: Levels,
    pub performance: Option<Performance>,
    pub potential: Option<Potential>,
    pub readiness: Option<Readiness>,
    pub notes: Vec<Note>,
    /// What SIASN records about the person: ids, dates, education, SKP history.
    #[serde(default)]
    pub profile: Profile,
}

/// The SIASN personnel facts the rules need; every field optional, empty by default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// SIASN `PNS ID`.
    pub pns_id: Option<String>,
    pub birth_date: Option<Date>,
    /// TMT CPNS: the date the person started as a candidate civil servant.
    pub tmt_cpns: Option<Date>,
    /// TMT jabatan: the date the person took the current position.
    pub tmt_jabatan: Option<Date>,
    /// `TINGKAT PENDIDIKAN NAMA` as written (`S-1/Sarjana`).
    pub education_level: Option<String>,
    /// `PENDIDIKAN NAMA` as written (`S-1 Akuntansi`).
    pub education_name: Option<String>,
    /// `KEDUDUKAN HUKUM NAMA` as written (`Aktif`).
    pub kedudukan: Option<String>,
    /// SKP predicates, sorted by year, one per year.
    pub skp: Vec<SkpYear>,
}

/// One year's SKP predicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkpYear {
    pub year: u16,
    pub predicate: Performance,
}

impl Profile {
    /// Whether nothing is recorded (an organization without SIASN data).
    pub fn is_empty(&self) -> bool {
        *self == Profile::default()
    }

    /// The most recent year's SKP, if any.
    pub fn latest_skp(&self) -> Option<SkpYear> {
        self.skp.iter().copied().max_by_key(|s| s.year)
    }

    /// The SKP of one year, if recorded.
    pub fn skp_for(&self, year: u16) -> Option<SkpYear> {
        self.skp.iter().copied().find(|s| s.year == year)
    }
}

impl Employee {
    /// The most recent note, by time.
    pub fn latest_note(&self) -> Option<&Note> {
        self.notes.iter().max_by_key(|n| n.at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_finds_latest_and_yearly_skp() {
        let mut p = Profile::default();
        assert!(p.is_empty());
        assert_eq!(p.latest_skp(), None);
        p.skp = vec![
            SkpYear {
                year: 2023,
                predicate: Performance::Baik,
            },
            SkpYear {
                year: 2025,
                predicate: Performance::SangatBaik,
            },
            SkpYear {
                year: 2024,
                predicate: Performance::Kurang,
            },
        ];
        assert!(!p.is_empty());
        assert_eq!(p.latest_skp().map(|s| s.year), Some(2025));
        assert_eq!(
            p.skp_for(2024).map(|s| s.predicate),
            Some(Performance::Kurang)
        );
        assert_eq!(p.skp_for(2022), None);
        let only_kedudukan = Profile {
            kedudukan: Some("Aktif".into()),
            ..Profile::default()
        };
        assert!(!only_kedudukan.is_empty());
    }
}
