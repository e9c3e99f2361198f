//! The cart-recovery mail: what its templates (`shared/templates/recovery/`) are given.

use serde::Serialize;
use stripe_recovery::mail::{MailKind, Money};

/// A recovery mail's variables.
#[derive(Debug, Clone, Serialize)]
pub struct RecoveryMail<'a> {
    pub recovery_url: &'a str,
    /// The cart total, when Stripe sent both amount and currency.
    pub total: Option<Money>,
    /// Shown only when present and not blank.
    pub promo_code: Option<&'a str>,
    /// This recipient's one-click unsubscribe link (also in `List-Unsubscribe`).
    pub unsubscribe_url: &'a str,
}

impl MailKind for RecoveryMail<'_> {
    fn kind(&self) -> &'static str {
        "recovery"
    }
}

impl<'a> RecoveryMail<'a> {
    pub fn new(
        recovery_url: &'a str,
        total: Option<Money>,
        promo_code: Option<&'a str>,
        unsubscribe_url: &'a str,
    ) -> Self {
        Self {
            recovery_url,
            total,
            promo_code: promo_code.map(str::trim).filter(|code| !code.is_empty()),
            unsubscribe_url,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stripe_recovery::mail::{Language, RenderError, RenderedEmail, format_amount, render};

    /// The mail as the tests describe it (the shape the mailer composes from a session).
    struct RecoveryEmail<'a> {
        language: Language,
        recovery_url: &'a str,
        amount_total: Option<i64>,
        currency: Option<&'a str>,
        promo_code: Option<&'a str>,
    }

    fn render_recovery(email: &RecoveryEmail<'_>) -> Result<RenderedEmail, RenderError> {
        let mail = RecoveryMail::new(
            email.recovery_url,
            Money::from_parts(email.amount_total, email.currency),
            email.promo_code,
            UNSUBSCRIBE,
        );
        render(email.language, &mail)
    }

    const URL: &str = "https://checkout.stripe.com/c/pay/cs_test_a1#fid2";
    const UNSUBSCRIBE: &str = "https://api.example/unsubscribe?t=eyJwIjoi.c2ln";

    fn email(language: Language) -> RecoveryEmail<'static> {
        RecoveryEmail {
            language,
            recovery_url: URL,
            amount_total: Some(4200),
            currency: Some("usd"),
            promo_code: Some("COMEBACK10"),
        }
    }

    /// How the mail's HTML escaping writes `s`.
    fn html_escaped(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#x27;")
    }

    const ALL: [Language; 3] = [Language::En, Language::Ja, Language::De];

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
    fn both_parts_carry_the_recipients_unsubscribe_link() {
        for language in ALL {
            let rendered = render_recovery(&email(language)).unwrap();
            assert!(
                rendered.text.lines().any(|line| line == UNSUBSCRIBE),
                "{}",
                rendered.text
            );
            assert!(
                rendered
                    .html
                    .contains(&format!("<a href=\"{}\"", html_escaped(UNSUBSCRIBE))),
                "{}",
                rendered.html
            );
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
