//! `previews <DIR>`: every mail kind in every language, rendered from sample data into
//! `<DIR>/<kind>-<lang>.html` and `.txt`, with `<DIR>/index.json` listing them, and every
//! page a mail's link opens, each outcome in every language, into
//! `<DIR>/page-<page>-<outcome>-<lang>.html`, listed in `<DIR>/pages.json`.
//! `scripts/mail-previews.py` screenshots them into `docs/mails/` and checks every one
//! at a phone's width.
//!
//! The sample data is made up but believable: one shop, a cart of seven lines, a
//! subscription with a Visa card, amounts in each language's usual currency (USD for
//! en, JPY for ja, EUR for de, PLN for pl, THB for th, …), dates a few days after a
//! fixed "now". Rendering is pure ([`render_all`]); only
//! [`command`] touches the disk.

use std::fmt::Write as _;
use std::path::Path;

use billing_recovery::decide::{BillingKind, CardFacts, Planned, Recipient};
use billing_recovery::mail::BillingMail;
use recovery_mailer::mail::{CART_ITEMS_SHOWN, CartItem, RecoveryMail};
use serde::Serialize;
use stripe_recovery::mail::{
    Language, Money, PageKind, RenderError, RenderedEmail, Shop, render, render_page,
};
use stripe_recovery::ports::DunningSubject;
use stripe_recovery::recovery::StepCopy;
use stripe_recovery::stripe::ids::{
    CustomerId, InvoiceId, PaymentMethodId, SetupIntentId, SubscriptionId,
};
use stripe_recovery::time::unix_of_date;

pub const USAGE: &str = "usage: previews <DIR>";

/// The kinds previewed: the cart mail with and without its cart, then every billing kind
/// by its template folder.
pub fn kinds() -> Vec<&'static str> {
    let mut kinds = vec![
        RECOVERY,
        RECOVERY_NO_CART,
        RECOVERY_REMINDER,
        RECOVERY_LAST_CALL,
    ];
    kinds.extend(BillingKind::ALL.map(BillingKind::template));
    kinds
}

const RECOVERY: &str = "recovery";
/// The sequence's later steps: a gentle reminder, the last call.
const RECOVERY_REMINDER: &str = "recovery-reminder";
const RECOVERY_LAST_CALL: &str = "recovery-last-call";
/// The cart mail when the cart's lines cannot be read: total and promo code only.
const RECOVERY_NO_CART: &str = "recovery-no-cart";

/// One rendered mail.
#[derive(Debug, Clone)]
pub struct Preview {
    pub kind: &'static str,
    pub language: Language,
    pub mail: RenderedEmail,
}

