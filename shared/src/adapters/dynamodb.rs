//! The inbox and the mailer's state on DynamoDB: one table, partition key `pk`.

use std::collections::HashMap;
use std::time::Duration;

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::config::timeout::TimeoutConfig;
use aws_sdk_dynamodb::error::DisplayErrorContext;
use aws_sdk_dynamodb::types::{AttributeValue, Put, TransactWriteItem, Update};

use super::dunning_item::{self, DunningItem};
use super::keys;
use super::recovery_item::{self, RecoveryItem};
use crate::inbox::{HandledType, InboxItem};
use crate::mail_events::EventKind;
use crate::ports::{
    AlertReason, AttemptRecorded, CartRecoveryStore, CartStep, ChurnRecord, ChurnStore, Claim,
    Conversion, Converted, CustomerSignal, DunningRecord, DunningStep, DunningStore,
    DunningSubject, Fired, HeldOut, HeldOutInvoice, IdempotencyStore, Inbox, InvoiceAttempt,
    InvoicePaid, Job, JobKind, Journal, Lease, MailEventRecord, MailEventStore, PaymentRecorded,
    RecipientState, RecipientStore, Recorded, Scheduled, Scheduler, SendStart, SentBillingMail,
    SentRecovery, SessionMails, StoreError, StoredChurn,
};
use crate::recipient::RecipientKey;
use crate::stripe::ids::{CheckoutSessionId, EventId, InvoiceId, SubscriptionId};

/// How long one DynamoDB request may take before it is abandoned (and retried by the
/// SDK). Single-item and two-item transactional writes answer in milliseconds; without
/// a bound, a stalled connection would hold the invocation until Lambda's own timeout,
/// which kills it without answering (every record of the batch is then retried). Long
/// enough that a healthy but slow answer is not cut.
pub const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(2);
/// The bound on a call with its retries (three attempts and their backoff): the webhook
/// must still answer Stripe, and a stream batch record the rest, within their Lambda
/// timeouts (10 s and 30 s).
pub const OPERATION_TIMEOUT: Duration = Duration::from_secs(5);

/// A lease's item outlives the lease by this much, so an unfinished claim is still
/// visible to the retry that follows it.
const LEASE_TTL_MARGIN_SECS: i64 = 24 * 3600;
/// A session's "send started" mark is kept as long as a recorded recovery: longer than
/// any replay of its event (the inbox keeps 30 days).
const RECOVERY_MARK_TTL_SECS: i64 = 90 * 24 * 3600;
/// A dunning step's "send started" mark keeps its item as long as billing recovery keeps
/// a recorded one (for the report): 400 days.
const DUNNING_MARK_TTL_SECS: i64 = 400 * 24 * 3600;

#[derive(Debug, Clone)]
pub struct DynamoStore {
    client: Client,
    table: String,
}

impl DynamoStore {
    pub fn new(client: Client, table: impl Into<String>) -> Self {
        Self {
            client,
            table: table.into(),
        }
    }

    /// A client from the standard AWS configuration chain (region, credentials and the
    /// `AWS_ENDPOINT_URL` override), loaded once at init, each call bounded by
    /// `ATTEMPT_TIMEOUT` and `OPERATION_TIMEOUT` (the SDK's standard retries stay on).
    pub fn from_sdk_config(config: &aws_config::SdkConfig, table: impl Into<String>) -> Self {
        let config = aws_sdk_dynamodb::config::Builder::from(config)
            .timeout_config(
                TimeoutConfig::builder()
                    .operation_attempt_timeout(ATTEMPT_TIMEOUT)
                    .operation_timeout(OPERATION_TIMEOUT)
                    .build(),
            )
            .build();
        Self::new(Client::from_conf(config), table)
    }
}

fn unavailable<E: std::error::Error>(err: E) -> StoreError {
    StoreError::Unavailable(DisplayErrorContext(err).to_string())
}

impl Inbox for DynamoStore {
    async fn record_new(&self, item: &InboxItem) -> Result<Recorded, StoreError> {
        let attributes = serde_dynamo::aws_sdk_dynamodb_1::to_item(item)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(attributes))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await;
        match result {
            Ok(_) => Ok(Recorded::New),
            Err(err) => match err.into_service_error() {
                e if e.is_conditional_check_failed_exception() => Ok(Recorded::Duplicate),
                e => Err(unavailable(e)),
            },
        }
    }

    async fn event(&self, event_id: &EventId) -> Result<Option<InboxItem>, StoreError> {
        let output = self
            .client
            .get_item()
            .table_name(&self.table)
            .key("pk", s(InboxItem::key(event_id)))
            .consistent_read(true)
            .send()
            .await
            .map_err(unavailable)?;
        output
            .item
            .map(|item| {
                serde_dynamo::aws_sdk_dynamodb_1::from_item(item)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))
            })
            .transpose()
    }
}

impl DynamoStore {
    /// Every inbox item of one of `types` that intake recorded from `from` to `to` (unix
    /// seconds, both included), ordered by `received_at`, then key. A Scan of the whole
    /// table, for operations (the dead-letter replay), never on a function's path; it
    /// needs `dynamodb:Scan`, which no function has.
    pub async fn inbox_items_received_between(
        &self,
        from: i64,
        to: i64,
        types: &[HandledType],
    ) -> Result<Vec<InboxItem>, StoreError> {
        if types.is_empty() || from > to {
            return Ok(Vec::new());
        }
        let type_names: Vec<String> = (0..types.len()).map(|i| format!(":type{i}")).collect();
        let filter = format!(
            "begins_with(pk, :event) AND received_at BETWEEN :from AND :to AND #type IN ({})",
            type_names.join(", ")
        );
        let mut values = HashMap::from([
            (":event".to_owned(), s("event#")),
            (":from".to_owned(), n(from)),
            (":to".to_owned(), n(to)),
        ]);
        for (name, handled) in type_names.into_iter().zip(types) {
            values.insert(name, s(handled.as_str()));
        }
        let mut items = Vec::new();
        let mut start = None;
        loop {
            let page = self
                .client
                .scan()
                .table_name(&self.table)
                .consistent_read(true)
                .filter_expression(&filter)
                .expression_attribute_names("#type", "type")
                .set_expression_attribute_values(Some(values.clone()))
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(unavailable)?;
            for item in page.items.unwrap_or_default() {
                let pk = string(&item, "pk").unwrap_or("(no pk)").to_owned();
                let item: InboxItem = serde_dynamo::aws_sdk_dynamodb_1::from_item(item)
                    .map_err(|e| StoreError::Corrupt(format!("{pk}: {e}")))?;
                items.push(item);
            }
            start = page.last_evaluated_key.filter(|key| !key.is_empty());
            if start.is_none() {
                break;
            }
        }
        items.sort_by(|a, b| (a.received_at, &a.pk).cmp(&(b.received_at, &b.pk)));
        Ok(items)
    }
}

fn s(value: impl Into<String>) -> AttributeValue {
    AttributeValue::S(value.into())
}

fn n(value: i64) -> AttributeValue {
    AttributeValue::N(value.to_string())
}

fn number(item: &HashMap<String, AttributeValue>, name: &str) -> Option<i64> {
    item.get(name)
        .and_then(|v| v.as_n().ok())
        .and_then(|v| v.parse().ok())
}

