//! The stored shape of a `recovery#<session>` item (a cart's recovery mails, by step, and
//! its conversion), one reader for both adapters and the report.

use serde::{Deserialize, Serialize};

use super::dunning_item::SENDING;
use crate::ports::{SessionMail, SessionMails};

/// Most steps a cart's sequence has (`RECOVERY_STEPS`).
pub const MAX_STEPS: u8 = 3;

/// The attribute of step `n`: `step_1`, `step_2`, `step_3`.
pub fn step_attribute(step: u8) -> String {
    format!("step_{step}")
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_1: Option<StoredCartStep>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_2: Option<StoredCartStep>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step_3: Option<StoredCartStep>,
    /// An item written before sequences: its one mail, as step 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_total: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted_session_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted_amount_total: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted_currency: Option<String>,
    /// When the cart's first mail was due and its recipient was held out
    /// (`HOLDOUT_PERCENT`); no step is mailed then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held_out_at: Option<i64>,
    /// When the session expired, and whether its customer had consented then
    /// (`record_expired`): the cart funnel's first numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expired_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<bool>,
    /// When its recovery link was first opened (`record_click`: the created time of
    /// the session Stripe made from it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clicked_at: Option<i64>,
    /// The month of its expiry, else its first mail or its holdout (`YYYY-MM`): the
    /// report index's key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_month: Option<String>,
    /// The step a conversion is credited to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted_after_step: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
}

/// One step: its "send started" mark (`state = sending`, with the claim's token), or its
/// record (`state = sent`), with the consent that allowed it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredCartStep {
    pub state: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_wording: Option<String>,
}

pub const SENT: &str = "sent";

impl RecoveryItem {
    pub fn step(&self, step: u8) -> Option<&StoredCartStep> {
        match step {
            1 => self.step_1.as_ref(),
            2 => self.step_2.as_ref(),
            3 => self.step_3.as_ref(),
            _ => None,
        }
    }

    pub fn step_mut(&mut self, step: u8) -> Option<&mut Option<StoredCartStep>> {
        match step {
            1 => Some(&mut self.step_1),
            2 => Some(&mut self.step_2),
            3 => Some(&mut self.step_3),
            _ => None,
        }
    }

    pub fn mails(&self) -> SessionMails {
        let mut mails = SessionMails {
            converted: self.converted_session_id.is_some(),
            held_out: self.held_out_at.is_some(),
            ..SessionMails::default()
        };
        if let Some(at) = self.sent_at {
            mails.steps.insert(1, (SessionMail::Mailed, at));
        }
        for n in 1..=MAX_STEPS {
            let Some(step) = self.step(n) else { continue };
            let mail = if step.state == SENDING {
                (SessionMail::MaybeSent, step.started_at.unwrap_or_default())
            } else {
                (SessionMail::Mailed, step.sent_at.unwrap_or_default())
            };
            mails.steps.insert(n, mail);
        }
        mails
    }
}