impl Preview {
    /// `<kind>-<lang>`, the stem of its files.
    pub fn name(&self) -> String {
        format!("{}-{}", self.kind, self.language.code())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{kind} in {language}: {source}")]
pub struct PreviewError {
    pub kind: &'static str,
    pub language: &'static str,
    #[source]
    pub source: RenderError,
}

/// Every kind in every language, in the order of [`kinds`] then `Language::ALL`.
pub fn render_all() -> Result<Vec<Preview>, PreviewError> {
    render_languages(&Language::ALL)
}

/// Every kind in each of `languages`.
pub fn render_languages(languages: &[Language]) -> Result<Vec<Preview>, PreviewError> {
    let shop = sample_shop();
    let mut previews = Vec::new();
    for kind in kinds() {
        for &language in languages {
            let mail = render_kind(kind, language, &shop).map_err(|source| PreviewError {
                kind,
                language: language.code(),
                source,
            })?;
            previews.push(Preview {
                kind,
                language,
                mail,
            });
        }
    }
    Ok(previews)
}

fn render_kind(kind: &str, language: Language, shop: &Shop) -> Result<RenderedEmail, RenderError> {
    let currency = currency(language);
    match kind {
        RECOVERY | RECOVERY_NO_CART | RECOVERY_REMINDER | RECOVERY_LAST_CALL => {
            let lines = cart(currency);
            let total = Money {
                amount: lines
                    .iter()
                    .filter_map(|l| l.amount.as_ref())
                    .map(|m| m.amount)
                    .sum(),
                currency: currency.into(),
            };
            let copy = match kind {
                RECOVERY_REMINDER => StepCopy::Reminder,
                RECOVERY_LAST_CALL => StepCopy::LastCall,
                _ => StepCopy::First,
            };
            let mut mail =
                RecoveryMail::new(RECOVERY_URL, Some(total), Some(PROMO_CODE), UNSUBSCRIBE_URL)
                    .with_copy(copy);
            if kind != RECOVERY_NO_CART {
                // Built as `with_cart` builds them: its own image filter keeps https URLs
                // only, and these are data URIs (see `svg_data_uri`).
                mail.more_items = lines.len().saturating_sub(CART_ITEMS_SHOWN);
                mail.items = lines.into_iter().take(CART_ITEMS_SHOWN).collect();
            }
            render(language, shop, &mail)
        }
        template => {
            let kind = BillingKind::ALL
                .into_iter()
                .find(|k| k.template() == template)
                .unwrap_or_else(|| unreachable!("not a kind: {template}"));
            let planned = planned(kind, language);
            let portal_url = planned.portal.then_some(PORTAL_URL);
            let mail = BillingMail::new(&planned, portal_url)
                .with_resubscribe_url(Some(RESUBSCRIBE_URL))
                .with_setup_url(Some(SETUP_URL));
            render(language, shop, &mail)
        }
    }
}

/// Writes every preview into `args[0]` (created if missing) and `index.json`; fails on
/// the first mail that does not render or does not pass [`problems`].
pub fn command(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let [dir] = args else {
        return Err(USAGE.into());
    };
    let dir = Path::new(dir);
    let previews = render_all()?;
    let problems: Vec<String> = previews
        .iter()
        .flat_map(|p| {
            problems(p)
                .into_iter()
                .map(move |e| format!("{}: {e}", p.name()))
        })
        .collect();
    if !problems.is_empty() {
        return Err(problems.join("\n").into());
    }
    std::fs::create_dir_all(dir)?;
    #[derive(Serialize)]
    struct Entry<'a> {
        kind: &'a str,
        language: &'a str,
        subject: &'a str,
        html: String,
        text: String,
    }
    let mut index = Vec::new();
    for preview in &previews {
        let name = preview.name();
        let entry = Entry {
            kind: preview.kind,
            language: preview.language.code(),
            subject: &preview.mail.subject,
            html: format!("{name}.html"),
            text: format!("{name}.txt"),
        };
        std::fs::write(dir.join(&entry.html), &preview.mail.html)?;
        std::fs::write(dir.join(&entry.text), &preview.mail.text)?;
        index.push(entry);
    }
    let mut json = serde_json::to_string_pretty(&index)?;
    json.push('\n');
    std::fs::write(dir.join("index.json"), json)?;
    #[derive(Serialize)]
    struct PageEntry<'a> {
        page: &'a str,
        outcome: &'a str,
        language: &'a str,
        html: String,
    }
    let pages = render_pages(&Language::ALL)?;
    let mut page_index = Vec::new();
    for page in &pages {
        let entry = PageEntry {
            page: page.page,
            outcome: page.outcome,
            language: page.language.code(),
            html: format!(
                "page-{}-{}-{}.html",
                page.page,
                page.outcome,
                page.language.code()
            ),
        };
        std::fs::write(dir.join(&entry.html), &page.html)?;
        page_index.push(entry);
    }
    let mut json = serde_json::to_string_pretty(&page_index)?;
    json.push('\n');
    std::fs::write(dir.join("pages.json"), json)?;
    println!(
        "previews: {} mails and {} pages in {}",
        previews.len(),
        pages.len(),
        dir.display()
    );
    Ok(())
}

/// One page a mail's link opens, in one outcome and language.
pub struct PagePreview {
    pub page: &'static str,
    pub outcome: &'static str,
    pub language: Language,
    pub html: String,
}

