//! Mail through Amazon SES v2 `SendEmail`, simple content (subject, HTML, text).

use aws_sdk_sesv2::Client;
use aws_sdk_sesv2::error::DisplayErrorContext;
use aws_sdk_sesv2::types::{Body, Content, Destination, EmailContent, Message, MessageHeader};

use crate::ports::{MailError, Mailer, OutgoingMail};
use crate::telemetry::redact_emails;

#[derive(Debug, Clone)]
pub struct SesMailer {
    client: Client,
    sender: String,
    configuration_set: Option<String>,
}

impl SesMailer {
    pub fn new(client: Client, sender: String, configuration_set: Option<String>) -> Self {
        Self {
            client,
            sender,
            configuration_set,
        }
    }

    pub fn from_sdk_config(
        config: &aws_config::SdkConfig,
        sender: String,
        configuration_set: Option<String>,
    ) -> Self {
        Self::new(Client::new(config), sender, configuration_set)
    }
}

fn utf8(data: &str) -> Result<Content, MailError> {
    Content::builder()
        .data(data)
        .charset("UTF-8")
        .build()
        .map_err(|e| MailError::NotSent(e.to_string()))
}

impl Mailer for SesMailer {
    async fn send(&self, mail: &OutgoingMail) -> Result<String, MailError> {
        let mut message = Message::builder().subject(utf8(&mail.subject)?).body(
            Body::builder()
                .html(utf8(&mail.html)?)
                .text(utf8(&mail.text)?)
                .build(),
        );
        if let Some(unsubscribe) = &mail.list_unsubscribe {
            let header = MessageHeader::builder()
                .name("List-Unsubscribe")
                .value(unsubscribe)
                .build()
                .map_err(|e| MailError::NotSent(e.to_string()))?;
            message = message.headers(header);
        }
        let output = self
            .client
            .send_email()
            .from_email_address(&self.sender)
            .destination(Destination::builder().to_addresses(&mail.to).build())
            .content(EmailContent::builder().simple(message.build()).build())
            .set_configuration_set_name(self.configuration_set.clone())
            .send()
            .await
            // SES quotes addresses in some errors (an unverified sender or, in the sandbox,
            // recipient): the text is logged, so addresses are cut out.
            .map_err(|e| MailError::NotSent(redact_emails(&DisplayErrorContext(e).to_string())))?;
        Ok(output.message_id.unwrap_or_default())
    }
}
