//! Checks of the message resources (tests only): every file parses, both languages have the
//! same messages with the same values, nothing is left untranslated by accident, every message
//! the code names exists and every message is used, and no words are written in the code
//! outside the resources.
//!
//! Markers in a message's comment (the `#` lines right above it, in either language):
//! - `@same`: the text is the same in both languages on purpose (a domain term, a code);
//! - `@dynamic`: the code builds the id (`keys-action-` plus a name), so no literal names it.
//!
//! In the code, a line holding `i18n-exempt` (in a comment on it or on the line above) may
//! hold a literal of words that is not a text: another program's words, a file format's
//! column heading, a log line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::{Lang, Localizer};

/// One message (or attribute, `id.attr`) of one language.
#[derive(Debug, Default, Clone)]
pub(crate) struct Entry {
    /// The `$values` it fills in.
    pub vars: BTreeSet<String>,
    /// Its text with values as `{$name}`, for comparing languages.
    pub text: String,
    /// Its comment lines.
    pub comment: String,
    /// Messages it refers to (`{ other-message }`).
    pub refs: BTreeSet<String>,
}

/// Every message of one language, by id.
pub(crate) type Catalog = BTreeMap<String, Entry>;

/// The catalog of each built-in language, by code.
pub(crate) fn builtin_catalogs() -> BTreeMap<String, Catalog> {
    Localizer::builtin_sources()
        .iter()
        .map(|(code, files)| ((*code).to_owned(), catalog(files)))
        .collect()
}

/// The catalog of one language's files.
pub(crate) fn catalog(files: &[(&str, &str)]) -> Catalog {
    let mut out = Catalog::new();
    for (_, source) in files {
        // The full parser: the runtime one (`FluentResource`) drops comments, and with them
        // the `@same` and `@dynamic` markers.
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(r) | Err((r, _)) => r,
        };
        for entry in &resource.body {
            let (id, value, attributes, comment) = match entry {
                ast::Entry::Message(m) => (
                    m.id.name.to_owned(),
                    m.value.as_ref(),
                    &m.attributes,
                    m.comment.as_ref(),
                ),
                ast::Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    Some(&t.value),
                    &t.attributes,
                    t.comment.as_ref(),
                ),
                _ => continue,
            };
            let comment = comment.map(|c| c.content.join("\n")).unwrap_or_default();
            if let Some(p) = value {
                out.insert(id.clone(), entry_of(p, &comment));
            }
            for a in attributes {
                out.insert(format!("{id}.{}", a.id.name), entry_of(&a.value, &comment));
            }
        }
    }
    out
}

fn entry_of(pattern: &ast::Pattern<&str>, comment: &str) -> Entry {
    let mut e = Entry {
        comment: comment.to_owned(),
        ..Entry::default()
    };
    walk_pattern(pattern, &mut e);
    e
}

fn walk_pattern(p: &ast::Pattern<&str>, e: &mut Entry) {
    for element in &p.elements {
        match element {
            ast::PatternElement::TextElement { value } => e.text.push_str(value),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, e),
        }
    }
}

fn walk_expression(x: &ast::Expression<&str>, e: &mut Entry) {
    match x {
        ast::Expression::Inline(i) => walk_inline(i, e),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, e);
            for v in variants {
                e.text.push('[');
                walk_pattern(&v.value, e);
                e.text.push(']');
            }
        }
    }
}

fn walk_inline(x: &ast::InlineExpression<&str>, e: &mut Entry) {
    match x {
        ast::InlineExpression::VariableReference { id } => {
            e.vars.insert(id.name.to_owned());
            e.text.push_str(&format!("{{${}}}", id.name));
        }
        ast::InlineExpression::StringLiteral { value }
        | ast::InlineExpression::NumberLiteral { value } => e.text.push_str(value),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, e);
            }
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            let name = match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_owned(),
            };
            e.text.push_str(&format!("{{{name}}}"));
            e.refs.insert(name);
        }
        ast::InlineExpression::TermReference { id, .. } => {
            e.text.push_str(&format!("{{-{}}}", id.name));
            e.refs.insert(format!("-{}", id.name));
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, e),
    }
}