/// The pages' variables as their functions fill them: `outcome` picks the text; the
/// portal's dry run lists a form, the SetupIntent page's confirmation has its keys.
#[derive(Serialize)]
struct SamplePage<const P: usize> {
    outcome: &'static str,
    parameters: Vec<(&'static str, &'static str)>,
    client_secret: &'static str,
    publishable_key: &'static str,
    stripe_js: &'static str,
    script: &'static str,
}

const PAGES: [(&str, &[&str]); 3] = [
    (
        "unsubscribe",
        &[
            "confirm",
            "unsubscribed",
            "expired",
            "unavailable",
            "invalid",
        ],
    ),
    (
        "portal-link",
        &[
            "expired",
            "invalid",
            "unknown_customer",
            "unavailable",
            "refused",
            "dry_run",
        ],
    ),
    (
        "setup-intent",
        &[
            "confirm",
            "nothing_to_do",
            "expired",
            "unavailable",
            "invalid",
        ],
    ),
];

impl<const P: usize> PageKind for SamplePage<P> {
    const PAGE: &'static str = PAGES[P].0;
}

/// Every page in every outcome, in each of `languages`.
pub fn render_pages(languages: &[Language]) -> Result<Vec<PagePreview>, PreviewError> {
    fn one<const P: usize>(
        outcome: &'static str,
        language: Language,
    ) -> Result<String, RenderError> {
        render_page(
            language,
            &SamplePage::<P> {
                outcome,
                parameters: vec![
                    ("customer", "cus_QXg1o8vcGmoR32"),
                    ("return_url", "https://www.maison-mueller.example/konto"),
                    ("locale", language.stripe_locale()),
                ],
                client_secret: "seti_1Mm8s8LkdIwHu7ix0OXBfTRG_secret_NXDbmt",
                publishable_key: "pk_test_sample",
                stripe_js: "https://js.stripe.com/v3/",
                script: "",
            },
        )
    }
    let mut pages = Vec::new();
    for (index, (page, outcomes)) in PAGES.into_iter().enumerate() {
        for &outcome in outcomes {
            for &language in languages {
                let html = match index {
                    0 => one::<0>(outcome, language),
                    1 => one::<1>(outcome, language),
                    _ => one::<2>(outcome, language),
                }
                .map_err(|source| PreviewError {
                    kind: page,
                    language: language.code(),
                    source,
                })?;
                pages.push(PagePreview {
                    page,
                    outcome,
                    language,
                    html,
                });
            }
        }
    }
    Ok(pages)
}

/// What a mail does that mail clients do not accept, or where its parts differ: a
/// script, an image without `alt`, a `lang` other than its language, a link of the HTML
/// part missing from the text part. Empty when it is fine.
pub fn problems(preview: &Preview) -> Vec<String> {
    let html = &preview.mail.html;
    let mut problems = Vec::new();
    if html.to_ascii_lowercase().contains("<script") {
        problems.push("a <script> in the HTML".to_owned());
    }
    for img in html.split("<img").skip(1) {
        let tag = img.split('>').next().unwrap_or_default();
        if !tag.contains(" alt=\"") || tag.contains(" alt=\"\"") {
            problems.push(format!("an image without alt text: <img{tag}>"));
        }
    }
    let lang = format!("<html lang=\"{}\">", preview.language.code());
    if !html.contains(&lang) {
        problems.push(format!("no {lang}"));
    }
    for url in hrefs(html) {
        if !preview.mail.text.contains(&url) {
            problems.push(format!(
                "a link of the HTML part is not in the text part: {url}"
            ));
        }
    }
    problems
}

