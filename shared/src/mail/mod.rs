//! Mail of every kind, localized: subject, HTML and plain-text parts rendered from
//! templates and message catalogs embedded in the binary (a Lambda has no repository
//! files at run time).
//!
//! A kind is a folder `shared/templates/<kind>/` with `subject.txt`, `body.html` (which
//! extends the shared `layout.html`) and `body.txt`, its messages in every catalog
//! (`shared/locales/<lang>.ftl`, see [`catalog`]), plus a context struct that implements
//! [`MailKind`]. Templates are the same in every language: their words are messages,
//! `{{ t("id", placeable=value) }}`. Template names decide escaping: `*.html` is
//! rendered with HTML auto-escaping, `*.txt` without any.
//!
//! Every mail goes out from the one [`Sender`], parsed and checked at init.

use std::sync::LazyLock;

use minijinja::value::Kwargs;
use minijinja::{Environment, State, UndefinedBehavior, Value, context};
use serde::Serialize;

pub mod catalog;
#[cfg(test)]
mod catalog_rules;
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
    env.add_function("t", message_function);
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
    /// Its template, `shared/templates/pages/<PAGE>.html`, extending `page.html`.
    const PAGE: &'static str;
}

/// Renders the page `page` in `language`: a whole HTML document, no script (but the
/// SetupIntent confirmation page's, which its own Content-Security-Policy allows).
pub fn render_page<P: PageKind>(language: Language, page: &P) -> Result<String, RenderError> {
    let env = ENVIRONMENT
        .as_ref()
        .map_err(|err| RenderError(err.clone()))?;
    let name = format!("pages/{}.html", P::PAGE);
    let fields = Value::from_serialize(page);
    Ok(env.get_template(&name)?.render(context! {
        lang => language.code(),
        font => language.font_family(),
        stripe_locale => language.stripe_locale(),
        ..fields
    })?)
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
    let template = |part: &str| format!("{}/{part}", mail.kind());
    let fields = Value::from_serialize(mail);
    let ctx = context! {
        lang => language.code(),
        font => language.font_family(),
        kind => mail.kind(),
        shop => Value::from_serialize(shop),
        ..fields
    };
    let subject = env.get_template(&template("subject.txt"))?.render(&ctx)?;
    let subject = one_line(&subject);
    let ctx = context! { subject => &subject, ..ctx };
    let html = env.get_template(&template("body.html"))?.render(&ctx)?;
    let text = env.get_template(&template("body.txt"))?.render(&ctx)?;
    Ok(RenderedEmail {
        subject,
        html,
        text,
    })
}

/// The language of the mail or page being rendered.
fn language(state: &State<'_, '_>) -> Language {
    let lang = state.lookup("lang");
    Language::from_locale(lang.as_ref().and_then(Value::as_str))
}

/// `{{ t("id", placeable=value, …) }}`: the message `id` in the language being rendered,
/// as HTML in an HTML template (placeables escaped but markup a macro made; `href` and
/// `link_style` for its `<a>`), as text elsewhere. A missing message or placeable is an
/// error, never fallback text in a customer's inbox.
fn message_function(
    state: &State<'_, '_>,
    id: &str,
    kwargs: Kwargs,
) -> Result<Value, minijinja::Error> {
    let html = state.auto_escape() == minijinja::AutoEscape::Html;
    let markup = if html {
        catalog::Markup::Html
    } else {
        catalog::Markup::Text
    };
    let (mut href, mut link_style) = (None, None);
    let mut placeables: Vec<(&str, Value)> = Vec::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        match name {
            "href" => href = Some(value.to_string()),
            "link_style" => link_style = Some(value.to_string()),
            _ => placeables.push((name, value)),
        }
    }
    let strings: Vec<String> = placeables.iter().map(|(_, v)| v.to_string()).collect();
    let args: Vec<(&str, catalog::Arg<'_>)> = placeables
        .iter()
        .zip(&strings)
        .map(|((name, value), string)| {
            let arg = match value.as_i64() {
                Some(n) if value.is_number() => catalog::Arg::Number(n as f64),
                _ if html && value.is_safe() => catalog::Arg::Html(string),
                _ => catalog::Arg::Text(string),
            };
            (*name, arg)
        })
        .collect();
    let written = catalog::message(
        language(state),
        id,
        &args,
        markup,
        href.as_deref(),
        link_style.as_deref(),
    )
    .map_err(|err| {
        minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, err.to_string())
    })?;
    Ok(if html {
        Value::from_safe_string(written)
    } else {
        Value::from(written)
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
    Ok(format_amount(amount, currency, language(state)))
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
    Ok(format_date(unix, language(state)))
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
        Some(text) if state.auto_escape() == minijinja::AutoEscape::Html && !value.is_safe() => out
            .write_str(&catalog::escape_html(text))
            .map_err(minijinja::Error::from),
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
    fn every_template_parses_and_every_kind_has_every_part() {
        let env = ENVIRONMENT.as_ref().expect("templates parse");
        let names: Vec<&str> = env.templates().map(|(name, _)| name).collect();
        let kinds: std::collections::BTreeSet<&str> = names
            .iter()
            .filter_map(|name| name.split_once('/').map(|(kind, _)| kind))
            .filter(|&kind| kind != "pages" && kind != "parts")
            .collect();
        assert!(kinds.contains("recovery") && kinds.len() == 14, "{kinds:?}");
        for kind in kinds {
            for part in ["subject.txt", "body.html", "body.txt"] {
                let name = format!("{kind}/{part}");
                assert!(names.contains(&name.as_str()), "missing {name}");
            }
        }
        for name in ["pages/unsubscribe.html", "parts/retention-offer.txt"] {
            assert!(names.contains(&name), "missing {name}");
        }
    }

    /// Where a catalog and a template meet: a placeable the template fills and the
    /// message does not use is fine, a message the template asks for and the catalog
    /// lacks is an error (never the id, or nothing, in a customer's inbox).
    #[test]
    fn a_template_asks_for_messages_in_its_language() {
        let env = ENVIRONMENT.as_ref().unwrap();
        let template = env
            .template_from_named_str(
                "probe.html",
                "{{ t('cart-total', total=total, unused='x') }} {{ t('cart-more-items', count=n) }}",
            )
            .unwrap();
        let render = |lang: &str| template.render(context! { lang, total => "<b>", n => 2 });
        assert_eq!(
            render("en").unwrap(),
            "Cart total: &lt;b&gt; and 2 more items"
        );
        let missing = env
            .template_from_named_str("probe.txt", "{{ t('no-such') }}")
            .unwrap();
        assert!(missing.render(context! { lang => "en" }).is_err());
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