fn string<'a>(item: &'a HashMap<String, AttributeValue>, name: &str) -> Option<&'a str> {
    item.get(name)
        .and_then(|v| v.as_s().ok())
        .map(String::as_str)
}

/// A transaction cancelled only because a condition failed (not a conflict, throttling
/// or an error: those are `Unavailable`, and retried).
fn is_condition_cancellation<R>(
    err: &aws_sdk_dynamodb::error::SdkError<
        aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError,
        R,
    >,
) -> bool {
    use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
    match err.as_service_error() {
        Some(TransactWriteItemsError::TransactionCanceledException(cancelled)) => {
            let reasons = cancelled.cancellation_reasons();
            reasons
                .iter()
                .any(|r| r.code() == Some("ConditionalCheckFailed"))
                && reasons
                    .iter()
                    .all(|r| matches!(r.code(), None | Some("None" | "ConditionalCheckFailed")))
        }
        _ => false,
    }
}

fn is_conditional_failure<E, R>(err: &aws_sdk_dynamodb::error::SdkError<E, R>) -> bool
where
    E: aws_sdk_dynamodb::error::ProvideErrorMetadata,
{
    err.as_service_error()
        .and_then(|e| e.code())
        .is_some_and(|code| code == "ConditionalCheckFailedException")
}

/// For writes whose failed condition means "nothing to do": only a real error is one.
fn done_unless_unavailable<T, E, R>(
    result: Result<T, aws_sdk_dynamodb::error::SdkError<E, R>>,
) -> Result<(), StoreError>
where
    E: aws_sdk_dynamodb::error::ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug,
{
    match result {
        Ok(_) => Ok(()),
        Err(err) if is_conditional_failure(&err) => Ok(()),
        Err(err) => Err(unavailable(err)),
    }
}

impl DynamoStore {
    async fn get(&self, pk: String) -> Result<Option<HashMap<String, AttributeValue>>, StoreError> {
        Ok(self
            .client
            .get_item()
            .table_name(&self.table)
            .key("pk", s(pk))
            .consistent_read(true)
            .send()
            .await
            .map_err(unavailable)?
            .item)
    }
}

impl RecipientStore for DynamoStore {
    async fn recipient_state(
        &self,
        recipient: &RecipientKey,
    ) -> Result<RecipientState, StoreError> {
        let (mailed, suppression) = tokio::try_join!(
            self.get(keys::recipient(recipient)),
            self.get(keys::suppression(recipient)),
        )?;
        Ok(RecipientState {
            suppressed: suppression.is_some(),
            hard_bounced: hard_bounced(suppression.as_ref()),
            last_mailed_at: mailed.as_ref().and_then(|i| number(i, "last_mailed_at")),
            last_session: mailed
                .as_ref()
                .and_then(|i| string(i, "last_session_id"))
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
        })
    }

    async fn hard_bounced(&self, recipient: &RecipientKey) -> Result<bool, StoreError> {
        // The suppression item alone: the billing mailer may read no other.
        let suppression = self.get(keys::suppression(recipient)).await?;
        Ok(hard_bounced(suppression.as_ref()))
    }

    async fn suppress(&self, recipient: &RecipientKey) -> Result<(), StoreError> {
        // An update, not a put: what the item says already (a hard bounce) stays.
        self.client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::suppression(recipient)))
            .update_expression("SET suppressed_by = if_not_exists(suppressed_by, :by)")
            .expression_attribute_values(":by", s("unsubscribe"))
            .send()
            .await
            .map_err(unavailable)?;
        Ok(())
    }
}

/// Whether a suppression item marks the address as bouncing for good.
fn hard_bounced(suppression: Option<&HashMap<String, AttributeValue>>) -> bool {
    suppression
        .and_then(|item| item.get("hard_bounced"))
        .is_some_and(|v| v.as_bool() == Ok(&true))
}

impl MailEventStore for DynamoStore {
    async fn suppress_for(
        &self,
        recipient: &RecipientKey,
        reason: EventKind,
        hard_bounced: bool,
        at: i64,
    ) -> Result<(), StoreError> {
        let mut set = String::from(
            "SET suppressed_by = if_not_exists(suppressed_by, :by), \
             suppressed_at = if_not_exists(suppressed_at, :at)",
        );
        let mut update = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::suppression(recipient)))
            .expression_attribute_values(":by", s(reason.as_str()))
            .expression_attribute_values(":at", n(at));
        if hard_bounced {
            set.push_str(", hard_bounced = :true");
            update = update.expression_attribute_values(":true", AttributeValue::Bool(true));
        }
        update
            .update_expression(set)
            .send()
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    async fn record_mail_event(
        &self,
        event: &MailEventRecord<'_>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        let pk = keys::mail_event(event.id, event.recipient);
        // As `write_if_unchanged`'s: an SDK retry of a put whose answer was lost finds its
        // own write by this token, and counts it as the first.
        let writer = format!("{:016x}", fastrand::u64(..));
        let mut put = self
            .client
            .put_item()
            .table_name(&self.table)
            .item("pk", s(pk.as_str()))
            .item("last_writer", s(writer.as_str()))
            .item("mail_event", s(event.event.as_str()))
            .item("flow", s(event.flow))
            .item("kind", s(event.kind))
            .item("at", n(event.at))
            .item("report_month", s(crate::time::month(event.at)))
            .item("ttl", n(ttl))
            .condition_expression("attribute_not_exists(pk)");
        if let Some(step) = event.step {
            put = put.item("step", s(step));
        }
        match put.send().await {
            Ok(_) => Ok(true),
            Err(err) if is_conditional_failure(&err) => {
                let now = self.get(pk).await?;
                Ok(now.as_ref().and_then(|item| item.get("last_writer")) == Some(&s(writer)))
            }
            Err(err) => Err(unavailable(err)),
        }
    }
}

impl DynamoStore {
    async fn recovery_item(
        &self,
        session: &CheckoutSessionId,
    ) -> Result<Option<RecoveryItem>, StoreError> {
        self.get(keys::recovery(session))
            .await?
            .map(|item| {
                serde_dynamo::aws_sdk_dynamodb_1::from_item(item)
                    .map_err(|e| StoreError::Corrupt(format!("recovery#{session}: {e}")))
            })
            .transpose()
    }
}

/// A step's consent proof, as the step's record keeps it.
fn consent_values(sent: &SentRecovery<'_>, step: &mut HashMap<String, AttributeValue>) {
    if let Some(consent) = &sent.consent {
        step.insert("consent_source".into(), s(consent.source));
        step.insert("consent_at".into(), n(consent.at));
        if let Some(wording) = consent.wording {
            step.insert("consent_wording".into(), s(wording));
        }
    }
}

impl CartRecoveryStore for DynamoStore {
    async fn session_mails(&self, session: &CheckoutSessionId) -> Result<SessionMails, StoreError> {
        Ok(self
            .recovery_item(session)
            .await?
            .map(|item| item.mails())
            .unwrap_or_default())
    }

    async fn last_purchase_at(&self, recipient: &RecipientKey) -> Result<Option<i64>, StoreError> {
        let purchase = self.get(keys::purchase(recipient)).await?;
        Ok(purchase
            .as_ref()
            .and_then(|i| number(i, "last_purchase_at")))
    }

