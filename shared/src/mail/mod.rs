//! The cart-recovery email, localized: subject, HTML and plain-text bodies rendered from
//! templates embedded in the binary (a Lambda has no repository files at run time).
//!
//! Templates live in `shared/templates/recovery/{lang}/`. Their names decide escaping:
//! `*.html` is rendered with HTML auto-escaping, `*.txt` without any.

use std::fmt::Write as _;
use std::sync::LazyLock;

use minijinja::{Environment, UndefinedBehavior, context};

/// The language of a recovery email, from the Checkout Session's `locale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    En,
    Ja,
    De,
}

impl Language {
    /// "ja" / "ja-JP" → Ja; "de" / "de-CH" → De; None, "auto", "en", "en-GB", anything
    /// else → En. The primary subtag decides, case-insensitively.
    pub fn from_locale(locale: Option<&str>) -> Self {
        let Some(locale) = locale else {
            return Self::En;
        };
        let primary = locale.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("ja") {
            Self::Ja
        } else if primary.eq_ignore_ascii_case("de") {
            Self::De
        } else {
            Self::En
        }
    }

    /// The ISO 639-1 code: "en" | "ja" | "de".
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ja => "ja",
            Self::De => "de",
        }
    }

    /// Names of the subject, HTML and text templates.
    fn template_names(self) -> [&'static str; 3] {
        match self {
            Self::En => ["en/subject.txt", "en/body.html", "en/body.txt"],
            Self::Ja => ["ja/subject.txt", "ja/body.html", "ja/body.txt"],
            Self::De => ["de/subject.txt", "de/body.html", "de/body.txt"],
        }
    }
}

/// What a recovery email says.
#[derive(Debug, Clone)]
pub struct RecoveryEmail<'a> {
    pub language: Language,
    pub recovery_url: &'a str,
    /// Minor units as Stripe sends them.
    pub amount_total: Option<i64>,
    /// Stripe's lowercase ISO code, e.g. "usd", "jpy".
    pub currency: Option<&'a str>,
    /// Shown only when `Some` and not blank.
    pub promo_code: Option<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedEmail {
    /// One line, trimmed.
    pub subject: String,
    pub html: String,
    pub text: String,
}

#[derive(Debug, thiserror::Error)]
#[error("recovery email template failed: {0}")]
pub struct RenderError(String);

impl From<minijinja::Error> for RenderError {
    fn from(err: minijinja::Error) -> Self {
        Self(err.to_string())
    }
}

macro_rules! recovery_templates {
    ($($lang:literal),* $(,)?) => {
        &[$(
            (
                concat!($lang, "/subject.txt"),
                include_str!(concat!("../../templates/recovery/", $lang, "/subject.txt")),
            ),
            (
                concat!($lang, "/body.html"),
                include_str!(concat!("../../templates/recovery/", $lang, "/body.html")),
            ),
            (
                concat!($lang, "/body.txt"),
                include_str!(concat!("../../templates/recovery/", $lang, "/body.txt")),
            ),
        )*]
    };
}

/// (name, source) of every template, embedded at compile time.
const TEMPLATES: &[(&str, &str)] = recovery_templates!("en", "ja", "de");

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
    for &(name, source) in TEMPLATES {
        env.add_template(name, source)?;
    }
    Ok(env)
}

