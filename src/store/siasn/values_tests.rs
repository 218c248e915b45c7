use time::macros::date;

use super::*;

fn t(s: &str) -> Cell<'_> {
    Cell::Text(s)
}

#[test]
fn nips_lose_their_apostrophe_and_spaces() {
    for written in [
        "'198503122010012003",
        "198503122010012003",
        "19850312 201001 2 003",
        "'19850312\u{a0}201001\t2 003",
    ] {
        assert_eq!(
            nip(t(written)).map(|n| n.to_string()),
            Ok("198503122010012003".to_owned()),
            "{written:?}"
        );
    }
}

#[test]
fn a_nip_stored_as_a_number_is_refused() {
    assert_eq!(
        nip(Cell::Number(1.985_031_220_100_12e17)).unwrap_err().id,
        "siasn-nip-number"
    );
    for sci in ["1.98503E+17", "1,98503E+17", "1.98503122010012E+17"] {
        assert_eq!(nip(t(sci)).unwrap_err().id, "siasn-nip-number", "{sci}");
    }
    let e = nip(t("19850312201001200")).unwrap_err();
    assert_eq!(e.id, "siasn-nip-invalid");
    assert_eq!(nip(Cell::Empty).unwrap_err().id, "siasn-nip-missing");
}

#[test]
fn dates_in_every_usual_shape() {
    let d = date!(1985 - 03 - 12);
    for written in [
        "12-03-1985",
        "12/03/1985",
        "12.03.1985",
        "1985-03-12",
        "1985-03-12T00:00:00",
        "1985-03-12 00:00",
        "19850312",
        "31118",
    ] {
        assert_eq!(date(t(written)), Ok(Some(d)), "{written}");
    }
    assert_eq!(date(Cell::Number(31118.0)), Ok(Some(d)));
    assert_eq!(date(Cell::Date(31118.5)), Ok(Some(d)));
    assert_eq!(date(Cell::Empty), Ok(None));
    for bad in ["31-02-1985", "1985/13/01", "12-03-85", "kemarin", "0"] {
        assert_eq!(date(t(bad)).unwrap_err().id, "siasn-bad-date", "{bad}");
    }
    // Excel's phantom 1900-02-29 shifts the serials before it by one day.
    assert_eq!(serial_date(1.0), Some(date!(1900 - 01 - 01)));
    assert_eq!(serial_date(61.0), Some(date!(1900 - 03 - 01)));
}

#[test]
fn golongan_as_offices_write_it() {
    let iii_c = Rank::Pns {
        golongan: 3,
        ruang: 2,
    };
    for written in [
        "III/c", "III/C", "iii/c", "III c", "IIIc", "III.c", "III - c",
    ] {
        assert_eq!(rank(written), Ok(iii_c), "{written}");
    }
    let iii_a = Rank::Pns {
        golongan: 3,
        ruang: 0,
    };
    for written in [
        "Penata Muda (III/a)",
        "Gol. III/a",
        "Golongan III/a",
        "III/a - Penata Muda",
    ] {
        assert_eq!(rank(written), Ok(iii_a), "{written}");
    }
    for written in ["IX", "Golongan IX", "ix", "Gol IX"] {
        assert_eq!(rank(written), Ok(Rank::Pppk(9)), "{written}");
    }
    for bad in ["III/f", "V/a", "XVIII", "Penata", ""] {
        assert_eq!(rank(bad).unwrap_err().id, "domain-not-a-golongan", "{bad}");
    }
}

#[test]
fn kedudukan_hukum_active_or_not() {
    for yes in [
        "",
        "Aktif",
        "AKTIF",
        "PNS Aktif",
        "Aktif (CPNS)",
        "CPNS",
        "PPPK",
        "Tugas Belajar",
    ] {
        assert!(active(yes), "{yes}");
    }
    for no in [
        "CLTN",
        "Pemberhentian",
        "Meninggal",
        "Pensiun",
        "Tidak Aktif",
        "Non Aktif",
        "NON-AKTIF",
        "Diberhentikan Sementara",
    ] {
        assert!(!active(no), "{no}");
    }
}

#[test]
fn jenis_jabatan_by_id_or_name() {
    let cases = [
        ("1", JenisJabatan::Struktural),
        ("2", JenisJabatan::Fungsional),
        ("4", JenisJabatan::Pelaksana),
        ("Struktural", JenisJabatan::Struktural),
        ("Jabatan Fungsional Tertentu", JenisJabatan::Fungsional),
        ("JFT", JenisJabatan::Fungsional),
        ("JFU", JenisJabatan::Pelaksana),
        ("Fungsional Umum", JenisJabatan::Pelaksana),
        ("PELAKSANA", JenisJabatan::Pelaksana),
    ];
    for (written, want) in cases {
        assert_eq!(jenis(t(written)), Ok(Some(want)), "{written}");
    }
    assert_eq!(jenis(Cell::Number(2.0)), Ok(Some(JenisJabatan::Fungsional)));
    assert_eq!(jenis(Cell::Empty), Ok(None));
    assert_eq!(jenis(t("3")).unwrap_err().id, "siasn-bad-jenis");
    assert_eq!(jenis(t("Honorer")).unwrap_err().id, "siasn-bad-jenis");
}