    async fn claim(
        &self,
        step: &CartStep,
        now: i64,
        claim_until: i64,
        mailed_before: i64,
    ) -> Result<Claim<CartStep>, StoreError> {
        let token = Lease::<CartStep>::new_token();
        let owner = step.to_string();
        let result = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::recipient(&step.recipient)))
            // The cooldown as it was, for a release to put back (0: never mailed).
            .update_expression(
                "SET lease_owner = :owner, lease_until = :until, lease_token = :token, \
                 lease_phase = :claimed, lease_prior_mailed_at = if_not_exists(last_mailed_at, :never), \
                 lease_prior_session = if_not_exists(last_session_id, :nobody), \
                 #ttl = if_not_exists(#ttl, :ttl)",
            )
            // Free: not mailed about another cart within the cooldown (a cart's own steps
            // keep their spacing), and no live claim but this step's own that never
            // started sending. Another cart's "send started" has moved `last_mailed_at`
            // to its start, so the cooldown holds it off.
            .condition_expression(
                "(attribute_not_exists(last_mailed_at) OR last_mailed_at <= :mailed_before \
                      OR last_session_id = :session) \
                 AND (attribute_not_exists(lease_owner) OR lease_until <= :now \
                      OR (lease_phase = :sending AND lease_owner <> :owner) \
                      OR (lease_phase = :claimed AND lease_owner = :owner))",
            )
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":owner", s(&owner))
            .expression_attribute_values(":session", s(step.session.as_str()))
            .expression_attribute_values(":until", n(claim_until))
            .expression_attribute_values(":token", s(&token))
            .expression_attribute_values(":claimed", s(dunning_item::CLAIMED))
            .expression_attribute_values(":sending", s(dunning_item::SENDING))
            .expression_attribute_values(":never", n(0))
            .expression_attribute_values(":nobody", s(""))
            .expression_attribute_values(":ttl", n(claim_until + LEASE_TTL_MARGIN_SECS))
            .expression_attribute_values(":mailed_before", n(mailed_before))
            .expression_attribute_values(":now", n(now))
            .send()
            .await;
        match result {
            Ok(_) => Ok(Claim::Claimed(Lease::new(step.clone(), &owner, token))),
            Err(err) if is_conditional_failure(&err) => {
                let item = self
                    .get(keys::recipient(&step.recipient))
                    .await?
                    .unwrap_or_default();
                let other_cart = string(&item, "last_session_id") != Some(step.session.as_str());
                let cooling = other_cart
                    && number(&item, "last_mailed_at").is_some_and(|at| at > mailed_before);
                Ok(if cooling { Claim::Settled } else { Claim::Busy })
            }
            Err(err) => Err(unavailable(err)),
        }
    }

    async fn start_send(&self, lease: &Lease<CartStep>, now: i64) -> Result<SendStart, StoreError> {
        let step = lease.subject();
        let recipient = Update::builder()
            .table_name(&self.table)
            .key("pk", s(keys::recipient(&step.recipient)))
            // Kept as long as the session's mark: a maybe-sent mail's cooldown must not
            // expire with a claim's short-lived item.
            .update_expression(
                "SET lease_phase = :sending, last_mailed_at = :now, last_session_id = :session, \
                 #ttl = :ttl",
            )
            .condition_expression("lease_token = :token")
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":sending", s(dunning_item::SENDING))
            .expression_attribute_values(":now", n(now))
            .expression_attribute_values(":session", s(step.session.as_str()))
            .expression_attribute_values(":ttl", n(now + RECOVERY_MARK_TTL_SECS))
            .expression_attribute_values(":token", s(lease.token()))
            .build()
            .map_err(unavailable)?;
        // The step's own mark: once written, this step is never mailed again unless this
        // very lease releases it.
        let mark = AttributeValue::M(HashMap::from([
            ("state".to_owned(), s(dunning_item::SENDING)),
            ("token".to_owned(), s(lease.token())),
            ("started_at".to_owned(), n(now)),
        ]));
        let session = Update::builder()
            .table_name(&self.table)
            .key("pk", s(keys::recovery(&step.session)))
            // In the report index from its first send's month on.
            .update_expression(
                "SET #step = :mark, recipient = :recipient, #ttl = :ttl, \
                 report_month = if_not_exists(report_month, :month)",
            )
            .condition_expression("attribute_not_exists(#step) OR #step.#token = :token")
            .expression_attribute_values(":month", s(crate::time::month(now)))
            .expression_attribute_names("#step", recovery_item::step_attribute(step.step))
            .expression_attribute_names("#token", "token")
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":mark", mark)
            .expression_attribute_values(":recipient", s(step.recipient.as_str()))
            .expression_attribute_values(":ttl", n(now + RECOVERY_MARK_TTL_SECS))
            .expression_attribute_values(":token", s(lease.token()))
            .build()
            .map_err(unavailable)?;
        let result = self
            .client
            .transact_write_items()
            .transact_items(TransactWriteItem::builder().update(recipient).build())
            .transact_items(TransactWriteItem::builder().update(session).build())
            .send()
            .await;
        match result {
            Ok(_) => Ok(SendStart::Started),
            Err(err) if is_condition_cancellation(&err) => Ok(SendStart::Superseded),
            Err(err) => Err(unavailable(err)),
        }
    }

    async fn release(&self, lease: &Lease<CartStep>) -> Result<(), StoreError> {
        let step = lease.subject();
        // Two idempotent writes, each only over this lease's own marks: the step's "send
        // started" first (what makes the step sendable again), then the recipient's
        // cooldown back to what it was.
        let session = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::recovery(&step.session)))
            .update_expression("REMOVE #step")
            .condition_expression("#step.#state = :sending AND #step.#token = :token")
            .expression_attribute_names("#step", recovery_item::step_attribute(step.step))
            .expression_attribute_names("#state", "state")
            .expression_attribute_names("#token", "token")
            .expression_attribute_values(":sending", s(dunning_item::SENDING))
            .expression_attribute_values(":token", s(lease.token()))
            .send()
            .await;
        done_unless_unavailable(session)?;
        let recipient = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::recipient(&step.recipient)))
            .update_expression(
                "SET last_mailed_at = lease_prior_mailed_at, last_session_id = lease_prior_session \
                 REMOVE lease_owner, lease_until, lease_token, lease_phase, lease_prior_mailed_at, \
                 lease_prior_session",
            )
            .condition_expression("lease_token = :token")
            .expression_attribute_values(":token", s(lease.token()))
            .send()
            .await;
        done_unless_unavailable(recipient)
    }

    async fn record_sent(
        &self,
        lease: &Lease<CartStep>,
        sent: &SentRecovery<'_>,
        recipient_ttl: i64,
        recovery_ttl: i64,
    ) -> Result<(), StoreError> {
        let step = lease.subject();
        let mailed = Update::builder()
            .table_name(&self.table)
            .key("pk", s(keys::recipient(&step.recipient)))
            .update_expression(
                "SET last_mailed_at = :at, last_session_id = :session, \
                 last_message_id = :message, #ttl = :ttl \
                 REMOVE lease_owner, lease_until, lease_token, lease_phase, lease_prior_mailed_at, \
                 lease_prior_session",
            )
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":at", n(sent.sent_at))
            .expression_attribute_values(":session", s(step.session.as_str()))
            .expression_attribute_values(":message", s(sent.message_id))
            .expression_attribute_values(":ttl", n(recipient_ttl))
            .build()
            .map_err(unavailable)?;
        let mut record = HashMap::from([
            ("state".to_owned(), s(recovery_item::SENT)),
            ("message_id".to_owned(), s(sent.message_id)),
            ("sent_at".to_owned(), n(sent.sent_at)),
        ]);
        consent_values(sent, &mut record);
        // In the report index from its first mail's month on.
        let mut set = "SET #step = :record, recipient = :recipient, #ttl = :ttl, \
                       report_month = if_not_exists(report_month, :month)"
            .to_owned();
        let mut session = Update::builder()
            .table_name(&self.table)
            .key("pk", s(keys::recovery(&step.session)))
            .expression_attribute_names("#step", recovery_item::step_attribute(step.step))
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":month", s(crate::time::month(sent.sent_at)))
            .expression_attribute_values(":record", AttributeValue::M(record))
            .expression_attribute_values(":recipient", s(step.recipient.as_str()))
            .expression_attribute_values(":ttl", n(recovery_ttl));
        // The cart's amount, from its first mail on.
        if let Some(amount) = sent.amount_total {
            set.push_str(", amount_total = if_not_exists(amount_total, :amount)");
            session = session.expression_attribute_values(":amount", n(amount));
        }
        if let Some(currency) = sent.currency {
            set.push_str(", currency = if_not_exists(currency, :currency)");
            session = session.expression_attribute_values(":currency", s(currency));
        }
        let session = session
            .update_expression(set)
            .build()
            .map_err(unavailable)?;
        self.client
            .transact_write_items()
            .transact_items(TransactWriteItem::builder().update(mailed).build())
            .transact_items(TransactWriteItem::builder().update(session).build())
            .send()
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    async fn record_purchase(
        &self,
        recipient: &RecipientKey,
        at: i64,
        ttl: i64,
    ) -> Result<(), StoreError> {
        let result = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::purchase(recipient)))
            .update_expression("SET last_purchase_at = :at, #ttl = :ttl")
            .condition_expression(
                "attribute_not_exists(last_purchase_at) OR last_purchase_at < :at",
            )
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":at", n(at))
            .expression_attribute_values(":ttl", n(ttl))
            .send()
            .await;
        // A failed condition: a later purchase is already recorded; keep it.
        done_unless_unavailable(result)
    }

    async fn record_click(
        &self,
        recovered_from: &CheckoutSessionId,
        at: i64,
    ) -> Result<bool, StoreError> {
        let update = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::recovery(recovered_from)))
            .condition_expression("attribute_exists(pk)")
            .update_expression("SET clicked_at = if_not_exists(clicked_at, :at)")
            .expression_attribute_values(":at", n(at));
        match update.send().await {
            Ok(_) => Ok(true),
            Err(err) if is_conditional_failure(&err) => Ok(false),
            Err(err) => Err(unavailable(err)),
        }
    }

    async fn record_expired(
        &self,
        session: &CheckoutSessionId,
        expired_at: i64,
        consent: bool,
        ttl: i64,
    ) -> Result<(), StoreError> {
        self.client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::recovery(session)))
            .update_expression(
                "SET expired_at = if_not_exists(expired_at, :at), \
                 consent = if_not_exists(consent, :consent), \
                 report_month = if_not_exists(report_month, :month), \
                 #ttl = if_not_exists(#ttl, :ttl)",
            )
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":at", n(expired_at))
            .expression_attribute_values(":consent", AttributeValue::Bool(consent))
            .expression_attribute_values(":month", s(crate::time::month(expired_at)))
            .expression_attribute_values(":ttl", n(ttl))
            .send()
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    async fn record_held_out(
        &self,
        session: &CheckoutSessionId,
        held_out: &HeldOut<'_>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        let mut update = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::recovery(session)))
            // Never beside a mail: a step mailed or started keeps the cart in the
            // mailed group.
            .condition_expression("attribute_not_exists(step_1) AND attribute_not_exists(sent_at)")
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":at", n(held_out.at))
            .expression_attribute_values(":ttl", n(ttl));
        let mut set = "SET held_out_at = if_not_exists(held_out_at, :at), \
                       #ttl = if_not_exists(#ttl, :ttl), \
                       report_month = if_not_exists(report_month, :month)"
            .to_owned();
        update = update.expression_attribute_values(":month", s(crate::time::month(held_out.at)));
        if let Some(amount) = held_out.amount_total {
            set.push_str(", amount_total = if_not_exists(amount_total, :amount)");
            update = update.expression_attribute_values(":amount", n(amount));
        }
        if let Some(currency) = held_out.currency {
            set.push_str(", currency = if_not_exists(currency, :currency)");
            update = update.expression_attribute_values(":currency", s(currency));
        }
        match update.update_expression(set).send().await {
            Ok(_) => Ok(true),
            Err(err) if is_conditional_failure(&err) => Ok(false),
            Err(err) => Err(unavailable(err)),
        }
    }

    async fn record_conversion(&self, converted: &Converted<'_>) -> Result<Conversion, StoreError> {
        let Some(item) = self.recovery_item(converted.recovered_from).await? else {
            return Ok(Conversion::NotMailed);
        };
        if item.converted_session_id.is_some() {
            return Ok(Conversion::AlreadyRecorded);
        }
        let mails = item.mails();
        let step = match (mails.last_step(), mails.held_out) {
            (Some(step), _) => Some(step),
            (None, true) => None,
            (None, false) => return Ok(Conversion::NotMailed),
        };
        // Credited to the last step mailed before it; a step that starts now (it cannot:
        // the purchase came from a mail's link) would not change that.
        let mut update = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::recovery(converted.recovered_from)))
            .condition_expression("attribute_not_exists(converted_session_id)")
            .expression_attribute_values(":session", s(converted.session_id.as_str()))
            .expression_attribute_values(":at", n(converted.at));
        let mut set = "SET converted_session_id = :session, converted_at = :at".to_owned();
        if let Some(step) = step {
            set.push_str(", converted_after_step = :step");
            update = update.expression_attribute_values(":step", n(i64::from(step)));
        }
        if let Some(amount) = converted.amount_total {
            set.push_str(", converted_amount_total = :amount");
            update = update.expression_attribute_values(":amount", n(amount));
        }
        if let Some(currency) = converted.currency {
            set.push_str(", converted_currency = :currency");
            update = update.expression_attribute_values(":currency", s(currency));
        }
        match update.update_expression(set).send().await {
            Ok(_) => Ok(step.map_or(Conversion::HeldOut, |step| Conversion::Recorded { step })),
            Err(err) if is_conditional_failure(&err) => Ok(Conversion::AlreadyRecorded),
            Err(err) => Err(unavailable(err)),
        }
    }
}

