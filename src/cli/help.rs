//! The command line's help in a language: `--help`, the manual page and the completions'
//! descriptions all come from [`command`], and usage errors are worded by [`exit_on`].
//!
//! Every text is in `locales/<language>/help.ftl`: a command's about is the message
//! `help-<path>` (`help-penata` for the top, `help-plan-new`), its long about the attribute
//! `.long`, an argument's help the attribute `.<argument>` (`help-plan-export.format`), and a
//! value of an argument's closed list `.<argument>--<value>`. An argument several commands
//! share is in `help-shared`; a global one at the top (`help-penata.db`). The doc comments of
//! the clap definitions stay as the developers' description, the resources are what people
//! read. clap's own words (`[default: ..]`, `[possible values: ..]`, the headings) are said
//! here from the resources too, in clap's layout. What clap prints itself and cannot be
//! changed (the `[OPTIONS]`/`<COMMAND>` words inside a usage line) stays as clap writes it.

use std::borrow::Cow;
use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory};
use unicode_width::UnicodeWidthStr;

use super::Cli;
use crate::lang::{Lang, Localizer, tr};

/// The command line definition with its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    // Built first, so the help flags, the `help` subcommand and the copies of the global
    // arguments exist and get their texts too.
    cmd.build();
    let cmd = cmd.version(fixed(super::shell::version(lang).into()));
    localize(cmd, "", lang)
}

/// A text for the clap settings that keep only `&'static str` (headings, the version): the
/// resources are parsed once for the process, so a fixed text is borrowed from them; a text
/// made with values is kept for the rest of the process (once per `command`).
fn fixed(text: Cow<'static, str>) -> &'static str {
    match text {
        Cow::Borrowed(s) => s,
        Cow::Owned(s) => Box::leak(s.into_boxed_str()),
    }
}

/// The message of a command (its path without `penata`, `""` for the top).
pub(crate) fn message_of(path: &str) -> String {
    if path.is_empty() {
        "help-penata".to_owned()
    } else {
        format!("help-{}", path.replace(' ', "-"))
    }
}

/// The headings clap writes itself: positionals, options.
const CLAP_HEADINGS: [&str; 2] = ["Arguments", "Options"];

/// The message shared by several commands for an argument they all have.
const SHARED: &str = "help-shared";

fn attribute_of(arg: &str) -> String {
    arg.replace('_', "-")
}

/// The text of a message (or `message.attribute`), when the resources have it.
fn find(lang: Lang, id: &str) -> Option<Cow<'static, str>> {
    Localizer::builtin().find(lang.code(), id, None)
}

/// The path a command's texts are keyed by: clap's `help` subcommand repeats the real
/// commands under it (`help plan new` describes `plan new`).
fn key_path(path: &str) -> String {
    path.split(' ')
        .filter(|s| !s.is_empty() && *s != "help")
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_help_command(path: &str) -> bool {
    path.split(' ').next_back() == Some("help")
}

/// The message id of an argument's help (`help-plan-export.format`), if the resources have
/// one: the command's own, else the shared one; a global argument's is at the top.
pub(crate) fn arg_key(path: &str, arg: &Arg) -> Option<String> {
    let a = attribute_of(arg.get_id().as_str());
    let candidates = if arg.is_global_set() {
        vec![format!("{}.{a}", message_of(""))]
    } else {
        vec![format!("{}.{a}", message_of(path)), format!("{SHARED}.{a}")]
    };
    candidates
        .into_iter()
        .find(|k| Localizer::builtin().has(Lang::En.code(), k))
}

/// The message id of one value of an argument's closed list, if any.
fn value_key(path: &str, arg: &Arg, value: &str) -> Option<String> {
    let a = attribute_of(arg.get_id().as_str());
    [
        format!("{}.{a}--{value}", message_of(path)),
        format!("{SHARED}.{a}--{value}"),
    ]
    .into_iter()
    .find(|k| Localizer::builtin().has(Lang::En.code(), k))
}

fn localize(mut cmd: Command, path: &str, lang: Lang) -> Command {
    let key = key_path(path);
    if is_help_command(path) {
        cmd = cmd
            .about(lang.text("help-command").into_owned())
            .long_about(None::<&str>);
    } else {
        let id = message_of(&key);
        if let Some(about) = find(lang, &id) {
            cmd = cmd.about(about.into_owned());
        }
        cmd = match find(lang, &format!("{id}.long")) {
            Some(long) => cmd.long_about(long.into_owned()),
            None => cmd.long_about(None::<&str>),
        };
    }
    let styles = cmd.get_styles();
    let (usage, header) = (*styles.get_usage(), *styles.get_header());
    // The sections clap's `{all-args}` writes, each under its heading in `lang`, in clap's
    // order (a named heading would be ordered by where its first argument is declared).
    let mut sections = Vec::new();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(("help-commands", "{subcommands}"));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(("help-arguments", "{positionals}"));
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(("help-options", "{options}"));
    }
    let sections: Vec<String> = sections
        .into_iter()
        .map(|(id, tag)| format!("{header}{}:{header:#}\n{tag}", lang.text(id)))
        .collect();
    // `--help` lays the arguments out long when clap gave the help flag a long form.
    let long_mode = cmd
        .get_arguments()
        .any(|a| a.get_id() == "help" && a.get_long_help().is_some());
    let literal = *cmd.get_styles().get_literal();
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}\n\n{}{{after-help}}",
            lang.text("help-usage"),
            sections.join("\n\n")
        ))
        .subcommand_help_heading(fixed(lang.text("help-commands")))
        .mut_args(|arg| localize_arg(arg, &key, lang, long_mode, literal));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |s| localize(s, &sub_path, lang));
    }
    cmd
}

