//! What SES tells us about a mail after it left: the records its configuration sets
//! publish to SNS (bounces, complaints, deliveries, rejects, delivery delays), and what
//! each one means for the recipient. Pure: `parse` reads one record, `consequence` says
//! what to do, and the `mail-events` function does it.
//!
//! Every mail we send carries three tags (`MailTags`: flow, kind, step), which SES copies
//! into each of its records, so a record maps back to what we sent without our storing
//! an address or a message id. The addresses in a record are turned into the peppered
//! `RecipientKey` at once and go no further.

use std::collections::HashMap;
use std::fmt;

use serde::Deserialize;

/// Which of our senders a mail came from: its configuration set, and the flow the
/// report counts it under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MailFlow {
    /// The cart-recovery mails: promotional (consent, unsubscribe link).
    Cart,
    /// The billing mails: transactional, about the customer's own account.
    Billing,
}

impl MailFlow {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Cart => "cart",
            Self::Billing => "billing",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Cart, Self::Billing]
            .into_iter()
            .find(|flow| flow.as_str() == text)
    }
}

/// The tags every mail carries (SES `EmailTags`): the flow, the kind (its template
/// folder, e.g. `recovery-reminder`, `payment_failed`) and the step of its sequence (a
/// cart's `1`, `2`…; a billing subject's `first`, `reminder-1`, `final`…). Values are
/// the names our code writes: letters, digits, `_` and `-`, as SES requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailTags {
    pub flow: MailFlow,
    pub kind: &'static str,
    pub step: String,
}

impl MailTags {
    pub const FLOW: &'static str = "flow";
    pub const KIND: &'static str = "kind";
    pub const STEP: &'static str = "step";

    /// `(name, value)` as SES takes them: a value only of ASCII letters, digits, `_` and
    /// `-`, at most 256 long (SES refuses the whole mail otherwise), so any other
    /// character becomes `_`.
    pub fn pairs(&self) -> [(&'static str, String); 3] {
        let value = |text: &str| -> String {
            let clean: String = text
                .chars()
                .take(256)
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            if clean.is_empty() { "_".into() } else { clean }
        };
        [
            (Self::FLOW, self.flow.as_str().to_owned()),
            (Self::KIND, value(self.kind)),
            (Self::STEP, value(&self.step)),
        ]
    }
}

/// What a record says happened, as we count it (metric dimension `Event`, the report's
/// columns).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    /// `Bounce` with `bounceType` `Permanent`: the address does not exist or refuses us
    /// for good (SES's own suppression list included).
    HardBounce,
    /// `Bounce` with `bounceType` `Transient` or `Undetermined`: a full mailbox, a
    /// message too large, an auto-reply; the address itself is fine.
    SoftBounce,
    /// `Complaint`: the recipient marked the mail as spam.
    Complaint,
    /// `Delivery`: the receiving server accepted it.
    Delivery,
    /// `Reject`: SES refused to send it (a virus found in it).
    Reject,
    /// `DeliveryDelay`: the receiving server has not taken it yet; SES keeps trying.
    DeliveryDelay,
}

impl EventKind {
    pub const ALL: [EventKind; 6] = [
        Self::HardBounce,
        Self::SoftBounce,
        Self::Complaint,
        Self::Delivery,
        Self::Reject,
        Self::DeliveryDelay,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::HardBounce => "hard_bounce",
            Self::SoftBounce => "soft_bounce",
            Self::Complaint => "complaint",
            Self::Delivery => "delivery",
            Self::Reject => "reject",
            Self::DeliveryDelay => "delivery_delay",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == text)
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The tags read back from a record. Each is checked against what our code writes; a
/// mail without them (sent through the set by something else) is counted as `untagged`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventTags {
    pub flow: Option<MailFlow>,
    /// A kind and a step as our code names them (letters, digits, `_`, `-`; at most 40).
    pub kind: Option<String>,
    pub step: Option<String>,
}

impl EventTags {
    /// The flow as the metric and the report name it.
    pub fn flow_name(&self) -> &'static str {
        self.flow.map_or("untagged", MailFlow::as_str)
    }

    pub fn kind_name(&self) -> &str {
        self.kind.as_deref().unwrap_or("untagged")
    }
}