/// Every `href="…"` of `html`, unescaped.
fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .map(|rest| {
            rest.split('"')
                .next()
                .unwrap_or_default()
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
        .collect()
}

// The sample data.

/// "Now" for every date in the previews: 2026-06-26, 15:00 UTC. Not midnight: a mail's
/// dates read as the date at UTC−12 (`format_date`), and Stripe's instants fall at any
/// hour, so dates a few days after midnight would each read a day early.
fn now() -> i64 {
    unix_of_date(2026, 6, 26) + 15 * 3600
}

const DAY: i64 = 86_400;

const RECOVERY_URL: &str = "https://checkout.stripe.com/c/pay/cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY#fidkdWxOYHwnPyd1blpxYHZxWjA0VUJ9";
const UNSUBSCRIBE_URL: &str = "https://api.maison-mueller.example/unsubscribe?t=eyJwIjoidW5zdWJzY3JpYmUiLCJlIjoxNzgzMDQzMjAwfQ.Hk3vQ9yGm2sL7aPq";
/// The link to the page that confirms a pending SetupIntent (only its mail shows it).
const SETUP_URL: &str = "https://api.maison-mueller.example/billing/setup?t=eyJwIjoic2V0dXAiLCJjdXN0b21lciI6ImN1c19RWGcxbzh2Y0dtb1IzMiJ9.c2V0dXBzaWc";
const PORTAL_URL: &str = "https://api.maison-mueller.example/billing/portal?t=eyJwIjoicG9ydGFsIiwiY3VzdG9tZXIiOiJjdXNfUVhnMW84dmNHbW9SMzIifQ.b8Yw2LdQe1rXk5Tz";
const INVOICE_URL: &str = "https://invoice.stripe.com/i/acct_1SampleAccount/test_YWNjdF8xU2FtcGxlQWNjb3VudCxfUWJnWHFCN1daMDF6Z2tX?s=ap";
const PROMO_CODE: &str = "WELCOME10";
/// The merchant's page to subscribe again (`RESUBSCRIBE_URL`): only the cancellation
/// confirmation shows it.
const RESUBSCRIBE_URL: &str = "https://www.maison-mueller.example/abonnement?plan=jahr";

fn sample_shop() -> Shop {
    Shop {
        name: "Maison Müller & Co".into(),
        logo_url: Some(svg_data_uri(&logo_svg())),
        address: Some("Maison Müller & Co GmbH, Torstraße 12, 10119 Berlin, Germany".into()),
    }
}

/// The currency a customer writing in `language` pays in, in the previews.
fn currency(language: Language) -> &'static str {
    use Language::*;
    match language {
        En => "usd",
        EnGb => "gbp",
        Ja => "jpy",
        Ko => "krw",
        Zh => "cny",
        ZhHantHk => "hkd",
        ZhHantTw => "twd",
        Cs => "czk",
        Da => "dkk",
        Es419 => "mxn",
        Fil => "php",
        FrCa => "cad",
        Hu => "huf",
        Id => "idr",
        Ms => "myr",
        Nb => "nok",
        Pl => "pln",
        PtBr => "brl",
        Ro => "ron",
        Sv => "sek",
        Th => "thb",
        Tr => "try",
        Vi => "vnd",
        _ => "eur",
    }
}

/// A price in each currency of the previews: (USD cents, JPY, EUR cents).
type Prices = (i64, i64, i64);

/// An amount in `currency`'s minor units, from its price in each of the three: USD, JPY
/// and EUR as given, any other currency converted from USD at a round rate (minor units
/// per US cent) and rounded to a whole unit, or to a hundred in a zero-decimal currency.
fn price(currency: &str, (usd_cents, yen, eur_cents): Prices) -> Money {
    let converted =
        |rate: f64, round_to: f64| ((usd_cents as f64 * rate / round_to).round() * round_to) as i64;
    let amount = match currency {
        "usd" => usd_cents,
        "jpy" => yen,
        "eur" => eur_cents,
        "gbp" => converted(0.8, 100.0),
        "krw" => converted(14.0, 100.0),
        "vnd" => converted(250.0, 1000.0),
        "cny" => converted(7.2, 100.0),
        "hkd" => converted(7.8, 100.0),
        "twd" => converted(32.0, 100.0),
        "czk" => converted(23.0, 100.0),
        "dkk" => converted(6.9, 100.0),
        "mxn" => converted(18.0, 100.0),
        "php" => converted(58.0, 100.0),
        "cad" => converted(1.4, 100.0),
        "huf" => converted(360.0, 10_000.0),
        "idr" => converted(16_000.0, 100_000.0),
        "myr" => converted(4.4, 100.0),
        "nok" => converted(10.8, 100.0),
        "pln" => converted(4.0, 100.0),
        "brl" => converted(5.5, 100.0),
        "ron" => converted(4.6, 100.0),
        "sek" => converted(10.5, 100.0),
        "thb" => converted(35.0, 100.0),
        "try" => converted(34.0, 100.0),
        _ => eur_cents,
    };
    Money {
        amount,
        currency: currency.into(),
    }
}

