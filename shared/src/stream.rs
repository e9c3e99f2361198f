//! The inbox's DynamoDB stream and the one runner every stream consumer shares.
//!
//! A consumer says who it is (`NAME`, the `Function` metric dimension), which inbox types
//! it acts on (`HANDLES`, which the template's stream filters must match) and how to
//! process one item. The runner does the rest, the same way for every consumer and for
//! the local runner's in-process stream: records in order, one span per item naming its
//! event, partial batch failures so Lambda retries only what failed, and no record
//! started when too little of the invocation is left to finish it.

use std::fmt;
use std::future::Future;
use std::time::Duration;

use aws_lambda_events::event::dynamodb::{Event, EventRecord};
use aws_lambda_events::event::streams::{DynamoDbBatchItemFailure, DynamoDbEventResponse};
use tokio::time::Instant;
use tracing::Instrument;

use crate::inbox::{HandledType, INBOX_TTL_SECS, InboxItem};
use crate::ports::Journal;
use crate::telemetry::Metrics;

/// What the runner gives each record besides the item.
#[derive(Debug, Clone, Copy)]
pub struct Invocation<'a> {
    /// The clock for decisions (unix seconds), fixed for the batch.
    pub now: i64,
    /// When the invocation's work must be done (its Lambda deadline less a margin).
    pub deadline: Instant,
    /// Metrics with this consumer's `Function` dimension.
    pub metrics: &'a Metrics,
}

/// A function fed by the inbox stream.
pub trait StreamConsumer: Send + Sync {
    /// The function's name: the `Function` metric dimension and the template's binary.
    const NAME: &'static str;
    /// The inbox types it acts on; the template's FilterCriteria send exactly these.
    const HANDLES: &'static [HandledType];
    /// A record is started only if at least this much time is left before the deadline:
    /// the longest one record may take, so it is not cut off half done.
    const RECORD_MARGIN: Duration = Duration::from_secs(3);

    /// What processing one item did; `Display` is the line the local runner prints.
    type Outcome: fmt::Debug + fmt::Display + Send;
    /// Why an item failed (Lambda retries it); logged, so never an address or secret.
    type Error: fmt::Display + Send;

    fn process(
        &self,
        item: &InboxItem,
        at: &Invocation<'_>,
    ) -> impl Future<Output = Result<Self::Outcome, Self::Error>> + Send;
}

#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("the stream record's new image is not an inbox item: {0}")]
    NotAnInboxItem(String),
}

/// The inbox item a stream record carries.
pub fn inbox_item(record: &EventRecord) -> Result<InboxItem, RecordError> {
    serde_dynamo::from_item(record.change.new_image.clone())
        .map_err(|e| RecordError::NotAnInboxItem(e.to_string()))
}

/// Processes one inbox item with `consumer`, inside a span naming its event; logs the
/// outcome. `Ok(None)`: a type the consumer does not handle (its stream filter should
/// not have sent it), acknowledged.
pub async fn process_item<C: StreamConsumer>(
    consumer: &C,
    item: &InboxItem,
    now: i64,
    deadline: Instant,
) -> Result<Option<C::Outcome>, C::Error> {
    let span = tracing::info_span!(
        "inbox_item",
        consumer = C::NAME,
        event_id = %item.event_id,
        event_type = %item.event_type
    );
    async {
        if !C::HANDLES.contains(&item.event_type) {
            tracing::warn!("type not handled by this consumer; acknowledged");
            return Ok(None);
        }
        let metrics = Metrics::new(C::NAME);
        let at = Invocation {
            now,
            deadline,
            metrics: &metrics,
        };
        // Boxed: consumers' futures are deep, and this keeps the batch's small.
        let result = Box::pin(consumer.process(item, &at)).await;
        match &result {
            Ok(outcome) => tracing::info!(?outcome, "processed"),
            Err(error) => tracing::error!(%error, "failed; Lambda will retry the record"),
        }
        result.map(Some)
    }
    .instrument(span)
    .await
}

/// Runs `consumer` on one inbox item unless `journal` says it finished it, and marks it
/// finished when it succeeds. `Ok(None)`: skipped (finished before, or a type it does
/// not handle). An error is the consumer's, or the journal's, as text.
pub async fn process_journaled<C: StreamConsumer, J: Journal>(
    consumer: &C,
    journal: &J,
    item: &InboxItem,
    now: i64,
    deadline: Instant,
) -> Result<Option<C::Outcome>, String> {
    let finished = journal
        .finished(C::NAME, &item.event_id)
        .await
        .map_err(|e| e.to_string())?;
    if let Some(outcome) = finished {
        tracing::info!(
            consumer = C::NAME,
            event_id = %item.event_id,
            outcome,
            "finished before; not processed again"
        );
        return Ok(None);
    }
    let Some(outcome) = process_item(consumer, item, now, deadline)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(None);
    };
    journal
        .record_finished(
            C::NAME,
            &item.event_id,
            &outcome.to_string(),
            now,
            now + INBOX_TTL_SECS,
        )
        .await
        .map_err(|e| format!("processed, but not marked finished (it runs again): {e}"))?;
    Ok(Some(outcome))
}

