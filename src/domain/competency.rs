//! The competency dictionary (PermenPANRB 38/2017) and default standard levels per position type.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::position::PositionType;

/// Competency levels run 1-5.
pub type Level = u8;

/// Levels by competency code: an employee's assessed levels or a position's requirements.
pub type Levels = BTreeMap<String, Level>;

/// Competency groups as PermenPANRB 38/2017 names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompetencyGroup {
    Manajerial,
    SosialKultural,
    Teknis,
}

impl CompetencyGroup {
    /// Every group, in the order the file format lists them.
    pub const ALL: [CompetencyGroup; 3] = [
        CompetencyGroup::Manajerial,
        CompetencyGroup::SosialKultural,
        CompetencyGroup::Teknis,
    ];

    /// The value used in `penata/v1` files.
    pub fn code(self) -> &'static str {
        match self {
            CompetencyGroup::Manajerial => "manajerial",
            CompetencyGroup::SosialKultural => "sosial_kultural",
            CompetencyGroup::Teknis => "teknis",
        }
    }

    /// Parses the file-format value.
    pub fn parse(s: &str) -> Option<CompetencyGroup> {
        Self::ALL.into_iter().find(|g| g.code() == s)
    }
}

/// One entry of the competency dictionary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Competency {
    pub code: String,
    pub name: String,
    pub group: CompetencyGroup,
}

/// Default managerial and socio-cultural standard level per position type, used when a
/// position lists no requirements. A setting: defaults follow DOMAIN.md.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefaultStandards {
    levels: [Level; PositionType::ALL.len()],
}

impl Default for DefaultStandards {
    fn default() -> Self {
        let mut levels = [0; PositionType::ALL.len()];
        for (i, t) in PositionType::ALL.iter().enumerate() {
            levels[i] = match t {
                PositionType::JptUtama | PositionType::JptMadya => 5,
                PositionType::JptPratama => 4,
                PositionType::Administrator => 3,
                PositionType::Pengawas => 2,
                PositionType::Pelaksana => 1,
                PositionType::Fungsional => 2,
            };
        }
        DefaultStandards { levels }
    }
}

impl DefaultStandards {
    /// The default level for a position type.
    pub fn level(&self, t: PositionType) -> Level {
        self.levels[t as usize]
    }

    /// Overrides the default level of one position type.
    pub fn set(&mut self, t: PositionType, level: Level) {
        self.levels[t as usize] = level;
    }

    /// The standard a position with no listed requirements gets: every managerial and
    /// socio-cultural competency of the dictionary at the type's default level.
    pub fn standard_for(&self, t: PositionType, dictionary: &[Competency]) -> Levels {
        dictionary
            .iter()
            .filter(|c| c.group != CompetencyGroup::Teknis)
            .map(|c| (c.code.clone(), self.level(t)))
            .collect()
    }
}

/// Whether a competency code has the allowed shape: 1-16 letters, digits, `-` or `_`.
pub fn is_valid_code(code: &str) -> bool {
    (1..=16).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_levels_follow_the_regulation() {
        let d = DefaultStandards::default();
        let expect = [
            (PositionType::JptUtama, 5),
            (PositionType::JptMadya, 5),
            (PositionType::JptPratama, 4),
            (PositionType::Administrator, 3),
            (PositionType::Pengawas, 2),
            (PositionType::Pelaksana, 1),
            (PositionType::Fungsional, 2),
        ];
        for (t, l) in expect {
            assert_eq!(d.level(t), l, "{t:?}");
        }
    }

    #[test]
    fn default_standard_skips_technical() {
        let dict = vec![
            Competency {
                code: "INT".into(),
                name: "Integritas".into(),
                group: CompetencyGroup::Manajerial,
            },
            Competency {
                code: "PB".into(),
                name: "Perekat Bangsa".into(),
                group: CompetencyGroup::SosialKultural,
            },
            Competency {
                code: "KEU".into(),
                name: "Keuangan".into(),
                group: CompetencyGroup::Teknis,
            },
        ];
        let s = DefaultStandards::default().standard_for(PositionType::Pengawas, &dict);
        assert_eq!(s.len(), 2);
        assert_eq!(s["INT"], 2);
        assert!(!s.contains_key("KEU"));
    }

    #[test]
    fn code_shape() {
        assert!(is_valid_code("INT"));
        assert!(is_valid_code("TEK_KEU-1"));
        assert!(!is_valid_code(""));
        assert!(!is_valid_code("ABCDEFGHIJKLMNOPQ"));
        assert!(!is_valid_code("IN T"));
    }
}
