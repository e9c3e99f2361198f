//! The billing mails: what their templates (`shared/templates/billing-*/`) are given.
//! One context for every kind; each kind uses what it needs.

use serde::Serialize;
use stripe_recovery::mail::{MailKind, Money};

use crate::decide::{BillingKind, Planned, brand_name, expiry_text};

#[derive(Debug, Clone, Serialize)]
pub struct BillingMail<'a> {
    #[serde(skip)]
    kind: BillingKind,
    /// What the invoice asks for, when the mail is about one.
    pub amount: Option<&'a Money>,
    /// When Stripe tries the card again (unix seconds).
    pub next_attempt: Option<i64>,
    /// Our signed link into the customer portal: its payment-method page, or its home
    /// page for the renewal reminder (`BillingKind::portal_flow`).
    pub portal_url: Option<&'a str>,
    /// Stripe's hosted invoice page.
    pub invoice_url: Option<&'a str>,
    pub card_brand: Option<String>,
    pub card_last4: Option<&'a str>,
    /// `08/2030`.
    pub card_expiry: Option<String>,
    /// When the card would next be charged.
    pub charge_at: Option<i64>,
    pub trial_end: Option<i64>,
    /// When the subscription renews (renewal reminder).
    pub renewal_at: Option<i64>,
    /// When a canceled subscription ends (cancellation confirmation).
    pub access_ends_at: Option<i64>,
    /// The merchant's page to subscribe again (`RESUBSCRIBE_URL`), in the cancellation
    /// confirmation.
    pub resubscribe_url: Option<&'a str>,
    /// Our signed link into the portal's cancellation flow, where the retention coupon is
    /// offered: in the kinds a policy segment's `retention_offer_in` names.
    pub retention_url: Option<&'a str>,
    /// Our signed link to the page that confirms a pending SetupIntent (3-D Secure).
    pub setup_url: Option<&'a str>,
}

impl MailKind for BillingMail<'_> {
    fn kind(&self) -> &'static str {
        self.kind.template()
    }
}

impl<'a> BillingMail<'a> {
    pub fn new(planned: &'a Planned, portal_url: Option<&'a str>) -> Self {
        let card = planned.card.as_ref();
        Self {
            kind: planned.kind,
            amount: planned.amount.as_ref(),
            next_attempt: planned.next_attempt,
            portal_url,
            invoice_url: planned.invoice_url.as_deref(),
            // Stripe says `unknown` when the network is not known: no brand then.
            card_brand: card
                .and_then(|c| c.brand.as_deref())
                .filter(|brand| !brand.is_empty() && *brand != "unknown")
                .map(brand_name),
            card_last4: card.and_then(|c| c.last4.as_deref()),
            card_expiry: card.map(expiry_text),
            charge_at: planned.charge_at,
            trial_end: planned.trial_end,
            renewal_at: planned.renewal_at,
            access_ends_at: planned.access_ends_at,
            resubscribe_url: None,
            retention_url: None,
            setup_url: None,
        }
    }

    /// With the link to the page that confirms a pending SetupIntent.
    pub fn with_setup_url(mut self, url: Option<&'a str>) -> Self {
        self.setup_url = url;
        self
    }

    /// With the page to subscribe again, for the kinds that offer it.
    pub fn with_resubscribe_url(mut self, url: Option<&'a str>) -> Self {
        self.resubscribe_url = url;
        self
    }

