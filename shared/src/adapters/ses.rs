//! Mail through Amazon SES v2 `SendEmail` with raw content: the MIME message is the one
//! the outbox writes (`mime::build_message`), so the display name is RFC 2047-encoded
//! and `List-Unsubscribe-Post` goes out as written.
//!
//! Every failure is classified into a `MailError` (`classify` for SES's answers), since
//! the mailer acts on the difference: throttling is retried here, a rejection of this
//! recipient is skipped, anything about the account or the sender fails the record, and
//! a request that may have been delivered is never sent again. The SDK's own retries are
//! off: it would resend a `SendEmail` after an ambiguous failure too.

use std::time::Duration;

use aws_sdk_sesv2::Client;
use aws_sdk_sesv2::config::retry::RetryConfig;
use aws_sdk_sesv2::config::timeout::TimeoutConfig;
use aws_sdk_sesv2::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use aws_sdk_sesv2::operation::send_email::SendEmailError;
use aws_sdk_sesv2::primitives::Blob;
use aws_sdk_sesv2::types::{Destination, EmailContent, MessageTag, RawMessage};
use tokio::time::Instant;

use super::mime::build_message;
use crate::mail::Sender;
use crate::ports::{MailError, Mailer, OutgoingMail};
use crate::telemetry::redact_emails;

/// How long one `SendEmail` may take. SES answers in well under a second; a call still
/// open after this is treated as lost (`MailError::Unknown`), so it must be rare: long
/// enough for a slow answer, short enough to leave a 30 s invocation time for the rest
/// of its batch.
pub const CALL_TIMEOUT: Duration = Duration::from_secs(5);
/// Attempts when SES throttles (the first included).
const THROTTLE_ATTEMPTS: u32 = 3;
/// The first pause after throttling; doubled per retry, then jittered.
const THROTTLE_BACKOFF: Duration = Duration::from_millis(250);
/// No call is started with less time than this before the deadline: one cut off by the
/// deadline may have sent the mail, one not started surely did not.
const MIN_CALL_TIME: Duration = Duration::from_secs(1);

#[derive(Debug, Clone)]
pub struct SesMailer {
    client: Client,
    sender: Sender,
    configuration_set: Option<String>,
}

impl SesMailer {
    /// Over a client built elsewhere; use `from_sdk_config` in the functions, which
    /// turns the SDK's retries off.
    pub fn new(client: Client, sender: Sender, configuration_set: Option<String>) -> Self {
        Self {
            client,
            sender,
            configuration_set,
        }
    }

    /// A client from the standard AWS configuration chain, loaded once at init, with the
    /// SDK's automatic retries disabled (a retried `SendEmail` after a timeout or a lost
    /// connection can send the mail twice; `send` retries only throttling, which SES
    /// answers before sending anything) and each call bounded by `CALL_TIMEOUT`.
    pub fn from_sdk_config(
        config: &aws_config::SdkConfig,
        sender: Sender,
        configuration_set: Option<String>,
    ) -> Self {
        let config = aws_sdk_sesv2::config::Builder::from(config)
            .retry_config(RetryConfig::disabled())
            .timeout_config(
                TimeoutConfig::builder()
                    .operation_timeout(CALL_TIMEOUT)
                    .operation_attempt_timeout(CALL_TIMEOUT)
                    .build(),
            )
            .build();
        Self::new(Client::from_conf(config), sender, configuration_set)
    }

