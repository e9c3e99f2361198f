//! Partition keys of the items in the one table besides the inbox's. Hashes, never
//! addresses or caller-chosen strings. Public so the template test can hold each role's
//! key-prefix condition to them.

use sha2::{Digest, Sha256};

use crate::ports::{DunningSubject, Job};
use crate::recipient::RecipientKey;
use crate::stripe::ids::{CheckoutSessionId, EventId, SubscriptionId};

pub fn recipient(recipient: &RecipientKey) -> String {
    format!("recipient#{}", recipient.as_str())
}

pub fn purchase(recipient: &RecipientKey) -> String {
    format!("purchase#{}", recipient.as_str())
}

pub fn suppression(recipient: &RecipientKey) -> String {
    format!("suppression#{}", recipient.as_str())
}

/// One recipient's share of an SES event record: `mailevent#<hash>` of SES's id and the
/// recipient's key, so the item names no one.
pub fn mail_event(id: &str, recipient: Option<&RecipientKey>) -> String {
    let mut hash = Sha256::new();
    hash.update(id.as_bytes());
    hash.update(b"#");
    hash.update(recipient.map_or("", RecipientKey::as_str).as_bytes());
    format!("mailevent#{}", hex::encode(hash.finalize()))
}

pub fn recovery(session_id: &CheckoutSessionId) -> String {
    recovery_of(session_id.as_str())
}

/// `recovery` of a session id held as text (a cart lease's owner).
pub fn recovery_of(session_id: &str) -> String {
    format!("recovery#{session_id}")
}

/// Billing recovery's record of one subject: `dunning#in_…`, `dunning#card#pm_…#2030-08`,
/// `dunning#trial#sub_…#<unix>`, `dunning#renewal#sub_…#<unix>`, `dunning#recovered#in_…`,
/// `dunning#cancellation#sub_…`, `dunning#setup#seti_…`.
pub fn dunning(subject: &DunningSubject) -> String {
    format!("dunning#{subject}")
}

/// A subscription's cancellation, for the churn report: `churn#sub_…`.
pub fn churn(subscription: &SubscriptionId) -> String {
    format!("churn#{subscription}")
}

/// A customer signal told by `event`: `signal#evt_…`.
pub fn signal(event: &EventId) -> String {
    format!("signal#{event}")
}

/// That `consumer` finished the inbox item of `event`: `finished#<consumer>#<evt_…>`.
pub fn finished(consumer: &str, event: &EventId) -> String {
    format!("finished#{consumer}#{event}")
}

/// A job of the scheduler: `schedule#cart#cs_…#2`.
pub fn schedule(job: &Job) -> String {
    format!("schedule#{job}")
}

/// A caller's idempotency key, hashed: the key is the caller's text, of any shape.
pub fn idempotency(key: &str) -> String {
    format!(
        "idempotency#{}",
        hex::encode(Sha256::digest(key.as_bytes()))
    )
}
