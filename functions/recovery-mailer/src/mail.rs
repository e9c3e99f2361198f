//! The cart-recovery mails: what their templates are given. One context for the three
//! steps of a cart's sequence, each with its own copy: the first mail
//! (`shared/templates/recovery/`), a gentle reminder (`recovery-reminder/`) and the last
//! call (`recovery-last-call/`).

use serde::Serialize;
use stripe_recovery::mail::{MailKind, Money};
use stripe_recovery::recovery::StepCopy;
use stripe_recovery::stripe::line_items::LineItems;

/// How many of the cart's lines a mail shows; the rest are "and N more".
pub const CART_ITEMS_SHOWN: usize = 5;

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
    /// The first `CART_ITEMS_SHOWN` lines of the cart; empty when it is not known.
    pub items: Vec<CartItem>,
    /// Lines of the cart beyond those shown.
    pub more_items: usize,
    /// Which step's copy.
    #[serde(skip)]
    pub copy: StepCopy,
}

/// One line of the cart as the mail shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CartItem {
    pub name: String,
    /// The product's first image (https only).
    pub image_url: Option<String>,
    pub quantity: u64,
    /// The line's total.
    pub amount: Option<Money>,
}

impl MailKind for RecoveryMail<'_> {
    fn kind(&self) -> &'static str {
        match self.copy {
            StepCopy::First => "recovery",
            StepCopy::Reminder => "recovery-reminder",
            StepCopy::LastCall => "recovery-last-call",
        }
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
            items: Vec::new(),
            more_items: 0,
            copy: StepCopy::First,
        }
    }

    /// The mail in the copy of a later step of the sequence.
    pub fn with_copy(mut self, copy: StepCopy) -> Self {
        self.copy = copy;
        self
    }

    /// The mail with the cart's lines (the session's `currency` for lines without one).
    /// Lines without a name are left out; `None` (the cart could not be read) changes
    /// nothing.
    pub fn with_cart(mut self, cart: Option<&LineItems>, currency: Option<&str>) -> Self {
        let Some(cart) = cart else {
            return self;
        };
        let lines: Vec<CartItem> = cart
            .data
            .iter()
            .filter_map(|line| {
                Some(CartItem {
                    name: line.name()?.to_owned(),
                    image_url: line.image_url().map(str::to_owned),
                    quantity: line.quantity.unwrap_or(1),
                    amount: Money::from_parts(
                        line.amount_total,
                        line.currency.as_deref().or(currency),
                    ),
                })
            })
            .collect();
        self.more_items = lines.len().saturating_sub(CART_ITEMS_SHOWN);
        self.items = lines.into_iter().take(CART_ITEMS_SHOWN).collect();
        self
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use stripe_recovery::mail::{
        Language, RenderError, RenderedEmail, Shop, format_amount, render,
    };
    use stripe_recovery::stripe::line_items::{LineItem, LinePrice, Product, ProductRef};

    use super::*;

    const SHOP_NAME: &str = "Test Shop";
    const LOGO: &str = "https://cdn.example/logo.png";
    /// With characters the HTML part must escape.
    const FULL_SHOP_NAME: &str = "Müller & Söhne";
    const ADDRESS: &str = "Müller & Söhne GmbH, Hauptstraße 1, 10115 Berlin";

    /// The shop the tests' mails are from: a name only.
    fn test_shop() -> Shop {
        Shop {
            name: SHOP_NAME.into(),
            logo_url: None,
            address: None,
        }
    }

    /// A shop with a logo and a postal address.
    fn full_shop() -> Shop {
        Shop {
            name: FULL_SHOP_NAME.into(),
            logo_url: Some(LOGO.into()),
            address: Some(ADDRESS.into()),
        }
    }

    /// The mail as the tests describe it (the shape the mailer composes from a session).
    struct RecoveryEmail<'a> {
        language: Language,
        recovery_url: &'a str,
        amount_total: Option<i64>,
        currency: Option<&'a str>,
        promo_code: Option<&'a str>,
        /// The session's line items, as Stripe sends them; `None`: not read.
        cart: Option<LineItems>,
    }

    fn render_recovery(email: &RecoveryEmail<'_>) -> Result<RenderedEmail, RenderError> {
        render_from(&test_shop(), email)
    }

    fn render_from(shop: &Shop, email: &RecoveryEmail<'_>) -> Result<RenderedEmail, RenderError> {
        let mail = RecoveryMail::new(
            email.recovery_url,
            Money::from_parts(email.amount_total, email.currency),
            email.promo_code,
            UNSUBSCRIBE,
        )
        .with_cart(email.cart.as_ref(), email.currency);
        render(email.language, shop, &mail)
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
            cart: None,
        }
    }

    /// Line `i` (from 1) of a cart: "Product i", i pieces, i × $12.50, an image.
    fn line(i: usize) -> LineItem {
        product_line(
            &format!("Product {i}"),
            Some(&image(i)),
            i as u64,
            Some(amount(i)),
        )
    }

    fn product_line(
        name: &str,
        image: Option<&str>,
        quantity: u64,
        amount_total: Option<i64>,
    ) -> LineItem {
        LineItem {
            description: Some(name.into()),
            quantity: Some(quantity),
            amount_total,
            currency: None,
            price: Some(LinePrice {
                product: Some(ProductRef::Expanded(Product {
                    name: Some(name.into()),
                    images: image.map(str::to_owned).into_iter().collect(),
                })),
            }),
        }
    }

    fn image(i: usize) -> String {
        format!("https://files.example/p{i}.png")
    }

    fn amount(i: usize) -> i64 {
        1250 * i as i64
    }

    /// A cart of `n` lines.
    fn cart(n: usize) -> LineItems {
        LineItems {
            data: (1..=n).map(line).collect(),
            has_more: false,
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

    /// A URL as written in an `href`, back as the text part writes it.
    fn html_unescaped(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&amp;", "&")
    }

    /// Every `<a href="…">` target, as written in the HTML.
    fn hrefs(html: &str) -> BTreeSet<&str> {
        html.split("<a href=\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap())
            .collect()
    }

    /// Every `<img …>` tag.
    fn img_tags(html: &str) -> Vec<&str> {
        html.match_indices("<img")
            .map(|(at, _)| &html[at..at + html[at..].find('>').unwrap() + 1])
            .collect()
    }

    /// The text part without the layout's signature (`--`, the shop, its address).
    fn text_content(text: &str) -> &str {
        text.split_once("\n--\n").expect("a signature").0
    }

    /// The text part's signature: the shop's name and address.
    fn signature(text: &str) -> &str {
        text.split_once("\n--\n").expect("a signature").1
    }

    /// The paragraph of `text` that contains `needle`.
    fn text_paragraph_with<'a>(text: &'a str, needle: &str) -> &'a str {
        text.split("\n\n")
            .find(|paragraph| paragraph.contains(needle))
            .unwrap_or_else(|| panic!("no paragraph with {needle:?}: {text}"))
    }

    /// The `<p>` of `html` that contains `needle`.
    fn html_paragraph_with<'a>(html: &'a str, needle: &str) -> &'a str {
        html.split("<p ")
            .skip(1)
            .map(|p| p.split("</p>").next().unwrap())
            .find(|p| p.contains(needle))
            .unwrap_or_else(|| panic!("no <p> with {needle:?}: {html}"))
    }

    /// Per language: the subject, the total's line for `AMOUNT` (USD 42.00), the
    /// consent note, the cart's quantity line for a quantity of 1 and its label, and
    /// "and N more" for 1 and 2 more lines: from the catalog, so every language is
    /// tested; the reviewed five are also held to their words below.
    struct Words {
        subject: String,
        total: String,
        /// The total's label, without the amount.
        total_label: String,
        consent: String,
        /// The quantity's label, without the number.
        quantity: String,
        more: [String; 2],
    }

    fn words(language: Language) -> Words {
        use stripe_recovery::mail::catalog::{Arg, Markup, message};
        let say = |id: &str, args: &[(&str, Arg<'_>)]| {
            message(language, id, args, Markup::Text, None, None).unwrap()
        };
        // The longest part of a message that is not its placeable.
        let around = |id: &str, name: &str| {
            let written = say(id, &[(name, Arg::Text("\u{1}"))]);
            let longest = written.split('\u{1}').max_by_key(|p| p.len()).unwrap();
            longest.trim().to_owned()
        };
        Words {
            subject: say("recovery-subject", &[("shop", Arg::Text(SHOP_NAME))]),
            total: say(
                "cart-total",
                &[("total", Arg::Text(&format_amount(4200, "usd", language)))],
            ),
            total_label: around("cart-total", "total"),
            consent: around("cart-footer-reason", "shop"),
            quantity: around("cart-quantity", "quantity"),
            more: [1.0, 2.0].map(|n| say("cart-more-items", &[("count", Arg::Number(n))])),
        }
    }

    /// A cart line's quantity, as the mail writes it in `language`.
    fn quantity_line(language: Language, quantity: u64) -> String {
        use stripe_recovery::mail::catalog::{Arg, Markup, message};
        let args = [("quantity", Arg::Number(quantity as f64))];
        message(language, "cart-quantity", &args, Markup::Html, None, None).unwrap()
    }

    /// The reviewed words of the first five languages, as customers read them.
    const REVIEWED: [(Language, &str, &str, &str); 5] = [
        (
            Language::En,
            "You left something in your cart at Test Shop",
            "agreed to receive emails",
            "and 2 more items",
        ),
        (
            Language::Ja,
            "Test Shopのカートに商品が残っています",
            "メールの受信にご同意",
            "ほか2点",
        ),
        (
            Language::De,
            "Sie haben etwas in Ihrem Warenkorb bei Test Shop vergessen",
            "zugestimmt haben, E-Mails",
            "und 2 weitere Artikel",
        ),
        (
            Language::Fr,
            "Vous avez laissé quelque chose dans votre panier chez Test Shop",
            "accepté de recevoir des e-mails",
            "et 2 autres articles",
        ),
        (
            Language::Es,
            "Dejó algo en su carrito de Test Shop",
            "aceptó recibir correos",
            "y 2 artículos más",
        ),
    ];

    /// Every language, with and without a cart (of more lines than are shown), from a
    /// bare and from a full shop.
    fn every_variant() -> Vec<(String, RenderedEmail)> {
        let mut mails = Vec::new();
        for language in Language::ALL {
            for lines in [None, Some(7)] {
                for (shop_case, shop) in [("bare", test_shop()), ("full", full_shop())] {
                    let mail = render_from(
                        &shop,
                        &RecoveryEmail {
                            cart: lines.map(cart),
                            ..email(language)
                        },
                    )
                    .unwrap();
                    mails.push((format!("{language:?} {lines:?} {shop_case}"), mail));
                }
            }
        }
        mails
    }

    #[test]
    fn the_reviewed_languages_keep_their_words() {
        for (language, subject, consent, more) in REVIEWED {
            let words = words(language);
            assert_eq!(words.subject, subject);
            assert!(words.consent.contains(consent) || consent.contains(&words.consent));
            assert_eq!(words.more[1], more);
        }
    }

    #[test]
    fn subject_is_one_language_specific_line_naming_the_shop() {
        let mut subjects = BTreeSet::new();
        for language in Language::ALL {
            let rendered = render_recovery(&email(language)).unwrap();
            assert_eq!(rendered.subject, words(language).subject);
            assert!(!rendered.subject.contains(['\n', '\r']));
            assert!(rendered.subject.contains(SHOP_NAME), "{}", rendered.subject);
            let heading = format!(">{}</h1>", html_escaped(&rendered.subject));
            assert!(rendered.html.contains(&heading), "{}", rendered.html);
            subjects.insert((rendered.subject, language.code().split('-').next().unwrap()));
        }
        // Two languages never share a subject (variants of one, es and es-419, may).
        let mut languages = std::collections::BTreeMap::new();
        for (subject, primary) in &subjects {
            let earlier = languages.insert(subject, primary);
            assert!(
                earlier.is_none_or(|e| e == primary),
                "{subject}: {earlier:?}, {primary}"
            );
        }
    }

    #[test]
    fn html_is_a_document_in_the_language_with_a_button_to_the_url() {
        for language in Language::ALL {
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
        for language in Language::ALL {
            let text = render_recovery(&email(language)).unwrap().text;
            assert!(text.lines().any(|line| line == URL), "{language:?}: {text}");
            assert!(!text.contains('<') && !text.contains("&#"), "{text}");
            assert!(!text.contains("{{") && !text.contains("{%"), "{text}");
            assert!(!text.contains("\n\n\n"), "{language:?}: {text}");
        }
    }

    #[test]
    fn the_shop_is_named_in_the_opening_and_in_the_footer() {
        for language in Language::ALL {
            for shop in [test_shop(), full_shop()] {
                let rendered = render_from(&shop, &email(language)).unwrap();
                let name = html_escaped(&shop.name);
                let consent = words(language).consent;
                let consent = consent.as_str();
                // The opening: the greeting and the first paragraph.
                let opening: Vec<&str> =
                    text_content(&rendered.text).split("\n\n").take(2).collect();
                assert!(
                    opening[1].contains(&shop.name),
                    "{language:?}: {}",
                    rendered.text
                );
                let after_heading = rendered.html.split_once("</h1>").unwrap().1;
                let html_opening = html_paragraph_with(after_heading, &name);
                assert!(
                    after_heading.find(html_opening) < after_heading.find("<table"),
                    "{language:?}: {}",
                    rendered.html
                );
                // The footer's note, and the layout's signature under it.
                assert!(
                    text_paragraph_with(&rendered.text, consent).contains(&shop.name),
                    "{language:?}: {}",
                    rendered.text
                );
                assert!(
                    html_paragraph_with(&rendered.html, consent).contains(&name),
                    "{language:?}: {}",
                    rendered.html
                );
                assert!(signature(&rendered.text).starts_with(&format!("{}\n", shop.name)));
            }
        }
    }

    #[test]
    fn the_logo_heads_the_mail_else_the_name() {
        for language in Language::ALL {
            let with_logo = render_from(&full_shop(), &email(language)).unwrap().html;
            let top = with_logo.split_once("<h1").unwrap().0;
            let logo = format!(
                "<img src=\"{LOGO}\" alt=\"{}\"",
                html_escaped(FULL_SHOP_NAME)
            );
            assert!(top.contains(&logo), "{language:?}: {with_logo}");
            assert!(
                !top.contains(&format!(">{}<", html_escaped(FULL_SHOP_NAME))),
                "{top}"
            );

            let without = render_recovery(&email(language)).unwrap().html;
            let top = without.split_once("<h1").unwrap().0;
            assert!(!without.contains("<img"), "{language:?}: {without}");
            assert!(
                top.contains(&format!(">{SHOP_NAME}</")),
                "{language:?}: {top}"
            );
        }
    }

    #[test]
    fn the_address_is_in_both_footers_when_set() {
        for language in Language::ALL {
            let consent = words(language).consent;
            let full = render_from(&full_shop(), &email(language)).unwrap();
            let address = html_escaped(ADDRESS);
            let footer = full.html.split_once(consent.as_str()).unwrap().1;
            assert!(footer.contains(&address), "{language:?}: {}", full.html);
            assert_eq!(full.html.matches(&address).count(), 1, "{}", full.html);
            assert_eq!(
                signature(&full.text).lines().collect::<Vec<_>>(),
                [FULL_SHOP_NAME, ADDRESS],
                "{language:?}: {}",
                full.text
            );
            assert!(!text_content(&full.text).contains(ADDRESS));

            let bare = render_recovery(&email(language)).unwrap();
            assert!(!bare.html.contains("Hauptstraße") && !bare.text.contains("Hauptstraße"));
            assert_eq!(
                signature(&bare.text),
                format!("{SHOP_NAME}\n"),
                "{}",
                bare.text
            );
        }
    }

    #[test]
    fn the_cart_shows_up_to_five_lines_with_name_quantity_and_amount() {
        for language in Language::ALL {
            let words = words(language);
            for lines in [1, 5, 6, 7] {
                let rendered = render_recovery(&RecoveryEmail {
                    cart: Some(cart(lines)),
                    ..email(language)
                })
                .unwrap();
                let case = format!("{language:?} {lines} lines");
                let (html, text) = (&rendered.html, &rendered.text);
                for i in 1..=lines {
                    let name = format!("Product {i}");
                    let line_amount = format_amount(amount(i), "usd", language);
                    let text_line = text.lines().find(|l| l.starts_with(&format!("- {name} ")));
                    if i > CART_ITEMS_SHOWN {
                        assert!(
                            !html.contains(&name) && text_line.is_none(),
                            "{case}: {text}"
                        );
                        continue;
                    }
                    let text_line = text_line.unwrap_or_else(|| panic!("{case}: {text}"));
                    assert!(
                        text_line.starts_with(&format!("- {name} × {i}")),
                        "{case}: {text_line}"
                    );
                    assert!(text_line.ends_with(&line_amount), "{case}: {text_line}");
                    let img = format!("<img src=\"{}\" alt=\"{name}\"", image(i));
                    assert!(html.contains(&img), "{case}: {html}");
                    let row = html_paragraph_with(html, &format!(">{name}"));
                    assert!(row.contains(&name), "{case}: {html}");
                    assert!(
                        html.contains(&format!("{}</p>", quantity_line(language, i as u64))),
                        "{case}: {html}"
                    );
                    assert!(html.contains(&line_amount), "{case}: {html}");
                }
                // The list is a paragraph of its own, one line per cart line.
                let list = text_paragraph_with(text, "- Product 1 ");
                assert!(list.lines().all(|l| l.starts_with("- ")), "{case}: {text}");
                let shown = lines.min(CART_ITEMS_SHOWN);
                assert_eq!(
                    text.lines().filter(|l| l.starts_with("- Product ")).count(),
                    shown,
                    "{case}: {text}"
                );
                assert_eq!(img_tags(html).len(), shown, "{case}: {html}");
                let more = lines.saturating_sub(CART_ITEMS_SHOWN);
                for (n, label) in words.more.iter().enumerate() {
                    let expected = more == n + 1;
                    assert_eq!(html.contains(label), expected, "{case} {label}: {html}");
                    assert_eq!(
                        text.lines().any(|l| l == format!("- {label}")),
                        expected,
                        "{case} {label}: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_line_without_image_or_amount_shows_name_and_quantity() {
        let bare = LineItems {
            data: vec![product_line("Gift card", None, 3, None)],
            has_more: false,
        };
        for language in Language::ALL {
            let rendered = render_recovery(&RecoveryEmail {
                cart: Some(bare.clone()),
                ..email(language)
            })
            .unwrap();
            assert!(!rendered.html.contains("<img"), "{}", rendered.html);
            let quantity = format!("{}</p>", quantity_line(language, 3));
            assert!(rendered.html.contains(&quantity), "{}", rendered.html);
            assert!(
                rendered.text.lines().any(|l| l == "- Gift card × 3"),
                "{}",
                rendered.text
            );
        }
    }

    #[test]
    fn product_names_are_escaped_in_html_and_raw_in_text() {
        let name = "<b>Hat</b> & \"Scarf\"";
        let hostile = LineItems {
            data: vec![product_line(name, Some(&image(1)), 1, Some(900))],
            has_more: false,
        };
        for language in Language::ALL {
            let rendered = render_recovery(&RecoveryEmail {
                cart: Some(hostile.clone()),
                ..email(language)
            })
            .unwrap();
            let escaped = html_escaped(name);
            assert!(!rendered.html.contains("<b>"), "{}", rendered.html);
            assert!(
                rendered.html.contains(&format!(">{escaped}</p>")),
                "{}",
                rendered.html
            );
            assert!(
                rendered.html.contains(&format!("alt=\"{escaped}\"")),
                "{}",
                rendered.html
            );
            assert!(
                rendered
                    .text
                    .lines()
                    .any(|l| l.starts_with(&format!("- {name} × 1"))),
                "{}",
                rendered.text
            );
        }
    }

    #[test]
    fn without_items_nothing_of_the_cart_appears() {
        for language in Language::ALL {
            let words = words(language);
            let plain = render(
                language,
                &test_shop(),
                &RecoveryMail::new(
                    URL,
                    Money::from_parts(Some(4200), Some("usd")),
                    None,
                    UNSUBSCRIBE,
                ),
            )
            .unwrap();
            for cart in [None, Some(LineItems::default())] {
                let rendered = render_recovery(&RecoveryEmail {
                    promo_code: None,
                    cart,
                    ..email(language)
                })
                .unwrap();
                assert_eq!(rendered, plain, "{language:?}");
            }
            assert!(!plain.html.contains("<img"), "{}", plain.html);
            assert!(!plain.html.contains(&words.quantity));
            assert!(!plain.text.contains('×'), "{}", plain.text);
            assert!(
                !plain.text.lines().any(|l| l.starts_with("- ")),
                "{}",
                plain.text
            );
            for label in words.more {
                assert!(
                    !plain.html.contains(label.as_str()) && !plain.text.contains(label.as_str())
                );
            }
        }
    }

    #[test]
    fn every_image_has_alt_text_and_the_text_has_every_link() {
        for (case, mail) in every_variant() {
            for tag in img_tags(&mail.html) {
                assert!(
                    tag.contains(" alt=\"") && !tag.contains(" alt=\"\""),
                    "{case}: {tag}"
                );
            }
            assert!(!mail.text.contains("<img"), "{case}");
            let links = hrefs(&mail.html);
            assert!(links.len() >= 2, "{case}: {links:?}");
            for href in links {
                let url = html_unescaped(href);
                assert!(
                    mail.text.lines().any(|line| line == url),
                    "{case} {url}: {}",
                    mail.text
                );
            }
        }
    }

    #[test]
    fn the_total_is_shown_only_when_amount_and_currency_are_known() {
        for language in Language::ALL {
            let line = words(language).total;
            let rendered = render_recovery(&email(language)).unwrap();
            assert!(
                rendered.text.lines().any(|l| l == line),
                "{}",
                rendered.text
            );
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
                let label = words(language).total_label;
                let label = label.trim_end_matches([' ', '\u{a0}', ':', '：']);
                assert!(!rendered.text.contains(label), "{}", rendered.text);
                assert!(!rendered.html.contains(label), "{}", rendered.html);
            }
        }
    }

    #[test]
    fn the_promo_code_is_shown_only_when_present() {
        for language in Language::ALL {
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
        for language in Language::ALL {
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
    fn the_shops_name_and_address_are_escaped_in_html_and_raw_in_text() {
        let shop = Shop {
            name: "<i>Shop</i> & Co".into(),
            logo_url: None,
            address: Some("1 \"Main\" St <br>".into()),
        };
        for language in Language::ALL {
            let rendered = render_from(&shop, &email(language)).unwrap();
            assert!(!rendered.html.contains("<i>"), "{}", rendered.html);
            assert!(!rendered.html.contains("St <br>"), "{}", rendered.html);
            assert!(rendered.html.contains("&lt;i&gt;Shop&lt;/i&gt; &amp; Co"));
            assert!(rendered.html.contains("1 &quot;Main&quot; St &lt;br&gt;"));
            assert!(
                rendered.subject.contains("<i>Shop</i> & Co"),
                "{}",
                rendered.subject
            );
            assert!(
                rendered.text.contains("<i>Shop</i> & Co"),
                "{}",
                rendered.text
            );
            assert!(
                rendered.text.contains("1 \"Main\" St <br>"),
                "{}",
                rendered.text
            );
        }
    }

    #[test]
    fn the_footer_explains_the_consent() {
        for language in Language::ALL {
            let note = words(language).consent;
            let rendered = render_recovery(&email(language)).unwrap();
            assert!(rendered.text.contains(&note), "{}", rendered.text);
            assert!(rendered.html.contains(&note), "{}", rendered.html);
        }
    }

    #[test]
    fn both_parts_carry_the_recipients_unsubscribe_link() {
        for language in Language::ALL {
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
            // The unsubscribe link closes the content, above the signature.
            assert!(
                text_content(&rendered.text)
                    .trim_end()
                    .ends_with(UNSUBSCRIBE),
                "{}",
                rendered.text
            );
        }
    }

    #[test]
    fn a_locale_picks_its_language_and_an_unknown_one_english() {
        for (locale, language) in [
            (Some("fr-FR"), Language::Fr),
            (Some("es-419"), Language::Es419),
            (Some("it-IT"), Language::It),
            (Some("he-IL"), Language::En),
            (Some("auto"), Language::En),
            (None, Language::En),
        ] {
            let rendered = render_recovery(&RecoveryEmail {
                language: Language::from_locale(locale),
                ..email(Language::Ja)
            })
            .unwrap();
            assert_eq!(rendered.subject, words(language).subject, "{locale:?}");
            let lang = format!("<html lang=\"{}\">", language.code());
            assert!(rendered.html.contains(&lang), "{locale:?}");
            let total = words(language).total;
            assert!(
                rendered.text.contains(&total),
                "{locale:?}: {}",
                rendered.text
            );
        }
    }
}
