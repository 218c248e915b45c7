use super::*;

/// Every command of a tree with its key path: (path, command) pairs.
fn walk(cmd: &Command, path: &str, out: &mut Vec<(String, Command)>) {
    out.push((path.to_owned(), cmd.clone()));
    for s in cmd.get_subcommands() {
        let p = format!("{path} {}", s.get_name()).trim().to_owned();
        walk(s, &p, out);
    }
}

/// The tree as the doc comments describe it (the developers' English).
fn doc_tree() -> Vec<(String, Command)> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, "", &mut out);
    out
}

fn tree(lang: Lang) -> Vec<(String, Command)> {
    let mut out = Vec::new();
    walk(&command(lang), "", &mut out);
    out
}

fn own_args(cmd: &Command) -> impl Iterator<Item = &Arg> {
    cmd.get_arguments()
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
}

#[test]
fn every_command_argument_and_value_has_a_message_in_every_language() {
    let l = Localizer::builtin();
    let mut missing = Vec::new();
    let mut used = std::collections::BTreeSet::new();
    let need = |id: String,
                what: String,
                used: &mut std::collections::BTreeSet<String>,
                missing: &mut Vec<String>| {
        for lang in Lang::ALL {
            if !l.has(lang.code(), &id) {
                missing.push(format!("{what}: {id} in {}", lang.code()));
            }
        }
        used.insert(id);
    };
    for (path, cmd) in doc_tree() {
        if is_help_command(&path) {
            continue;
        }
        let key = key_path(&path);
        if path == key {
            assert!(cmd.get_about().is_some(), "`{path}` has no doc comment");
            need(
                message_of(&key),
                format!("command `{key}`"),
                &mut used,
                &mut missing,
            );
            let long = format!("{}.long", message_of(&key));
            if l.has("en", &long) {
                used.insert(long);
            }
        }
        for arg in own_args(&cmd) {
            let id = arg.get_id();
            assert!(arg.get_help().is_some(), "`{path}:{id}` has no doc comment");
            match arg_key(&key, arg) {
                Some(k) => need(k, format!("argument `{key}:{id}`"), &mut used, &mut missing),
                None => missing.push(format!("argument `{key}:{id}`: no message")),
            }
            for v in arg.get_possible_values() {
                if v.get_help().is_some() {
                    match value_key(&key, arg, v.get_name()) {
                        Some(k) => need(
                            k,
                            format!("value `{key}:{id}={}`", v.get_name()),
                            &mut used,
                            &mut missing,
                        ),
                        None => {
                            missing.push(format!("value `{key}:{id}={}`: no message", v.get_name()))
                        }
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "no help for: {missing:#?}");
    // The shared message's own text names its attributes' group.
    used.insert(SHARED.to_owned());
    // Every message of the tree describes something that exists.
    let catalogs = crate::lang::check::builtin_catalogs();
    let stale: Vec<&String> = catalogs["en"]
        .iter()
        .filter(|(id, e)| id.starts_with("help-") && e.comment.contains("@dynamic"))
        .map(|(id, _)| id)
        .filter(|id| !used.contains(*id))
        .collect();
    assert!(stale.is_empty(), "help for nothing: {stale:?}");
}

/// Lines without their trailing blanks.
fn trimmed(s: &str) -> String {
    s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}

#[test]
fn the_english_help_reads_as_clap_writes_the_doc_comments() {
    let docs = doc_tree();
    let english = tree(Lang::En);
    assert_eq!(docs.len(), english.len());
    for ((path, mut doc), (_, mut en)) in docs.into_iter().zip(english) {
        assert_eq!(
            trimmed(&doc.render_help().to_string()),
            trimmed(&en.render_help().to_string()),
            "`{path}` -h"
        );
        // `--help` is laid out long only where clap gives the help flag a long form.
        let long = doc
            .get_arguments()
            .any(|a| a.get_id() == "help" && a.get_long_help().is_some());
        if long {
            assert_eq!(
                trimmed(&doc.render_long_help().to_string()),
                trimmed(&en.render_long_help().to_string()),
                "`{path}` --help"
            );
        }
    }
}

#[test]
fn the_indonesian_tree_says_everything_in_indonesian() {
    let indonesian = tree(Lang::Id);
    let english = tree(Lang::En);
    assert_eq!(indonesian.len(), english.len());
    for ((path, id), (_, en)) in indonesian.iter().zip(&english) {
        let about = |c: &Command| c.get_about().map(ToString::to_string);
        assert_ne!(about(id), about(en), "`{path}` is still in English");
        assert!(about(id).is_some_and(|a| !a.is_empty()), "{path}");
        for (a_id, a_en) in id.get_arguments().zip(en.get_arguments()) {
            assert_eq!(a_id.get_id(), a_en.get_id());
            let help = |a: &Arg| a.get_help().map(ToString::to_string);
            assert_ne!(help(a_id), help(a_en), "`{path}:{}`", a_id.get_id());
        }
    }
    let mut cmd = command(Lang::Id);
    let help = cmd.render_long_help().to_string();
    for word in ["Penggunaan:", "Perintah:", "Opsi:", "Tampilkan bantuan"] {
        assert!(help.contains(word), "{word} missing from:\n{help}");
    }
    for word in ["Usage:", "Commands:", "Options:", "Print help", "[default:"] {
        assert!(!help.contains(word), "{word} left in:\n{help}");
    }
    // clap's own "[default: ..]" and "[possible values: ..]" said in Indonesian.
    let mut search = cmd.find_subcommand_mut("search").cloned().unwrap();
    let search = search.render_help().to_string();
    assert!(search.contains("[bawaan: 20]"), "{search}");
    let mut export = cmd.find_subcommand_mut("export").cloned().unwrap();
    assert!(
        export
            .render_help()
            .to_string()
            .contains("[pilihan: json, csv, xlsx, siasn]")
    );
    let export = export.render_long_help().to_string();
    assert!(export.contains("Pilihan:"), "{export}");
    assert!(export.contains("- csv:   Daftar pegawai"), "{export}");
}

#[test]
fn parse_errors_are_worded_in_the_language() {
    let mut cmd = command(Lang::Id);
    let err = cmd
        .try_get_matches_from_mut(["penata", "tree", "--bogus"])
        .unwrap_err();
    let text = reworded(&err, Lang::Id);
    assert!(
        text.starts_with("galat: argumen '--bogus' tidak dikenal"),
        "{text}"
    );
    assert!(text.contains("Penggunaan: penata tree"), "{text}");
    assert!(text.contains("jalankan '--help'"), "{text}");
    let err = cmd
        .try_get_matches_from_mut(["penata", "expotr"])
        .unwrap_err();
    let text = reworded(&err, Lang::Id);
    assert!(text.contains("perintah 'expotr' tidak dikenal"), "{text}");
    assert!(text.contains("mungkin maksudnya 'export'"), "{text}");
    let err = cmd
        .try_get_matches_from_mut(["penata", "import"])
        .unwrap_err();
    let text = reworded(&err, Lang::Id);
    assert!(
        text.contains("argumen wajib belum diberikan: <FILE>"),
        "{text}"
    );
    let mut cmd = command(Lang::En);
    let err = cmd
        .try_get_matches_from_mut(["penata", "expotr"])
        .unwrap_err();
    let text = reworded(&err, Lang::En);
    assert!(
        text.starts_with("error: unrecognized subcommand 'expotr'"),
        "{text}"
    );
    assert!(text.contains("Usage: penata"), "{text}");
    let err = cmd
        .try_get_matches_from_mut(["penata", "--lang", "fr", "tree"])
        .unwrap_err();
    let text = reworded(&err, Lang::Id);
    assert!(text.contains("bahasa \"fr\" tidak dikenal"), "{text}");
}

#[test]
fn help_subcommands_describe_the_real_commands() {
    assert_eq!(key_path("help plan new"), "plan new");
    assert_eq!(key_path("plan help new"), "plan new");
    assert!(is_help_command("plan help"));
    assert!(!is_help_command("plan new"));
    assert_eq!(message_of(""), "help-penata");
    assert_eq!(message_of("plan new"), "help-plan-new");
}