/// Runs `consumer` on every record of a stream batch, in order, and reports the records
/// Lambda must retry: those that failed, and every record from the first one there was
/// no longer time to start. Lambda retries from the first failed record, so records
/// after it come again: `journal` skips those that finished (and every consumer's
/// effects are idempotent besides).
pub async fn run_batch<C: StreamConsumer, J: Journal>(
    consumer: &C,
    journal: &J,
    event: &Event,
    now: i64,
    deadline: Instant,
) -> DynamoDbEventResponse {
    let mut failed = Vec::new();
    let mut records = event.records.iter().filter_map(|record| {
        let sequence_number = record.change.sequence_number.clone();
        if sequence_number.is_none() {
            tracing::error!("stream record without a sequence number skipped");
        }
        Some((sequence_number?, record))
    });
    while let Some((sequence_number, record)) = records.next() {
        if deadline.saturating_duration_since(Instant::now()) < C::RECORD_MARGIN {
            failed.push(sequence_number);
            failed.extend(records.map(|(sequence_number, _)| sequence_number));
            tracing::warn!(
                consumer = C::NAME,
                left = failed.len(),
                "too little time left to start a record; Lambda will retry the rest"
            );
            break;
        }
        let result = match inbox_item(record) {
            Ok(item) => process_journaled(consumer, journal, &item, now, deadline)
                .await
                .map(|_| ()),
            Err(err) => Err(err.to_string()),
        };
        if let Err(error) = result {
            tracing::error!(
                consumer = C::NAME,
                sequence_number,
                error,
                "stream record failed; Lambda will retry it"
            );
            failed.push(sequence_number);
        }
    }
    let mut response = DynamoDbEventResponse::default();
    response.batch_item_failures = failed
        .into_iter()
        .map(|sequence_number| {
            let mut failure = DynamoDbBatchItemFailure::default();
            failure.item_identifier = Some(sequence_number);
            failure
        })
        .collect();
    response
}

/// A stream batch of one INSERT record per item (sequence numbers 1, 2, 3…), shaped as
/// Lambda delivers them: for replaying inbox items through `run_batch`, and for tests.
pub fn batch_of(items: &[InboxItem]) -> Result<Event, serde_json::Error> {
    let records = items
        .iter()
        .enumerate()
        .map(|(n, item)| {
            let image: serde_dynamo::Item =
                serde_dynamo::to_item(item).map_err(serde::ser::Error::custom)?;
            Ok(serde_json::json!({
                "eventID": format!("replay-{n}"),
                "eventName": "INSERT",
                "eventVersion": "1.1",
                "eventSource": "aws:dynamodb",
                "awsRegion": "",
                "dynamodb": {
                    "ApproximateCreationDateTime": item.received_at,
                    "Keys": {"pk": {"S": item.pk}},
                    "NewImage": image,
                    "SequenceNumber": (n + 1).to_string(),
                    "SizeBytes": 0,
                    "StreamViewType": "NEW_IMAGE",
                },
            }))
        })
        .collect::<Result<Vec<_>, serde_json::Error>>()?;
    serde_json::from_value(serde_json::json!({ "Records": records }))
}