/// One record, as much of it as we use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailEvent {
    pub kind: EventKind,
    pub tags: EventTags,
    /// SES's message id: with the recipient, what makes a record of this event unique
    /// (SES's `feedbackId` where it has one).
    pub id: String,
    /// The addresses it is about (bounced, complained, delivered, delayed); empty for a
    /// reject. Turned into keys by the caller and dropped.
    pub recipients: Vec<String>,
    /// When it happened (the bounce's, complaint's… own timestamp, else the mail's).
    pub at: i64,
}

/// What we do about one recipient of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Consequence {
    /// Put the recipient on the suppression list (no more promotional mail).
    pub suppress: bool,
    /// Remember the address bounced for good: transactional mail to it is skipped too.
    pub hard_bounced: bool,
    /// Keep a record of it for the report (bounces, complaints, rejects: the rare ones;
    /// deliveries and delays are only counted as metrics).
    pub record: bool,
}

/// The one rule from an event to what it changes.
pub fn consequence(event: &MailEvent) -> Consequence {
    use EventKind::*;
    match event.kind {
        HardBounce => Consequence {
            suppress: true,
            hard_bounced: true,
            record: true,
        },
        Complaint => Consequence {
            suppress: true,
            hard_bounced: false,
            record: true,
        },
        SoftBounce | Reject => Consequence {
            suppress: false,
            hard_bounced: false,
            record: true,
        },
        Delivery | DeliveryDelay => Consequence {
            suppress: false,
            hard_bounced: false,
            record: false,
        },
    }
}

/// Why a record could not be read. Never holds the record's text (it has addresses).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    #[error("not an SES event record: {0}")]
    Malformed(String),
    #[error("an SES {0} record without its {1} object")]
    MissingPart(&'static str, &'static str),
    #[error("an SES record with an unreadable timestamp")]
    BadTimestamp,
}