/// Renders the subject, HTML and text versions of a recovery email.
///
/// The cart total is shown only when both amount and currency are known; the promo code
/// only when present and not blank.
pub fn render_recovery(email: &RecoveryEmail<'_>) -> Result<RenderedEmail, RenderError> {
    let env = ENVIRONMENT
        .as_ref()
        .map_err(|err| RenderError(err.clone()))?;
    let [subject_name, html_name, text_name] = email.language.template_names();

    let subject = env.get_template(subject_name)?.render(context! {})?;
    let subject = one_line(&subject);

    let total = match (email.amount_total, email.currency) {
        (Some(amount), Some(currency)) if !currency.trim().is_empty() => {
            Some(format_amount(amount, currency.trim(), email.language))
        }
        _ => None,
    };
    let promo_code = email
        .promo_code
        .map(str::trim)
        .filter(|code| !code.is_empty());
    let ctx = context! {
        lang => email.language.code(),
        subject => &subject,
        recovery_url => email.recovery_url,
        total => total,
        promo_code => promo_code,
    };

    let html = env.get_template(html_name)?.render(&ctx)?;
    let text = env.get_template(text_name)?.render(&ctx)?;
    Ok(RenderedEmail {
        subject,
        html,
        text,
    })
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

    const URL: &str = "https://checkout.stripe.com/c/pay/cs_test_a1#fid2";

    fn email(language: Language) -> RecoveryEmail<'static> {
        RecoveryEmail {
            language,
            recovery_url: URL,
            amount_total: Some(4200),
            currency: Some("usd"),
            promo_code: Some("COMEBACK10"),
        }
    }

    /// How minijinja's HTML auto-escaping writes `s` (it escapes '/' too).
    fn html_escaped(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#x27;")
    }

    const ALL: [Language; 3] = [Language::En, Language::Ja, Language::De];

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
    fn every_template_parses() {
        assert!(ENVIRONMENT.is_ok(), "{:?}", ENVIRONMENT.as_ref().err());
        assert_eq!(TEMPLATES.len(), 9);
    }

    #[test]
    fn subject_is_one_language_specific_line() {
        let cases = [
            (Language::En, "You left something in your cart"),
            (Language::Ja, "カートに商品が残っています"),
            (Language::De, "Sie haben etwas in Ihrem Warenkorb vergessen"),
        ];
        for (language, subject) in cases {
            let rendered = render_recovery(&email(language)).unwrap();
            assert_eq!(rendered.subject, subject);
            assert!(!rendered.subject.contains(['\n', '\r']));
        }
    }

    #[test]
    fn html_is_a_document_in_the_language_with_a_button_to_the_url() {
        for language in ALL {
            let html = render_recovery(&email(language)).unwrap().html;
            assert!(
                html.contains(&format!("<html lang=\"{}\">", language.code())),
                "{language:?}: {html}"
            );
            assert!(
                html.contains(&format!("<a href=\"{}\"", html_escaped(URL))),
                "{language:?}: {html}"
            );
            assert!(!html.contains("{{") && !html.contains("{%"), "{html}");
        }
    }

    #[test]
    fn text_has_the_raw_url_on_its_own_line() {
        for language in ALL {
            let text = render_recovery(&email(language)).unwrap().text;
            assert!(text.lines().any(|line| line == URL), "{language:?}: {text}");
            assert!(!text.contains('<') && !text.contains("&#"), "{text}");
            assert!(!text.contains("{{") && !text.contains("{%"), "{text}");
        }
    }

    #[test]
    fn the_total_is_shown_only_when_amount_and_currency_are_known() {
        let shown = [
            (Language::En, "Cart total: USD 42.00"),
            (Language::Ja, "カートの合計金額：USD 42.00"),
            (Language::De, "Gesamtbetrag: 42,00 USD"),
        ];
        for (language, line) in shown {
            let rendered = render_recovery(&email(language)).unwrap();
            assert!(rendered.text.contains(line), "{}", rendered.text);
            let total = format_amount(4200, "usd", language);
            assert!(rendered.html.contains(&total), "{}", rendered.html);

            let unknown = [(None, Some("usd")), (Some(4200), None), (None, None)];
            for (amount_total, currency) in unknown {
                let rendered = render_recovery(&RecoveryEmail {
                    amount_total,
                    currency,
                    ..email(language)
                })
                .unwrap();
                assert!(!rendered.text.contains("42"), "{}", rendered.text);
                assert!(!rendered.html.contains("42"), "{}", rendered.html);
                let label = line.split(['：', ':']).next().unwrap();
                assert!(!rendered.text.contains(label), "{}", rendered.text);
                assert!(!rendered.html.contains(label), "{}", rendered.html);
            }
        }
    }

    #[test]
    fn the_promo_code_is_shown_only_when_present() {
        for language in ALL {
            let rendered = render_recovery(&email(language)).unwrap();
            assert!(rendered.text.contains("COMEBACK10"), "{}", rendered.text);
            assert!(rendered.html.contains("COMEBACK10"), "{}", rendered.html);

            for promo_code in [None, Some(""), Some("  ")] {
                let rendered = render_recovery(&RecoveryEmail {
                    promo_code,
                    ..email(language)
                })
                .unwrap();
                let with_code = render_recovery(&email(language)).unwrap();
                assert!(rendered.text.len() < with_code.text.len());
                assert!(rendered.html.len() < with_code.html.len());
                assert!(!rendered.html.contains("monospace"), "{}", rendered.html);
            }
        }
    }

    #[test]
    fn html_escapes_what_text_keeps_raw() {
        let url = r#"https://shop.example/r?x="><script>alert(1)</script>"#;
        let promo = "<b>FREE</b>";
        for language in ALL {
            let rendered = render_recovery(&RecoveryEmail {
                recovery_url: url,
                promo_code: Some(promo),
                ..email(language)
            })
            .unwrap();
            assert!(!rendered.html.contains("<script>"), "{}", rendered.html);
            assert!(!rendered.html.contains(r#""><"#), "{}", rendered.html);
            assert!(!rendered.html.contains("<b>"), "{}", rendered.html);
            assert!(
                rendered.html.contains(&html_escaped(url)),
                "{}",
                rendered.html
            );
            assert!(rendered.html.contains("&lt;b&gt;FREE"), "{}", rendered.html);

            assert!(
                rendered.text.lines().any(|line| line == url),
                "{}",
                rendered.text
            );
            assert!(rendered.text.contains(promo), "{}", rendered.text);
        }
    }

    #[test]
    fn the_footer_explains_the_consent() {
        let cases = [
            (Language::En, "agreed to receive emails"),
            (Language::Ja, "メールの受信にご同意"),
            (Language::De, "zugestimmt haben, E-Mails"),
        ];
        for (language, note) in cases {
            let rendered = render_recovery(&email(language)).unwrap();
            assert!(rendered.text.contains(note), "{}", rendered.text);
            assert!(rendered.html.contains(note), "{}", rendered.html);
        }
    }

    #[test]
    fn an_unknown_locale_falls_back_to_english() {
        for locale in [Some("fr-FR"), Some("auto"), None] {
            let rendered = render_recovery(&RecoveryEmail {
                language: Language::from_locale(locale),
                ..email(Language::Ja)
            })
            .unwrap();
            assert_eq!(rendered.subject, "You left something in your cart");
            assert!(rendered.html.contains("<html lang=\"en\">"));
            assert!(rendered.text.contains("Cart total: USD 42.00"));
        }
    }
}