/// The table's sparse index of what the recovery report reads: partition `report_month`
/// (`YYYY-MM`, UTC), sort `pk`. Only the report's records carry the attribute: a
/// subscription invoice's `dunning#in_…` (the month of its first attempt recorded), a
/// cart's `recovery#cs_…` (its expiry, else its first mail or its holdout), a
/// `churn#sub_…` (the month it cancelled), a `signal#evt_…` (when it happened). A month's report is a Query of its partition, never a Scan of the
/// inbox.
pub const REPORT_INDEX: &str = "report";

/// The table's sparse index of pending jobs: partition `due_shard` (one value, `due`, set
/// while a job is pending), sort `due_at`. Firing or cancelling removes `due_shard`, which
/// takes the job out of the index.
pub const DUE_INDEX: &str = "due";
const DUE_SHARD: &str = "due";
/// A job's item outlives its time by this much (for people reading the table).
const SCHEDULE_TTL_MARGIN_SECS: i64 = 30 * 24 * 3600;

fn job_of(item: &HashMap<String, AttributeValue>) -> Result<Job, StoreError> {
    let corrupt = || StoreError::Corrupt(format!("a schedule item: {:?}", string(item, "pk")));
    let kind = string(item, "job_kind")
        .and_then(JobKind::parse)
        .ok_or_else(corrupt)?;
    let step = number(item, "step")
        .and_then(|n| u8::try_from(n).ok())
        .ok_or_else(corrupt)?;
    string(item, kind.id_attribute())
        .and_then(|id| Job::from_parts(kind, id, step))
        .ok_or_else(corrupt)
}

