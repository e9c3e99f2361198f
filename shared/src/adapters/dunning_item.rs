//! The stored shape of a `dunning#…` item, one reader for both adapters (DynamoDB reads
//! it with serde_dynamo, the file store with serde_json), and the names of its
//! attributes, which the report reads too.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ports::{DunningOutcome, DunningRecord, MailedStep, StoreError};

pub const RECOVERED: &str = "recovered";
pub const PAID_UNMAILED: &str = "paid_unmailed";
pub const LOST: &str = "lost";

/// A `dunning#…` item as stored. Attributes the code writes but does not read back
/// (the customer, the last mail's amount) are kept for people and the report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DunningItem {
    #[serde(default)]
    pub steps: BTreeMap<String, StoredStep>,
    /// The kind of the last mail: set once a step is mailed, so "we mailed about it".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alerted_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredStep {
    pub kind: String,
    pub message_id: String,
    pub sent_at: i64,
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
                    };
                    (step.clone(), mailed)
                })
                .collect(),
            outcome,
            alerted_at: self.alerted_at,
        })
    }
}
