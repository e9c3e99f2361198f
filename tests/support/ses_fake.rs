//! A scripted stand-in for SES v2's HTTP endpoint, for what moto cannot do: throttle,
//! fail with a 5xx, drop the connection after reading a request, or never answer. It
//! speaks plain HTTP/1.1 over TCP (so it can misbehave below HTTP) and counts requests,
//! which shows whether anything (the SDK included) retried.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the fake does with one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// 200 with this message id.
    Sent(String),
    /// An error answer as SES gives it: status, `x-amzn-errortype`, JSON `message`.
    Error {
        status: u16,
        code: String,
        message: String,
    },
    /// Reads the request, then closes the connection without a word.
    Drop,
    /// Reads the request and never answers.
    Hang,
}

impl Reply {
    pub fn error(status: u16, code: &str, message: &str) -> Self {
        Self::Error {
            status,
            code: code.into(),
            message: message.into(),
        }
    }
}

pub struct SesFake {
    addr: std::net::SocketAddr,
    script: Arc<Mutex<VecDeque<Reply>>>,
    requests: Arc<Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for SesFake {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SesFake {
    /// Answers from `script` in order; `Sent` for every request past its end.
    pub async fn start(script: impl IntoIterator<Item = Reply>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let script = Arc::new(Mutex::new(script.into_iter().collect::<VecDeque<_>>()));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (s, r) = (script.clone(), requests.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                tokio::spawn(serve(stream, s.clone(), r.clone()));
            }
        });
        Self {
            addr,
            script,
            requests,
            task,
        }
    }

    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The request lines and bodies received so far.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }

    pub fn script(&self, replies: impl IntoIterator<Item = Reply>) {
        self.script.lock().unwrap().extend(replies);
    }

    /// SDK configuration pointing at the fake, with test credentials.
    pub async fn sdk_config(&self) -> aws_config::SdkConfig {
        sdk_config_at(&self.endpoint()).await
    }
}

/// SDK configuration for `endpoint`, with test credentials and region.
pub async fn sdk_config_at(endpoint: &str) -> aws_config::SdkConfig {
    aws_config::defaults(aws_config::BehaviorVersion::latest())
        .endpoint_url(endpoint)
        .region(aws_config::Region::new("us-east-1"))
        .credentials_provider(aws_sdk_sesv2::config::Credentials::new(
            "testing", "testing", None, None, "ses-fake",
        ))
        .load()
        .await
}

async fn serve(
    mut stream: TcpStream,
    script: Arc<Mutex<VecDeque<Reply>>>,
    requests: Arc<Mutex<Vec<String>>>,
) {
    let mut buffer = Vec::new();
    loop {
        let Some(request) = read_request(&mut stream, &mut buffer).await else {
            return;
        };
        requests.lock().unwrap().push(request);
        let reply = script.lock().unwrap().pop_front();
        let (status, headers, body) = match reply {
            None => (200, String::new(), r#"{"MessageId":"fake-1"}"#.to_owned()),
            Some(Reply::Sent(id)) => (200, String::new(), format!(r#"{{"MessageId":"{id}"}}"#)),
            Some(Reply::Error {
                status,
                code,
                message,
            }) => (
                status,
                format!("x-amzn-errortype: {code}\r\n"),
                serde_json::json!({ "message": message }).to_string(),
            ),
            Some(Reply::Drop) => return,
            Some(Reply::Hang) => {
                std::future::pending::<()>().await;
                return;
            }
        };
        let response = format!(
            "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n{headers}\
             content-length: {}\r\nx-amzn-requestid: fake\r\n\r\n{body}",
            body.len()
        );
        if stream.write_all(response.as_bytes()).await.is_err() {
            return;
        }
    }
}

/// One request (head and body by `content-length`), or `None` at the end of the stream.
async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<String> {
    loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).into_owned();
            let length = head
                .lines()
                .find_map(|line| {
                    let (name, value) = line.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length")
                        .then(|| value.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            if buffer.len() >= end + 4 + length {
                let request: Vec<u8> = buffer.drain(..end + 4 + length).collect();
                return Some(String::from_utf8_lossy(&request).into_owned());
            }
        }
        let mut chunk = [0u8; 8192];
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
        }
    }
}