impl Scheduler for DynamoStore {
    async fn schedule(&self, scheduled: &Scheduled) -> Result<(), StoreError> {
        let mut item = HashMap::from([
            ("pk".to_owned(), s(keys::schedule(&scheduled.job))),
            ("due_shard".to_owned(), s(DUE_SHARD)),
            ("due_at".to_owned(), n(scheduled.due_at)),
            ("payload".to_owned(), s(&scheduled.payload)),
            ("state".to_owned(), s("pending")),
            (
                "ttl".to_owned(),
                n(scheduled.due_at + SCHEDULE_TTL_MARGIN_SECS),
            ),
        ]);
        let (kind, id, step) = scheduled.job.parts();
        item.insert("job_kind".into(), s(kind.as_str()));
        item.insert(kind.id_attribute().into(), s(id));
        item.insert("step".into(), n(i64::from(step)));
        let result = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(item))
            .condition_expression("attribute_not_exists(pk)")
            .send()
            .await;
        // A failed condition: scheduled before (or fired, or cancelled): the first stands.
        done_unless_unavailable(result)
    }

    async fn cancel(&self, job: &Job, now: i64) -> Result<bool, StoreError> {
        let result = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::schedule(job)))
            .update_expression("SET #state = :cancelled, cancelled_at = :now REMOVE due_shard")
            .condition_expression("attribute_exists(due_shard)")
            .expression_attribute_names("#state", "state")
            .expression_attribute_values(":cancelled", s("cancelled"))
            .expression_attribute_values(":now", n(now))
            .send()
            .await;
        match result {
            Ok(_) => Ok(true),
            Err(err) if is_conditional_failure(&err) => Ok(false),
            Err(err) => Err(unavailable(err)),
        }
    }

    async fn due(&self, now: i64, limit: usize) -> Result<Vec<Scheduled>, StoreError> {
        let page = self
            .client
            .query()
            .table_name(&self.table)
            .index_name(DUE_INDEX)
            .key_condition_expression("due_shard = :due AND due_at <= :now")
            .expression_attribute_values(":due", s(DUE_SHARD))
            .expression_attribute_values(":now", n(now))
            .scan_index_forward(true)
            .limit(i32::try_from(limit).unwrap_or(i32::MAX))
            .send()
            .await
            .map_err(unavailable)?;
        page.items
            .unwrap_or_default()
            .iter()
            .map(|item| {
                Ok(Scheduled {
                    job: job_of(item)?,
                    due_at: number(item, "due_at").unwrap_or_default(),
                    payload: string(item, "payload").unwrap_or("{}").to_owned(),
                })
            })
            .collect()
    }

    async fn fire(&self, scheduled: &Scheduled, now: i64) -> Result<Fired, StoreError> {
        let job = Update::builder()
            .table_name(&self.table)
            .key("pk", s(keys::schedule(&scheduled.job)))
            .update_expression("SET #state = :fired, fired_at = :now REMOVE due_shard")
            .condition_expression("attribute_exists(due_shard)")
            .expression_attribute_names("#state", "state")
            .expression_attribute_values(":fired", s("fired"))
            .expression_attribute_values(":now", n(now))
            .build()
            .map_err(unavailable)?;
        let item = serde_dynamo::aws_sdk_dynamodb_1::to_item(scheduled.inbox_item(now))
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let inbox = Put::builder()
            .table_name(&self.table)
            .set_item(Some(item))
            .condition_expression("attribute_not_exists(pk)")
            .build()
            .map_err(unavailable)?;
        // A token of this call's own: the SDK's retry of an attempt whose answer was lost
        // (its 2 s attempt timeout) is then the same transaction to DynamoDB, which
        // answers success again instead of failing its conditions, so a firing is not
        // reported as another sweep's. Another sweep's call has its own token.
        let token = format!("fire-{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..));
        let result = self
            .client
            .transact_write_items()
            .client_request_token(token)
            .transact_items(TransactWriteItem::builder().update(job).build())
            .transact_items(TransactWriteItem::builder().put(inbox).build())
            .send()
            .await;
        match result {
            Ok(_) => Ok(Fired::Now),
            Err(err) if is_condition_cancellation(&err) => Ok(Fired::Already),
            Err(err) => Err(unavailable(err)),
        }
    }
}

impl IdempotencyStore for DynamoStore {
    async fn first_seen(&self, key: &str, now: i64, ttl: i64) -> Result<i64, StoreError> {
        let output = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::idempotency(key)))
            .update_expression(
                "SET first_seen = if_not_exists(first_seen, :now), #ttl = if_not_exists(#ttl, :ttl)",
            )
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":now", n(now))
            .expression_attribute_values(":ttl", n(ttl))
            .return_values(aws_sdk_dynamodb::types::ReturnValue::AllNew)
            .send()
            .await
            .map_err(unavailable)?;
        output
            .attributes
            .as_ref()
            .and_then(|item| number(item, "first_seen"))
            .ok_or_else(|| StoreError::Corrupt("idempotency item without first_seen".into()))
    }
}

impl DynamoStore {
    /// The dunning item under `pk`, as stored (default when absent).
    async fn dunning_item(&self, pk: &str) -> Result<Option<DunningItem>, StoreError> {
        self.get(pk.to_owned())
            .await?
            .map(|item| {
                serde_dynamo::aws_sdk_dynamodb_1::from_item(item)
                    .map_err(|e| StoreError::Corrupt(format!("{pk}: {e}")))
            })
            .transpose()
    }

