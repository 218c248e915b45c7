use super::*;
use crate::lang::Lang;

fn unit(id: &str, parent: Option<&str>) -> RawRecord<RawUnit> {
    RawRecord {
        line: None,
        unknown: Vec::new(),
        body: Ok(RawUnit {
            id: Raw::Value(id.to_string()),
            name: Raw::Value(format!("Unit {id}")),
            parent: Raw::Value(parent.map(str::to_string)),
            feedback: Raw::Missing,
            siasn_id: Raw::Missing,
        }),
    }
}

fn file(units: Vec<RawRecord<RawUnit>>) -> RawFile {
    RawFile {
        organization: Raw::Value("Kota Uji".into()),
        units,
        ..RawFile::default()
    }
}

fn messages(f: RawFile) -> Vec<String> {
    let mut problems = Problems::default();
    assert!(validate(f, &mut problems).is_none());
    problems
        .list
        .into_iter()
        .map(|p| {
            format!(
                "{}: {}",
                p.record
                    .as_ref()
                    .map(|r| Lang::Id.say(r))
                    .unwrap_or_default(),
                Lang::Id.say(&p.msg())
            )
        })
        .collect()
}

#[test]
fn each_cycle_is_reported_once_naming_its_units() {
    let units = vec![
        unit("a", Some("b")),
        unit("b", Some("a")),
        unit("tail", Some("a")),
        unit("x", Some("y")),
        unit("y", Some("z")),
        unit("z", Some("x")),
        unit("ok", None),
    ];
    let got = messages(file(units));
    assert_eq!(got.len(), 2, "{got:#?}");
    assert!(
        got[0]
            .starts_with("units[0] id a: parent \"b\": tautan parent a -> b -> a membentuk siklus"),
        "{}",
        got[0]
    );
    assert!(got[1].contains("x -> y -> z -> x"), "{}", got[1]);
}

#[test]
fn a_long_cycle_is_found_in_linear_time() {
    let n = 100_000;
    let units: Vec<_> = (0..n)
        .map(|i| unit(&format!("u{i}"), Some(&format!("u{}", (i + 1) % n))))
        .collect();
    let got = messages(file(units));
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0],
        "units[0] id u0: parent \"u1\": tautan parent u0 -> u1 -> u2 -> u3 -> ... -> \
         u99997 -> u99998 -> u99999 -> u0 (100.000 unit) membentuk siklus; unit harus membentuk \
         pohon (unit tidak boleh menjadi leluhurnya sendiri)"
    );
}

#[test]
fn problems_beyond_the_cap_are_counted() {
    let mut problems = Problems::default();
    for i in 0..(MAX_PROBLEMS + 7) {
        problems.push(Problem {
            line: Some(i),
            record: None,
            field: String::new(),
            message: Msg::new("domain-record"),
        });
    }
    assert_eq!(
        (problems.list.len(), problems.more, problems.total()),
        (100, 7, 107)
    );
}

#[test]
fn nip_labels_drop_group_spaces() {
    assert_eq!(nip_label("19850312 201001 2 003"), "198503122010012003");
    assert_eq!(nip_label("1,98E+17"), "\"1,98E+17\"");
    assert_eq!(quote(&"x".repeat(70)), format!("\"{}\"...", "x".repeat(60)));
}

#[test]
fn problems_read_in_the_default_language() {
    // Lib tests never set the language: Bahasa Indonesia (English: tests/domain_english.rs).
    let mut dup = unit("a", None);
    dup.line = Some(7);
    let mut f = file(vec![unit("a", None), dup]);
    f.organization = Raw::Missing;
    if let Ok(body) = &mut f.units[0].body {
        body.name = Raw::Value(" ".into());
    }
    f.units[0].unknown = vec!["warna".into()];
    let got = messages(f);
    for want in [
        "tingkat atas: organization tidak ada: nama organisasi wajib diisi",
        "units[0] id a: kolom \"warna\" tidak dikenal; kolom yang boleh: id, name, parent, feedback",
        "units[0] id a: name kosong: nama unit wajib diisi",
        "units[1] id a: id \"a\": id yang sama dengan units[0]",
    ] {
        assert!(
            got.iter().any(|g| g.starts_with(want)),
            "{want}\nin {got:#?}"
        );
    }
}

#[test]
fn a_chain_deeper_than_the_cap_is_refused_once_without_recursion() {
    let chain = |n: usize| {
        let units = (0..n)
            .map(|i| {
                let parent = (i > 0).then(|| format!("u{}", i - 1));
                unit(&format!("u{i}"), parent.as_deref())
            })
            .collect();
        file(units)
    };
    let mut problems = Problems::default();
    assert!(validate(chain(MAX_UNIT_DEPTH), &mut problems).is_some());
    assert_eq!(
        messages(chain(100_000)),
        [format!(
            "units[{MAX_UNIT_DEPTH}] id u{MAX_UNIT_DEPTH}: unit ini berada {} tingkat \
             di bawah unit teratas, melebihi {MAX_UNIT_DEPTH} tingkat yang dibolehkan penata: \
             pasang unit ini (atau unit di atasnya) lebih tinggi di pohon",
            MAX_UNIT_DEPTH + 1
        )]
    );
}

#[test]
fn depth_is_counted_from_each_root_whatever_the_file_order() {
    // A child listed before its parent, and a second tree: depths 1, 2, 3 and 1.
    let parents = [Some(2), None, Some(1), None];
    assert_eq!(too_deep(&parents), None);
    let mut long: Vec<Option<usize>> = (0..MAX_UNIT_DEPTH + 1).map(|i| i.checked_sub(1)).collect();
    long.reverse(); // index 0 is now the deepest unit, the last one the root
    let long: Vec<Option<usize>> = long.iter().map(|p| p.map(|p| MAX_UNIT_DEPTH - p)).collect();
    assert_eq!(too_deep(&long), Some((0, MAX_UNIT_DEPTH + 1)));
}
