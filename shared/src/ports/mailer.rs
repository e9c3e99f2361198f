use std::future::Future;

use tokio::time::Instant;

use crate::mail::Sender;
use crate::mail_events::MailTags;

/// One email, rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub html: String,
    pub text: String,
    /// The unsubscribe URL itself, e.g. `https://shop.example/unsubscribe`: the mailers
    /// write `List-Unsubscribe: <url>` and, for an https URL, RFC 8058's
    /// `List-Unsubscribe-Post: List-Unsubscribe=One-Click`.
    pub list_unsubscribe: Option<String>,
    /// Who it is from, when not the mailer's own sender (a recovery policy segment's
    /// `sender`).
    pub from: Option<Sender>,
    /// Flow, kind and step, sent as SES message tags: SES's bounce, complaint and
    /// delivery records carry them back (`mail_events`).
    pub tags: MailTags,
}

/// Why a mail did not go out, as far as the mailer can tell. Every text is safe to log
/// (addresses are redacted).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    /// The service asked us to slow down, and still did after the adapter's own retries.
    /// Nothing was sent; a later retry can succeed.
    #[error("the mail service is throttling: {0}")]
    Throttled(String),
    /// The service failed (5xx) or could not be reached. Nothing was sent; a later retry
    /// can succeed.
    #[error("the mail service is unavailable: {0}")]
    Unavailable(String),
    /// Refused for good, because of this recipient or this message (an invalid address,
    /// in the SES sandbox an unverified one, rejected content): sending it again would be
    /// refused again. Nothing was sent.
    #[error("the mail was rejected: {0}")]
    Rejected(String),
    /// Refused because of the account, the sender or our request (sender not verified,
    /// sending paused, configuration set missing, access denied): no mail can go out until
    /// someone fixes it, so it must fail loudly, never be skipped. Nothing was sent.
    #[error("the mail service refuses the sender, the account or the request: {0}")]
    Misconfigured(String),
    /// The request may have reached the service and no answer came (a timeout, the
    /// connection lost mid-request): the mail may have gone out.
    #[error("the mail may or may not have been sent: {0}")]
    Unknown(String),
}

/// Sends email; returns the provider's message id. `deadline` is when the caller's work
/// must be done: an adapter gives up (and retries nothing) past it.
pub trait Mailer: Send + Sync {
    fn send(
        &self,
        mail: &OutgoingMail,
        deadline: Instant,
    ) -> impl Future<Output = Result<String, MailError>> + Send;
}
