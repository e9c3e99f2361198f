//! CloudFormation's side of a custom resource: the request it sends the function, and
//! the answer it waits for, a `PUT` of JSON to the request's pre-signed `ResponseURL`
//! (an S3 URL; the only adapter here that knows it). Until that answer arrives the
//! stack waits (up to an hour), so every request gets one.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use tokio::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum RequestType {
    Create,
    Update,
    Delete,
}

/// A custom resource request (the fields used; CloudFormation sends more).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CustomResourceRequest {
    pub request_type: RequestType,
    #[serde(rename = "ResponseURL")]
    pub response_url: String,
    pub stack_id: String,
    pub request_id: String,
    pub logical_resource_id: String,
    /// Absent on `Create`.
    #[serde(default)]
    pub physical_resource_id: Option<String>,
    /// The resource's properties, each as a string (CloudFormation turns numbers and
    /// booleans into strings), and the `ServiceToken`.
    #[serde(default)]
    pub resource_properties: Map<String, Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Status {
    Success,
    Failed,
}

/// What `GetAtt` reads from the resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Data {
    pub configuration_id: String,
}

/// The answer CloudFormation waits for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CustomResourceResponse {
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub physical_resource_id: String,
    pub stack_id: String,
    pub request_id: String,
    pub logical_resource_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Data>,
}

/// CloudFormation refuses a response body over 4096 bytes; a reason longer than this
/// is cut (at a character boundary) to stay well inside it.
pub const REASON_MAX_BYTES: usize = 1024;

impl CustomResourceResponse {
    pub fn success(request: &CustomResourceRequest, configuration_id: Option<&str>) -> Self {
        Self::answer(request, Status::Success, None, configuration_id)
    }

    pub fn failed(request: &CustomResourceRequest, reason: &str) -> Self {
        let mut reason = reason.to_owned();
        if reason.len() > REASON_MAX_BYTES {
            let mut end = REASON_MAX_BYTES - 3;
            while !reason.is_char_boundary(end) {
                end -= 1;
            }
            reason.truncate(end);
            reason.push_str("...");
        }
        Self::answer(request, Status::Failed, Some(reason), None)
    }

    /// The physical id: the configuration's when there is one, else the one the
    /// request names, else (a create that made nothing) one no configuration has, so
    /// the `Delete` CloudFormation sends when it rolls back knows to do nothing.
    fn answer(
        request: &CustomResourceRequest,
        status: Status,
        reason: Option<String>,
        configuration_id: Option<&str>,
    ) -> Self {
        let physical_resource_id = configuration_id
            .map(str::to_owned)
            .or_else(|| request.physical_resource_id.clone())
            .unwrap_or_else(|| format!("not-created-{}", request.request_id));
        Self {
            status,
            reason,
            physical_resource_id,
            stack_id: request.stack_id.clone(),
            request_id: request.request_id.clone(),
            logical_resource_id: request.logical_resource_id.clone(),
            data: configuration_id.map(|id| Data {
                configuration_id: id.to_owned(),
            }),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("the response could not be delivered to CloudFormation: {0}")]
pub struct NotDelivered(String);

/// How many times the `PUT` is tried before the invocation fails (Lambda then retries
/// the whole request, which is idempotent).
const PUT_ATTEMPTS: u32 = 3;

/// `PUT`s `response` to `response_url`. The URL is pre-signed for an empty
/// `Content-Type`; it is a credential for this one answer, so it is never logged.
pub async fn send_response(
    http: &reqwest::Client,
    response_url: &str,
    response: &CustomResourceResponse,
    deadline: Instant,
) -> Result<(), NotDelivered> {
    let body = serde_json::to_vec(response).expect("a response serializes");
    let mut last = String::new();
    for attempt in 1..=PUT_ATTEMPTS {
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            break;
        }
        let sent = http
            .put(response_url)
            .header(reqwest::header::CONTENT_TYPE, "")
            .body(body.clone())
            .timeout(remaining.min(Duration::from_secs(5)))
            .send()
            .await;
        match sent {
            Ok(answer) if answer.status().is_success() => return Ok(()),
            Ok(answer) => last = format!("the response URL answered {}", answer.status()),
            Err(err) if err.is_timeout() => last = "the PUT timed out".into(),
            Err(err) if err.is_connect() => last = "the connection failed".into(),
            Err(_) => last = "the PUT failed".into(),
        }
        tracing::warn!(attempt, reason = %last, "custom resource response not delivered");
    }
    Err(NotDelivered(last))
}
