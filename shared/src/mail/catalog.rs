//! Every sentence in every language: one Fluent catalog per language
//! (`shared/locales/<code>.ftl`), the merchant's overrides merged over it, embedded by
//! `build.rs`. Templates are language-neutral and ask for messages with `t`.
//!
//! Why Fluent: a translator writes whole sentences with the placeables where their
//! language puts them, plurals by CLDR's rules (`and 2 more items`, Polish's few and
//! many), and variants where grammar needs them, in a plain-text file with comments;
//! `fluent-bundle` is the reference implementation.
//!
//! A language's catalog is parsed the first time a mail or page in it is rendered, once
//! per process: a Lambda serving German customers never parses Thai.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Language;

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// How a message is written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// In an HTML part or page: placeables escaped (but markup a template made), `<a>`
    /// given the template's link.
    Html,
    /// In a subject or a plain-text part: tags dropped, nothing escaped.
    Text,
}

/// A placeable's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Text from the outside world (a shop's name, an amount as formatted): escaped in
    /// HTML.
    Text(&'a str),
    /// Markup a template made (a `<strong>` around an amount, a message already
    /// written out as HTML): kept as it is.
    Html(&'a str),
    /// A number: plurals select on it.
    Number(f64),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    #[error("no catalog for {0}")]
    NoCatalog(&'static str),
    #[error("catalog {0}: {1}")]
    Invalid(&'static str, String),
    #[error("{language}: no message {id}")]
    NoMessage { language: &'static str, id: String },
    #[error("{language}: message {id}: {error}")]
    Format {
        language: &'static str,
        id: String,
        error: String,
    },
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: [OnceLock<Result<Bundle, CatalogError>>; Language::ALL.len()] =
    [const { OnceLock::new() }; Language::ALL.len()];

/// The catalog (inflated) and overrides of `language`, as build.rs embedded them.
pub fn sources(language: Language) -> Option<(String, &'static str)> {
    let &(_, deflated, overrides) = CATALOGS
        .iter()
        .find(|(code, _, _)| *code == language.code())?;
    let catalog = miniz_oxide::inflate::decompress_to_vec(deflated).ok()?;
    Some((String::from_utf8(catalog).ok()?, overrides))
}

fn bundle(language: Language) -> Result<&'static Bundle, CatalogError> {
    BUNDLES[language as usize]
        .get_or_init(|| load(language))
        .as_ref()
        .map_err(Clone::clone)
}

fn load(language: Language) -> Result<Bundle, CatalogError> {
    let code = language.code();
    let (catalog, overrides) = sources(language).ok_or(CatalogError::NoCatalog(code))?;
    load_from(code, &catalog, overrides)
}

/// A bundle of `catalog` with `overrides` merged over it (a message in both says what
/// the override says).
fn load_from(code: &'static str, catalog: &str, overrides: &str) -> Result<Bundle, CatalogError> {
    let invalid = |error: String| CatalogError::Invalid(code, error);
    let id: unic_langid::LanguageIdentifier =
        code.parse().map_err(|e| invalid(format!("{e:?}")))?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around placeables would reach subjects and plain text;
    // none of our languages is written right to left.
    bundle.set_use_isolating(false);
    let parse = |source: &str| {
        FluentResource::try_new(source.to_owned())
            .map_err(|(_, errors)| invalid(format!("{errors:?}")))
    };
    bundle
        .add_resource(parse(catalog)?)
        .map_err(|errors| invalid(format!("{errors:?}")))?;
    bundle.add_resource_overriding(parse(overrides)?);
    Ok(bundle)
}

/// Private-use characters around a placeable's index while the message is written out,
/// so tags are dropped or links set in the message's own text, never in a value.
const OPEN: char = '\u{e000}';
const CLOSE: char = '\u{e001}';

/// The message `id` in `language`, its placeables filled from `args`. In HTML, `href`
/// is the URL of the message's `<a>` and `link_style` its style.
pub fn message(
    language: Language,
    id: &str,
    args: &[(&str, Arg<'_>)],
    markup: Markup,
    href: Option<&str>,
    link_style: Option<&str>,
) -> Result<String, CatalogError> {
    let bundle = bundle(language)?;
    let no_message = || CatalogError::NoMessage {
        language: language.code(),
        id: id.to_owned(),
    };
    let pattern = bundle
        .get_message(id)
        .and_then(|message| message.value())
        .ok_or_else(no_message)?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (index, (name, value)) in args.iter().enumerate() {
        let value = match value {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Text(_) | Arg::Html(_) => FluentValue::from(format!("{OPEN}{index}{CLOSE}")),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let written = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        return Err(CatalogError::Format {
            language: language.code(),
            id: id.to_owned(),
            error: format!("{errors:?}"),
        });
    }
    let written = match markup {
        Markup::Text => ["<a>", "</a>", "<strong>", "</strong>"]
            .into_iter()
            .fold(written.into_owned(), |s, tag| s.replace(tag, "")),
        Markup::Html if written.contains("<a>") => {
            let href = href.ok_or_else(|| CatalogError::Format {
                language: language.code(),
                id: id.to_owned(),
                error: "the message has a link and the template gave no href".into(),
            })?;
            let style = link_style.unwrap_or("color:#4f46e5;");
            written.replace(
                "<a>",
                &format!(
                    "<a href=\"{}\" style=\"{}\">",
                    escape_html(href),
                    escape_html(style)
                ),
            )
        }
        Markup::Html => written.into_owned(),
    };
    Ok(fill(&written, args, markup))
}

/// `written` with each placeable's mark replaced by its value (escaped in HTML).
fn fill(written: &str, args: &[(&str, Arg<'_>)], markup: Markup) -> String {
    let mut out = String::with_capacity(written.len() + 64);
    let mut rest = written;
    while let Some(open) = rest.find(OPEN) {
        out.push_str(&rest[..open]);
        let after = &rest[open + OPEN.len_utf8()..];
        let Some(close) = after.find(CLOSE) else {
            break;
        };
        let value = after[..close]
            .parse::<usize>()
            .ok()
            .and_then(|index| args.get(index));
        match (value, markup) {
            (Some((_, Arg::Text(text))), Markup::Html) => out.push_str(&escape_html(text)),
            (Some((_, Arg::Text(text) | Arg::Html(text))), _) => out.push_str(text),
            _ => {}
        }
        rest = &after[close + CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// The five characters that matter in HTML text and attributes (not `/`, so links stay
/// readable).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::catalog_rules::{self, catalog_facts, override_errors};
    use super::*;

    #[test]
    fn every_language_has_a_catalog_and_every_catalog_a_language() {
        for language in Language::ALL {
            assert!(
                sources(language).is_some(),
                "no locales/{}.ftl",
                language.code()
            );
        }
        for (code, _, _) in &CATALOGS {
            assert!(
                Language::from_code(code).is_some(),
                "locales/{code}.ftl: not a language"
            );
        }
    }

    /// The catalog checks: every message of the source language in every catalog, the
    /// same placeables, only the allowed markup, the same links; the merchant's
    /// overrides valid (build.rs has refused them otherwise; checked again here).
    #[test]
    fn every_catalog_says_everything_english_says_with_the_same_placeables() {
        let english = sources(Language::En).unwrap().0;
        let english = catalog_facts(&english).unwrap();
        assert!(english.len() > 100, "{}", english.len());
        let mut errors = Vec::new();
        for language in Language::ALL {
            let (catalog, overrides) = sources(language).unwrap();
            let facts = match catalog_facts(&catalog) {
                Ok(facts) => facts,
                Err(e) => {
                    errors.push(format!("{}: {e}", language.code()));
                    continue;
                }
            };
            for error in catalog_rules::translation_errors(&english, &facts) {
                errors.push(format!("{}: {error}", language.code()));
            }
            let overrides = catalog_facts(overrides).unwrap();
            for error in override_errors(&facts, &overrides) {
                errors.push(format!("overrides/{}: {error}", language.code()));
            }
            // Parses as the runtime parses it, with the overrides.
            if let Err(e) = bundle(language) {
                errors.push(e.to_string());
            }
        }
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    #[test]
    fn the_checks_refuse_what_a_translator_or_merchant_could_get_wrong() {
        let facts = |s: &str| catalog_facts(s).unwrap();
        let english = facts("a = Hi { $shop }, <a>unsubscribe</a>\nb = Total: { $total }\n");
        let cases = [
            (
                "a = Hallo { $shop }, <a>abmelden</a>\nb = Summe: { $total }\n",
                vec![],
            ),
            ("a = Hallo { $shop }, <a>abmelden</a>\n", vec!["b: missing"]),
            (
                "a = Hallo { $name }, <a>abmelden</a>\nb = Summe: { $total }\n",
                vec![
                    "a: the message has no placeable [\"name\"]",
                    "a: placeable [\"shop\"] left out",
                ],
            ),
            (
                "a = Hallo { $shop }, abmelden\nb = Summe: { $total }\n",
                vec!["a: 0 <a> where the message has 1"],
            ),
            (
                "a = Hallo { $shop }, <a href=\"x\">abmelden</a>\nb = Summe: { $total }\n",
                vec![
                    "a: `<a href=\"x\">`: only <a>, </a>, <strong> and </strong> are allowed, and no other < > &",
                    "a: 0 <a> where the message has 1",
                ],
            ),
            (
                "a = Hallo { $shop }, <a>abmelden</a>\nb = Summe & Steuer: { $total }\nc = neu\n",
                vec![
                    "b: `& Steuer: `: only <a>, </a>, <strong> and </strong> are allowed, and no other < > &",
                    "c: not a message of the source catalog",
                ],
            ),
        ];
        for (translation, expected) in cases {
            assert_eq!(
                catalog_rules::translation_errors(&english, &facts(translation)),
                expected,
                "{translation}"
            );
        }
        // An override may leave a placeable out, not bring one in, nor override nothing.
        assert!(override_errors(&english, &facts("b = Total\n")).is_empty());
        assert_eq!(
            override_errors(&english, &facts("b = { $amount }\nz = x\n")),
            vec![
                "b: the message has no placeable [\"amount\"]",
                "z: no such message to override"
            ]
        );
        assert_eq!(
            catalog_rules::markup_error("<strong>x"),
            Some("<strong> is not closed".into())
        );
        assert_eq!(
            catalog_rules::markup_error("x</a>"),
            Some("</a> closes nothing".into())
        );
        assert!(
            catalog_facts("a = x\na = y\n")
                .unwrap_err()
                .contains("defined twice")
        );
        assert!(catalog_facts("a = { $x\n").is_err());
    }

    #[test]
    fn an_override_says_what_the_merchant_wrote_and_the_rest_is_the_catalog() {
        let catalog = "a = Hello,\nb = Total: { $total }\n";
        let bundle = load_from("en", catalog, "a = Hello again,\n").unwrap();
        let say = |id: &str| {
            let mut args = FluentArgs::new();
            args.set("total", "$1");
            let pattern = bundle.get_message(id).unwrap().value().unwrap();
            bundle
                .format_pattern(pattern, Some(&args), &mut vec![])
                .into_owned()
        };
        assert_eq!(say("a"), "Hello again,");
        assert_eq!(say("b"), "Total: $1");
        assert!(matches!(
            load_from("en", catalog, "a = { $x"),
            Err(CatalogError::Invalid("en", _))
        ));
    }

    #[test]
    fn a_message_is_written_with_its_placeables_escaped_and_its_link_set() {
        let write = |id, args: &[(&str, Arg<'_>)], markup, href| {
            message(Language::En, id, args, markup, href, Some("color:#6b7280;")).unwrap()
        };
        let shop = [("shop", Arg::Text("Tom & <Jerry>"))];
        assert_eq!(
            write("cart-footer-reason", &shop, Markup::Html, None),
            "You're receiving this email because you agreed to receive emails from Tom &amp; &lt;Jerry&gt;."
        );
        assert_eq!(
            write("cart-footer-reason", &shop, Markup::Text, None),
            "You're receiving this email because you agreed to receive emails from Tom & <Jerry>."
        );
        assert_eq!(
            write(
                "cart-footer-unsubscribe",
                &[],
                Markup::Html,
                Some("https://x.example/u?t=1&l=en")
            ),
            "<a href=\"https://x.example/u?t=1&amp;l=en\" style=\"color:#6b7280;\">Unsubscribe</a> from these emails."
        );
        assert_eq!(
            write("cart-footer-unsubscribe", &[], Markup::Text, None),
            "Unsubscribe from these emails."
        );
        // A value that looks like a tag or a mark is only ever text.
        let sneaky = [("total", Arg::Text("<a>\u{e000}0\u{e001}"))];
        assert_eq!(
            write("cart-total", &sneaky, Markup::Html, None),
            "Cart total: &lt;a&gt;\u{e000}0\u{e001}"
        );
        assert_eq!(
            write(
                "cart-total",
                &[("total", Arg::Html("<strong>$1.00</strong>"))],
                Markup::Html,
                None
            ),
            "Cart total: <strong>$1.00</strong>"
        );
        for (count, expected) in [(1.0, "and 1 more item"), (2.0, "and 2 more items")] {
            assert_eq!(
                write(
                    "cart-more-items",
                    &[("count", Arg::Number(count))],
                    Markup::Text,
                    None
                ),
                expected
            );
        }
        // Nothing falls back to an id or an empty placeable.
        assert!(matches!(
            message(Language::En, "no-such", &[], Markup::Text, None, None),
            Err(CatalogError::NoMessage { .. })
        ));
        assert!(matches!(
            message(Language::En, "cart-total", &[], Markup::Text, None, None),
            Err(CatalogError::Format { .. })
        ));
        assert!(matches!(
            message(
                Language::En,
                "cart-footer-unsubscribe",
                &[],
                Markup::Html,
                None,
                None
            ),
            Err(CatalogError::Format { .. })
        ));
    }
}