#[test]
fn eselon_in_every_spelling() {
    let ii_a = Some(Eselon {
        level: 2,
        sub: Some(0),
    });
    for written in ["II.a", "II/a", "IIa", "II A", "ii.a", "Eselon II.a", "21"] {
        assert_eq!(eselon(t(written)), Ok(ii_a), "{written}");
    }
    let iv_b = Some(Eselon {
        level: 4,
        sub: Some(1),
    });
    assert_eq!(eselon(t("42")), Ok(iv_b));
    assert_eq!(eselon(Cell::Number(42.0)), Ok(iv_b));
    assert_eq!(
        eselon(t("III")),
        Ok(Some(Eselon {
            level: 3,
            sub: None
        }))
    );
    for none in ["Non Eselon", "NON ESELON", "-", "", "0", "99"] {
        assert_eq!(eselon(t(none)), Ok(None), "{none}");
    }
    for bad in ["VI.a", "II.f", "61", "2", "Kepala"] {
        assert_eq!(eselon(t(bad)).unwrap_err().id, "siasn-bad-eselon", "{bad}");
    }
}

#[test]
fn levels_one_to_five() {
    for (written, want) in [("3", 3), ("3.0", 3), (" 3 ", 3), ("5,0", 5), ("1", 1)] {
        assert_eq!(level(t(written.trim())), Ok(Some(want)), "{written}");
    }
    assert_eq!(level(Cell::Number(4.0)), Ok(Some(4)));
    assert_eq!(level(Cell::Empty), Ok(None));
    for bad in ["0", "6", "3.5", "tinggi"] {
        assert_eq!(level(t(bad)).unwrap_err().id, "siasn-bad-level", "{bad}");
    }
    assert!(looks_like_level(t("7")) && !looks_like_level(t("85")));
    assert!(!looks_like_level(t("Ya")) && !looks_like_level(t("3.5")));
}

#[test]
fn counts_and_years() {
    assert_eq!(count(t("3")), Ok(Some(3)));
    assert_eq!(count(Cell::Number(0.0)), Ok(Some(0)));
    assert_eq!(count(Cell::Empty), Ok(None));
    assert_eq!(count(t("-1")).unwrap_err().id, "siasn-bad-count");
    assert_eq!(count(t("dua")).unwrap_err().id, "siasn-bad-count");
    assert_eq!(year(t("2024")), Ok(2024));
    assert_eq!(year(Cell::Number(2023.0)), Ok(2023));
    assert_eq!(year(t("24")).unwrap_err().id, "siasn-bad-year");
}

#[test]
fn skp_predicates_any_case_and_spacing() {
    let cases = [
        ("SANGAT BAIK", Performance::SangatBaik),
        ("sangat  baik", Performance::SangatBaik),
        ("Baik", Performance::Baik),
        ("BUTUH PERBAIKAN", Performance::ButuhPerbaikan),
        ("KURANG", Performance::Kurang),
        ("KURANG (MISCONDUCT)", Performance::Kurang),
        ("Kurang/Misconduct", Performance::Kurang),
        ("SANGAT KURANG", Performance::SangatKurang),
    ];
    for (written, want) in cases {
        assert_eq!(predicate(written), Ok((want, false)), "{written}");
    }
    assert_eq!(predicate("Cukup"), Ok((Performance::ButuhPerbaikan, true)));
    assert_eq!(predicate("BURUK"), Ok((Performance::SangatKurang, true)));
    assert_eq!(predicate("Istimewa").unwrap_err().id, "siasn-bad-predicate");
}

#[test]
fn display_names_keep_the_persons_case() {
    assert_eq!(
        display_name("dr.", "Siti Rahmah", "M.Kes"),
        "dr. Siti Rahmah, M.Kes"
    );
    assert_eq!(display_name("", "BUDI santoso", ""), "BUDI santoso");
    assert_eq!(display_name("Ir.", "Budi", " "), "Ir. Budi");
    assert_eq!(display_name("", "Budi", ", S.T."), "Budi, S.T.");
}

#[test]
fn unit_names_lose_depth_dashes_and_the_instansi_suffix() {
    let cases = [
        ("--- Bidang Pencegahan", "Bidang Pencegahan"),
        (
            "- Dinas Kesehatan - PEMERINTAH KOTA BINJAI",
            "Dinas Kesehatan",
        ),
        (
            "Dinas Kesehatan - Pemerintah Kabupaten Deli Serdang",
            "Dinas Kesehatan",
        ),
        ("Badan Kepegawaian -KABUPATEN LANGKAT", "Badan Kepegawaian"),
        ("Biro Umum - PROVINSI ACEH", "Biro Umum"),
        (
            "UPTD Puskesmas Binjai-Kota Timur",
            "UPTD Puskesmas Binjai-Kota Timur",
        ),
        ("PEMERINTAH KOTA BINJAI", "PEMERINTAH KOTA BINJAI"),
        ("Sub-Bagian Umum", "Sub-Bagian Umum"),
    ];
    for (written, want) in cases {
        assert_eq!(unit_name(written), want, "{written}");
    }
}

#[test]
fn the_usual_sex_spellings() {
    assert_eq!(sex("L"), Some(Sex::Male));
    assert_eq!(sex("Perempuan"), Some(Sex::Female));
    assert_eq!(sex("?"), None);
}