/// Serves `consumer` on the Lambda runtime, its items journaled in `journal`: each
/// invocation is one stream batch.
pub async fn serve<C: StreamConsumer, J: Journal>(
    consumer: C,
    journal: J,
) -> Result<(), lambda_runtime::Error> {
    use lambda_runtime::{LambdaEvent, service_fn};
    let (consumer, journal) = (&consumer, &journal);
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Event>| async move {
        let deadline = crate::time::invocation_deadline(Some(event.context.deadline));
        let now = crate::time::unix_now();
        Ok::<_, lambda_runtime::Error>(
            run_batch(consumer, journal, &event.payload, now, deadline).await,
        )
    }))
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ports::NoJournal;
    use crate::stripe::ids::EventId;
    use std::sync::Mutex;

    /// A consumer that fails the events named in `fail` and remembers what it saw.
    struct Scripted {
        fail: &'static [&'static str],
        seen: Mutex<Vec<String>>,
    }

    impl StreamConsumer for Scripted {
        const NAME: &'static str = "scripted";
        const HANDLES: &'static [HandledType] = &[HandledType::CheckoutSessionExpired];
        const RECORD_MARGIN: Duration = Duration::from_secs(2);
        type Outcome = &'static str;
        type Error = String;

        async fn process(
            &self,
            item: &InboxItem,
            at: &Invocation<'_>,
        ) -> Result<&'static str, String> {
            assert_eq!(at.metrics.function(), "scripted");
            self.seen.lock().unwrap().push(item.event_id.to_string());
            if self.fail.contains(&item.event_id.as_str()) {
                Err("scripted failure".into())
            } else {
                Ok("done")
            }
        }
    }

    fn item(event_id: &str, event_type: HandledType) -> InboxItem {
        let event_id = EventId::parse(event_id).unwrap();
        InboxItem {
            pk: InboxItem::key(&event_id),
            event_id,
            event_type,
            created: 1,
            livemode: false,
            api_version: None,
            object: Some("{}".into()),
            object_omitted: false,
            received_at: 1,
            ttl: 2,
        }
    }

    fn failures(response: &DynamoDbEventResponse) -> Vec<&str> {
        response
            .batch_item_failures
            .iter()
            .map(|f| f.item_identifier.as_deref().unwrap())
            .collect()
    }

    #[tokio::test]
    async fn failed_records_are_reported_and_the_rest_are_processed_in_order() {
        let consumer = Scripted {
            fail: &["evt_2"],
            seen: Mutex::default(),
        };
        let event = batch_of(&[
            item("evt_1", HandledType::CheckoutSessionExpired),
            item("evt_2", HandledType::CheckoutSessionExpired),
            item("evt_3", HandledType::CustomerSubscriptionDeleted),
            item("evt_4", HandledType::CheckoutSessionExpired),
        ])
        .unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        let response = run_batch(&consumer, &NoJournal, &event, 1, deadline).await;
        assert_eq!(failures(&response), ["2"]);
        assert_eq!(
            *consumer.seen.lock().unwrap(),
            ["evt_1", "evt_2", "evt_4"],
            "a type it does not handle is acknowledged without processing"
        );
    }

    #[tokio::test]
    async fn a_record_that_is_not_an_inbox_item_fails_alone() {
        let consumer = Scripted {
            fail: &[],
            seen: Mutex::default(),
        };
        let mut event = batch_of(&[
            item("evt_1", HandledType::CheckoutSessionExpired),
            item("evt_2", HandledType::CheckoutSessionExpired),
        ])
        .unwrap();
        event.records[0].change.new_image.remove("type");
        let deadline = Instant::now() + Duration::from_secs(10);
        let response = run_batch(&consumer, &NoJournal, &event, 1, deadline).await;
        assert_eq!(failures(&response), ["1"]);
        assert_eq!(*consumer.seen.lock().unwrap(), ["evt_2"]);
    }

    #[tokio::test]
    async fn below_the_margin_no_record_starts_and_the_rest_is_left_for_retry() {
        let consumer = Scripted {
            fail: &[],
            seen: Mutex::default(),
        };
        let event = batch_of(&[
            item("evt_1", HandledType::CheckoutSessionExpired),
            item("evt_2", HandledType::CheckoutSessionExpired),
        ])
        .unwrap();
        // Less than RECORD_MARGIN (2 s) left from the start.
        let deadline = Instant::now() + Duration::from_secs(1);
        let response = run_batch(&consumer, &NoJournal, &event, 1, deadline).await;
        assert_eq!(failures(&response), ["1", "2"]);
        assert!(consumer.seen.lock().unwrap().is_empty());
    }

    /// Takes `RECORD_MARGIN` + 1 s of the budget per record.
    struct Slow;

    impl StreamConsumer for Slow {
        const NAME: &'static str = "slow";
        const HANDLES: &'static [HandledType] = &[HandledType::CheckoutSessionExpired];
        const RECORD_MARGIN: Duration = Duration::from_secs(2);
        type Outcome = &'static str;
        type Error = String;

        async fn process(&self, _: &InboxItem, _: &Invocation<'_>) -> Result<&'static str, String> {
            tokio::time::sleep(Duration::from_secs(3)).await;
            Ok("slept")
        }
    }

    #[tokio::test(start_paused = true)]
    async fn the_batch_stops_where_time_runs_short() {
        let event = batch_of(&[
            item("evt_1", HandledType::CheckoutSessionExpired),
            item("evt_2", HandledType::CheckoutSessionExpired),
            item("evt_3", HandledType::CheckoutSessionExpired),
        ])
        .unwrap();
        // 8 s: two records of 3 s fit (8 → 5 → 2 s left); the third would need 2 s more
        // than the margin allows.
        let deadline = Instant::now() + Duration::from_millis(7_900);
        let response = run_batch(&Slow, &NoJournal, &event, 1, deadline).await;
        assert_eq!(failures(&response), ["3"]);
    }
}