    /// One `SendEmail` call, cut off at `deadline`.
    async fn send_once(
        &self,
        raw: &Blob,
        mail: &OutgoingMail,
        from: &Sender,
        deadline: Instant,
    ) -> Result<String, MailError> {
        let to = mail.to.as_str();
        // The flow, kind and step come back in SES's event records (`mail_events`).
        let tags = mail
            .tags
            .pairs()
            .into_iter()
            .map(|(name, value)| MessageTag::builder().name(name).value(value).build())
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| MailError::Misconfigured(e.to_string()))?;
        let raw = RawMessage::builder()
            .data(raw.clone())
            .build()
            .map_err(|e| MailError::Misconfigured(e.to_string()))?;
        let call = self
            .client
            .send_email()
            .from_email_address(from.address())
            .destination(Destination::builder().to_addresses(to).build())
            .content(EmailContent::builder().raw(raw).build())
            .set_email_tags(Some(tags))
            .set_configuration_set_name(self.configuration_set.clone())
            .send();
        match tokio::time::timeout_at(deadline, call).await {
            Ok(Ok(output)) => Ok(output.message_id.unwrap_or_default()),
            Ok(Err(err)) => Err(sdk_error(err, from, to)),
            Err(_) => Err(MailError::Unknown(
                "SES had not answered by the invocation's deadline".into(),
            )),
        }
    }
}

fn sdk_error(err: SdkError<SendEmailError>, from: &Sender, to: &str) -> MailError {
    // SES quotes addresses in some errors (an unverified sender or, in the sandbox,
    // recipient): the text is logged, so addresses are cut out.
    let text = || redact_emails(&DisplayErrorContext(&err).to_string());
    match &err {
        SdkError::ServiceError(context) => classify(
            context.raw().status().as_u16(),
            context.err().code(),
            context.err().message(),
            from,
            to,
        ),
        SdkError::ConstructionFailure(_) => MailError::Misconfigured(text()),
        SdkError::DispatchFailure(failure) if failure.is_user() => MailError::Misconfigured(text()),
        SdkError::DispatchFailure(_) if never_connected(&err) => MailError::Unavailable(text()),
        // A timeout, a connection lost after the request went out, an answer that
        // could not be read: SES may have accepted the mail.
        _ => MailError::Unknown(text()),
    }
}

