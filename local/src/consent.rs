//! `consent <email> [--table NAME] [--erase]`: what the table holds about one person,
//! for a data-subject request: their recipient state, last purchase and suppression
//! (keyed by the peppered hash of the address), every cart mail sent to them with the
//! consent that allowed it, the steps still scheduled, and the inbox events (kept 30
//! days) whose Stripe object names the address. `--erase` deletes all of it except the
//! suppression, which it adds if missing: keyed by the hash, it holds no address and
//! keeps an erased person from ever being mailed again.
//!
//! Billing mails are keyed by invoice and subscription, never by address; the person's
//! billing data lives at Stripe (their Customer), where an erasure request goes too.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde_json::Value;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::file_store::FileStore;
use stripe_recovery::adapters::keys;
use stripe_recovery::ports::{RecipientStore, StoreError};
use stripe_recovery::recipient::{RecipientKey, RecipientKeyer};
use stripe_recovery::time::rfc3339;

pub const USAGE: &str = "usage: consent <email> [--table NAME] [--erase]";

/// The key prefixes the command reads.
pub const PREFIXES: &[&str] = &[
    "recipient#",
    "purchase#",
    "suppression#",
    "recovery#",
    "schedule#",
    "event#",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentArgs {
    pub email: String,
    pub table: Option<String>,
    pub erase: bool,
}

impl ConsentArgs {
    pub fn parse(args: &[String]) -> Result<Self, String> {
        let mut email = None;
        let mut table = None;
        let mut erase = false;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--erase" => erase = true,
                "--table" => match args.next() {
                    Some(name) if !name.is_empty() && !name.starts_with("--") => {
                        table = Some(name.clone());
                    }
                    _ => return Err(format!("--table needs a table name\n{USAGE}")),
                },
                flag if flag.starts_with("--") => {
                    return Err(format!("unknown option {flag}\n{USAGE}"));
                }
                address if email.is_none() => {
                    if !looks_like_an_address(address) {
                        return Err(format!("not an email address: {address:?}\n{USAGE}"));
                    }
                    email = Some(address.trim().to_owned());
                }
                _ => return Err(format!("one email address at a time\n{USAGE}")),
            }
        }
        let email = email.ok_or_else(|| format!("which email address?\n{USAGE}"))?;
        Ok(Self {
            email,
            table,
            erase,
        })
    }
}

/// One `@` with something on both sides, no spaces: enough to catch a swapped argument.
fn looks_like_an_address(text: &str) -> bool {
    let text = text.trim();
    matches!(text.split_once('@'), Some((local, domain)) if !local.is_empty() && !domain.is_empty() && !domain.contains('@'))
        && !text.contains(char::is_whitespace)
}

/// A cart mail the person got: one step of a session's sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CartMail {
    pub session: String,
    pub step: u8,
    /// `sent`, or `sending` (started, no answer: it may have gone out).
    pub state: String,
    pub at: Option<i64>,
    pub consent_source: Option<String>,
    pub consent_at: Option<i64>,
    pub consent_wording: Option<String>,
}

/// Everything held about one person, with each item's key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Holdings {
    /// `recipient#…`: when they were last mailed.
    pub recipient: Option<(String, Option<i64>)>,
    /// `purchase#…`: their last purchase.
    pub purchase: Option<(String, Option<i64>)>,
    /// `suppression#…`: they unsubscribed (or were erased).
    pub suppression: Option<String>,
    /// `recovery#cs_…` items of their carts.
    pub recoveries: Vec<String>,
    pub mails: Vec<CartMail>,
    /// `schedule#…` jobs of their carts, with their state and time.
    pub jobs: Vec<(String, String, Option<i64>)>,
    /// `event#…` inbox items whose object names the address.
    pub events: Vec<(String, String)>,
}

impl Holdings {
    pub fn is_empty(&self) -> bool {
        self.recipient.is_none()
            && self.purchase.is_none()
            && self.suppression.is_none()
            && self.recoveries.is_empty()
            && self.jobs.is_empty()
            && self.events.is_empty()
    }