/// Seven lines: the mail shows five and "and 2 more".
fn cart(currency: &str) -> Vec<CartItem> {
    // name, initials, colour, quantity, unit price (USD cents, JPY, EUR cents)
    let lines: [(&str, &str, &str, u64, Prices); 7] = [
        ("Linen Shirt", "LS", "#2563eb", 1, (6_800, 9_800, 6_200)),
        (
            "Merino Wool Scarf",
            "MS",
            "#b45309",
            1,
            (4_500, 6_500, 4_200),
        ),
        ("Canvas Tote Bag", "CT", "#15803d", 2, (2_400, 3_500, 2_200)),
        (
            "Leather Card Holder",
            "LC",
            "#7c2d12",
            1,
            (3_900, 5_800, 3_600),
        ),
        (
            "Organic Cotton Socks",
            "OS",
            "#be185d",
            3,
            (1_200, 1_700, 1_100),
        ),
        ("Stoneware Mug", "SM", "#0e7490", 2, (2_200, 3_200, 2_000)),
        ("Gift Wrapping", "GW", "#6d28d9", 1, (500, 700, 450)),
    ];
    lines
        .into_iter()
        .map(|(name, initials, colour, quantity, unit)| {
            let unit = price(currency, unit);
            CartItem {
                name: name.into(),
                image_url: Some(svg_data_uri(&product_svg(initials, colour))),
                quantity,
                amount: Some(Money {
                    amount: unit.amount * quantity as i64,
                    currency: unit.currency,
                }),
            }
        })
        .collect()
}