    /// Gives an item the maps a step's claim writes into (a new subject, or an item from
    /// before per-step attempts). Idempotent.
    async fn ensure_dunning_maps(&self, pk: &str, ttl: i64) -> Result<(), StoreError> {
        self.client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(pk))
            .update_expression(
                "SET attempts = if_not_exists(attempts, :empty), \
                 steps = if_not_exists(steps, :empty), #ttl = if_not_exists(#ttl, :ttl)",
            )
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":empty", AttributeValue::M(HashMap::new()))
            .expression_attribute_values(":ttl", n(ttl))
            .send()
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    /// Writes `update` to the dunning item `pk` only if it is still at `version` (as read),
    /// bumping it. `false`: it changed since (read again).
    async fn write_if_unchanged(
        &self,
        pk: &str,
        read: Option<&DunningItem>,
        set: &str,
        values: HashMap<String, AttributeValue>,
    ) -> Result<bool, StoreError> {
        let (condition, mut values) = match read.map(|item| item.version) {
            None => ("attribute_not_exists(pk)".to_owned(), values),
            Some(None) => ("attribute_not_exists(version)".to_owned(), values),
            Some(Some(version)) => {
                let mut values = values;
                values.insert(":version".into(), n(version));
                ("version = :version".to_owned(), values)
            }
        };
        values.insert(":one".into(), n(1));
        // Who wrote this version: when the SDK retries a write whose answer was lost
        // (a timeout after DynamoDB applied it), the retry's condition fails on our own
        // write, and only this tells it from another writer's.
        let writer = format!("{:016x}", fastrand::u64(..));
        values.insert(":writer".into(), s(writer.as_str()));
        let mut names = HashMap::from([("#writer".to_owned(), "last_writer".to_owned())]);
        if set.contains("#ttl") {
            names.insert("#ttl".to_owned(), "ttl".to_owned());
        }
        let result = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(pk))
            .update_expression(format!("{set}, #writer = :writer ADD version :one"))
            .condition_expression(condition)
            .set_expression_attribute_names(Some(names))
            .set_expression_attribute_values(Some(values))
            .send()
            .await;
        match result {
            Ok(_) => Ok(true),
            Err(err) if is_conditional_failure(&err) => {
                let now = self.get(pk.to_owned()).await?;
                let ours = now.as_ref().and_then(|item| item.get("last_writer"))
                    == Some(&s(writer.as_str()));
                Ok(ours)
            }
            Err(err) => Err(unavailable(err)),
        }
    }
}

/// How often `record_paid` and `record_lost` read and write again when the item changed
/// in between: each round loses only to a step's claim, start or record, which are few.
const VERSIONED_ROUNDS: usize = 8;

impl DunningStore for DynamoStore {
    async fn dunning_record(&self, subject: &DunningSubject) -> Result<DunningRecord, StoreError> {
        match self.dunning_item(&keys::dunning(subject)).await? {
            Some(item) => item.record(),
            None => Ok(DunningRecord::default()),
        }
    }

    async fn claim_step(
        &self,
        step: &DunningStep,
        kind: &str,
        owner: &str,
        now: i64,
        claim_until: i64,
    ) -> Result<Claim<DunningStep>, StoreError> {
        let pk = keys::dunning(&step.subject);
        let token = Lease::<DunningStep>::new_token();
        let attempt = AttributeValue::M(HashMap::from([
            ("owner".to_owned(), s(owner)),
            ("token".to_owned(), s(&token)),
            ("kind".to_owned(), s(kind)),
            ("phase".to_owned(), s(dunning_item::CLAIMED)),
            ("until".to_owned(), n(claim_until)),
        ]));
        for _ in 0..2 {
            let result = self
                .client
                .update_item()
                .table_name(&self.table)
                .key("pk", s(&pk))
                .update_expression("SET attempts.#step = :attempt ADD version :one")
                // Only this step's own state matters: other steps never block it.
                .condition_expression(
                    "attribute_exists(attempts) AND attribute_not_exists(outcome) \
                     AND attribute_not_exists(steps.#step) \
                     AND (attribute_not_exists(attempts.#step) \
                          OR (attempts.#step.#phase = :claimed \
                              AND (attempts.#step.#until <= :now OR attempts.#step.#owner = :owner)))",
                )
                .expression_attribute_names("#step", &step.step)
                .expression_attribute_names("#phase", "phase")
                .expression_attribute_names("#until", "until")
                .expression_attribute_names("#owner", "owner")
                .expression_attribute_values(":attempt", attempt.clone())
                .expression_attribute_values(":claimed", s(dunning_item::CLAIMED))
                .expression_attribute_values(":now", n(now))
                .expression_attribute_values(":owner", s(owner))
                .expression_attribute_values(":one", n(1))
                .send()
                .await;
            match result {
                Ok(_) => return Ok(Claim::Claimed(Lease::new(step.clone(), owner, token))),
                Err(err) if is_conditional_failure(&err) => {}
                Err(err) => return Err(unavailable(err)),
            }
            // The condition failed: a new subject (or an item from before per-step
            // attempts) lacks the map the claim writes into; otherwise, why not.
            let raw = self.get(pk.clone()).await?;
            let Some(raw) = raw.filter(|raw| raw.contains_key("attempts")) else {
                self.ensure_dunning_maps(&pk, claim_until + LEASE_TTL_MARGIN_SECS)
                    .await?;
                continue;
            };
            let item: DunningItem = serde_dynamo::aws_sdk_dynamodb_1::from_item(raw)
                .map_err(|e| StoreError::Corrupt(format!("{pk}: {e}")))?;
            return Ok(dunning_item::claim_refused(&item, &step.step));
        }
        // The maps were just made and the claim still failed: someone else's write won.
        Ok(Claim::Busy)
    }