    /// What `--erase` deletes: everything but the suppression.
    pub fn erasable(&self) -> Vec<String> {
        let mut keys: Vec<String> = self
            .recipient
            .iter()
            .map(|(pk, _)| pk.clone())
            .chain(self.purchase.iter().map(|(pk, _)| pk.clone()))
            .chain(self.recoveries.iter().cloned())
            .chain(self.jobs.iter().map(|(pk, _, _)| pk.clone()))
            .chain(self.events.iter().map(|(pk, _)| pk.clone()))
            .collect();
        keys.sort();
        keys.dedup();
        keys
    }
}

fn text<'a>(item: &'a Value, name: &str) -> Option<&'a str> {
    item.get(name).and_then(Value::as_str)
}

fn number(item: &Item, name: &str) -> Option<i64> {
    let value = item.get(name)?;
    value
        .as_i64()
        .or_else(|| value.as_str().and_then(|s| s.parse().ok()))
}

type Item = Value;

/// Whether `json` (a stored Stripe object or job payload) holds `email` as a whole JSON
/// string, compared as the recipient key compares: trimmed, lower-cased.
fn names(json: &str, email: &str) -> bool {
    let needle = format!("\"{}\"", email.trim().to_lowercase());
    json.to_lowercase().contains(&needle)
}

/// Picks out of `items` (as stored, any kind) what concerns the person with `email`,
/// keyed in the table as `recipient`.
pub fn holdings(items: &[Value], recipient: &RecipientKey, email: &str) -> Holdings {
    let mut found = Holdings::default();
    let (recipient_pk, purchase_pk, suppression_pk) = (
        keys::recipient(recipient),
        keys::purchase(recipient),
        keys::suppression(recipient),
    );
    let mut sessions = BTreeSet::new();
    for item in items {
        let pk = text(item, "pk").unwrap_or_default();
        if pk == recipient_pk {
            found.recipient = Some((pk.to_owned(), number(item, "last_mailed_at")));
        } else if pk == purchase_pk {
            found.purchase = Some((pk.to_owned(), number(item, "last_purchase_at")));
        } else if pk == suppression_pk {
            found.suppression = Some(pk.to_owned());
        } else if let Some(session) = pk.strip_prefix("recovery#") {
            if text(item, "recipient") != Some(recipient.as_str()) {
                continue;
            }
            found.recoveries.push(pk.to_owned());
            sessions.insert(session.to_owned());
            let legacy = number(item, "sent_at").map(|at| (1, "sent".to_owned(), Some(at)));
            let steps = (1..=3u8).filter_map(|n| {
                let step = item.get(format!("step_{n}"))?;
                Some((
                    n,
                    text(step, "state").unwrap_or("unknown").to_owned(),
                    number(step, "sent_at").or_else(|| number(step, "started_at")),
                    step,
                ))
            });
            if let Some((step, state, at)) = legacy {
                found.mails.push(CartMail {
                    session: session.to_owned(),
                    step,
                    state,
                    at,
                    consent_source: None,
                    consent_at: None,
                    consent_wording: None,
                });
            }
            for (step, state, at, stored) in steps {
                found.mails.push(CartMail {
                    session: session.to_owned(),
                    step,
                    state,
                    at,
                    consent_source: text(stored, "consent_source").map(str::to_owned),
                    consent_at: number(stored, "consent_at"),
                    consent_wording: text(stored, "consent_wording").map(str::to_owned),
                });
            }
        }
    }
    for item in items {
        let pk = text(item, "pk").unwrap_or_default();
        if pk.starts_with("schedule#") {
            let of_their_cart = text(item, "session").is_some_and(|s| sessions.contains(s));
            if of_their_cart || text(item, "payload").is_some_and(|p| names(p, email)) {
                found.jobs.push((
                    pk.to_owned(),
                    text(item, "state").unwrap_or("unknown").to_owned(),
                    number(item, "due_at"),
                ));
            }
        } else if pk.starts_with("event#") && text(item, "object").is_some_and(|o| names(o, email))
        {
            found.events.push((
                pk.to_owned(),
                text(item, "type").unwrap_or("unknown").to_owned(),
            ));
        }
    }
    found.recoveries.sort();
    found
        .mails
        .sort_by(|a, b| (a.at, &a.session, a.step).cmp(&(b.at, &b.session, b.step)));
    found.jobs.sort();
    found.events.sort();
    found
}

