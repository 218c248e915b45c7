//! The competency dictionary of an import: the nine PermenPANRB 38/2017 competencies under
//! penata's codes whatever a file called them, plus technical competencies by name.

use super::findings::{HashMap, HashSet};

use crate::domain::{Competency, CompetencyGroup, Level, Levels};

use super::ident::{competency_code, name_key};
use super::rows::CompetencyKey;

/// The nine competencies every standard and assessment uses, by penata's code.
// i18n-exempt: the regulation's names of the competencies (domain terms)
pub const CORE: &[(&str, &str, CompetencyGroup)] = &[
    ("INT", "Integritas", CompetencyGroup::Manajerial),
    ("KS", "Kerja Sama", CompetencyGroup::Manajerial),
    ("KOM", "Komunikasi", CompetencyGroup::Manajerial),
    ("OH", "Orientasi pada Hasil", CompetencyGroup::Manajerial), // i18n-exempt: a competency (a domain term)
    ("PP", "Pelayanan Publik", CompetencyGroup::Manajerial), // i18n-exempt: a competency (a domain term)
    (
        "PDO",
        "Pengembangan Diri dan Orang Lain",
        CompetencyGroup::Manajerial,
    ), // i18n-exempt: a competency (a domain term)
    ("MP", "Mengelola Perubahan", CompetencyGroup::Manajerial), // i18n-exempt: a competency (a domain term)
    ("PK", "Pengambilan Keputusan", CompetencyGroup::Manajerial), // i18n-exempt: a competency (a domain term)
    ("PB", "Perekat Bangsa", CompetencyGroup::SosialKultural), // i18n-exempt: a competency (a domain term)
];

/// The dictionary being built, and the code of every competency a file named.
#[derive(Debug)]
pub struct Dictionary {
    pub list: Vec<Competency>,
    codes: HashSet<String>,
    by_name: HashMap<String, String>,
    pub added: usize,
}

impl Dictionary {
    /// Starts from the stored dictionary (or the nine when there is none).
    pub fn new(stored: &[Competency]) -> Dictionary {
        let mut d = Dictionary {
            list: Vec::new(),
            codes: HashSet::default(),
            by_name: HashMap::default(),
            added: 0,
        };
        if stored.is_empty() {
            for (code, name, group) in CORE {
                d.insert(Competency {
                    code: (*code).to_string(),
                    name: (*name).to_string(),
                    group: *group,
                });
            }
        } else {
            for c in stored {
                d.insert(c.clone());
            }
        }
        d
    }

    fn insert(&mut self, c: Competency) {
        self.codes.insert(c.code.clone());
        self.by_name.insert(name_key(&c.name), c.code.clone());
        self.list.push(c);
    }

    /// The code of a competency a file named, adding it to the dictionary when new.
    pub fn code(&mut self, key: &CompetencyKey) -> String {
        match key {
            CompetencyKey::Core(code) => {
                if !self.codes.contains(*code)
                    && let Some((c, name, group)) = CORE.iter().find(|(c, _, _)| c == code)
                {
                    self.insert(Competency {
                        code: (*c).to_string(),
                        name: (*name).to_string(),
                        group: *group,
                    });
                    self.added += 1;
                }
                (*code).to_string()
            }
            CompetencyKey::Technical(name) => {
                let key = name_key(name);
                if let Some(code) = self.by_name.get(&key) {
                    return code.clone();
                }
                let code = competency_code(name, &self.codes);
                self.insert(Competency {
                    code: code.clone(),
                    name: name.trim().to_string(),
                    group: CompetencyGroup::Teknis,
                });
                self.added += 1;
                code
            }
        }
    }

    /// Levels by penata code.
    pub fn levels(&mut self, from: &[(CompetencyKey, Level)]) -> Levels {
        from.iter().map(|(k, l)| (self.code(k), *l)).collect()
    }
}
