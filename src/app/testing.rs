//! A tiny organization for the app's unit tests.

use crate::domain::{
    Competency, CompetencyGroup, Employee, Levels, Nip, Organization, Position, PositionType, Rank,
    Readiness, Unit,
};

/// Two units, two positions, three people (one not yet placed).
pub(crate) fn small_org() -> Organization {
    let comps = vec![
        Competency {
            code: "INT".into(),
            name: "Integritas".into(),
            group: CompetencyGroup::Manajerial,
        },
        Competency {
            code: "PB".into(),
            name: "Perekat Bangsa".into(), // i18n-exempt: test data
            group: CompetencyGroup::SosialKultural,
        },
    ];
    let unit = |id: &str, name: &str, parent: Option<&str>| Unit {
        id: id.into(),
        name: name.into(),
        parent: parent.map(Into::into),
        feedback: Vec::new(),
        siasn_id: None,
    };
    let units = vec![
        unit("a", "Dinas A", None),
        unit("a.b", "Bidang B", Some("a")),
    ];
    let pos = |id: &str, unit: &str, kind, formation| Position {
        id: id.into(),
        unit: unit.into(),
        title: format!("Jabatan {id}"),
        kind,
        formation,
        requirements: Levels::new(),
        workload: vec![],
        siasn_id: None,
        jenjang: None,
    };
    let positions = vec![
        pos("a.kadis", "a", PositionType::JptPratama, 1),
        pos("a.b.staf", "a.b", PositionType::Pelaksana, 3),
    ];
    let emp = |nip: &str, name: &str, position: Option<&str>, readiness| Employee {
        nip: Nip::parse(nip).unwrap(),
        name: name.into(),
        rank: Rank::parse("III/a").unwrap(),
        position: position.map(Into::into),
        competencies: [("INT".to_string(), 3), ("PB".to_string(), 4)]
            .into_iter()
            .collect(),
        performance: None,
        potential: None,
        readiness,
        notes: vec![],
        profile: Default::default(),
    };
    let employees = vec![
        emp(
            "198001012005011001",
            "Ahmad Kepala", // i18n-exempt: test data
            Some("a.kadis"),
            Some(Readiness::Siap),
        ),
        // i18n-exempt: test data
        emp("198503122010012003", "Sri Staf", Some("a.b.staf"), None),
        emp(
            "199001012015011002",
            "Budi Baru", // i18n-exempt: test data
            None,
            Some(Readiness::Ragu),
        ),
    ];
    // i18n-exempt: test data
    Organization::from_parts("Kota Uji".into(), comps, units, positions, employees)
}
