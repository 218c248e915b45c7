//! Store tests of what SIASN imports add: every new field survives sled, a reopen and the
//! snapshot, and a version 2 database opens as version 3 with its data intact.

use time::macros::date;

use super::tests::{replace, sample};
use super::*;
use crate::domain::{Jenjang, Organization, Performance, Profile, SkpYear};
use crate::store::codec::SCHEMA_VERSION;
use crate::store::snapshot;

/// The sample with every SIASN field set on some records and left empty on others.
pub(super) fn with_siasn(org: &Organization) -> Organization {
    let mut units = org.units().to_vec();
    units[0].siasn_id = Some("A8ACA7397AEB3912E040640A040269BB".into());
    let mut positions = org.positions().to_vec();
    positions[1].siasn_id = Some("8ae48366731cf0e2017327ad8e0b53e0".into());
    positions[1].jenjang = Some(Jenjang::AhliMuda);
    let mut employees = org.employees().to_vec();
    let e = &mut employees[0];
    let born = e.nip.birth_date().unwrap();
    e.profile = Profile {
        pns_id: Some("A5EB03E23C1FF6A0E040640A040252AD".into()),
        birth_date: Some(born),
        tmt_cpns: Some(date!(2010 - 01 - 01)),
        tmt_jabatan: Some(date!(2023 - 07 - 03)),
        education_level: Some("S-2".into()),
        education_name: Some("S-2 Manajemen Keuangan".into()),
        kedudukan: Some("Aktif".into()),
        skp: vec![
            SkpYear {
                year: 2024,
                predicate: Performance::Baik,
            },
            SkpYear {
                year: 2025,
                predicate: Performance::SangatBaik,
            },
        ],
    };
    employees[1].profile.kedudukan = Some("Tugas Belajar".into());
    Organization::from_parts(
        org.name().into(),
        org.competencies().to_vec(),
        units,
        positions,
        employees,
    )
}

#[test]
fn siasn_fields_survive_sled_a_reopen_and_the_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let org = with_siasn(&sample("Kota"));
    {
        let store = SledStore::open(tmp.path()).unwrap();
        replace(&store, &org, false);
        assert_eq!(store.load().unwrap(), org);
    }
    let snap = snapshot::read(tmp.path()).expect("a snapshot after the replace");
    assert_eq!(snap.org, org);
    let store = SledStore::open(tmp.path()).unwrap();
    assert_eq!(store.load().unwrap(), org);
    // Without the snapshot the records alone give the same.
    store.invalidate_snapshot().unwrap();
    assert_eq!(store.load().unwrap(), org);
}

#[test]
fn a_version_2_database_opens_as_version_3_with_its_data() {
    let tmp = tempfile::tempdir().unwrap();
    let org = sample("Kota");
    {
        // Write the organization, then put every record and the version back to what
        // schema version 2 wrote.
        let store = SledStore::open(tmp.path()).unwrap();
        replace(&store, &org, false);
        let live = store.live.read().unwrap();
        let trees = live.as_ref().unwrap();
        for (i, u) in org.units().iter().enumerate() {
            let v = codec::encode_unit_v2(i as u32, u);
            trees.units.insert(u.id.as_bytes(), v).unwrap();
        }
        for (i, p) in org.positions().iter().enumerate() {
            let v = codec::encode_position_v2(i as u32, p);
            trees.positions.insert(p.id.as_bytes(), v).unwrap();
        }
        for e in org.employees() {
            let v = codec::encode_employee_v2(e);
            trees
                .employees
                .insert(codec::employee_key(&e.nip), v)
                .unwrap();
        }
        store.meta.insert(K_SCHEMA, &2u32.to_be_bytes()).unwrap();
        drop(live);
        store.invalidate_snapshot().unwrap();
        store.db.flush().unwrap();
        assert!(store.load().is_err(), "version 2 records need the upgrade");
    }
    let store = SledStore::open(tmp.path()).unwrap();
    assert_eq!(
        read_u32(&store.meta, K_SCHEMA).unwrap(),
        Some(SCHEMA_VERSION)
    );
    assert_eq!(store.load().unwrap(), org);
    assert_eq!(
        store.info().unwrap().employees,
        org.employees().len() as u64
    );
    drop(store);
    let store = SledStore::open(tmp.path()).unwrap();
    assert_eq!(store.load().unwrap(), org);
}