/// What `decide` plans for `kind`, for a subscriber writing in `language`: the invoice
/// mails carry the amount and the next attempt (none for the final notice), the hosted
/// invoice page where the kind offers it, the portal everywhere but the action mails and the notices (our confirmation page for a
/// SetupIntent needing authentication).
fn planned(kind: BillingKind, language: Language) -> Planned {
    let now = now();
    let mut planned = Planned {
        kind,
        subject: DunningSubject::Invoice(
            InvoiceId::parse("in_1QbgXqB7WZ01zgkW").expect("a valid id"),
        ),
        step: "failed-1".into(),
        to: Recipient {
            email: "jenny.rosen@example.com".into(),
            customer: CustomerId::parse("cus_QXg1o8vcGmoR32").expect("a valid id"),
            language,
            portal_locale: Some(language.code().into()),
            time_zone: None,
        },
        amount: Some(price(currency(language), (4_900, 5_500, 4_500))),
        next_attempt: Some(now + 3 * DAY),
        invoice_url: None,
        portal: kind != BillingKind::PaymentActionRequired,
        card: None,
        charge_at: None,
        trial_end: None,
        renewal_at: None,
        access_ends_at: None,
    };
    match kind {
        BillingKind::PaymentFailed => {}
        BillingKind::PaymentReminder => {
            planned.step = "failed-2".into();
            planned.next_attempt = Some(now + 5 * DAY);
        }
        BillingKind::FinalNotice => {
            planned.step = "final".into();
            planned.next_attempt = None;
            planned.invoice_url = Some(INVOICE_URL.into());
        }
        BillingKind::PaymentActionRequired => {
            planned.step = "action-1".into();
            planned.invoice_url = Some(INVOICE_URL.into());
        }
        BillingKind::CardExpiring => {
            planned.subject = DunningSubject::CardExpiry {
                payment_method: PaymentMethodId::parse("pm_1Pgc75B7WZ01zgkW").expect("a valid id"),
                exp_year: 2026,
                exp_month: 6,
            };
            planned.step = "card_expiring".into();
            planned.next_attempt = None;
            planned.card = Some(CardFacts {
                brand: Some("visa".into()),
                last4: Some("4242".into()),
                exp_month: 6,
                exp_year: 2026,
            });
            planned.charge_at = Some(now + 5 * DAY);
        }
        BillingKind::TrialEnding => {
            planned.subject = DunningSubject::TrialEnd {
                subscription: SubscriptionId::parse("sub_1MowQVLkdIwHu7ix").expect("a valid id"),
                trial_end: now + 3 * DAY,
            };
            planned.step = "trial_ending".into();
            planned.amount = None;
            planned.next_attempt = None;
            planned.trial_end = Some(now + 3 * DAY);
        }
        BillingKind::RenewalReminder => {
            planned.subject = DunningSubject::Renewal {
                subscription: SubscriptionId::parse("sub_1MowQVLkdIwHu7ix").expect("a valid id"),
                period_end: now + 7 * DAY,
            };
            planned.step = "renewal_reminder".into();
            // A year of the subscription: twelve times the month the others show.
            planned.amount = Some(price(currency(language), (49_000, 55_000, 45_000)));
            planned.next_attempt = None;
            planned.renewal_at = Some(now + 7 * DAY);
        }
        BillingKind::PaymentRecovered => {
            planned.subject = DunningSubject::RecoveredPayment(
                InvoiceId::parse("in_1QbgXqB7WZ01zgkW").expect("a valid id"),
            );
            planned.step = "payment_recovered".into();
            planned.next_attempt = None;
            planned.portal = false;
        }
        BillingKind::CancellationConfirmation => {
            planned.subject = DunningSubject::Cancellation(
                SubscriptionId::parse("sub_1MowQVLkdIwHu7ix").expect("a valid id"),
            );
            planned.step = "cancellation_confirmation".into();
            planned.amount = None;
            planned.next_attempt = None;
            planned.portal = false;
            planned.access_ends_at = Some(now);
        }
        BillingKind::SetupActionRequired | BillingKind::SetupPaymentMethodRequired => {
            planned.subject = DunningSubject::SetupIntent(
                SetupIntentId::parse("seti_1Pgag7B7WZ01zgkW").expect("a valid id"),
            );
            planned.step = if kind == BillingKind::SetupActionRequired {
                "requires_action".into()
            } else {
                "requires_payment_method".into()
            };
            planned.amount = None;
            planned.next_attempt = None;
            planned.portal = kind == BillingKind::SetupPaymentMethodRequired;
        }
    }
    planned
}

// Images. Real mails link https:// images (SHOP_LOGO_URL must be https, and the mailer
// keeps only https product images); the previews are opened by a browser with no
// network, so theirs are drawn here and inlined as data: URIs. Never in a real mail.

fn logo_svg() -> String {
    concat!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40" viewBox="0 0 240 40">"##,
        r##"<rect width="40" height="40" rx="8" fill="#4f46e5"/>"##,
        r##"<text x="20" y="25.5" text-anchor="middle" font-family="DejaVu Serif,Georgia,serif" font-size="15" font-weight="bold" fill="#ffffff">MM</text>"##,
        r##"<text x="50" y="27" font-family="DejaVu Serif,Georgia,serif" font-size="16" fill="#111827">Maison Müller &amp; Co</text>"##,
        "</svg>"
    )
    .to_owned()
}