/// Whether the connection was never made (refused, DNS, TLS handshake, connect timeout):
/// then the request was surely not sent.
fn never_connected(err: &(dyn std::error::Error + 'static)) -> bool {
    let mut next = Some(err);
    while let Some(err) = next {
        if err
            .downcast_ref::<hyper_util::client::legacy::Error>()
            .is_some_and(hyper_util::client::legacy::Error::is_connect)
        {
            return true;
        }
        next = err.source();
    }
    false
}

/// The pause before retry `retry` (1, 2, …) after throttling: `THROTTLE_BACKOFF`
/// doubled per retry, scaled into [50 %, 100 %] by `jitter` ∈ [0, 1) so that concurrent
/// senders spread out.
fn throttle_pause(retry: u32, jitter: f64) -> Duration {
    let base = THROTTLE_BACKOFF.saturating_mul(1u32 << retry.saturating_sub(1).min(8));
    base.mul_f64(0.5 + jitter.clamp(0.0, 1.0) / 2.0)
}

impl Mailer for SesMailer {
    /// Throttling is retried here (`THROTTLE_ATTEMPTS`, backoff with jitter) while the
    /// deadline allows; nothing else is.
    async fn send(&self, mail: &OutgoingMail, deadline: Instant) -> Result<String, MailError> {
        let raw = Blob::new(build_message(&self.sender, mail, None)?);
        let mut attempt = 1;
        loop {
            if deadline.saturating_duration_since(Instant::now()) < MIN_CALL_TIME {
                return Err(MailError::Unavailable(
                    "too little time left before the deadline to call SES".into(),
                ));
            }
            let from = mail.from.as_ref().unwrap_or(&self.sender);
            match self.send_once(&raw, mail, from, deadline).await {
                Err(MailError::Throttled(reason)) if attempt < THROTTLE_ATTEMPTS => {
                    let pause = throttle_pause(attempt, fastrand::f64());
                    if deadline.saturating_duration_since(Instant::now()) < pause + MIN_CALL_TIME {
                        return Err(MailError::Throttled(reason));
                    }
                    tracing::warn!(attempt, ?pause, %reason, "SES throttled; retrying");
                    tokio::time::sleep(pause).await;
                    attempt += 1;
                }
                result => return result,
            }
        }
    }
}

/// What an error answer from SES means for this mail, from its HTTP status, error code
/// and message, knowing the sender and the recipient (SES names the identity it refused;
/// only the sender's is the account's problem). The reason kept is redacted.
pub fn classify(
    status: u16,
    code: Option<&str>,
    message: Option<&str>,
    sender: &Sender,
    recipient: &str,
) -> MailError {
    let code = code.unwrap_or_default();
    let message = message.unwrap_or_default();
    let lower = message.to_ascii_lowercase();
    let named = |identity: &str| {
        message
            .split(|c: char| c.is_whitespace() || ",;:()<>\"'[]".contains(c))
            .map(|token| token.trim_end_matches('.'))
            .any(|token| !identity.is_empty() && token.eq_ignore_ascii_case(identity))
    };
    let names_sender = named(sender.address()) || named(sender.domain());
    let names_recipient = named(recipient);
    let reason = |what: &str| {
        let detail = redact_emails(&format!("{status} {code}: {message}"));
        if what.is_empty() {
            detail
        } else {
            format!("{what} ({detail})")
        }
    };

    if status == 429 || THROTTLING.contains(&code) {
        return MailError::Throttled(reason(""));
    }
    if status >= 500 || UNAVAILABLE.contains(&code) {
        return MailError::Unavailable(reason(""));
    }
    if status == 401 || status == 403 || MISCONFIGURED.contains(&code) {
        return MailError::Misconfigured(reason(""));
    }
    if code == "MessageRejected" {
        let refused_identity = ["not verified", "authority", "not authorized", "not allowed"]
            .iter()
            .any(|phrase| lower.contains(phrase));
        return if names_sender {
            MailError::Misconfigured(reason("the sender is not verified or not allowed"))
        } else if refused_identity && names_recipient {
            MailError::Rejected(reason(
                "the recipient is not verified (the account is in the SES sandbox)",
            ))
        } else if refused_identity || lower.contains("paused") || lower.contains("suspended") {
            // An identity we cannot place, or the account: never skip on a guess.
            MailError::Misconfigured(reason(""))
        } else if lower.contains("quota") || lower.contains("rate exceeded") {
            MailError::Throttled(reason(""))
        } else {
            MailError::Rejected(reason("SES refused this message"))
        };
    }
    if INVALID_REQUEST.contains(&code) {
        return if names_sender {
            MailError::Misconfigured(reason("SES refuses the sender"))
        } else if names_recipient || INVALID_ADDRESS.iter().any(|phrase| lower.contains(phrase)) {
            // The sender was validated at init, so an invalid address is the recipient.
            MailError::Rejected(reason("the recipient address is invalid"))
        } else {
            MailError::Misconfigured(reason("SES refuses the request"))
        };
    }
    // An error we do not know: fail (retry, alarm, dead-letter queue) rather than skip.
    MailError::Misconfigured(reason(""))
}

const THROTTLING: &[&str] = &[
    "TooManyRequestsException",
    "LimitExceededException",
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottled",
    "RequestThrottledException",
    "RequestLimitExceeded",
    "SlowDown",
];
const UNAVAILABLE: &[&str] = &[
    "InternalFailure",
    "InternalServerError",
    "InternalServiceError",
    "ServiceUnavailable",
    "ServiceUnavailableException",
];
const MISCONFIGURED: &[&str] = &[
    "AccountSuspendedException",
    "SendingPausedException",
    "AccountSendingPausedException",
    "ConfigurationSetSendingPausedException",
    "MailFromDomainNotVerifiedException",
    "NotFoundException",
    "ConfigurationSetDoesNotExist",
    "ConfigurationSetDoesNotExistException",
    "AccessDeniedException",
    "AccessDenied",
    "UnrecognizedClientException",
    "InvalidClientTokenId",
    "InvalidSignatureException",
    "SignatureDoesNotMatch",
    "IncompleteSignature",
    "MissingAuthenticationToken",
    "ExpiredToken",
    "ExpiredTokenException",
];
/// Codes of a malformed request: about the recipient only when the message says so.
const INVALID_REQUEST: &[&str] = &[
    "BadRequestException",
    "InvalidParameterValue",
    "InvalidParameterValueException",
    "InvalidParameterException",
    "ValidationException",
    "ValidationError",
];
/// How SES (and moto) say an address is malformed, lowercase.
const INVALID_ADDRESS: &[&str] = &[
    "missing domain",
    "missing final",
    "missing local",
    "illegal address",
    "invalid address",
    "invalid email",
    "not a valid email",
    "email address is invalid",
    "local address contains",
    "domain contains",
    "domain starts with",
    "domain ends with",
];

#[cfg(test)]
mod tests {
    use super::*;

    const RECIPIENT: &str = "jenny.rosen@example.com";

    fn sender() -> Sender {
        Sender::parse("Müller Shop <shop@x.de>").unwrap()
    }

    #[derive(Debug, PartialEq)]
    enum Kind {
        Throttled,
        Unavailable,
        Rejected,
        Misconfigured,
    }

    fn kind(error: &MailError) -> Kind {
        match error {
            MailError::Throttled(_) => Kind::Throttled,
            MailError::Unavailable(_) => Kind::Unavailable,
            MailError::Rejected(_) => Kind::Rejected,
            MailError::Misconfigured(_) => Kind::Misconfigured,
            MailError::Unknown(_) => panic!("SES's answers are never unknown: {error}"),
        }
    }

    #[test]
    fn ses_answers_are_classified_by_status_code_and_message() {
        use Kind::*;
        let not_verified = "Email address is not verified. The following identities failed \
                            the check in region US-EAST-1:";
        let cases: &[(u16, &str, String, Kind)] = &[
            // Throttling: retried here, then by Lambda.
            (
                429,
                "TooManyRequestsException",
                "Too many requests.".into(),
                Throttled,
            ),
            (
                400,
                "LimitExceededException",
                "Maximum sending rate exceeded.".into(),
                Throttled,
            ),
            (
                400,
                "Throttling",
                "Maximum sending rate exceeded.".into(),
                Throttled,
            ),
            (429, "", "".into(), Throttled),
            (
                400,
                "MessageRejected",
                "Daily message quota exceeded.".into(),
                Throttled,
            ),
            // The service failing: nothing sent, Lambda retries.
            (500, "InternalFailure", "".into(), Unavailable),
            (
                503,
                "ServiceUnavailable",
                "Service is unavailable.".into(),
                Unavailable,
            ),
            (502, "", "Bad gateway".into(), Unavailable),
            // The sender, the account, the request: fail loudly.
            (
                400,
                "MessageRejected",
                format!("{not_verified} shop@x.de"),
                Misconfigured,
            ),
            (
                400,
                "MessageRejected",
                format!("{not_verified} SHOP@X.DE."),
                Misconfigured,
            ),
            (
                400,
                "MessageRejected",
                format!("{not_verified} x.de"),
                Misconfigured,
            ),
            (
                400,
                "MessageRejected",
                format!("{not_verified} {RECIPIENT}, shop@x.de"),
                Misconfigured,
            ),
            (
                400,
                "MessageRejected",
                "Did not have authority to send from email shop@x.de".into(),
                Misconfigured,
            ),
            (
                400,
                "MessageRejected",
                "Email address not verified shop@x.de".into(),
                Misconfigured,
            ),
            // "not verified" naming nobody we know: never skip on a guess.
            (
                400,
                "MessageRejected",
                format!("{not_verified} <email>"),
                Misconfigured,
            ),
            (
                400,
                "MessageRejected",
                "Sending paused for this account.".into(),
                Misconfigured,
            ),
            (400, "SendingPausedException", "".into(), Misconfigured),
            (400, "AccountSuspendedException", "".into(), Misconfigured),
            (
                400,
                "MailFromDomainNotVerifiedException",
                "".into(),
                Misconfigured,
            ),
            (
                404,
                "NotFoundException",
                "Configuration set <cs> does not exist.".into(),
                Misconfigured,
            ),
            (
                403,
                "AccessDeniedException",
                "not authorized to perform ses:SendRawEmail".into(),
                Misconfigured,
            ),
            (403, "", "".into(), Misconfigured),
            (
                400,
                "BadRequestException",
                "Illegal address shop@x.de".into(),
                Misconfigured,
            ),
            (
                400,
                "BadRequestException",
                "Message length is more than 10485760 bytes".into(),
                Misconfigured,
            ),
            (409, "ConflictException", "".into(), Misconfigured),
            (400, "SomethingNewException", "".into(), Misconfigured),
            // This recipient or this message: skip it, the shard moves on.
            (
                400,
                "MessageRejected",
                format!("{not_verified} {RECIPIENT}"),
                Rejected,
            ),
            (
                400,
                "MessageRejected",
                "Email address is not verified: jenny.rosen@x.de"
                    .replace("jenny.rosen@x.de", RECIPIENT),
                Rejected,
            ),
            (
                400,
                "MessageRejected",
                "Message contains a virus.".into(),
                Rejected,
            ),
            (
                400,
                "BadRequestException",
                "Missing final '@domain'".into(),
                Rejected,
            ),
            (
                400,
                "BadRequestException",
                "Illegal address".into(),
                Rejected,
            ),
            (
                400,
                "BadRequestException",
                "Local address contains control or whitespace".into(),
                Rejected,
            ),
            (
                400,
                "BadRequestException",
                "Domain contains illegal character".into(),
                Rejected,
            ),
            (
                400,
                "InvalidParameterValue",
                "Missing domain".into(),
                Rejected,
            ),
            (
                400,
                "BadRequestException",
                format!("Invalid recipient {RECIPIENT}"),
                Rejected,
            ),
        ];
        for (status, code, message, expected) in cases {
            let code = Some(*code).filter(|c| !c.is_empty());
            let error = classify(*status, code, Some(message), &sender(), RECIPIENT);
            assert_eq!(
                &kind(&error),
                expected,
                "{status} {code:?} {message}: {error}"
            );
            let text = error.to_string();
            assert!(
                !text.contains("@x.de") && !text.contains("jenny"),
                "redacted: {text}"
            );
        }
    }

    #[test]
    fn a_recipient_at_the_senders_domain_is_not_the_sender() {
        let sender = Sender::parse("shop@x.de").unwrap();
        let error = classify(
            400,
            Some("MessageRejected"),
            Some(
                "Email address is not verified. The following identities failed the check in region EU-WEST-1: jenny@x.de",
            ),
            &sender,
            "jenny@x.de",
        );
        assert!(matches!(error, MailError::Rejected(_)), "{error}");
    }

    #[test]
    fn throttle_pauses_double_and_jitter_down_to_half() {
        assert_eq!(throttle_pause(1, 1.0), Duration::from_millis(250));
        assert_eq!(throttle_pause(1, 0.0), Duration::from_millis(125));
        assert_eq!(throttle_pause(2, 0.0), Duration::from_millis(250));
        assert!(throttle_pause(2, 0.999_999) <= Duration::from_millis(500));
        assert!(throttle_pause(40, 1.0) <= Duration::from_secs(64));
    }

    #[test]
    fn the_client_from_sdk_config_never_retries_and_times_out() {
        let sdk_config = aws_config::SdkConfig::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new("eu-west-1"))
            .timeout_config(
                TimeoutConfig::builder()
                    .connect_timeout(Duration::from_millis(3100))
                    .build(),
            )
            .build();
        let mailer = SesMailer::from_sdk_config(&sdk_config, sender(), None);
        let config = mailer.client.config();
        let retry = config.retry_config().expect("set");
        assert_eq!(retry.max_attempts(), 1, "{retry:?}");
        let timeouts = config.timeout_config().expect("set");
        assert_eq!(timeouts.operation_timeout(), Some(CALL_TIMEOUT));
        assert_eq!(timeouts.operation_attempt_timeout(), Some(CALL_TIMEOUT));
        assert_eq!(
            timeouts.connect_timeout(),
            Some(Duration::from_millis(3100)),
            "the shared connect timeout is kept"
        );
    }
}
