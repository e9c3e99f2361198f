//! The stored shape of a `dunning#…` item, one reader for both adapters (DynamoDB reads
//! it with serde_dynamo, the file store with serde_json), and the names of its
//! attributes, which the report reads too.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ports::{
    AlertReason, Claim, DunningOutcome, DunningRecord, DunningStep, MailedStep, StoreError,
    UnfinishedStep,
};

pub const RECOVERED: &str = "recovered";
pub const PAID_UNMAILED: &str = "paid_unmailed";
pub const LOST: &str = "lost";
/// The attribute holding when the alert for `reason` went (see `DunningItem::alerted`).
pub fn alerted_attribute(reason: AlertReason) -> &'static str {
    match reason {
        AlertReason::HighValuePaymentFailed => "alerted_at",
        AlertReason::HighValueInvoiceOverdue => "alerted_overdue_at",
        AlertReason::AnnualRenewalFailed => "alerted_annual_at",
        AlertReason::FinalAttemptFailed => "alerted_final_at",
    }
}

/// The phases of a step's attempt (`attempts.<step>.phase`).
pub const CLAIMED: &str = "claimed";
pub const SENDING: &str = "sending";

/// A `dunning#…` item as stored. Attributes the code writes but does not read back
/// (the customer, the last mail's amount) are kept for people and the report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DunningItem {
    #[serde(default)]
    pub steps: BTreeMap<String, StoredStep>,
    /// Each step's attempt in flight: its claim, or its "send started" mark.
    #[serde(default)]
    pub attempts: BTreeMap<String, StoredAttempt>,
    /// The kind of the last mail: set once a step is mailed, so "we mailed about it".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The one lease per subject of items written before leases were per step: its
    /// owner was the step. Read as that step's unfinished send (it may have gone out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease_owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease_until: Option<i64>,
    /// `recovered`, `paid_unmailed` or `lost`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_paid: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovered_after: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_reason: Option<String>,
    /// The high-value failed payment's alert (the first kind of alert, hence the name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alerted_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alerted_overdue_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alerted_annual_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alerted_final_at: Option<i64>,
    /// The first attempt recorded to collect it (`record_attempt`), its month (for the
    /// report), its first failure, and the decline code of its latest failure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempted_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_month: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_code: Option<String>,
    /// When the invoice's first mail was due and its recipient was held out
    /// (`HOLDOUT_PERCENT`): none of its mails that seek payment go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held_out_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// Bumped by every write that changes what a payment is credited to, so that
    /// `record_paid` and `record_lost` write only over what they read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}

/// One step's attempt in flight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredAttempt {
    /// Who claimed it: the event being processed.
    pub owner: String,
    /// The claim's own token.
    pub token: String,
    pub kind: String,
    /// `claimed` (until `until`) or `sending` (since `since`, durable).
    pub phase: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i64>,
}

impl StoredAttempt {
    pub fn sending(&self) -> bool {
        self.phase == SENDING
    }

    /// A claim another owner may not take yet.
    pub fn live_claim(&self, now: i64) -> bool {
        self.phase == CLAIMED && self.until.is_some_and(|until| until > now)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredStep {
    pub kind: String,
    pub message_id: String,
    pub sent_at: i64,
    /// The event that mailed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
}

impl DunningItem {
    pub fn record(&self) -> Result<DunningRecord, StoreError> {
        let corrupt = |what: &str| StoreError::Corrupt(format!("dunning item: {what}"));
        let at = self
            .outcome_at
            .ok_or_else(|| corrupt("outcome without outcome_at"));
        let outcome = match self.outcome.as_deref() {
            None => None,
            Some(RECOVERED) => Some(DunningOutcome::Recovered {
                at: at?,
                amount_paid: self.amount_paid.unwrap_or_default(),
                currency: self.paid_currency.clone().unwrap_or_default(),
                after_kind: self.recovered_after.clone().unwrap_or_default(),
            }),
            Some(PAID_UNMAILED) => Some(DunningOutcome::PaidUnmailed { at: at? }),
            Some(LOST) => Some(DunningOutcome::Lost {
                at: at?,
                reason: self.lost_reason.clone().unwrap_or_default(),
            }),
            Some(other) => return Err(corrupt(&format!("unknown outcome {other:?}"))),
        };
        Ok(DunningRecord {
            steps: self
                .steps
                .iter()
                .map(|(step, stored)| {
                    let mailed = MailedStep {
                        kind: stored.kind.clone(),
                        message_id: stored.message_id.clone(),
                        sent_at: stored.sent_at,
                        event: stored.event.clone(),
                    };
                    (step.clone(), mailed)
                })
                .collect(),
            unfinished: self.unfinished(),
            outcome,
            alerted: AlertReason::ALL
                .into_iter()
                .filter_map(|reason| Some((reason, (*self.alerted(reason))?)))
                .collect(),
            held_out: self.held_out_at.is_some(),
        })
    }

    /// When the alert for `reason` was published: its attribute.
    pub fn alerted(&self, reason: AlertReason) -> &Option<i64> {
        match reason {
            AlertReason::HighValuePaymentFailed => &self.alerted_at,
            AlertReason::HighValueInvoiceOverdue => &self.alerted_overdue_at,
            AlertReason::AnnualRenewalFailed => &self.alerted_annual_at,
            AlertReason::FinalAttemptFailed => &self.alerted_final_at,
        }
    }

    pub fn alerted_mut(&mut self, reason: AlertReason) -> &mut Option<i64> {
        match reason {
            AlertReason::HighValuePaymentFailed => &mut self.alerted_at,
            AlertReason::HighValueInvoiceOverdue => &mut self.alerted_overdue_at,
            AlertReason::AnnualRenewalFailed => &mut self.alerted_annual_at,
            AlertReason::FinalAttemptFailed => &mut self.alerted_final_at,
        }
    }

    /// Steps whose send started and was neither recorded nor released.
    fn unfinished(&self) -> BTreeMap<String, UnfinishedStep> {
        let mut unfinished: BTreeMap<String, UnfinishedStep> = self
            .attempts
            .iter()
            .filter(|(_, attempt)| attempt.sending())
            .map(|(step, attempt)| {
                let started = UnfinishedStep {
                    kind: attempt.kind.clone(),
                    started_at: attempt.since.unwrap_or_default(),
                    event: Some(attempt.owner.clone()),
                };
                (step.clone(), started)
            })
            .collect();
        // An item from before per-step leases: its lease was its step's, kept when the
        // mail may have gone out; a step recorded since is not unfinished.
        if let (Some(step), Some(until)) = (&self.lease_owner, self.lease_until)
            && !self.steps.contains_key(step)
        {
            unfinished
                .entry(step.clone())
                .or_insert_with(|| UnfinishedStep {
                    kind: self.last_kind.clone().unwrap_or_else(|| "unknown".into()),
                    started_at: until - 25 * 3600,
                    event: None,
                });
        }
        unfinished
    }
}

/// Why a step's claim was refused, from the item as read after the refusal: nothing left
/// to send (ended, mailed, or maybe mailed), or another owner's live claim.
pub fn claim_refused(item: &DunningItem, step: &str) -> Claim<DunningStep> {
    let done = item.outcome.is_some()
        || item.steps.contains_key(step)
        || item.attempts.get(step).is_some_and(StoredAttempt::sending);
    if done { Claim::Settled } else { Claim::Busy }
}
