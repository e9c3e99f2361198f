//! Stripe's errors as types: the error `type` and `code` of an API error are enums with
//! a catch-all, so handlers match on variants instead of comparing strings, and a code
//! Stripe adds tomorrow still parses.

use std::fmt;

use serde::Deserialize;

macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $text:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant,)*
            /// Any value this code does not act on, as Stripe sent it.
            Other(String),
        }

        impl $name {
            pub fn parse(value: &str) -> Self {
                match value {
                    $($text => Self::$variant,)*
                    other => Self::Other(other.to_owned()),
                }
            }

            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $text,)*
                    Self::Other(other) => other,
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum!(
    /// Stripe's error `type`.
    ErrorType {
        ApiError => "api_error",
        CardError => "card_error",
        IdempotencyError => "idempotency_error",
        InvalidRequestError => "invalid_request_error",
    }
);

string_enum!(
    /// Stripe's error `code`: the ones some handler here acts on.
    ErrorCode {
        ResourceMissing => "resource_missing",
        SetupIntentUnexpectedState => "setup_intent_unexpected_state",
        RateLimit => "rate_limit",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StripeError {
    /// Stripe answered with an error (after retries, if it was retryable).
    // Stripe's message may quote what was sent (an email, say): the Display form, which
    // is what gets logged, leaves addresses out; the field keeps the original.
    #[error("Stripe answered {status} ({kind}{}): {}", code.as_ref().map(|c| format!(", {c}")).unwrap_or_default(), crate::telemetry::redact_emails(message))]
    Api {
        status: u16,
        kind: ErrorType,
        code: Option<ErrorCode>,
        /// The parameter Stripe blames, e.g. `customer` or `flow_data[type]`.
        param: Option<String>,
        message: String,
        request_id: Option<String>,
    },
    /// No answer from Stripe: connection errors or timeouts until attempts or the
    /// deadline ran out.
    #[error("Stripe could not be reached after {attempts} attempt(s): {reason}")]
    Unreachable { attempts: u32, reason: String },
    /// Stripe answered 2xx with a body we could not read.
    #[error("Stripe's response could not be read: {0}")]
    Decode(String),
}

impl StripeError {
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Api { status, .. } => Some(*status),
            _ => None,
        }
    }

    pub fn code(&self) -> Option<&ErrorCode> {
        match self {
            Self::Api { code, .. } => code.as_ref(),
            _ => None,
        }
    }

    /// The error Stripe's body describes, for a response with `status`; a body that is
    /// not a Stripe error still gives an `Api` error with that status.
    pub(crate) fn from_response(status: u16, request_id: Option<String>, body: &[u8]) -> Self {
        #[derive(Deserialize)]
        struct ErrorBody {
            error: ErrorDetail,
        }
        #[derive(Deserialize)]
        struct ErrorDetail {
            #[serde(rename = "type", default)]
            kind: Option<String>,
            #[serde(default)]
            code: Option<String>,
            #[serde(default)]
            param: Option<String>,
            #[serde(default)]
            message: Option<String>,
        }
        match serde_json::from_slice::<ErrorBody>(body).map(|b| b.error) {
            Ok(detail) => Self::Api {
                status,
                kind: ErrorType::parse(detail.kind.as_deref().unwrap_or("api_error")),
                code: detail.code.as_deref().map(ErrorCode::parse),
                param: detail.param,
                message: detail
                    .message
                    .unwrap_or_else(|| format!("HTTP {status} without a message")),
                request_id,
            },
            Err(_) => Self::Api {
                status,
                kind: ErrorType::ApiError,
                code: None,
                param: None,
                message: format!("HTTP {status} with a body that is not a Stripe error"),
                request_id,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_are_variants_and_others_are_kept() {
        assert_eq!(
            ErrorCode::parse("setup_intent_unexpected_state"),
            ErrorCode::SetupIntentUnexpectedState
        );
        assert_eq!(
            ErrorCode::parse("brand_new_code"),
            ErrorCode::Other("brand_new_code".into())
        );
        assert_eq!(
            ErrorCode::parse("brand_new_code").as_str(),
            "brand_new_code"
        );
        assert_eq!(
            ErrorType::parse("invalid_request_error"),
            ErrorType::InvalidRequestError
        );
        assert_eq!(ErrorType::IdempotencyError.to_string(), "idempotency_error");
    }

    #[test]
    fn error_bodies_parse_and_other_bodies_keep_the_status() {
        let body = br#"{"error":{"type":"invalid_request_error","code":"resource_missing","param":"customer","message":"No such customer: 'cus_1'"}}"#;
        let err = StripeError::from_response(404, Some("req_1".into()), body);
        assert_eq!(
            err,
            StripeError::Api {
                status: 404,
                kind: ErrorType::InvalidRequestError,
                code: Some(ErrorCode::ResourceMissing),
                param: Some("customer".into()),
                message: "No such customer: 'cus_1'".into(),
                request_id: Some("req_1".into()),
            }
        );
        let html = StripeError::from_response(502, None, b"<html>bad gateway</html>");
        assert_eq!(html.status(), Some(502));
        assert!(html.to_string().contains("not a Stripe error"), "{html}");
    }

    #[test]
    fn the_logged_form_leaves_addresses_out() {
        let err = StripeError::from_response(
            400,
            None,
            br#"{"error":{"type":"invalid_request_error","message":"Invalid email: jenny@example.com"}}"#,
        );
        assert!(!err.to_string().contains("jenny@"), "{err}");
    }
}
