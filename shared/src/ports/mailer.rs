use std::future::Future;

/// One email, rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub html: String,
    pub text: String,
    /// `List-Unsubscribe` header value, e.g. `<https://shop.example/unsubscribe>`.
    pub list_unsubscribe: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The mail service refused or failed; the record is retried later.
    #[error("the mail was not sent: {0}")]
    NotSent(String),
}

/// Sends email; returns the provider's message id.
pub trait Mailer: Send + Sync {
    fn send(&self, mail: &OutgoingMail) -> impl Future<Output = Result<String, MailError>> + Send;
}
