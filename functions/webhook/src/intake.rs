//! Webhook intake: verify, parse, record once. Nothing else happens while Stripe waits.

use tracing::Instrument;

use stripe_recovery::inbox::{HandledType, InboxItem};
use stripe_recovery::portal::opened_through_our_link;
use stripe_recovery::ports::{Inbox, Recorded, StoreError};
use stripe_recovery::stripe::event::{Envelope, EnvelopeError};
use stripe_recovery::stripe::ids::EventId;
use stripe_recovery::stripe::signature::{self, SignatureError, WebhookSecret};

/// Largest request body accepted. Stripe's event payloads are far smaller; the limit
/// keeps a hostile sender from making us hash megabytes, and stays under Lambda's 6 MB
/// request limit even after API Gateway's base64 encoding.
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// What intake did with a verified event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Receipt {
    /// A handled event, recorded now.
    Recorded {
        event_id: EventId,
        event_type: HandledType,
    },
    /// A handled event recorded by an earlier delivery; nothing changed.
    Duplicate {
        event_id: EventId,
        event_type: HandledType,
    },
    /// A verified event of a type no consumer handles; acknowledged, not stored.
    Ignored {
        event_id: String,
        event_type: String,
    },
}

impl Receipt {
    pub fn is_duplicate(&self) -> bool {
        matches!(self, Self::Duplicate { .. })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("the body is {size} bytes, above the {MAX_BODY_BYTES}-byte limit")]
    TooLarge { size: usize },
    #[error(transparent)]
    Signature(#[from] SignatureError),
    #[error(transparent)]
    NotAnEvent(#[from] EnvelopeError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The intake service: the inbox it records into and the secrets it verifies with.
#[derive(Debug)]
pub struct Intake<S> {
    inbox: S,
    secrets: Vec<WebhookSecret>,
    tolerance_secs: u64,
}

impl<S: Inbox> Intake<S> {
    pub(crate) fn new(inbox: S, secrets: Vec<WebhookSecret>, tolerance_secs: u64) -> Self {
        assert!(
            !secrets.is_empty(),
            "intake needs at least one webhook secret"
        );
        Self {
            inbox,
            secrets,
            tolerance_secs,
        }
    }

    pub fn inbox(&self) -> &S {
        &self.inbox
    }

    /// Verifies `body` (the bytes exactly as received) against `signature_header`, then
    /// records a handled event once. Returns only after the item is durable, so a 2xx
    /// built from `Ok` never acknowledges an event that is not stored.
    pub async fn receive(
        &self,
        signature_header: Option<&str>,
        body: &[u8],
        now: i64,
    ) -> Result<Receipt, IntakeError> {
        if body.len() > MAX_BODY_BYTES {
            return Err(IntakeError::TooLarge { size: body.len() });
        }
        let header = signature_header.ok_or(SignatureError::MissingHeader)?;
        signature::verify(header, body, &self.secrets, self.tolerance_secs, now)?;
        // Only now is the body trusted enough to parse.
        let envelope = Envelope::parse(body)?;
        let handled = HandledType::from_stripe(&envelope.event_type).filter(|t| {
            // A portal session the merchant's own site opened is no click of ours.
            *t != HandledType::BillingPortalSessionCreated
                || opened_through_our_link(envelope.idempotency_key().as_deref())
        });
        let Some(event_type) = handled else {
            return Ok(Receipt::Ignored {
                event_id: envelope.id.into_owned(),
                event_type: envelope.event_type.into_owned(),
            });
        };
        let item = InboxItem::from_envelope(&envelope, event_type, now);
        let event_id = item.event_id.clone();
        // Every line logged while recording (the SDK's retries, say) names the event.
        let span = tracing::info_span!("event", event_id = %event_id);
        Ok(match self.inbox.record_new(&item).instrument(span).await? {
            Recorded::New => Receipt::Recorded {
                event_id,
                event_type,
            },
            Recorded::Duplicate => Receipt::Duplicate {
                event_id,
                event_type,
            },
        })
    }
}