fn product_svg(initials: &str, colour: &str) -> String {
    format!(
        concat!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">"##,
            r##"<rect width="64" height="64" fill="{colour}"/>"##,
            r##"<circle cx="32" cy="32" r="22" fill="#ffffff" fill-opacity="0.18"/>"##,
            r##"<text x="32" y="39" text-anchor="middle" font-family="DejaVu Sans,Arial,sans-serif" font-size="20" font-weight="bold" fill="#ffffff">{initials}</text>"##,
            "</svg>"
        ),
        colour = colour,
        initials = initials
    )
}

/// `data:image/svg+xml;base64,…` of `svg`.
fn svg_data_uri(svg: &str) -> String {
    format!("data:image/svg+xml;base64,{}", base64(svg.as_bytes()))
}

/// Standard base64 with padding (RFC 4648 §4): a few lines rather than a dependency.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                let _ = out.write_char(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn every_kind_renders_in_every_language_as_mail_clients_accept_it() {
        let previews = render_all().unwrap_or_else(|err| panic!("{err}"));
        let rendered: BTreeSet<(&str, &str)> = previews
            .iter()
            .map(|p| (p.kind, p.language.code()))
            .collect();
        assert_eq!(rendered.len(), kinds().len() * Language::ALL.len());
        assert_eq!(previews.len(), rendered.len());
        for kind in kinds() {
            for language in Language::ALL {
                assert!(
                    rendered.contains(&(kind, language.code())),
                    "{kind} {language:?}"
                );
            }
        }
        for preview in &previews {
            let problems = problems(preview);
            assert!(problems.is_empty(), "{}: {problems:#?}", preview.name());
            assert!(!preview.mail.subject.is_empty(), "{}", preview.name());
        }
    }

    #[test]
    fn the_cart_shows_five_lines_and_the_rest_as_more() {
        let previews = render_all().unwrap_or_else(|err| panic!("{err}"));
        for preview in &previews {
            let images = preview.mail.html.matches("<img").count();
            // The logo, and the five lines shown of the cart.
            let shows_cart = preview.kind.starts_with(RECOVERY) && preview.kind != RECOVERY_NO_CART;
            let expected = if shows_cart { 1 + CART_ITEMS_SHOWN } else { 1 };
            assert_eq!(images, expected, "{}", preview.name());
            let shows_line = |name: &str| preview.mail.text.contains(name);
            assert_eq!(shows_line("Linen Shirt"), shows_cart, "{}", preview.name());
            assert!(!shows_line("Stoneware Mug"), "{}", preview.name());
            if preview.kind.starts_with(RECOVERY) {
                assert!(preview.mail.text.contains(PROMO_CODE), "{}", preview.name());
                assert!(
                    preview.mail.text.contains(UNSUBSCRIBE_URL),
                    "{}",
                    preview.name()
                );
            }
        }
        let en = previews
            .iter()
            .find(|p| p.kind == RECOVERY && p.language == Language::En)
            .unwrap();
        // 68 + 45 + 2 × 24 + 39 + 3 × 12 + 2 × 22 + 5 dollars.
        assert!(en.mail.text.contains("$285.00"), "{}", en.mail.text);
        assert!(
            en.mail.text.contains("and 2 more items"),
            "{}",
            en.mail.text
        );
    }

    #[test]
    fn problems_are_found() {
        let preview = |html: &str, text: &str| Preview {
            kind: RECOVERY,
            language: Language::De,
            mail: RenderedEmail {
                subject: "s".into(),
                html: html.into(),
                text: text.into(),
            },
        };
        let fine = preview(
            r#"<html lang="de"><img src="x" alt="Logo"><a href="https://a.example/?x=1&amp;y=2">"#,
            "https://a.example/?x=1&y=2",
        );
        assert_eq!(problems(&fine), Vec::<String>::new());
        let bad = preview(
            r#"<html lang="en"><SCRIPT></SCRIPT><img src="x"><img alt="" src="y"><a href="https://b.example/">"#,
            "",
        );
        assert_eq!(problems(&bad).len(), 5, "{:#?}", problems(&bad));
    }

    #[test]
    fn base64_is_rfc_4648() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
            ("Müller", "TcO8bGxlcg=="),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain}");
        }
    }
}