fn localize_arg(
    mut arg: Arg,
    path: &str,
    lang: Lang,
    long_mode: bool,
    literal: clap::builder::styling::Style,
) -> Arg {
    let heading = if arg.is_positional() {
        lang.text("help-arguments")
    } else {
        lang.text("help-options")
    };
    // clap's own heading needs no setting (the manual page then keeps its usual sections).
    if heading != CLAP_HEADINGS[usize::from(!arg.is_positional())] {
        arg = arg.help_heading(fixed(heading));
    }

    match arg.get_id().as_str() {
        "help" => {
            return if arg.get_long_help().is_some() {
                arg.help(lang.text("help-flag-more").into_owned())
                    .long_help(lang.text("help-flag-long").into_owned())
            } else {
                arg.help(lang.text("help-flag").into_owned())
            };
        }
        "version" => return arg.help(lang.text("help-version-flag").into_owned()),
        _ => {}
    }
    let Some(text) = arg_key(path, &arg).and_then(|k| find(lang, &k)) else {
        return arg;
    };
    // clap writes "[default: ..]" and "[possible values: ..]" itself, in English: said here
    // instead, where clap would put them.
    let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
    let mut short_specs = Vec::new();
    let mut long_specs = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_value && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let spec = tr!(lang, "help-default", value = defaults.join(" ")).into_owned();
        short_specs.push(spec.clone());
        long_specs.push(spec);
        arg = arg.hide_default_value(true);
    }
    let values: Vec<clap::builder::PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let mut value_block = String::new();
    if takes_value && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        let inline = tr!(lang, "help-choices", values = names.join(", ")).into_owned();
        short_specs.push(inline.clone());
        let described: Vec<(&str, Option<Cow<'static, str>>)> = values
            .iter()
            .map(|v| {
                let help = v
                    .get_help()
                    .and(value_key(path, &arg, v.get_name()))
                    .and_then(|k| find(lang, &k));
                (v.get_name(), help)
            })
            .collect();
        // The values themselves say their help in `lang` too (the completions show it).
        let worded: Vec<clap::builder::PossibleValue> = values
            .iter()
            .zip(&described)
            .map(|(v, (_, h))| match h {
                Some(h) => v.clone().help(h.clone().into_owned()),
                None => v.clone(),
            })
            .collect();
        arg = worded_values::<super::export::Format>(arg, &worded);
        arg = worded_values::<super::plan_export::Format>(arg, &worded);
        arg = worded_values::<super::gaps::Format>(arg, &worded);
        arg = worded_values::<super::output::ReportFormat>(arg, &worded);
        if described.iter().any(|(_, h)| h.is_some()) {
            let longest = names.iter().map(|n| n.width()).max().unwrap_or(0);
            value_block.push_str(&lang.text("help-choices-heading"));
            for (name, help) in &described {
                let _ = write!(value_block, "\n- {literal}{name}{literal:#}");
                if let Some(h) = help {
                    let pad = longest - name.width();
                    let _ = write!(value_block, ": {:pad$}{h}", "");
                }
            }
        } else {
            long_specs.push(inline);
        }
        arg = arg.hide_possible_values(true);
    }
    let mut short = text.clone().into_owned();
    for s in &short_specs {
        let _ = write!(short, " {s}");
    }
    let arg = arg.help(short);
    if !long_mode || (value_block.is_empty() && long_specs.is_empty()) {
        return arg.long_help(None::<&str>);
    }
    let mut long = text.into_owned();
    if !value_block.is_empty() {
        let _ = write!(long, "\n\n{value_block}");
    }
    if !long_specs.is_empty() {
        let _ = write!(long, "\n\n{}", long_specs.join("\n"));
    }
    arg.long_help(long)
}