    async fn start_step_send(
        &self,
        lease: &Lease<DunningStep>,
        now: i64,
    ) -> Result<SendStart, StoreError> {
        let step = lease.subject();
        let result = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::dunning(&step.subject)))
            // The mark is the memory of a maybe-sent mail: the item lives as long as a
            // recorded one would, not as long as a claim.
            .update_expression(
                "SET attempts.#step.#phase = :sending, attempts.#step.#since = :now, \
                 #ttl = :ttl, report_month = if_not_exists(report_month, :month) \
                 REMOVE attempts.#step.#until ADD version :one",
            )
            // Every subject mailed about is in the report index, from its first send's
            // month (an invoice's first attempt set it earlier, and stays).
            .expression_attribute_values(":month", s(crate::time::month(now)))
            // Ours, and either still open or already marked by this very lease (a
            // retried write whose first answer was lost).
            .condition_expression(
                "attempts.#step.#token = :token \
                 AND (attempts.#step.#phase = :sending OR attribute_not_exists(outcome))",
            )
            .expression_attribute_names("#step", &step.step)
            .expression_attribute_names("#phase", "phase")
            .expression_attribute_names("#since", "since")
            .expression_attribute_names("#until", "until")
            .expression_attribute_names("#token", "token")
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":sending", s(dunning_item::SENDING))
            .expression_attribute_values(":now", n(now))
            .expression_attribute_values(":ttl", n(now + DUNNING_MARK_TTL_SECS))
            .expression_attribute_values(":token", s(lease.token()))
            .expression_attribute_values(":one", n(1))
            .send()
            .await;
        match result {
            Ok(_) => Ok(SendStart::Started),
            Err(err) if is_conditional_failure(&err) => Ok(SendStart::Superseded),
            Err(err) => Err(unavailable(err)),
        }
    }

    async fn release_step(&self, lease: &Lease<DunningStep>) -> Result<(), StoreError> {
        let step = lease.subject();
        let result = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::dunning(&step.subject)))
            .update_expression("REMOVE attempts.#step ADD version :one")
            .condition_expression("attempts.#step.#token = :token")
            .expression_attribute_names("#step", &step.step)
            .expression_attribute_names("#token", "token")
            .expression_attribute_values(":token", s(lease.token()))
            .expression_attribute_values(":one", n(1))
            .send()
            .await;
        // A failed condition: not ours (or already gone), nothing to give back.
        done_unless_unavailable(result)
    }

    async fn record_step_sent(
        &self,
        lease: &Lease<DunningStep>,
        sent: &SentBillingMail<'_>,
        ttl: i64,
    ) -> Result<(), StoreError> {
        let step = lease.subject();
        let mailed = AttributeValue::M(HashMap::from([
            ("kind".to_owned(), s(sent.kind)),
            ("message_id".to_owned(), s(sent.message_id)),
            ("sent_at".to_owned(), n(sent.sent_at)),
            ("event".to_owned(), s(lease.owner())),
        ]));
        let mut set = "SET steps.#step = :mailed, last_kind = :kind, \
                       customer = :customer, #ttl = :ttl"
            .to_owned();
        let mut update = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::dunning(&step.subject)))
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_names("#step", &step.step)
            .expression_attribute_values(":mailed", mailed)
            .expression_attribute_values(":kind", s(sent.kind))
            .expression_attribute_values(":customer", s(sent.customer.as_str()))
            .expression_attribute_values(":ttl", n(ttl))
            .expression_attribute_values(":one", n(1));
        if let Some(amount) = sent.amount {
            set.push_str(", amount = :amount");
            update = update.expression_attribute_values(":amount", n(amount));
        }
        if let Some(currency) = sent.currency {
            set.push_str(", currency = :currency");
            update = update.expression_attribute_values(":currency", s(currency));
        }
        set.push_str(" REMOVE attempts.#step ADD version :one");
        update
            .update_expression(set)
            .send()
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    async fn record_paid(
        &self,
        paid: &InvoicePaid<'_>,
        recovered_ttl: i64,
        unmailed_ttl: i64,
    ) -> Result<PaymentRecorded, StoreError> {
        let pk = keys::dunning(&DunningSubject::Invoice(paid.invoice.clone()));
        for _ in 0..VERSIONED_ROUNDS {
            let item = self.dunning_item(&pk).await?;
            let record = match &item {
                Some(item) => item.record()?,
                None => DunningRecord::default(),
            };
            let decided = record.on_payment();
            let (set, values) = match &decided {
                PaymentRecorded::AlreadyRecorded => return Ok(decided),
                // Mailed, or maybe mailed: credited to the latest mail (a loss recorded
                // before, e.g. marked uncollectible, gives way to the payment).
                PaymentRecorded::Recovered { after_kind } => (
                    "SET outcome = :recovered, outcome_at = :at, amount_paid = :amount, \
                     paid_currency = :currency, recovered_after = :kind, #ttl = :ttl",
                    HashMap::from([
                        (":recovered".to_owned(), s(dunning_item::RECOVERED)),
                        (":at".to_owned(), n(paid.at)),
                        (":amount".to_owned(), n(paid.amount_paid)),
                        (":currency".to_owned(), s(paid.currency)),
                        (":kind".to_owned(), s(after_kind)),
                        (":ttl".to_owned(), n(recovered_ttl)),
                    ]),
                ),
                // The amount too: a held-out invoice paid is the held-out group's
                // recovery.
                PaymentRecorded::Unmailed => (
                    "SET outcome = :paid, outcome_at = :at, amount_paid = :amount, \
                     paid_currency = :currency, #ttl = if_not_exists(#ttl, :ttl)",
                    HashMap::from([
                        (":paid".to_owned(), s(dunning_item::PAID_UNMAILED)),
                        (":at".to_owned(), n(paid.at)),
                        (":amount".to_owned(), n(paid.amount_paid)),
                        (":currency".to_owned(), s(paid.currency)),
                        (":ttl".to_owned(), n(unmailed_ttl)),
                    ]),
                ),
            };
            if self
                .write_if_unchanged(&pk, item.as_ref(), set, values)
                .await?
            {
                return Ok(decided);
            }
        }
        Err(StoreError::Unavailable(format!(
            "{pk} kept changing while its payment was recorded; Lambda will retry"
        )))
    }

    async fn record_lost(
        &self,
        invoice: &InvoiceId,
        reason: &str,
        at: i64,
    ) -> Result<bool, StoreError> {
        let pk = keys::dunning(&DunningSubject::Invoice(invoice.clone()));
        for _ in 0..VERSIONED_ROUNDS {
            let Some(item) = self.dunning_item(&pk).await? else {
                return Ok(false);
            };
            let record = item.record()?;
            if record.ended() || record.last_kind().is_none() {
                return Ok(false);
            }
            let values = HashMap::from([
                (":lost".to_owned(), s(dunning_item::LOST)),
                (":at".to_owned(), n(at)),
                (":reason".to_owned(), s(reason)),
            ]);
            let set = "SET outcome = :lost, outcome_at = :at, lost_reason = :reason";
            if self
                .write_if_unchanged(&pk, Some(&item), set, values)
                .await?
            {
                return Ok(true);
            }
        }
        Err(StoreError::Unavailable(format!(
            "{pk} kept changing while its loss was recorded; Lambda will retry"
        )))
    }

    async fn record_attempt(
        &self,
        attempt: &InvoiceAttempt<'_>,
        ttl: i64,
    ) -> Result<AttemptRecorded, StoreError> {
        let mut update = self
            .client
            .update_item()
            .table_name(&self.table)
            .key(
                "pk",
                s(keys::dunning(&DunningSubject::Invoice(
                    attempt.invoice.clone(),
                ))),
            )
            .return_values(aws_sdk_dynamodb::types::ReturnValue::AllOld)
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":at", n(attempt.at))
            .expression_attribute_values(":customer", s(attempt.customer.as_str()))
            .expression_attribute_values(":month", s(crate::time::month(attempt.at)))
            .expression_attribute_values(":amount", n(attempt.amount))
            .expression_attribute_values(":currency", s(attempt.currency))
            .expression_attribute_values(":ttl", n(ttl));
        let mut set = "SET attempted_at = if_not_exists(attempted_at, :at), \
                       customer = if_not_exists(customer, :customer), \
                       report_month = if_not_exists(report_month, :month), \
                       amount = if_not_exists(amount, :amount), \
                       currency = if_not_exists(currency, :currency), #ttl = :ttl"
            .to_owned();
        if let Some(decline_code) = attempt.failure {
            set.push_str(", failed_at = if_not_exists(failed_at, :at)");
            if let Some(code) = decline_code {
                set.push_str(", decline_code = :code");
                update = update.expression_attribute_values(":code", s(code));
            }
        }
        let old = update
            .update_expression(set)
            .send()
            .await
            .map_err(unavailable)?
            .attributes
            .unwrap_or_default();
        let failed_before = old.contains_key("failed_at");
        Ok(AttemptRecorded {
            first_attempt: !old.contains_key("attempted_at"),
            first_failure: attempt.failure.is_some() && !failed_before,
            failed_before,
        })
    }

    async fn record_held_out(
        &self,
        subject: &DunningSubject,
        held_out: &HeldOutInvoice<'_>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        let mut update = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::dunning(subject)))
            // Never beside a recorded mail (`last_kind` is set with the first), nor on
            // an ended sequence.
            .condition_expression(
                "attribute_not_exists(last_kind) AND attribute_not_exists(outcome)",
            )
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":at", n(held_out.at))
            .expression_attribute_values(":customer", s(held_out.customer.as_str()))
            .expression_attribute_values(":ttl", n(ttl));
        let mut set = "SET held_out_at = if_not_exists(held_out_at, :at), \
                       customer = if_not_exists(customer, :customer), #ttl = :ttl"
            .to_owned();
        if let Some(amount) = held_out.amount {
            set.push_str(", amount = if_not_exists(amount, :amount)");
            update = update.expression_attribute_values(":amount", n(amount));
        }
        if let Some(currency) = held_out.currency {
            set.push_str(", currency = if_not_exists(currency, :currency)");
            update = update.expression_attribute_values(":currency", s(currency));
        }
        match update.update_expression(set).send().await {
            Ok(_) => Ok(true),
            Err(err) if is_conditional_failure(&err) => Ok(false),
            Err(err) => Err(unavailable(err)),
        }
    }

    async fn record_signal(&self, signal: &CustomerSignal<'_>, ttl: i64) -> Result<(), StoreError> {
        self.client
            .put_item()
            .table_name(&self.table)
            .item("pk", s(keys::signal(signal.event)))
            .item("signal", s(signal.kind.as_str()))
            .item("customer", s(signal.customer.as_str()))
            .item("at", n(signal.at))
            .item("report_month", s(crate::time::month(signal.at)))
            .item("ttl", n(ttl))
            .send()
            .await
            .map_err(unavailable)?;
        Ok(())
    }

    async fn record_alerted(
        &self,
        subject: &DunningSubject,
        reason: AlertReason,
        at: i64,
        ttl: i64,
    ) -> Result<(), StoreError> {
        self.client
            .update_item()
            .table_name(&self.table)
            .key("pk", s(keys::dunning(subject)))
            .update_expression("SET #alerted = :at, #ttl = if_not_exists(#ttl, :ttl)")
            .expression_attribute_names("#alerted", dunning_item::alerted_attribute(reason))
            .expression_attribute_names("#ttl", "ttl")
            .expression_attribute_values(":at", n(at))
            .expression_attribute_values(":ttl", n(ttl))
            .send()
            .await
            .map_err(unavailable)?;
        Ok(())
    }
}

