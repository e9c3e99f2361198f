//! Mail of every kind, localized: subject, HTML and plain-text parts rendered from
//! templates embedded in the binary (a Lambda has no repository files at run time).
//!
//! A kind is a folder `shared/templates/<kind>/<lang>/` with `subject.txt`, `body.html`
//! (which extends the shared `layout.html`) and `body.txt`, plus a context struct that
//! implements [`MailKind`]. Template names decide escaping: `*.html` is rendered with
//! HTML auto-escaping, `*.txt` without any.
//!
//! Every mail goes out from the one [`Sender`], parsed and checked at init.

use std::fmt::Write as _;
use std::sync::LazyLock;

use minijinja::{Environment, State, UndefinedBehavior, Value, context};
use serde::Serialize;

mod format;
mod language;
mod sender;
mod shop;
pub use format::{format_amount, format_amount_code, format_date};
pub use language::Language;
pub use sender::{Sender, SenderError};
pub use shop::Shop;

/// What one kind of mail says: its fields are the templates' variables (besides `lang`
/// and `subject`, which every template gets).
pub trait MailKind: Serialize {
    /// The folder of its templates under `shared/templates/`. A method, not a constant:
    /// one context struct may serve several kinds (the billing mails).
    fn kind(&self) -> &'static str;
}

/// An amount in a currency's minor units, as Stripe sends it; templates show it with
/// `{{ value|money }}` in the mail's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Money {
    pub amount: i64,
    /// Stripe's lowercase ISO code, e.g. "usd", "jpy".
    pub currency: String,
}

impl Money {
    /// Both parts known and the currency not blank, or nothing to show.
    pub fn from_parts(amount: Option<i64>, currency: Option<&str>) -> Option<Self> {
        match (amount, currency.map(str::trim)) {
            (Some(amount), Some(currency)) if !currency.is_empty() => Some(Self {
                amount,
                currency: currency.to_owned(),
            }),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedEmail {
    /// One line, trimmed.
    pub subject: String,
    pub html: String,
    pub text: String,
}

#[derive(Debug, thiserror::Error)]
#[error("mail template failed: {0}")]
pub struct RenderError(String);

impl From<minijinja::Error> for RenderError {
    fn from(err: minijinja::Error) -> Self {
        Self(err.to_string())
    }
}

/// Parsed once per process; a template that fails to parse is reported on every render.
static ENVIRONMENT: LazyLock<Result<Environment<'static>, String>> =
    LazyLock::new(|| environment().map_err(|err| err.to_string()));

fn environment() -> Result<Environment<'static>, minijinja::Error> {
    let mut env = Environment::new();
    // Block tags on their own line leave no blank line behind in the text bodies.
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    // A misspelled variable is an error, not an empty string in a customer's inbox.
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_formatter(escape_html_keeping_slashes);
    env.add_filter("money", money_filter);
    env.add_filter("date", date_filter);
    // Every file under shared/templates, embedded by build.rs.
    let mut failed = None;
    minijinja_embed::load_templates!(&mut env);
    for (name, _) in env.templates() {
        // Parse errors surface here rather than at the first customer's render.
        if let Err(err) = env.get_template(name) {
            failed = Some(err);
        }
    }
    match failed {
        Some(err) => Err(err),
        None => Ok(env),
    }
}

/// A page people open in a browser (after clicking a link in a mail): its fields are the
/// template's variables besides `lang`.
pub trait PageKind: Serialize {
    /// The folder of its templates, `shared/templates/pages/<PAGE>/<lang>.html`, each
    /// extending `page.html`.
    const PAGE: &'static str;
}

/// Renders the page `page` in `language`: a whole HTML document, no script (but the
/// SetupIntent confirmation page's, which its own Content-Security-Policy allows).
pub fn render_page<P: PageKind>(language: Language, page: &P) -> Result<String, RenderError> {
    let env = ENVIRONMENT
        .as_ref()
        .map_err(|err| RenderError(err.clone()))?;
    let name = format!("pages/{}/{}.html", P::PAGE, language.code());
    let fields = Value::from_serialize(page);
    Ok(env
        .get_template(&name)?
        .render(context! { lang => language.code(), ..fields })?)
}

/// Renders the subject, HTML and text parts of `mail` in `language`, from `shop`.
pub fn render<K: MailKind>(
    language: Language,
    shop: &Shop,
    mail: &K,
) -> Result<RenderedEmail, RenderError> {
    let env = ENVIRONMENT
        .as_ref()
        .map_err(|err| RenderError(err.clone()))?;
    let template = |part: &str| format!("{}/{}/{part}", mail.kind(), language.code());
    let fields = Value::from_serialize(mail);
    let shop = Value::from_serialize(shop);
    let subject = env
        .get_template(&template("subject.txt"))?
        .render(context! { lang => language.code(), shop => &shop, ..fields.clone() })?;
    let subject = one_line(&subject);
    let ctx = context! { lang => language.code(), subject => &subject, shop => &shop, ..fields };
    let html = env.get_template(&template("body.html"))?.render(&ctx)?;
    let text = env.get_template(&template("body.txt"))?.render(&ctx)?;
    Ok(RenderedEmail {
        subject,
        html,
        text,
    })
}

/// `{{ money|money }}`: a `Money` in the language of the mail being rendered.
fn money_filter(state: &State<'_, '_>, money: Value) -> Result<String, minijinja::Error> {
    let invalid = |what: &str| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("money: {what}"),
        )
    };
    let amount = money
        .get_attr("amount")?
        .as_i64()
        .ok_or_else(|| invalid("amount is not an integer"))?;
    let currency = money.get_attr("currency")?;
    let currency = currency
        .as_str()
        .ok_or_else(|| invalid("currency is not a string"))?;
    let lang = state.lookup("lang");
    let language = Language::from_locale(lang.as_ref().and_then(Value::as_str));
    Ok(format_amount(amount, currency, language))
}