    /// With the cancellation flow's retention offer, where the policy puts one.
    pub fn with_retention_url(mut self, url: Option<&'a str>) -> Self {
        self.retention_url = url;
        self
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use stripe_recovery::mail::{
        Language, RenderedEmail, Shop, format_amount, format_date, render,
    };
    use stripe_recovery::ports::DunningSubject;
    use stripe_recovery::stripe::ids::{
        CustomerId, InvoiceId, PaymentMethodId, SetupIntentId, SubscriptionId,
    };
    use stripe_recovery::time::unix_of_date;

    use super::*;

    use crate::decide::{CardFacts, Recipient};

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

    /// Per language: the longest part of the footer's note (why the mail came) that is
    /// not the shop's name, from the catalog.
    fn footer_note(language: Language) -> String {
        use stripe_recovery::mail::catalog::{Arg, Markup, message};
        let note = message(
            language,
            "billing-footer",
            &[("shop", Arg::Text("\u{1}"))],
            Markup::Text,
            None,
            None,
        )
        .unwrap();
        let longest = note.split('\u{1}').max_by_key(|part| part.len()).unwrap();
        longest.trim().to_owned()
    }

    /// Our signed portal link (its `&` must come out as `&amp;` in the HTML).
    const PORTAL: &str = "https://api.example/billing/portal?t=eyJjIjoiY3VzXzEifQ.c2ln&l=en";
    /// The merchant's page to subscribe again (`RESUBSCRIBE_URL`), with a query of its own.
    const RESUBSCRIBE: &str = "https://shop.example/pricing?plan=yearly&from=mail";
    /// Our signed link to the page that confirms a pending SetupIntent.
    const SETUP: &str = "https://api.example/billing/setup?t=eyJzIjoic2V0aV8xIn0.c2ln&x=1";
    const INVOICE: &str = "https://invoice.stripe.com/i/acct_1Nv0FG/test_YWNjdF8xTnYw?s=ap";
    const AMOUNT: i64 = 123_456;
    /// 2026-12-02.
    const NEXT_ATTEMPT: i64 = 1_796_169_600;
    /// 2026-12-05.
    const TRIAL_END: i64 = NEXT_ATTEMPT + 3 * 86_400;
    /// 2026-12-09.
    const RENEWAL_AT: i64 = NEXT_ATTEMPT + 7 * 86_400;
    /// 2026-12-12.
    const ACCESS_ENDS_AT: i64 = NEXT_ATTEMPT + 10 * 86_400;

    fn charge_at() -> i64 {
        unix_of_date(2027, 1, 15)
    }

    /// What `decide` plans for `kind`: the invoice mails carry the amount and the next
    /// attempt (none for the final notice), the hosted page only where it is offered.
    fn planned(kind: BillingKind, language: Language) -> Planned {
        let invoice = || DunningSubject::Invoice(InvoiceId::parse("in_1QbgXqB7WZ01zgkW").unwrap());
        let mut planned = Planned {
            kind,
            subject: invoice(),
            step: "failed-1".into(),
            to: Recipient {
                email: "jenny.rosen@example.com".into(),
                customer: CustomerId::parse("cus_QXg1o8vcGmoR32").unwrap(),
                language,
                portal_locale: None,
                time_zone: None,
            },
            amount: Money::from_parts(Some(AMOUNT), Some("usd")),
            next_attempt: Some(NEXT_ATTEMPT),
            invoice_url: None,
            portal: !matches!(
                kind,
                BillingKind::PaymentActionRequired | BillingKind::SetupActionRequired
            ),
            card: None,
            charge_at: None,
            trial_end: None,
            renewal_at: None,
            access_ends_at: None,
        };
        match kind {
            BillingKind::PaymentFailed | BillingKind::PaymentReminder => {}
            BillingKind::FinalNotice => {
                planned.step = "final".into();
                planned.next_attempt = None;
                planned.invoice_url = Some(INVOICE.into());
            }
            BillingKind::PaymentActionRequired => {
                planned.step = "action-1".into();
                planned.invoice_url = Some(INVOICE.into());
            }
            BillingKind::CardExpiring => {
                planned.subject = DunningSubject::CardExpiry {
                    payment_method: PaymentMethodId::parse("pm_1Pgc75B7WZ01zgkW").unwrap(),
                    exp_year: 2026,
                    exp_month: 12,
                };
                planned.step = "card_expiring".into();
                planned.next_attempt = None;
                planned.card = Some(CardFacts {
                    brand: Some("visa".into()),
                    last4: Some("4242".into()),
                    exp_month: 12,
                    exp_year: 2026,
                });
                planned.charge_at = Some(charge_at());
            }
            BillingKind::TrialEnding => {
                planned.subject = DunningSubject::TrialEnd {
                    subscription: SubscriptionId::parse("sub_1MowQVLkdIwHu7ix").unwrap(),
                    trial_end: TRIAL_END,
                };
                planned.step = "trial_ending".into();
                planned.amount = None;
                planned.next_attempt = None;
                planned.trial_end = Some(TRIAL_END);
            }
            BillingKind::RenewalReminder => {
                planned.subject = DunningSubject::Renewal {
                    subscription: SubscriptionId::parse("sub_1MowQVLkdIwHu7ix").unwrap(),
                    period_end: RENEWAL_AT,
                };
                planned.step = "renewal_reminder".into();
                planned.next_attempt = None;
                planned.renewal_at = Some(RENEWAL_AT);
            }
            BillingKind::PaymentRecovered => {
                planned.subject = DunningSubject::RecoveredPayment(
                    InvoiceId::parse("in_1QbgXqB7WZ01zgkW").unwrap(),
                );
                planned.step = "payment_recovered".into();
                planned.next_attempt = None;
                planned.portal = false;
            }
            BillingKind::CancellationConfirmation => {
                planned.subject = DunningSubject::Cancellation(
                    SubscriptionId::parse("sub_1MowQVLkdIwHu7ix").unwrap(),
                );
                planned.step = "cancellation_confirmation".into();
                planned.amount = None;
                planned.next_attempt = None;
                planned.portal = false;
                planned.access_ends_at = Some(ACCESS_ENDS_AT);
            }
            BillingKind::SetupActionRequired | BillingKind::SetupPaymentMethodRequired => {
                planned.subject = DunningSubject::SetupIntent(
                    SetupIntentId::parse("seti_1Pgag7B7WZ01zgkW").unwrap(),
                );
                planned.step = if kind == BillingKind::SetupActionRequired {
                    "requires_action".into()
                } else {
                    "requires_payment_method".into()
                };
                planned.amount = None;
                planned.next_attempt = None;
            }
        }
        planned
    }

    /// Rendered as the function composes it: a portal link only where it is planned, the
    /// page to subscribe again given to every kind (only the cancellation shows it).
    fn rendered(planned: &Planned) -> RenderedEmail {
        rendered_with(planned, planned.portal.then_some(PORTAL))
    }

    fn rendered_with(planned: &Planned, portal_url: Option<&str>) -> RenderedEmail {
        rendered_from(&test_shop(), planned, portal_url)
    }

    fn rendered_from(shop: &Shop, planned: &Planned, portal_url: Option<&str>) -> RenderedEmail {
        rendered_links(shop, planned, portal_url, Some(RESUBSCRIBE))
    }

    fn rendered_links(
        shop: &Shop,
        planned: &Planned,
        portal_url: Option<&str>,
        resubscribe_url: Option<&str>,
    ) -> RenderedEmail {
        render(
            planned.to.language,
            shop,
            &BillingMail::new(planned, portal_url)
                .with_resubscribe_url(resubscribe_url)
                .with_setup_url(Some(SETUP)),
        )
        .unwrap_or_else(|err| panic!("{:?} {:?}: {err}", planned.kind, planned.to.language))
    }

    /// Every kind in every language, as planned.
    fn every_mail() -> impl Iterator<Item = (BillingKind, Language, RenderedEmail)> {
        BillingKind::ALL.into_iter().flat_map(|kind| {
            Language::ALL
                .into_iter()
                .map(move |language| (kind, language, rendered(&planned(kind, language))))
        })
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

    /// Every `<a href="…">` target, as written in the HTML.
    fn hrefs(html: &str) -> BTreeSet<&str> {
        html.split("<a href=\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap())
            .collect()
    }

    /// Whether the kind shows (the portal link, the hosted invoice page).
    fn shows(kind: BillingKind) -> (bool, bool) {
        match kind {
            BillingKind::PaymentActionRequired => (false, true),
            BillingKind::FinalNotice => (true, true),
            BillingKind::PaymentRecovered
            | BillingKind::CancellationConfirmation
            | BillingKind::SetupActionRequired => (false, false),
            _ => (true, false),
        }
    }

    /// Whether the kind shows the page that confirms a pending SetupIntent (every kind
    /// is given the link; only this one shows it).
    fn shows_setup(kind: BillingKind) -> bool {
        kind == BillingKind::SetupActionRequired
    }

    /// Whether the kind shows the page to subscribe again.
    fn shows_resubscribe(kind: BillingKind) -> bool {
        kind == BillingKind::CancellationConfirmation
    }

    fn assert_no_template_syntax(kind: BillingKind, language: Language, mail: &RenderedEmail) {
        for part in [&mail.subject, &mail.html, &mail.text] {
            for syntax in ["{{", "}}", "{%", "%}", "{#"] {
                assert!(!part.contains(syntax), "{kind:?} {language:?}: {part}");
            }
        }
    }

    #[test]
    fn each_subject_is_one_line_in_its_own_language() {
        for kind in BillingKind::ALL {
            let subjects: BTreeSet<(String, &str)> = Language::ALL
                .into_iter()
                .map(|language| {
                    let mail = rendered(&planned(kind, language));
                    let subject = mail.subject.clone();
                    assert!(!subject.is_empty(), "{kind:?} {language:?}");
                    assert!(!subject.contains(['\n', '\r']), "{kind:?}: {subject}");
                    assert_eq!(subject.trim(), subject, "{kind:?}");
                    assert!(!subject.contains("  "), "{kind:?}: {subject}");
                    // The heading and the title are the subject.
                    let heading = format!(">{}</h1>", html_escaped(&subject));
                    assert!(mail.html.contains(&heading), "{kind:?}: {}", mail.html);
                    let title = format!("<title>{}</title>", html_escaped(&subject));
                    assert!(mail.html.contains(&title), "{kind:?}: {}", mail.html);
                    let primary = language.code().split('-').next().unwrap();
                    (subject, primary)
                })
                .collect();
            // Each language in its own words: two languages never share a subject
            // (variants of one, en and en-GB, may).
            let mut languages_of_subject = std::collections::BTreeMap::new();
            for (subject, primary) in &subjects {
                let earlier = languages_of_subject.insert(subject, primary);
                assert!(
                    earlier.is_none_or(|earlier| earlier == primary),
                    "{kind:?}: {subject} in {earlier:?} and {primary}"
                );
            }
        }
    }

    #[test]
    fn every_part_is_rendered_in_the_mails_language() {
        for (kind, language, mail) in every_mail() {
            let lang = format!("<html lang=\"{}\">", language.code());
            assert!(
                mail.html.contains(&lang),
                "{kind:?} {language:?}: {}",
                mail.html
            );
            assert_no_template_syntax(kind, language, &mail);
            assert!(
                !mail.text.contains('<'),
                "{kind:?} {language:?}: {}",
                mail.text
            );
            assert!(!mail.text.contains("&amp;") && !mail.text.contains("&#"));
            assert!(!mail.html.contains("<script") && !mail.html.contains("<link"));
            // Paragraphs one blank line apart; only a link follows its label directly.
            assert!(
                !mail.text.contains("\n\n\n"),
                "{kind:?} {language:?}: {}",
                mail.text
            );
            let lines: Vec<&str> = text_content(&mail.text).lines().collect();
            for pair in lines.windows(2) {
                if !pair[0].is_empty() && !pair[1].is_empty() {
                    assert!(
                        pair[1].starts_with("https://"),
                        "{kind:?} {language:?}: {pair:?}"
                    );
                }
            }
            // Under the content, the layout's signature: the shop's name.
            assert_eq!(
                signature(&mail.text),
                format!("{SHOP_NAME}\n"),
                "{kind:?} {language:?}: {}",
                mail.text
            );
        }
    }

    #[test]
    fn every_kind_renders_in_every_language() {
        assert_eq!(Language::ALL.len(), 40);
        assert_eq!(
            every_mail().count(),
            BillingKind::ALL.len() * Language::ALL.len()
        );
    }

    #[test]
    fn the_shop_is_named_in_the_opening_and_in_the_footer() {
        for kind in BillingKind::ALL {
            for language in Language::ALL {
                for shop in [test_shop(), full_shop()] {
                    let planned = planned(kind, language);
                    let mail = rendered_from(&shop, &planned, planned.portal.then_some(PORTAL));
                    let case = format!("{kind:?} {language:?} {}", shop.name);
                    let name = html_escaped(&shop.name);
                    // The subject, or the opening: the greeting and the first paragraph.
                    let opening: Vec<&str> =
                        text_content(&mail.text).split("\n\n").take(2).collect();
                    assert!(
                        mail.subject.contains(&shop.name) || opening.concat().contains(&shop.name),
                        "{case}: {}",
                        mail.text
                    );
                    let after_heading = mail.html.split_once("</h1>").unwrap().1;
                    let html_opening: Vec<&str> =
                        after_heading.split("<p ").skip(1).take(2).collect();
                    assert!(
                        mail.subject.contains(&shop.name) || html_opening.concat().contains(&name),
                        "{case}: {}",
                        mail.html
                    );
                    // The footer's note names the shop too.
                    let note = footer_note(language);
                    let paragraph = text_paragraph_with(&mail.text, &note);
                    assert!(paragraph.contains(&shop.name), "{case}: {}", mail.text);
                    assert!(
                        text_content(&mail.text)
                            .trim_end()
                            .ends_with(paragraph.trim_end()),
                        "{case}: the note closes the content: {}",
                        mail.text
                    );
                    let paragraph = html_paragraph_with(&mail.html, &note);
                    assert!(paragraph.contains(&name), "{case}: {}", mail.html);
                }
            }
        }
    }

    #[test]
    fn the_logo_heads_the_mail_else_the_name() {
        for kind in BillingKind::ALL {
            for language in Language::ALL {
                let planned = planned(kind, language);
                let case = format!("{kind:?} {language:?}");
                let with_logo = rendered_from(&full_shop(), &planned, Some(PORTAL)).html;
                let top = with_logo.split_once("<h1").unwrap().0;
                let logo = format!(
                    "<img src=\"{LOGO}\" alt=\"{}\"",
                    html_escaped(FULL_SHOP_NAME)
                );
                assert!(top.contains(&logo), "{case}: {with_logo}");

                let without = rendered(&planned).html;
                let top = without.split_once("<h1").unwrap().0;
                assert!(!without.contains("<img"), "{case}: {without}");
                assert!(top.contains(&format!(">{SHOP_NAME}</")), "{case}: {top}");
            }
        }
    }

    #[test]
    fn the_address_is_in_both_footers_when_set() {
        for kind in BillingKind::ALL {
            for language in Language::ALL {
                let planned = planned(kind, language);
                let case = format!("{kind:?} {language:?}");
                let full = rendered_from(&full_shop(), &planned, Some(PORTAL));
                let address = html_escaped(ADDRESS);
                let footer = full
                    .html
                    .split_once(footer_note(language).as_str())
                    .unwrap()
                    .1;
                assert!(footer.contains(&address), "{case}: {}", full.html);
                assert_eq!(full.html.matches(&address).count(), 1, "{case}");
                assert_eq!(
                    signature(&full.text).lines().collect::<Vec<_>>(),
                    [FULL_SHOP_NAME, ADDRESS],
                    "{case}: {}",
                    full.text
                );
                assert!(!text_content(&full.text).contains(ADDRESS), "{case}");

                let bare = rendered(&planned);
                assert!(!bare.html.contains("Hauptstraße"), "{case}");
                assert!(!bare.text.contains("Hauptstraße"), "{case}");
            }
        }
    }

    #[test]
    fn every_image_has_alt_text_and_the_text_has_every_link() {
        for kind in BillingKind::ALL {
            for language in Language::ALL {
                for shop in [test_shop(), full_shop()] {
                    let planned = planned(kind, language);
                    let mail = rendered_from(&shop, &planned, planned.portal.then_some(PORTAL));
                    let case = format!("{kind:?} {language:?} {}", shop.name);
                    for tag in img_tags(&mail.html) {
                        assert!(
                            tag.contains(" alt=\"") && !tag.contains(" alt=\"\""),
                            "{case}: {tag}"
                        );
                    }
                    assert!(!mail.text.contains("<img"), "{case}");
                    for href in hrefs(&mail.html) {
                        let url = html_unescaped(href);
                        assert!(
                            mail.text.lines().any(|line| line == url),
                            "{case} {url}: {}",
                            mail.text
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn each_kind_links_exactly_its_pages() {
        for (kind, language, mail) in every_mail() {
            let (portal, invoice) = shows(kind);
            let links = [
                (portal, PORTAL),
                (invoice, INVOICE),
                (shows_resubscribe(kind), RESUBSCRIBE),
                (shows_setup(kind), SETUP),
            ];
            let escaped: Vec<String> = links
                .into_iter()
                .filter(|(shown, _)| *shown)
                .map(|(_, url)| html_escaped(url))
                .collect();
            let expected: BTreeSet<&str> = escaped.iter().map(String::as_str).collect();
            assert_eq!(hrefs(&mail.html), expected, "{kind:?} {language:?}");
            for (shown, url) in links {
                assert_eq!(
                    mail.text.lines().any(|line| line == url),
                    shown,
                    "{kind:?} {language:?} {url}: {}",
                    mail.text
                );
                if !shown {
                    assert!(!mail.text.contains(url), "{kind:?}: {}", mail.text);
                }
            }
        }
    }

    #[test]
    fn a_kind_never_links_what_it_does_not_offer() {
        // Given every link, each kind still shows only its own; given none, it still
        // renders (without a button to nowhere).
        for kind in BillingKind::ALL {
            let (portal, invoice) = shows(kind);
            let resubscribe = shows_resubscribe(kind);
            for language in Language::ALL {
                for (portal_url, invoice_url, resubscribe_url) in [
                    (Some(PORTAL), Some(INVOICE), Some(RESUBSCRIBE)),
                    (Some(PORTAL), None, None),
                    (None, Some(INVOICE), None),
                    (None, None, Some(RESUBSCRIBE)),
                    (None, None, None),
                ] {
                    let mut planned = planned(kind, language);
                    planned.invoice_url = invoice_url.map(str::to_owned);
                    let mail = rendered_links(&test_shop(), &planned, portal_url, resubscribe_url);
                    let expected: Vec<String> = [
                        (portal, portal_url),
                        (invoice, invoice_url),
                        (resubscribe, resubscribe_url),
                    ]
                    .into_iter()
                    .chain([(shows_setup(kind), Some(SETUP))])
                    .filter_map(|(shown, url)| url.filter(|_| shown))
                    .map(html_escaped)
                    .collect();
                    let expected: BTreeSet<&str> = expected.iter().map(String::as_str).collect();
                    let case = format!(
                        "{kind:?} {language:?} {portal_url:?} {invoice_url:?} {resubscribe_url:?}"
                    );
                    assert_eq!(hrefs(&mail.html), expected, "{case}");
                    assert_eq!(
                        mail.text
                            .lines()
                            .filter(|l| l.starts_with("https://"))
                            .count(),
                        expected.len(),
                        "{case}: {}",
                        mail.text
                    );
                    assert!(!mail.html.contains("href=\"\""), "{case}");
                    assert_no_template_syntax(kind, language, &mail);
                }
            }
        }
    }

    #[test]
    fn the_amount_is_shown_in_the_mails_language() {
        for (kind, language, mail) in every_mail() {
            let amount = format_amount(AMOUNT, "usd", language);
            let (in_subject, in_body) = match kind {
                BillingKind::TrialEnding
                | BillingKind::CancellationConfirmation
                | BillingKind::SetupActionRequired
                | BillingKind::SetupPaymentMethodRequired => (false, false),
                BillingKind::CardExpiring | BillingKind::RenewalReminder => (false, true),
                _ => (true, true),
            };
            assert_eq!(
                mail.subject.contains(&amount),
                in_subject,
                "{kind:?}: {}",
                mail.subject
            );
            assert_eq!(
                mail.html.contains(&amount),
                in_body,
                "{kind:?}: {}",
                mail.html
            );
            assert_eq!(
                mail.text.contains(&amount),
                in_body,
                "{kind:?}: {}",
                mail.text
            );
        }
    }

    #[test]
    fn the_dates_are_shown_where_the_kind_tells_them() {
        for (kind, language, mail) in every_mail() {
            let date = |unix| format_date(unix, language);
            let (shown, in_subject) = match kind {
                BillingKind::PaymentFailed | BillingKind::PaymentReminder => {
                    (Some(date(NEXT_ATTEMPT)), false)
                }
                BillingKind::CardExpiring => (Some(date(charge_at())), false),
                BillingKind::TrialEnding => (Some(date(TRIAL_END)), true),
                BillingKind::RenewalReminder => (Some(date(RENEWAL_AT)), true),
                BillingKind::CancellationConfirmation => (Some(date(ACCESS_ENDS_AT)), false),
                BillingKind::FinalNotice
                | BillingKind::PaymentActionRequired
                | BillingKind::PaymentRecovered
                | BillingKind::SetupActionRequired
                | BillingKind::SetupPaymentMethodRequired => (None, false),
            };
            if let Some(shown) = shown {
                assert!(
                    mail.html.contains(&shown),
                    "{kind:?} {language:?}: {}",
                    mail.html
                );
                assert!(
                    mail.text.contains(&shown),
                    "{kind:?} {language:?}: {}",
                    mail.text
                );
                assert_eq!(
                    mail.subject.contains(&shown),
                    in_subject,
                    "{}",
                    mail.subject
                );
            }
        }
    }

    #[test]
    fn a_trial_ending_early_on_the_5th_utc_reads_as_the_4th() {
        // 2026-12-05T02:00:00Z: in Los Angeles the trial ends on the evening of the 4th,
        // so the mail must not promise the 5th.
        let cases = [
            (Language::En, "December 4, 2026"),
            (Language::Ja, "2026年12月4日"),
            (Language::De, "4. Dezember 2026"),
            (Language::Fr, "4 décembre 2026"),
            (Language::Es, "4 de diciembre de 2026"),
        ];
        for (language, date) in cases {
            let mut planned = planned(BillingKind::TrialEnding, language);
            planned.trial_end = Some(unix_of_date(2026, 12, 5) + 2 * 3600);
            let mail = rendered(&planned);
            for part in [&mail.subject, &mail.html, &mail.text] {
                assert!(part.contains(date), "{language:?}: {part}");
            }
        }
    }

    #[test]
    fn the_expiring_card_is_described() {
        for language in Language::ALL {
            let mail = rendered(&planned(BillingKind::CardExpiring, language));
            for fact in ["Visa", "4242", "12/2026"] {
                assert!(
                    mail.html.contains(fact),
                    "{language:?} {fact}: {}",
                    mail.html
                );
                assert!(
                    mail.text.contains(fact),
                    "{language:?} {fact}: {}",
                    mail.text
                );
            }
            assert!(mail.subject.contains("4242"), "{}", mail.subject);
        }
    }

    #[test]
    fn a_mail_renders_without_what_it_does_not_know() {
        for kind in BillingKind::ALL {
            for language in Language::ALL {
                let full = rendered(&planned(kind, language));
                let mut bare = planned(kind, language);
                bare.amount = None;
                bare.next_attempt = None;
                bare.charge_at = None;
                bare.trial_end = None;
                bare.renewal_at = None;
                bare.access_ends_at = None;
                bare.card = bare.card.map(|card| CardFacts {
                    brand: None,
                    last4: None,
                    ..card
                });
                let mail = rendered(&bare);
                let case = format!("{kind:?} {language:?}");
                assert_no_template_syntax(kind, language, &mail);
                let unknown = [
                    format_amount(AMOUNT, "usd", language),
                    format_date(NEXT_ATTEMPT, language),
                    format_date(charge_at(), language),
                    format_date(TRIAL_END, language),
                    format_date(RENEWAL_AT, language),
                    format_date(ACCESS_ENDS_AT, language),
                    "4242".into(),
                    "Visa".into(),
                ];
                // The layout's own `text-decoration:none` is no slip, nor its signature.
                let html = mail
                    .html
                    .replace("text-decoration:none", "")
                    .replace("outline:none", "");
                let text = text_content(&mail.text).to_owned();
                for part in [&mail.subject, &html, &text] {
                    for absent in &unknown {
                        assert!(!part.contains(absent.as_str()), "{case} {absent}: {part}");
                    }
                    for slip in ["none", "None", "()", "（）", "<strong></strong>"] {
                        assert!(!part.contains(slip), "{case} {slip:?}: {part}");
                    }
                }
                for slip in ["  ", " .", " ,", " :", "--"] {
                    assert!(
                        !mail.subject.contains(slip),
                        "{case} {slip:?}: {}",
                        mail.subject
                    );
                    assert!(!text.contains(slip), "{case} {slip:?}: {}", mail.text);
                }
                assert!(!mail.subject.is_empty(), "{case}");
                assert_eq!(hrefs(&mail.html), hrefs(&full.html), "{case}");
                assert!(mail.text.len() <= full.text.len(), "{case}");
            }
        }
    }

    #[test]
    fn html_escapes_what_text_keeps_raw() {
        let portal = r#"https://api.example/billing/portal?t=x"><script>alert(1)</script>"#;
        let invoice = r#"https://invoice.stripe.com/i/x"><img src=x onerror=alert(1)>"#;
        let resubscribe = r#"https://shop.example/pricing?a=1&b='2'"><script>x</script>"#;
        let brand = "<script>alert(1)</script>";
        let last4 = "4<2>";
        for kind in BillingKind::ALL {
            for language in Language::ALL {
                let mut planned = planned(kind, language);
                if planned.invoice_url.is_some() {
                    planned.invoice_url = Some(invoice.into());
                }
                if let Some(card) = &mut planned.card {
                    card.brand = Some(brand.into());
                    card.last4 = Some(last4.into());
                }
                let mail = rendered_links(
                    &test_shop(),
                    &planned,
                    planned.portal.then_some(portal),
                    Some(resubscribe),
                );
                let case = format!("{kind:?} {language:?}");
                let (shows_portal, shows_invoice) = shows(kind);
                let mut raw = Vec::new();
                if shows_resubscribe(kind) {
                    raw.push(resubscribe);
                }
                if shows_portal {
                    raw.push(portal);
                }
                if shows_invoice {
                    raw.push(invoice);
                }
                for url in &raw {
                    let href = format!("<a href=\"{}\"", html_escaped(url));
                    assert!(mail.html.contains(&href), "{case}: {}", mail.html);
                    assert!(
                        mail.text.lines().any(|line| line == *url),
                        "{case}: {}",
                        mail.text
                    );
                }
                if kind == BillingKind::CardExpiring {
                    raw.extend([brand, last4]);
                    assert!(mail.html.contains(&html_escaped(brand)), "{}", mail.html);
                    assert!(mail.html.contains(&html_escaped(last4)), "{}", mail.html);
                    assert!(mail.text.contains(brand) && mail.text.contains(last4));
                    assert!(mail.subject.contains(last4), "raw: {}", mail.subject);
                }
                for injected in ["<script", "<img", "\"><script", "\"><img", "<2>"] {
                    assert!(
                        !mail.html.contains(injected),
                        "{case} {injected}: {}",
                        mail.html
                    );
                }
            }
        }
    }

    #[test]
    fn the_footer_says_why_the_mail_came_and_offers_no_unsubscribe() {
        for (kind, language, mail) in every_mail() {
            let note = footer_note(language);
            assert!(
                mail.html.contains(&note),
                "{kind:?} {language:?}: {}",
                mail.html
            );
            assert!(
                mail.text.contains(&note),
                "{kind:?} {language:?}: {}",
                mail.text
            );
            for marketing in ["nsubscribe", "bmelden", "配信停止", "sabonn", "de baja"] {
                assert!(!mail.html.contains(marketing), "{kind:?} {language:?}");
                assert!(!mail.text.contains(marketing), "{kind:?} {language:?}");
            }
        }
    }

    #[test]
    fn a_retention_offer_goes_under_the_mail_in_its_language_only_where_linked() {
        const RETENTION: &str = "https://api.example/billing/portal?t=cancel-token";
        let says = [
            (Language::En, "Thinking about cancelling?"),
            (Language::De, "Sie denken ans Kündigen?"),
            (Language::Fr, "Vous pensez à résilier"),
            (Language::Es, "¿Está pensando en cancelar?"),
            (Language::Ja, "解約をご検討中ですか"),
        ];
        for (language, words) in says {
            let planned = planned(BillingKind::TrialEnding, language);
            let mail = render(
                language,
                &test_shop(),
                &BillingMail::new(&planned, Some(PORTAL)).with_retention_url(Some(RETENTION)),
            )
            .unwrap();
            assert!(
                mail.html.contains(words) && mail.text.contains(words),
                "{language:?}"
            );
            assert!(
                mail.html.contains(&format!("href=\"{RETENTION}\"")),
                "{language:?}: {}",
                mail.html
            );
            assert!(mail.text.contains(RETENTION), "{language:?}");
            // The offer comes after the mail's own button.
            let (offer, own) = (
                mail.html.find(RETENTION).unwrap(),
                mail.html.find(&PORTAL.replace('&', "&amp;")).unwrap(),
            );
            assert!(own < offer, "{language:?}");
            let without = rendered(&planned);
            assert!(
                !without.html.contains(words) && !without.text.contains(words),
                "{language:?}: no offer unless linked"
            );
        }
    }
}