impl ChurnStore for DynamoStore {
    async fn churn_record(
        &self,
        subscription: &SubscriptionId,
    ) -> Result<Option<StoredChurn>, StoreError> {
        let pk = keys::churn(subscription);
        let Some(item) = self.get(pk.clone()).await? else {
            return Ok(None);
        };
        let version = number(&item, "version").unwrap_or_default();
        let record = serde_dynamo::aws_sdk_dynamodb_1::from_item(item)
            .map_err(|e| StoreError::Corrupt(format!("{pk}: {e}")))?;
        Ok(Some(StoredChurn { record, version }))
    }

    async fn write_churn(
        &self,
        subscription: &SubscriptionId,
        record: &ChurnRecord,
        read_version: Option<i64>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        let mut item: HashMap<String, AttributeValue> =
            serde_dynamo::aws_sdk_dynamodb_1::to_item(record)
                .map_err(|e| StoreError::Corrupt(format!("churn record: {e}")))?;
        item.insert("pk".into(), s(keys::churn(subscription)));
        // In the report index by the month it cancelled.
        item.insert("report_month".into(), s(record.month.clone()));
        item.insert("version".into(), n(read_version.unwrap_or_default() + 1));
        item.insert("ttl".into(), n(ttl));
        let request = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(item));
        let request = match read_version {
            None => request.condition_expression("attribute_not_exists(pk)"),
            Some(version) => request
                .condition_expression("version = :version")
                .expression_attribute_values(":version", n(version)),
        };
        match request.send().await {
            Ok(_) => Ok(true),
            Err(err) if is_conditional_failure(&err) => Ok(false),
            Err(err) => Err(unavailable(err)),
        }
    }
}

impl Journal for DynamoStore {
    async fn finished(
        &self,
        consumer: &str,
        event: &EventId,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .get(keys::finished(consumer, event))
            .await?
            .map(|item| string(&item, "outcome").unwrap_or_default().to_owned()))
    }

    async fn record_finished(
        &self,
        consumer: &str,
        event: &EventId,
        outcome: &str,
        at: i64,
        ttl: i64,
    ) -> Result<(), StoreError> {
        self.client
            .put_item()
            .table_name(&self.table)
            .item("pk", s(keys::finished(consumer, event)))
            .item("outcome", s(outcome))
            .item("at", n(at))
            .item("ttl", n(ttl))
            .send()
            .await
            .map_err(unavailable)?;
        Ok(())
    }
}

impl DynamoStore {
    /// Deletes the items keyed `pks`: for an erasure request (`local consent --erase`),
    /// operations only (needs `dynamodb:DeleteItem`).
    pub async fn delete_items(&self, pks: &[String]) -> Result<(), StoreError> {
        for pk in pks {
            self.client
                .delete_item()
                .table_name(&self.table)
                .key("pk", s(pk))
                .send()
                .await
                .map_err(unavailable)?;
        }
        Ok(())
    }
}

impl DynamoStore {
    /// The report's records of each month in `months` (`YYYY-MM`), as stored: a Query of
    /// `REPORT_INDEX` per month, page by page (needs `dynamodb:Query` on the index).
    pub async fn report_items(
        &self,
        months: &[String],
    ) -> Result<Vec<HashMap<String, AttributeValue>>, StoreError> {
        let mut items = Vec::new();
        for month in months {
            let mut start = None;
            loop {
                let page = self
                    .client
                    .query()
                    .table_name(&self.table)
                    .index_name(REPORT_INDEX)
                    .key_condition_expression("report_month = :month")
                    .expression_attribute_values(":month", s(month.as_str()))
                    .set_exclusive_start_key(start)
                    .send()
                    .await
                    .map_err(unavailable)?;
                items.extend(page.items.unwrap_or_default());
                start = page.last_evaluated_key.filter(|key| !key.is_empty());
                if start.is_none() {
                    break;
                }
            }
        }
        Ok(items)
    }

    /// Every item of the table whose key starts with one of `prefixes`, as stored: for
    /// the recovery report. A Scan, for operations only (needs `dynamodb:Scan`).
    pub async fn items_with_prefixes(
        &self,
        prefixes: &[&str],
    ) -> Result<Vec<HashMap<String, AttributeValue>>, StoreError> {
        let names: Vec<String> = (0..prefixes.len()).map(|i| format!(":p{i}")).collect();
        let filter = names
            .iter()
            .map(|name| format!("begins_with(pk, {name})"))
            .collect::<Vec<_>>()
            .join(" OR ");
        let values: HashMap<String, AttributeValue> = names
            .into_iter()
            .zip(prefixes)
            .map(|(name, prefix)| (name, s(*prefix)))
            .collect();
        let mut items = Vec::new();
        let mut start = None;
        loop {
            let page = self
                .client
                .scan()
                .table_name(&self.table)
                .filter_expression(&filter)
                .set_expression_attribute_values(Some(values.clone()))
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(unavailable)?;
            items.extend(page.items.unwrap_or_default());
            start = page.last_evaluated_key.filter(|key| !key.is_empty());
            if start.is_none() {
                return Ok(items);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_from_sdk_config_bounds_each_call() {
        let sdk_config = aws_config::SdkConfig::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new("eu-west-1"))
            .timeout_config(
                TimeoutConfig::builder()
                    .connect_timeout(Duration::from_millis(3100))
                    .build(),
            )
            .build();
        let store = DynamoStore::from_sdk_config(&sdk_config, "t");
        let timeouts = store.client.config().timeout_config().expect("set");
        assert_eq!(timeouts.operation_attempt_timeout(), Some(ATTEMPT_TIMEOUT));
        assert_eq!(timeouts.operation_timeout(), Some(OPERATION_TIMEOUT));
        assert_eq!(
            timeouts.connect_timeout(),
            Some(Duration::from_millis(3100))
        );
    }
}
