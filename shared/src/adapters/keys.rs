//! Partition keys of the mailer's items in the one table. Hashes, never addresses.
//! Public so the template test can hold each role's key-prefix condition to them.

use crate::recipient::RecipientKey;
use crate::stripe::ids::CheckoutSessionId;

pub fn recipient(recipient: &RecipientKey) -> String {
    format!("recipient#{}", recipient.as_str())
}

pub fn purchase(recipient: &RecipientKey) -> String {
    format!("purchase#{}", recipient.as_str())
}

pub fn suppression(recipient: &RecipientKey) -> String {
    format!("suppression#{}", recipient.as_str())
}

pub fn recovery(session_id: &CheckoutSessionId) -> String {
    format!("recovery#{session_id}")
}