/// The closed list of an argument of type `E` with its values' help in the language: the
/// parse stays `E`'s own, only the values it reports (to the completions and the manual page)
/// are worded.
#[derive(Clone)]
struct Worded<E> {
    values: Vec<clap::builder::PossibleValue>,
    of: std::marker::PhantomData<fn() -> E>,
}

impl<E: clap::ValueEnum + Clone + Send + Sync + 'static> clap::builder::TypedValueParser
    for Worded<E>
{
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<E, clap::Error> {
        clap::builder::EnumValueParser::<E>::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().cloned()))
    }
}

/// `arg` with its values worded, when it takes an `E`.
fn worded_values<E: clap::ValueEnum + Clone + Send + Sync + 'static>(
    arg: Arg,
    values: &[clap::builder::PossibleValue],
) -> Arg {
    if arg.get_value_parser().type_id() != std::any::TypeId::of::<E>() {
        return arg;
    }
    arg.value_parser(Worded::<E> {
        values: values.to_vec(),
        of: std::marker::PhantomData,
    })
}

/// Handles a parse error or a help request: help and version print as clap makes them (the
/// help already in `lang`); an error is worded in `lang`. Exits the process.
pub fn exit_on(err: clap::Error, lang: Lang) -> ! {
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        err.exit()
    }
    errout!("{}", reworded(&err, lang));
    std::process::exit(err.exit_code())
}

fn context(err: &clap::Error, kind: ContextKind) -> String {
    match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        Some(ContextValue::Bool(b)) => b.to_string(),
        Some(ContextValue::None) | None => String::new(),
        Some(_) => String::new(),
    }
}

/// Why a value was refused: a language code is worded in `lang`, anything else as its
/// parser says it.
fn why(err: &clap::Error, lang: Lang) -> String {
    let Some(source) = std::error::Error::source(err) else {
        return String::new();
    };
    if let Some(unknown) = source.downcast_ref::<crate::lang::UnknownLang>() {
        return format!(": {}", lang.say(&unknown.msg()));
    }
    match source.downcast_ref::<super::Refused>() {
        Some(refused) => format!(": {}", lang.say(&refused.0)),
        None => format!(": {source}"),
    }
}

/// A clap error in `lang`: what is wrong, a suggestion when clap has one, the usage line and
/// where to read more.
pub(crate) fn reworded(err: &clap::Error, lang: Lang) -> String {
    let arg = context(err, ContextKind::InvalidArg);
    let value = context(err, ContextKind::InvalidValue);
    let mut msg = match err.kind() {
        ErrorKind::UnknownArgument => tr!(lang, "help-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => tr!(
            lang,
            "help-error-unknown-command",
            command = context(err, ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            tr!(lang, "help-error-value-missing", arg = arg)
        }
        ErrorKind::InvalidValue => {
            let valid = context(err, ContextKind::ValidValue);
            if valid.is_empty() {
                tr!(lang, "help-error-bad-value", value = value, arg = arg)
            } else {
                tr!(
                    lang,
                    "help-error-bad-value-valid",
                    value = value,
                    arg = arg,
                    valid = valid
                )
            }
        }
        ErrorKind::ValueValidation => tr!(
            lang,
            "help-error-invalid",
            value = value,
            arg = arg,
            why = why(err, lang)
        ),
        ErrorKind::MissingRequiredArgument => tr!(lang, "help-error-missing", arg = arg),
        ErrorKind::MissingSubcommand => tr!(lang, "help-error-no-command"),
        ErrorKind::ArgumentConflict => tr!(
            lang,
            "help-error-conflict",
            arg = arg,
            prior = context(err, ContextKind::PriorArg)
        ),
        ErrorKind::TooManyValues => tr!(lang, "help-error-too-many", value = value, arg = arg),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            tr!(lang, "help-error-count", arg = arg)
        }
        ErrorKind::NoEquals => tr!(lang, "help-error-no-equals", arg = arg),
        ErrorKind::InvalidUtf8 => tr!(lang, "help-error-utf8"),
        // Anything else: clap's own first line, which names the problem.
        _ => {
            let rendered = err.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            let detail = first.trim_start_matches("error: ").to_owned();
            tr!(lang, "help-error-other", detail = detail)
        }
    }
    .into_owned();
    for kind in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ] {
        let s = context(err, kind);
        if !s.is_empty() {
            let _ = write!(msg, "\n\n  {}", tr!(lang, "help-error-tip", suggestion = s));
        }
    }
    let usage = context(err, ContextKind::Usage);
    let mut out = format!("{} {msg}\n", lang.text("help-error"));
    if !usage.is_empty() {
        let line = usage.trim_start_matches("Usage:").trim();
        let _ = write!(out, "\n{} {line}\n", lang.text("help-usage"));
    }
    let _ = writeln!(out, "\n{}", lang.text("help-more-info"));
    out
}

#[cfg(test)]
mod tests;