/// What is wrong between a complete language and English: missing or extra messages,
/// different values, and texts left the same without `@same`. One problem a line.
pub(crate) fn compare(code: &str, other: &Catalog, en: &Catalog) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, e) in en {
        match other.get(id) {
            None => problems.push(format!("{code}: {id} is missing (English has it)")),
            Some(o) => {
                if o.vars != e.vars {
                    problems.push(format!(
                        "{id}: the values differ: {code} {:?}, en {:?}",
                        o.vars, e.vars
                    ));
                }
                let same = e.comment.contains("@same") || o.comment.contains("@same");
                if !id.starts_with('-') && o.text == e.text && !same {
                    problems.push(format!(
                        "{id}: not translated (mark it @same if it is meant to be): {:?}",
                        e.text
                    ));
                }
                if same && o.text != e.text && !id.starts_with('-') {
                    // A marked text that differs is fine (a term with a translation); no fault.
                }
            }
        }
    }
    for id in other.keys() {
        if !en.contains_key(id) {
            problems.push(format!("{code}: {id} is not in English"));
        }
    }
    problems
}

/// The Rust sources under `src/`, without their tests: (path from the crate root, code).
pub(crate) fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let name = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .into_owned();
            if path.is_dir() {
                walk(&path, root, out);
            } else if name.ends_with(".rs")
                && !name.ends_with("tests.rs")
                && !name.contains("/tests/")
                && !name.ends_with("_tests.rs")
            {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                // The test module at the end of a file is not shown to anyone.
                let code = text
                    .split("#[cfg(test)]\nmod ")
                    .next()
                    .unwrap_or("")
                    .to_owned();
                out.push((name, code));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    walk(&root.join("src"), root, &mut out);
    out
}

/// The string literals of a line of code (not of its comment), without their quotes.
pub(crate) fn literals(line: &str) -> Vec<&str> {
    let code = line.trim_start();
    if code.starts_with("//") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(start) = rest.find('"') {
        // A `//` before the quote starts a comment.
        if rest[..start].contains("//") {
            break;
        }
        let after = &rest[start + 1..];
        let mut end = None;
        let mut escaped = false;
        for (i, c) in after.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        let Some(end) = end else { break };
        out.push(&after[..end]);
        rest = &after[end + 1..];
    }
    out
}

/// The message ids the code names: literals that look like an id of a known area.
pub(crate) fn ids_in_code(areas: &BTreeSet<String>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (file, code) in sources() {
        for (n, line) in code.lines().enumerate() {
            for lit in literals(line) {
                let looks_like_id = lit.contains('-')
                    && lit
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-.".contains(c));
                let area = lit.split('-').next().unwrap_or("");
                if looks_like_id && areas.contains(area) {
                    out.entry(lit.to_owned())
                        .or_insert_with(|| format!("{file}:{}", n + 1));
                }
            }
        }
    }
    out
}

/// Words in a literal outside `{...}` placeholders: how many runs of two or more letters.
fn words(literal: &str) -> usize {
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
        .split(' ')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
}

/// Source files that hold data rather than texts; the scan skips them.
const DATA: &[&str] = &[
    // Synthetic organizations: unit, position and competency names are data, not texts.
    "src/generate/",
    // The words SIASN files and the regulation use: title abbreviations, the nine
    // competencies' names, the columns of the exported peta jabatan.
    "src/store/siasn/ident.rs",
    "src/store/siasn/dictionary.rs",
    "src/store/siasn/export.rs",
];