/// `{{ unix_seconds|date }}`: a deadline's date in the mail's language, the earliest
/// it is anywhere on Earth (the date at UTC−12, `format_date`). Every date a mail shows
/// is a deadline; a date that is not would need a filter of its own.
fn date_filter(state: &State<'_, '_>, unix: Value) -> Result<String, minijinja::Error> {
    let unix = unix.as_i64().ok_or_else(|| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            "date: not a unix time",
        )
    })?;
    let lang = state.lookup("lang");
    let language = Language::from_locale(lang.as_ref().and_then(Value::as_str));
    Ok(format_date(unix, language))
}

/// minijinja's HTML escaping also turns `/` into `&#x2f;`, which is valid but makes
/// every link unreadable in the source and in logs of the rendered mail. Strings in HTML
/// templates are escaped here for the five characters that matter; everything else goes
/// through minijinja's own formatter.
fn escape_html_keeping_slashes(
    out: &mut minijinja::Output<'_>,
    state: &minijinja::State<'_, '_>,
    value: &minijinja::Value,
) -> Result<(), minijinja::Error> {
    match value.as_str() {
        Some(text) if state.auto_escape() == minijinja::AutoEscape::Html && !value.is_safe() => {
            for c in text.chars() {
                let escaped = match c {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#x27;",
                    _ => {
                        out.write_char(c).map_err(minijinja::Error::from)?;
                        continue;
                    }
                };
                out.write_str(escaped).map_err(minijinja::Error::from)?;
            }
            Ok(())
        }
        _ => minijinja::escape_formatter(out, state, value),
    }
}

/// The non-blank lines of `s`, trimmed and joined by one space: a header-safe subject.
fn one_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses_and_every_kind_has_every_part_in_every_language() {
        let env = ENVIRONMENT.as_ref().expect("templates parse");
        let names: Vec<&str> = env.templates().map(|(name, _)| name).collect();
        let kinds: std::collections::BTreeSet<&str> = names
            .iter()
            .filter_map(|name| name.split_once('/').map(|(kind, _)| kind))
            .filter(|&kind| kind != "pages" && kind != "parts")
            .collect();
        assert!(kinds.contains("recovery"), "{names:?}");
        // The pieces a layout includes in the mail's language, in each part's format.
        let parts: std::collections::BTreeSet<&str> = names
            .iter()
            .filter_map(|name| name.strip_prefix("parts/")?.split_once('/'))
            .map(|(part, _)| part)
            .collect();
        assert!(parts.contains("retention-offer"), "{names:?}");
        for part in parts {
            for language in Language::ALL {
                for format in ["html", "txt"] {
                    let name = format!("parts/{part}/{}.{format}", language.code());
                    assert!(names.contains(&name.as_str()), "missing {name}");
                }
            }
        }
        for kind in kinds {
            for language in Language::ALL {
                for part in ["subject.txt", "body.html", "body.txt"] {
                    let name = format!("{kind}/{}/{part}", language.code());
                    assert!(names.contains(&name.as_str()), "missing {name}");
                }
            }
        }
    }

    #[test]
    fn every_page_exists_in_every_language() {
        let env = ENVIRONMENT.as_ref().expect("templates parse");
        let names: Vec<&str> = env.templates().map(|(name, _)| name).collect();
        let pages: std::collections::BTreeSet<&str> = names
            .iter()
            .filter_map(|name| name.strip_prefix("pages/")?.split_once('/'))
            .map(|(page, _)| page)
            .collect();
        assert!(pages.contains("unsubscribe"), "{names:?}");
        for page in pages {
            for language in Language::ALL {
                let name = format!("pages/{page}/{}.html", language.code());
                assert!(names.contains(&name.as_str()), "missing {name}");
            }
        }
    }

    #[test]
    fn money_is_formatted_in_the_mails_language() {
        #[derive(Serialize)]
        struct Probe {
            total: Money,
        }
        let env = ENVIRONMENT.as_ref().unwrap();
        let template = env.template_from_str("{{ total|money }}").unwrap();
        for (lang, expected) in [("en", "€1,234.50"), ("de", "1.234,50\u{a0}€")] {
            let probe = Probe {
                total: Money::from_parts(Some(123_450), Some("eur")).unwrap(),
            };
            let ctx = context! { lang => lang, ..Value::from_serialize(&probe) };
            assert_eq!(template.render(ctx).unwrap(), expected);
        }
        assert_eq!(Money::from_parts(Some(1), Some(" ")), None);
        assert_eq!(Money::from_parts(None, Some("usd")), None);
    }
}
