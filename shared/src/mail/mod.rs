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

mod sender;
pub use sender::{Sender, SenderError};

/// The language of a mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    En,
    Ja,
    De,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::En, Language::Ja, Language::De];

    /// "ja" / "ja-JP" → Ja; "de" / "de-CH" → De; None, "auto", "en", "en-GB", anything
    /// else → En. The primary subtag decides, case-insensitively.
    pub fn from_locale(locale: Option<&str>) -> Self {
        locale.and_then(Self::written_in).unwrap_or(Self::En)
    }

    /// The first of a customer's `preferred_locales` (most preferred first) that we write
    /// mails in; English if none is.
    pub fn from_preferences<S: AsRef<str>>(locales: &[S]) -> Self {
        locales
            .iter()
            .find_map(|locale| Self::written_in(locale.as_ref()))
            .unwrap_or(Self::En)
    }

    /// The language of `locale` if we write mails in it.
    fn written_in(locale: &str) -> Option<Self> {
        let primary = locale.trim().split(['-', '_']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|language| primary.eq_ignore_ascii_case(language.code()))
    }

    /// The ISO 639-1 code: "en" | "ja" | "de".
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ja => "ja",
            Self::De => "de",
        }
    }
}

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

/// Renders the page `page` in `language`: a whole HTML document, no script.
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

