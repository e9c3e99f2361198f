//! The one MIME message both mailers send: SES gets it as a raw message, the outbox
//! writes it to a `.eml` file, so what a local run shows is what SES would send.
//!
//! `mail-builder` writes the headers: the sender's display name as RFC 2047 encoded
//! words when it is not ASCII and quoted when it has specials (`Shop, Inc`), folded
//! lines, and both parts as `multipart/alternative`.

use mail_builder::MessageBuilder;
use mail_builder::headers::address::Address;
use mail_builder::headers::raw::Raw;
use mail_builder::headers::url::URL;

use crate::mail::Sender;
use crate::ports::{MailError, OutgoingMail};

/// The message as bytes (CRLF lines, 7-bit headers). Without `message_id`, one is
/// generated (SES replaces it and `Date` with its own anyway).
///
/// A recipient that cannot be written into a header is `Rejected` (it is this
/// recipient's problem); an unsubscribe URL that cannot be is `Misconfigured` (it is
/// every mail's).
pub fn build_message(
    sender: &Sender,
    mail: &OutgoingMail,
    message_id: Option<&str>,
) -> Result<Vec<u8>, MailError> {
    if !is_header_safe_address(&mail.to) {
        return Err(MailError::Rejected(
            "the recipient address has spaces, non-ASCII or special characters that SES \
             cannot send to"
                .into(),
        ));
    }
    let sender = mail.from.as_ref().unwrap_or(sender);
    let mut builder = MessageBuilder::new()
        .from(Address::new_address(sender.name(), sender.address()))
        .to(Address::new_address(None::<&str>, mail.to.as_str()))
        .subject(mail.subject.as_str())
        .text_body(mail.text.as_str())
        .html_body(mail.html.as_str());
    if let Some(id) = message_id {
        builder = builder.message_id(id);
    }
    if let Some(url) = &mail.list_unsubscribe {
        if !is_header_safe_url(url) {
            return Err(MailError::Misconfigured(
                "the unsubscribe URL is not an absolute http(s) URL of printable ASCII \
                 without spaces or angle brackets"
                    .into(),
            ));
        }
        builder = builder.header("List-Unsubscribe", URL::new(url.as_str()));
        // RFC 8058 one-click unsubscribe: the receiver POSTs to the URL. It requires
        // https, so an http URL (local runs) gets only the classic header.
        if url.starts_with("https://") {
            builder = builder.header(
                "List-Unsubscribe-Post",
                Raw::new("List-Unsubscribe=One-Click"),
            );
        }
    }
    builder
        .write_to_vec()
        .map_err(|e| MailError::Unavailable(e.to_string()))
}

/// An address SES can take as written in `To:`: printable ASCII (no SMTPUTF8 at SES),
/// no spaces and none of the characters that would end or extend the header's address.
/// Whether it is a deliverable address is SES's to say.
fn is_header_safe_address(address: &str) -> bool {
    !address.is_empty()
        && address.len() <= 254
        && address
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"<>()[]\\,;:\"".contains(&b))
}

fn is_header_safe_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"<>\"".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(to: &str, list_unsubscribe: Option<&str>) -> OutgoingMail {
        OutgoingMail {
            to: to.into(),
            subject: "Sie haben etwas vergessen".into(),
            html: "<p>Grüße</p>".into(),
            text: "Grüße".into(),
            list_unsubscribe: list_unsubscribe.map(str::to_owned),
            from: None,
            tags: crate::mail_events::MailTags {
                flow: crate::mail_events::MailFlow::Cart,
                kind: "recovery",
                step: "1".into(),
            },
        }
    }

    fn header_block(message: &[u8]) -> String {
        let text = std::str::from_utf8(message).expect("7-bit");
        let (headers, _) = text.split_once("\r\n\r\n").expect("headers end");
        headers.replace("\r\n ", " ")
    }

    fn header<'a>(headers: &'a str, name: &str) -> Vec<&'a str> {
        headers
            .split("\r\n")
            .filter_map(|line| line.strip_prefix(name)?.strip_prefix(": "))
            .collect()
    }

    #[test]
    fn the_from_header_quotes_or_encodes_the_name() {
        let cases = [
            ("shop@example.com", "<shop@example.com>"),
            (
                "Local Shop <shop@example.com>",
                "\"Local Shop\" <shop@example.com>",
            ),
            ("Shop, Inc <shop@x.com>", "\"Shop, Inc\" <shop@x.com>"),
            (
                "Müller Shop <shop@x.de>",
                "=?utf-8?B?TcO8bGxlciBTaG9w?= <shop@x.de>",
            ),
        ];
        for (configured, expected) in cases {
            let sender = Sender::parse(configured).unwrap();
            let message = build_message(&sender, &mail("buyer@example.com", None), None).unwrap();
            assert!(message.is_ascii(), "{configured}");
            let headers = header_block(&message);
            assert_eq!(header(&headers, "From"), [expected], "{headers}");
            assert_eq!(header(&headers, "To"), ["<buyer@example.com>"]);
            assert!(header(&headers, "List-Unsubscribe").is_empty());
        }
    }

    #[test]
    fn an_unsubscribe_url_gives_both_rfc_8058_headers() {
        let sender = Sender::parse("shop@example.com").unwrap();
        let url = "https://shop.example/unsubscribe?t=abc";
        let message = build_message(&sender, &mail("b@example.com", Some(url)), None).unwrap();
        let headers = header_block(&message);
        assert_eq!(header(&headers, "List-Unsubscribe"), [format!("<{url}>")]);
        assert_eq!(
            header(&headers, "List-Unsubscribe-Post"),
            ["List-Unsubscribe=One-Click"]
        );

        let local = "http://localhost:3000/unsubscribe";
        let message = build_message(&sender, &mail("b@example.com", Some(local)), None).unwrap();
        let headers = header_block(&message);
        assert_eq!(header(&headers, "List-Unsubscribe"), [format!("<{local}>")]);
        assert!(
            header(&headers, "List-Unsubscribe-Post").is_empty(),
            "one-click needs https"
        );
    }

    #[test]
    fn what_cannot_be_written_into_a_header_is_refused() {
        let sender = Sender::parse("shop@example.com").unwrap();
        for to in [
            "",
            "b@example.com\r\nBcc: x@evil.test",
            "b@example.com>, <x@evil.test",
            "jürgen@example.de",
            "b c@example.com",
        ] {
            let err = build_message(&sender, &mail(to, None), None).unwrap_err();
            assert!(matches!(err, MailError::Rejected(_)), "{to:?}: {err}");
        }
        for url in [
            "https://shop.example/u>\r\nBcc: x@evil.test",
            "https://shop.example/a b",
            "mailto:unsubscribe@shop.example",
        ] {
            let err = build_message(&sender, &mail("b@example.com", Some(url)), None).unwrap_err();
            assert!(matches!(err, MailError::Misconfigured(_)), "{url:?}: {err}");
        }
    }
}
