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
}

impl Position {
    /// Needed headcount from the workload entries (sum of volume x minutes / 75,000), if any.
    pub fn workload_need(&self) -> Option<f64> {
        if self.workload.is_empty() {
            return None;
        }
        let total: f64 = self
            .workload
            .iter()
            .map(|w| f64::from(w.volume) * f64::from(w.minutes))
            .sum();
        Some(total / EFFECTIVE_MINUTES_PER_YEAR)
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
        };
        let need = p.workload_need().unwrap();
        assert!((need - 1.0).abs() < 1e-9, "{need}");
    }
}