/// What `parse` found: an event we act on, or one of the types a configuration set can
/// publish that we did not ask for (`Send`, `Open`, `Click`, …), skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    Event(MailEvent),
    NotOurs(String),
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Record {
    /// `notificationType` in an identity's feedback notifications (same shapes).
    #[serde(alias = "notificationType")]
    event_type: String,
    /// Absent from SES's set-up notices (`AmazonSnsSubscriptionSucceeded`), present in
    /// every event.
    mail: Option<Mail>,
    bounce: Option<Bounce>,
    complaint: Option<Complaint>,
    delivery: Option<Delivery>,
    reject: Option<serde::de::IgnoredAny>,
    delivery_delay: Option<DeliveryDelay>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Mail {
    timestamp: String,
    message_id: String,
    #[serde(default)]
    tags: HashMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Address {
    email_address: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Bounce {
    bounce_type: String,
    #[serde(default)]
    bounced_recipients: Vec<Address>,
    timestamp: Option<String>,
    feedback_id: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Complaint {
    #[serde(default)]
    complained_recipients: Vec<Address>,
    timestamp: Option<String>,
    feedback_id: Option<String>,
    complaint_feedback_type: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Delivery {
    #[serde(default)]
    recipients: Vec<String>,
    timestamp: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DeliveryDelay {
    #[serde(default)]
    delayed_recipients: Vec<Address>,
    timestamp: Option<String>,
}

/// Reads one SES event record (the `Message` of an SNS notification).
pub fn parse(json: &str) -> Result<Parsed, EventError> {
    // serde's message may quote the record: only its position and category are kept.
    let record: Record = serde_json::from_str(json).map_err(|e| {
        EventError::Malformed(format!(
            "{:?} at line {} column {}",
            e.classify(),
            e.line(),
            e.column()
        ))
    })?;
    const TYPES: [&str; 5] = ["Bounce", "Complaint", "Delivery", "Reject", "DeliveryDelay"];
    let event_type = record.event_type.as_str();
    if !TYPES.contains(&event_type) {
        return Ok(Parsed::NotOurs(event_type.chars().take(40).collect()));
    }
    let mail = record
        .mail
        .ok_or(EventError::MissingPart("event", "mail"))?;
    let addresses = |list: Vec<Address>| list.into_iter().map(|a| a.email_address).collect();
    let mail_at = unix(&mail.timestamp)?;
    let at = |own: Option<String>| own.as_deref().map_or(Ok(mail_at), unix);
    let message_id = mail.message_id;
    let (kind, recipients, at, id) = match event_type {
        "Bounce" => {
            let bounce = record
                .bounce
                .ok_or(EventError::MissingPart("Bounce", "bounce"))?;
            let kind = if bounce.bounce_type == "Permanent" {
                EventKind::HardBounce
            } else {
                EventKind::SoftBounce
            };
            let id = bounce.feedback_id.unwrap_or_else(|| message_id.clone());
            (
                kind,
                addresses(bounce.bounced_recipients),
                at(bounce.timestamp)?,
                id,
            )
        }
        "Complaint" => {
            let complaint = record
                .complaint
                .ok_or(EventError::MissingPart("Complaint", "complaint"))?;
            // A mailbox provider's "not spam" report is the opposite of a complaint.
            if complaint.complaint_feedback_type.as_deref() == Some("not-spam") {
                return Ok(Parsed::NotOurs("Complaint (not-spam)".into()));
            }
            let id = complaint.feedback_id.unwrap_or_else(|| message_id.clone());
            (
                EventKind::Complaint,
                addresses(complaint.complained_recipients),
                at(complaint.timestamp)?,
                id,
            )
        }
        "Delivery" => {
            let delivery = record
                .delivery
                .ok_or(EventError::MissingPart("Delivery", "delivery"))?;
            (
                EventKind::Delivery,
                delivery.recipients,
                at(delivery.timestamp)?,
                message_id.clone(),
            )
        }
        "Reject" => {
            record
                .reject
                .ok_or(EventError::MissingPart("Reject", "reject"))?;
            (EventKind::Reject, Vec::new(), mail_at, message_id.clone())
        }
        "DeliveryDelay" => {
            let delay = record
                .delivery_delay
                .ok_or(EventError::MissingPart("DeliveryDelay", "deliveryDelay"))?;
            (
                EventKind::DeliveryDelay,
                addresses(delay.delayed_recipients),
                at(delay.timestamp)?,
                message_id.clone(),
            )
        }
        _ => unreachable!("checked against TYPES"),
    };
    Ok(Parsed::Event(MailEvent {
        kind,
        tags: tags(&mail.tags),
        id,
        recipients,
        at,
    }))
}

fn tags(tags: &HashMap<String, Vec<String>>) -> EventTags {
    let first = |name: &str| tags.get(name).and_then(|values| values.first());
    let name = |tag: &str| {
        first(tag)
            .filter(|v| {
                !v.is_empty()
                    && v.len() <= 40
                    && v.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            })
            .cloned()
    };
    EventTags {
        flow: first(MailTags::FLOW).and_then(|v| MailFlow::parse(v)),
        kind: name(MailTags::KIND),
        step: name(MailTags::STEP),
    }
}

fn unix(timestamp: &str) -> Result<i64, EventError> {
    crate::time::parse_rfc3339_utc(timestamp).ok_or(EventError::BadTimestamp)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SES's documented records (Amazon SES Developer Guide, "Examples of event data
    /// that Amazon SES publishes to Amazon SNS"), with our tags: the files the
    /// integration tests and `sam local` send too.
    fn sample(name: &str) -> String {
        let path = format!("{}/../events/ses/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let notification: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        notification["Records"][0]["Sns"]["Message"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    fn event(name: &str) -> MailEvent {
        match parse(&sample(name)).unwrap() {
            Parsed::Event(event) => event,
            other => panic!("{name}: {other:?}"),
        }
    }

    #[test]
    fn every_documented_record_reads_as_its_event_with_our_tags() {
        let cases = [
            ("bounce-permanent", EventKind::HardBounce, 1),
            ("bounce-transient", EventKind::SoftBounce, 1),
            ("complaint", EventKind::Complaint, 1),
            ("delivery", EventKind::Delivery, 1),
            ("reject", EventKind::Reject, 0),
            ("delivery-delay", EventKind::DeliveryDelay, 1),
        ];
        for (name, kind, recipients) in cases {
            let event = event(name);
            assert_eq!(event.kind, kind, "{name}");
            assert_eq!(event.recipients.len(), recipients, "{name}");
            assert!(event.at > 1_500_000_000, "{name}: {}", event.at);
            assert!(!event.id.is_empty(), "{name}");
            assert!(event.tags.flow.is_some(), "{name}: {:?}", event.tags);
            assert!(
                event.tags.kind.is_some() && event.tags.step.is_some(),
                "{name}"
            );
        }
        let bounce = event("bounce-permanent");
        assert_eq!(bounce.recipients, ["recipient@example.com"]);
        assert_eq!(
            bounce.at, 1_501_893_662,
            "the bounce's own time, not the mail's"
        );
        assert!(bounce.id.starts_with("01000157c44f053b"), "the feedback id");
    }

    #[test]
    fn tag_values_are_what_ses_accepts() {
        let tags = |step: &str| MailTags {
            flow: MailFlow::Billing,
            kind: "payment_failed",
            step: step.into(),
        };
        let pairs = tags("reminder-2").pairs();
        assert_eq!(
            pairs.map(|(name, value)| format!("{name}={value}")),
            ["flow=billing", "kind=payment_failed", "step=reminder-2"]
        );
        assert_eq!(tags("a:b/ü").pairs()[2].1, "a_b__");
        assert_eq!(tags("").pairs()[2].1, "_");
        assert_eq!(tags(&"x".repeat(300)).pairs()[2].1.len(), 256);
    }

    #[test]
    fn the_consequences_table() {
        let of = |kind| {
            let c = consequence(&MailEvent {
                kind,
                tags: tags(&HashMap::new()),
                id: "m".into(),
                recipients: vec![],
                at: 0,
            });
            (c.suppress, c.hard_bounced, c.record)
        };
        use EventKind::*;
        assert_eq!(of(HardBounce), (true, true, true));
        assert_eq!(of(Complaint), (true, false, true));
        assert_eq!(of(SoftBounce), (false, false, true));
        assert_eq!(of(Reject), (false, false, true));
        assert_eq!(of(Delivery), (false, false, false));
        assert_eq!(of(DeliveryDelay), (false, false, false));
    }

    #[test]
    fn untagged_foreign_and_broken_records() {
        // A mail sent through the set by something else: no tags of ours.
        let json = sample("bounce-permanent")
            .replace("\"flow\"", "\"flowx\"")
            .replace("\"kind\"", "\"kindx\"");
        let Parsed::Event(event) = parse(&json).unwrap() else {
            panic!()
        };
        assert_eq!(
            (event.tags.flow_name(), event.tags.kind_name()),
            ("untagged", "untagged")
        );
        // A tag value no code of ours writes is not taken for a kind.
        let json = sample("complaint").replace("\"payment_failed\"", "\"a b<c>\"");
        let Parsed::Event(event) = parse(&json).unwrap() else {
            panic!()
        };
        assert_eq!(event.tags.kind, None);
        // Types we did not ask for, and a "not spam" report, are not events.
        let open = sample("delivery").replace("\"Delivery\"", "\"Open\"");
        assert_eq!(parse(&open).unwrap(), Parsed::NotOurs("Open".into()));
        let set_up = r#"{"notificationType":"AmazonSnsSubscriptionSucceeded","message":"…"}"#;
        assert!(matches!(parse(set_up).unwrap(), Parsed::NotOurs(_)));
        let not_spam = sample("complaint").replace("\"abuse\"", "\"not-spam\"");
        assert!(matches!(parse(&not_spam).unwrap(), Parsed::NotOurs(_)));
        // Broken records say what is wrong without quoting them.
        let errors = [
            parse("{").unwrap_err(),
            parse(&sample("bounce-permanent").replace("\"bounce\":", "\"bounced\":")).unwrap_err(),
            parse(&sample("delivery").replace("2017-08-05T00:51:46.000Z", "yesterday"))
                .unwrap_err(),
        ];
        assert!(matches!(errors[0], EventError::Malformed(_)));
        assert_eq!(errors[1], EventError::MissingPart("Bounce", "bounce"));
        for error in errors {
            assert!(!error.to_string().contains('@'), "{error}");
        }
    }
}