/// Renders the subject, HTML and text parts of `mail` in `language`.
pub fn render<K: MailKind>(language: Language, mail: &K) -> Result<RenderedEmail, RenderError> {
    let env = ENVIRONMENT
        .as_ref()
        .map_err(|err| RenderError(err.clone()))?;
    let template = |part: &str| format!("{}/{}/{part}", mail.kind(), language.code());
    let fields = Value::from_serialize(mail);
    let subject = env
        .get_template(&template("subject.txt"))?
        .render(context! { lang => language.code(), ..fields.clone() })?;
    let subject = one_line(&subject);
    let ctx = context! { lang => language.code(), subject => &subject, ..fields };
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

/// `{{ unix_seconds|date }}`: a calendar date (UTC) in the mail's language.
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

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// The UTC calendar date of a unix time, as people write it: "December 2, 2026",
/// "2026年12月2日", "2. Dezember 2026".
pub fn format_date(unix: i64, language: Language) -> String {
    let (year, month, day) = crate::time::civil_date(unix);
    let index = usize::from(month - 1);
    match language {
        Language::En => format!("{} {day}, {year}", MONTHS_EN[index]),
        Language::Ja => format!("{year}年{month}月{day}日"),
        Language::De => format!("{day}. {} {year}", MONTHS_DE[index]),
    }
}

/// The non-blank lines of `s`, trimmed and joined by one space: a header-safe subject.
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

fn one_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Currencies Stripe sends without a fractional part.
const ZERO_DECIMAL: &[&str] = &[
    "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv",
    "xaf", "xof", "xpf",
];
/// Currencies Stripe sends in thousandths.
const THREE_DECIMAL: &[&str] = &["bhd", "jod", "kwd", "omr", "tnd"];

/// Stripe minor units → display string for the language: zero-decimal currencies (bif,
/// clp, djf, gnf, jpy, kmf, krw, mga, pyg, rwf, ugx, vnd, vuv, xaf, xof, xpf) have no
/// decimals; three-decimal ones (bhd, jod, kwd, omr, tnd) have 3; others 2. Digits
/// grouped by thousands. En and Ja: "USD 1,234.50" / "JPY 4,200"; De: "1.234,50 EUR".
/// Negative amounts keep a leading '-' on the number: "USD -1.50", "-1,50 EUR".
pub fn format_amount(amount_minor: i64, currency: &str, language: Language) -> String {
    let code = currency.to_ascii_uppercase();
    let lower = currency.to_ascii_lowercase();
    let decimals: u32 = if ZERO_DECIMAL.contains(&lower.as_str()) {
        0
    } else if THREE_DECIMAL.contains(&lower.as_str()) {
        3
    } else {
        2
    };
    let (group_sep, decimal_sep) = match language {
        Language::En | Language::Ja => (',', '.'),
        Language::De => ('.', ','),
    };

    // unsigned_abs: i64::MIN has no positive i64.
    let magnitude = amount_minor.unsigned_abs();
    let scale = 10u64.pow(decimals);
    let whole = (magnitude / scale).to_string();
    let fraction = magnitude % scale;

    let mut number = String::with_capacity(whole.len() * 4 / 3 + 6);
    if amount_minor < 0 {
        number.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            number.push(group_sep);
        }
        number.push(digit);
    }
    if decimals > 0 {
        number.push(decimal_sep);
        number.push_str(&format!("{fraction:0width$}", width = decimals as usize));
    }

    match language {
        Language::En | Language::Ja => format!("{code} {number}"),
        Language::De => format!("{number} {code}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_from_locale() {
        let cases = [
            (None, Language::En),
            (Some("auto"), Language::En),
            (Some("en"), Language::En),
            (Some("en-GB"), Language::En),
            (Some(""), Language::En),
            (Some("fr"), Language::En),
            (Some("zh-TW"), Language::En),
            (Some("jam"), Language::En),
            (Some("deu"), Language::En),
            (Some("ja"), Language::Ja),
            (Some("ja-JP"), Language::Ja),
            (Some("JA"), Language::Ja),
            (Some("ja_JP"), Language::Ja),
            (Some("de"), Language::De),
            (Some("de-CH"), Language::De),
            (Some("de-DE"), Language::De),
        ];
        for (locale, expected) in cases {
            assert_eq!(Language::from_locale(locale), expected, "locale {locale:?}");
        }
    }

    #[test]
    fn language_from_a_customers_preferences() {
        let cases: &[(&[&str], Language)] = &[
            (&[], Language::En),
            (&["ja-JP", "en"], Language::Ja),
            (&["fr-FR", "de"], Language::De),
            (&["fr", "zh-TW"], Language::En),
            (&["en-GB", "ja"], Language::En),
            (&["", "DE-at"], Language::De),
        ];
        for (locales, expected) in cases {
            assert_eq!(
                Language::from_preferences(locales),
                *expected,
                "{locales:?}"
            );
        }
    }

    #[test]
    fn dates_are_written_as_people_read_them() {
        let cases = [
            (0, Language::En, "January 1, 1970"),
            (1_796_169_600, Language::En, "December 2, 2026"),
            (1_796_169_600, Language::Ja, "2026年12月2日"),
            (1_796_169_600, Language::De, "2. Dezember 2026"),
            // 2028-02-29 23:59:59 UTC, a leap day, and the second after it.
            (1_835_481_599, Language::En, "February 29, 2028"),
            (1_835_481_600, Language::De, "1. März 2028"),
            (-1, Language::En, "December 31, 1969"),
            (951_782_400, Language::En, "February 29, 2000"),
        ];
        for (unix, language, expected) in cases {
            assert_eq!(format_date(unix, language), expected, "{unix}");
        }
    }

    #[test]
    fn language_code() {
        let cases = [
            (Language::En, "en"),
            (Language::Ja, "ja"),
            (Language::De, "de"),
        ];
        for (language, code) in cases {
            assert_eq!(language.code(), code);
            assert_eq!(Language::from_locale(Some(code)), language);
        }
    }

    #[test]
    fn format_amount_table() {
        use Language::*;
        let cases = [
            (4200, "usd", En, "USD 42.00"),
            (4200, "usd", Ja, "USD 42.00"),
            (4200, "usd", De, "42,00 USD"),
            (4200, "jpy", En, "JPY 4,200"),
            (4200, "jpy", Ja, "JPY 4,200"),
            (4200, "jpy", De, "4.200 JPY"),
            (123450, "eur", De, "1.234,50 EUR"),
            (123450, "eur", En, "EUR 1,234.50"),
            (1234, "kwd", En, "KWD 1.234"),
            (1234, "kwd", De, "1,234 KWD"),
            (123456789, "usd", En, "USD 1,234,567.89"),
            (123456789, "usd", De, "1.234.567,89 USD"),
            (1234567, "krw", Ja, "KRW 1,234,567"),
            (5, "usd", En, "USD 0.05"),
            (5, "bhd", En, "BHD 0.005"),
            (99999, "usd", En, "USD 999.99"),
            (100000, "usd", En, "USD 1,000.00"),
            (0, "usd", En, "USD 0.00"),
            (0, "jpy", Ja, "JPY 0"),
            (0, "eur", De, "0,00 EUR"),
            (0, "tnd", En, "TND 0.000"),
            (-150, "usd", En, "USD -1.50"),
            (-123450, "eur", De, "-1.234,50 EUR"),
            (-4200, "jpy", Ja, "JPY -4,200"),
            (4200, "JPY", En, "JPY 4,200"),
            (i64::MIN, "usd", En, "USD -92,233,720,368,547,758.08"),
            (i64::MAX, "jpy", En, "JPY 9,223,372,036,854,775,807"),
        ];
        for (amount, currency, language, expected) in cases {
            assert_eq!(
                format_amount(amount, currency, language),
                expected,
                "{amount} {currency} {language:?}"
            );
        }
    }

    #[test]
    fn every_template_parses_and_every_kind_has_every_part_in_every_language() {
        let env = ENVIRONMENT.as_ref().expect("templates parse");
        let names: Vec<&str> = env.templates().map(|(name, _)| name).collect();
        let kinds: std::collections::BTreeSet<&str> = names
            .iter()
            .filter_map(|name| name.split_once('/').map(|(kind, _)| kind))
            .filter(|&kind| kind != "pages")
            .collect();
        assert!(kinds.contains("recovery"), "{names:?}");
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
        for (lang, expected) in [("en", "EUR 1,234.50"), ("de", "1.234,50 EUR")] {
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