fn time(at: Option<i64>) -> String {
    at.map(rfc3339).unwrap_or_else(|| "(no time)".into())
}

/// The report for a person, for the operator's terminal (the address is not in it: the
/// operator typed it).
pub fn render(found: &Holdings) -> String {
    let mut out = String::new();
    if found.is_empty() {
        out.push_str("Nothing is held for this address.\n");
        return out;
    }
    match &found.suppression {
        Some(pk) => {
            let _ = writeln!(out, "Suppressed: never mailed again ({pk})");
        }
        None => out.push_str("Not suppressed.\n"),
    }
    if let Some((pk, at)) = &found.recipient {
        let _ = writeln!(out, "Last cart mail: {} ({pk})", time(*at));
    }
    if let Some((pk, at)) = &found.purchase {
        let _ = writeln!(out, "Last purchase: {} ({pk})", time(*at));
    }
    if !found.mails.is_empty() {
        let _ = writeln!(out, "Cart mails ({}):", found.mails.len());
        for mail in &found.mails {
            let _ = write!(
                out,
                "  {}  {} step {}  {}",
                time(mail.at),
                mail.session,
                mail.step,
                if mail.state == "sent" {
                    "sent"
                } else {
                    "send started, no answer (may have gone out)"
                }
            );
            match (&mail.consent_source, mail.consent_at) {
                (Some(source), at) => {
                    let _ = write!(out, "; consent: {source} at {}", time(at));
                    if let Some(wording) = &mail.consent_wording {
                        let _ = write!(out, ", wording {wording}");
                    }
                }
                (None, _) => out.push_str("; consent: Checkout's (recorded before proofs)"),
            }
            out.push('\n');
        }
    }
    if !found.jobs.is_empty() {
        let _ = writeln!(out, "Scheduled steps ({}):", found.jobs.len());
        for (pk, state, due) in &found.jobs {
            let _ = writeln!(out, "  {}  {pk}  {state}", time(*due));
        }
    }
    if !found.events.is_empty() {
        let _ = writeln!(
            out,
            "Stripe events holding the address ({}, kept 30 days):",
            found.events.len()
        );
        for (pk, event_type) in &found.events {
            let _ = writeln!(out, "  {pk}  {event_type}");
        }
    }
    out
}

/// Where the command reads and erases.
pub enum Store {
    /// A deployed table, with the shell's AWS credentials (`dynamodb:Scan`, and
    /// `PutItem` / `DeleteItem` to erase).
    Table(DynamoStore),
    /// The local runner's state.
    Files(FileStore),
}

#[derive(Debug, thiserror::Error)]
pub enum ConsentError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("an item of the table could not be read: {0}")]
    Item(#[from] serde_dynamo::Error),
}

impl Store {
    async fn items(&self) -> Result<Vec<Value>, ConsentError> {
        Ok(match self {
            Self::Table(store) => store
                .items_with_prefixes(PREFIXES)
                .await?
                .into_iter()
                .map(serde_dynamo::from_item)
                .collect::<Result<_, _>>()?,
            Self::Files(store) => store
                .all_items()
                .await?
                .into_iter()
                .map(Value::Object)
                .collect(),
        })
    }

    /// The suppression first: if a delete fails half-way, the person is still never
    /// mailed again, and running the erasure again finishes it.
    async fn erase(&self, recipient: &RecipientKey, pks: &[String]) -> Result<(), StoreError> {
        match self {
            Self::Table(store) => {
                store.suppress(recipient).await?;
                store.delete_items(pks).await
            }
            Self::Files(store) => {
                store.suppress(recipient).await?;
                store.delete_items(pks).await
            }
        }
    }
}