/// Literals of two or more words in the code, outside the resources: `file:line: "..."`.
pub(crate) fn words_in_code() -> Vec<String> {
    let mut found = Vec::new();
    for (file, code) in sources() {
        if file.starts_with("src/lang/") || DATA.iter().any(|p| file.starts_with(p)) {
            continue;
        }
        let lines: Vec<&str> = code.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            let exempt = line.contains("i18n-exempt")
                || n.checked_sub(1)
                    .is_some_and(|p| lines[p].contains("i18n-exempt"));
            if exempt || line.trim_start().starts_with("#[") {
                continue;
            }
            for lit in literals(line) {
                if words(lit) >= 2 {
                    found.push(format!("{file}:{}: \"{lit}\"", n + 1));
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Msg, Value};

    fn builtin() -> BTreeMap<String, Catalog> {
        builtin_catalogs()
    }

    #[test]
    fn every_resource_parses_and_defines_each_message_once() {
        let (_, problems) = Localizer::from_sources(Localizer::builtin_sources(), "en");
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        let codes: Vec<&str> = Localizer::builtin_sources()
            .iter()
            .map(|(c, _)| *c)
            .collect();
        for lang in Lang::ALL {
            assert!(
                codes.contains(&lang.code()),
                "no folder locales/{}",
                lang.code()
            );
        }
    }

    #[test]
    fn every_language_has_every_message_with_the_same_values() {
        let all = builtin();
        let en = &all["en"];
        assert!(!en.is_empty());
        let mut problems = Vec::new();
        for lang in Lang::ALL {
            if lang != Lang::En {
                problems.extend(compare(lang.code(), &all[lang.code()], en));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_message_the_code_names_exists_and_every_message_is_used() {
        let all = builtin();
        let en = &all["en"];
        let areas: BTreeSet<String> = en
            .keys()
            .filter(|id| !id.starts_with('-'))
            .filter_map(|id| id.split('-').next())
            .map(str::to_owned)
            .collect();
        let used = ids_in_code(&areas);
        let missing: Vec<String> = used
            .iter()
            .filter(|(id, _)| !en.contains_key(*id))
            .map(|(id, at)| format!("{at}: {id} is in no resource"))
            .collect();
        assert!(missing.is_empty(), "{}", missing.join("\n"));
        let referenced: BTreeSet<&String> = en.values().flat_map(|e| &e.refs).collect();
        let unused: Vec<&String> = en
            .iter()
            .filter(|(id, e)| {
                let message = id.split('.').next().unwrap_or(id);
                !id.starts_with('-')
                    && !e.comment.contains("@dynamic")
                    && !used.contains_key(*id)
                    && !used.contains_key(message)
                    && !referenced.contains(id)
            })
            .map(|(id, _)| id)
            .collect();
        assert!(
            unused.is_empty(),
            "messages no code names (mark them @dynamic if the code builds their id): {unused:?}"
        );
    }

    #[test]
    fn no_words_are_written_in_the_code_outside_the_resources() {
        let found = words_in_code();
        assert!(
            found.is_empty(),
            "words outside locales/ (move them into a resource, or mark a format's literal \
             i18n-exempt):\n{}",
            found.join("\n")
        );
    }

    #[test]
    fn a_partial_language_falls_back_to_english_message_by_message() {
        let en: &[(&str, &str)] = &[(
            "t.ftl",
            "t-vacant = Vacant\nt-moves = { $count ->\n    [one] one move\n   *[other] { $count } moves\n}\n",
        )];
        // A third language with one message of the two: the other is said in English.
        let jv: &[(&str, &str)] = &[("t.ftl", "t-vacant = Kosong\n")];
        let (l, problems) = Localizer::from_sources(&[("en", en), ("jv", jv)], "en");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(l.format("jv", "t-vacant", None), "Kosong");
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", 2);
        assert_eq!(l.format("jv", "t-moves", Some(&args)), "2 moves");
        assert!(l.has("jv", "t-vacant") && !l.has("jv", "t-moves"));
        // An id no language has is said as itself, never as nothing.
        assert_eq!(l.format("jv", "t-nowhere", None), "t-nowhere");
        // The check names what the third language lacks.
        let problems = compare("jv", &catalog(jv), &catalog(en));
        assert_eq!(problems, ["jv: t-moves is missing (English has it)"]);
    }

    #[test]
    fn plurals_and_numbers_follow_the_language() {
        let en: &[(&str, &str)] = &[(
            "t.ftl",
            "t-moves = { $count ->\n    [one] { $count } move\n   *[other] { $count } moves\n}\n\
             t-jpm = JPM { NUMBER($p, minimumFractionDigits: 1, maximumFractionDigits: 1) }%\n",
        )];
        let id: &[(&str, &str)] = &[(
            "t.ftl",
            "t-moves = { $count } perpindahan\n\
             t-jpm = JPM { NUMBER($p, minimumFractionDigits: 1, maximumFractionDigits: 1) }%\n",
        )];
        let (l, problems) = Localizer::from_sources(&[("en", en), ("id", id)], "en");
        assert!(problems.is_empty(), "{problems:?}");
        let say = |code: &str, name: &str, v: f64| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set(name, v);
            l.format(
                code,
                if name == "p" { "t-jpm" } else { "t-moves" },
                Some(&args),
            )
        };
        assert_eq!(say("en", "count", 1.0), "1 move");
        assert_eq!(say("en", "count", 2.0), "2 moves");
        assert_eq!(say("en", "count", 1018.0), "1,018 moves");
        assert_eq!(say("id", "count", 1.0), "1 perpindahan");
        assert_eq!(say("id", "count", 1018.0), "1.018 perpindahan");
        assert_eq!(say("id", "p", 87.54), "JPM 87,5%");
        assert_eq!(say("en", "p", 87.54), "JPM 87.5%");
        assert_eq!(say("en", "p", 100.0), "JPM 100.0%");
        assert_eq!(say("id", "p", -0.01), "JPM 0,0%");
    }

    #[test]
    fn numbers_outside_messages_use_the_same_marks() {
        assert_eq!(Lang::Id.decimal(87.54, 1), "87,5");
        assert_eq!(Lang::En.decimal(87.54, 1), "87.5");
        assert_eq!(Lang::Id.decimal(1234.5, 2), "1.234,50");
        assert_eq!(Lang::Id.percent(100.0), "100,0%");
        assert_eq!(Lang::Id.count(1_000_000), "1.000.000");
        assert_eq!(Lang::En.count(1_000_000), "1,000,000");
        assert_eq!(Lang::En.count(7), "7");
    }

    #[test]
    fn a_message_made_below_is_worded_by_the_layer_that_shows_it() {
        let m = crate::msg!("lang-unknown", found = "fr");
        assert_eq!(
            m,
            Msg {
                id: "lang-unknown",
                args: vec![("found", Value::Str("fr".into()))]
            }
        );
        assert!(Lang::En.say(&m).contains("unknown language \"fr\""));
        assert!(Lang::Id.say(&m).contains("bahasa \"fr\" tidak dikenal"));
        assert_eq!("fr".parse::<Lang>().map_err(|e| e.0), Err("fr".to_owned()));
        assert_eq!("id".parse::<Lang>(), Ok(Lang::Id));
        assert_eq!(Lang::from_locale("id_ID.UTF-8"), Lang::Id);
        assert_eq!(Lang::from_locale("en_GB"), Lang::En);
        assert_eq!(Lang::from_locale("C.UTF-8"), Lang::En);
    }

    #[test]
    fn literals_are_found_in_code_but_not_in_comments() {
        assert_eq!(literals(r#"let a = "one two"; // "not me""#), ["one two"]);
        assert_eq!(literals(r#"f("a \"b\" c", "d")"#), [r#"a \"b\" c"#, "d"]);
        assert!(literals(r#"// "comment""#).is_empty());
        assert_eq!(words("two {x} words"), 2);
        assert_eq!(words("{a} {b}"), 0);
    }
}