/// The command: what is held for `args.email` (keyed with `keyer`, the deployed
/// pepper), and with `--erase` its erasure. Returns what to print.
pub async fn run(
    store: &Store,
    keyer: &RecipientKeyer,
    args: &ConsentArgs,
) -> Result<String, ConsentError> {
    let recipient = keyer.key(&args.email);
    let found = holdings(&store.items().await?, &recipient, &args.email);
    let mut out = render(&found);
    if args.erase {
        let erasable = found.erasable();
        store.erase(&recipient, &erasable).await?;
        let _ = writeln!(
            out,
            "Erased {} item(s); the suppression stays, so this address is never mailed again.",
            erasable.len()
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use stripe_recovery::recipient::RecipientKeyer;

    use super::*;

    const EMAIL: &str = "Erika.Mustermann@example.com";

    fn keyer() -> RecipientKeyer {
        RecipientKeyer::new("consent_command_test_pepper_0123456789").unwrap()
    }

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|a| a.to_string()).collect()
    }

    #[test]
    fn arguments() {
        assert_eq!(
            ConsentArgs::parse(&strings(&[" a@b.de ", "--table", "t", "--erase"])),
            Ok(ConsentArgs {
                email: "a@b.de".into(),
                table: Some("t".into()),
                erase: true
            })
        );
        assert_eq!(
            ConsentArgs::parse(&strings(&["a@b.de"])),
            Ok(ConsentArgs {
                email: "a@b.de".into(),
                table: None,
                erase: false
            })
        );
        for (args, says) in [
            (&[][..], "which email address"),
            (&["--erase"][..], "which email address"),
            (&["a@b.de", "c@d.de"][..], "one email address"),
            (&["--table", "t", "--erase"][..], "which email address"),
            (&["a@b.de", "--table"][..], "--table needs"),
            (&["a@b.de", "--table", "--erase"][..], "--table needs"),
            (&["a@b.de", "--force"][..], "unknown option --force"),
            (&["cus_123"][..], "not an email address"),
            (&["a b@c.de"][..], "not an email address"),
            (&["@c.de"][..], "not an email address"),
        ] {
            let err = ConsentArgs::parse(&strings(args)).unwrap_err();
            assert!(err.contains(says), "{args:?}: {err}");
            assert!(err.contains(USAGE), "{args:?}: {err}");
        }
    }

    /// A table with Erika's items, someone else's, and items of other kinds.
    fn table() -> Vec<Value> {
        let erika = keyer().key(EMAIL);
        let other = keyer().key("max@example.com");
        vec![
            json!({"pk": format!("recipient#{}", erika.as_str()), "last_mailed_at": 1_800_086_400}),
            json!({"pk": format!("purchase#{}", erika.as_str()), "last_purchase_at": 1_700_000_000}),
            json!({"pk": format!("recipient#{}", other.as_str()), "last_mailed_at": 1_800_000_000}),
            json!({"pk": format!("suppression#{}", other.as_str())}),
            json!({"pk": "recovery#cs_test_erika", "recipient": erika.as_str(),
                "step_1": {"state": "sent", "sent_at": 1_800_000_000, "message_id": "m1",
                    "consent_source": "customer_token:signup_form", "consent_at": 1_790_000_000,
                    "consent_wording": "https://shop.example/datenschutz#v2"},
                "step_2": {"state": "sending", "started_at": 1_800_086_400, "token": "t"}}),
            json!({"pk": "recovery#cs_test_old", "recipient": erika.as_str(), "sent_at": 1_700_000_100}),
            json!({"pk": "recovery#cs_test_max", "recipient": other.as_str(),
                "step_1": {"state": "sent", "sent_at": 1_800_000_000}}),
            json!({"pk": "schedule#cart#cs_test_erika#3", "session": "cs_test_erika",
                "state": "pending", "due_at": 1_800_259_200, "payload": "{}"}),
            json!({"pk": "schedule#cart#cs_test_max#2", "session": "cs_test_max",
                "state": "pending", "due_at": 1_800_086_400,
                "payload": "{\"session\":{\"customer_details\":{\"email\":\"max@example.com\"}}}"}),
            json!({"pk": "event#evt_1", "type": "checkout.session.expired",
                "object": "{\"customer_details\":{\"email\":\"erika.mustermann@EXAMPLE.com\"}}"}),
            // A longer address that contains hers is someone else.
            json!({"pk": "event#evt_2", "type": "checkout.session.expired",
                "object": "{\"customer_details\":{\"email\":\"xerika.mustermann@example.com\"}}"}),
            json!({"pk": "dunning#in_1", "steps": {}}),
            json!({"pk": "finished#recovery-mailer#evt_1"}),
        ]
    }

    #[test]
    fn what_is_held_for_one_person_and_nothing_of_anyone_else() {
        let found = holdings(
            &table(),
            &keyer().key(" erika.mustermann@example.com"),
            EMAIL,
        );
        let erika = keyer().key(EMAIL);
        assert_eq!(
            found.recipient,
            Some((format!("recipient#{}", erika.as_str()), Some(1_800_086_400)))
        );
        assert_eq!(
            found.purchase,
            Some((format!("purchase#{}", erika.as_str()), Some(1_700_000_000)))
        );
        assert_eq!(found.suppression, None);
        assert_eq!(
            found.recoveries,
            ["recovery#cs_test_erika", "recovery#cs_test_old"]
        );
        let mails: Vec<(&str, u8, &str)> = found
            .mails
            .iter()
            .map(|m| (m.session.as_str(), m.step, m.state.as_str()))
            .collect();
        assert_eq!(
            mails,
            [
                ("cs_test_old", 1, "sent"),
                ("cs_test_erika", 1, "sent"),
                ("cs_test_erika", 2, "sending")
            ]
        );
        assert_eq!(
            found.mails[1].consent_source.as_deref(),
            Some("customer_token:signup_form")
        );
        assert_eq!(found.mails[1].consent_at, Some(1_790_000_000));
        assert_eq!(
            found.jobs,
            [(
                "schedule#cart#cs_test_erika#3".to_owned(),
                "pending".to_owned(),
                Some(1_800_259_200)
            )]
        );
        assert_eq!(
            found.events,
            [(
                "event#evt_1".to_owned(),
                "checkout.session.expired".to_owned()
            )]
        );

        let erasable = found.erasable();
        assert_eq!(erasable.len(), 6, "{erasable:?}");
        assert!(!erasable.iter().any(|pk| pk.starts_with("suppression#")));
        assert!(!erasable.iter().any(|pk| pk.contains("max")));

        let shown = render(&found);
        for expected in [
            "Not suppressed.",
            "2027-01-15T",
            "cs_test_erika step 1  sent; consent: customer_token:signup_form at 2026-09-21T",
            "wording https://shop.example/datenschutz#v2",
            "cs_test_erika step 2  send started, no answer (may have gone out)",
            "cs_test_old step 1  sent; consent: Checkout's (recorded before proofs)",
            "schedule#cart#cs_test_erika#3  pending",
            "event#evt_1  checkout.session.expired",
        ] {
            assert!(shown.contains(expected), "{expected:?} in\n{shown}");
        }
        assert!(
            !shown.to_lowercase().contains("erika.mustermann@"),
            "{shown}"
        );
    }

    #[test]
    fn a_stranger_has_nothing_and_a_suppressed_person_only_their_suppression() {
        let found = holdings(
            &table(),
            &keyer().key("nobody@example.com"),
            "nobody@example.com",
        );
        assert!(found.is_empty());
        assert_eq!(render(&found), "Nothing is held for this address.\n");

        let max = holdings(&table(), &keyer().key("max@example.com"), "max@example.com");
        assert!(max.suppression.is_some());
        assert!(render(&max).starts_with("Suppressed: never mailed again"));
        assert!(
            !max.erasable()
                .iter()
                .any(|pk| pk.starts_with("suppression#"))
        );
    }
}
