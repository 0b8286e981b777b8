//! The emails the portal sends: each has a plain-text and an HTML part and says who sent it.

use crate::services::outbox::OutgoingEmail;

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// A message of paragraphs, with an optional button link, from `sender`.
struct Letter<'a> {
    greeting: String,
    paragraphs: Vec<String>,
    link: Option<(&'a str, &'a str)>,
    after: Vec<String>,
    sender: &'a str,
}

impl Letter<'_> {
    fn into_email(self, to: &str, subject: &str) -> OutgoingEmail {
        let signature = format!("Sent by {}.", self.sender);
        let footer = "In an emergency, call 999. Do not reply to this email: it is not monitored.";

        let mut text = format!("{}\n\n", self.greeting);
        for paragraph in &self.paragraphs {
            text.push_str(paragraph);
            text.push_str("\n\n");
        }
        if let Some((label, url)) = self.link {
            text.push_str(&format!("{label}:\n{url}\n\n"));
        }
        for paragraph in &self.after {
            text.push_str(paragraph);
            text.push_str("\n\n");
        }
        text.push_str(&format!("{signature}\n{footer}\n"));

        let paragraph = |p: &String| format!("<p>{}</p>\n", escape_html(p));
        let mut html = String::from(
            "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"></head>\n\
             <body style=\"font-family: Arial, sans-serif; font-size: 19px; line-height: 1.4; color: #0b0c0c;\">\n",
        );
        html.push_str(&paragraph(&self.greeting));
        self.paragraphs
            .iter()
            .for_each(|p| html.push_str(&paragraph(p)));
        if let Some((label, url)) = self.link {
            html.push_str(&format!(
                "<p><a href=\"{url}\" style=\"color: #1d70b8;\">{label}</a></p>\n<p>If the link does not work, copy this address into your browser:<br>{url}</p>\n",
                url = escape_html(url),
                label = escape_html(label),
            ));
        }
        self.after.iter().for_each(|p| html.push_str(&paragraph(p)));
        html.push_str(&format!(
            "<p>{}</p>\n<p style=\"color: #505a5f; font-size: 16px;\">{}</p>\n</body></html>\n",
            escape_html(&signature),
            escape_html(footer)
        ));

        OutgoingEmail {
            to: to.to_string(),
            sender: self.sender.to_string(),
            subject: subject.to_string(),
            text,
            html,
        }
    }
}

/// Who sends account emails: the force's neighbourhood policing teams as a whole.
pub fn force_sender(force_name: &str) -> String {
    format!("{force_name} neighbourhood policing teams")
}

pub fn sign_in_link(to: &str, force_name: &str, link: &str, minutes: i64) -> OutgoingEmail {
    let sender = force_sender(force_name);
    Letter {
        greeting: "Hello,".into(),
        paragraphs: vec![
            "Someone asked to sign in to the neighbourhood policing website with this email address.".into(),
        ],
        link: Some(("Sign in to neighbourhood policing", link)),
        after: vec![
            format!("The link works once, for {minutes} minutes."),
            "If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.".into(),
        ],
        sender: &sender,
    }
    .into_email(to, "Your link to sign in to neighbourhood policing")
}

pub fn staff_account_created(
    to: &str,
    name: &str,
    role: &str,
    force_name: &str,
    sign_in_url: &str,
) -> OutgoingEmail {
    let sender = force_sender(force_name);
    Letter {
        greeting: format!("Hello {name},"),
        paragraphs: vec![
            format!("A force administrator has given you a staff account on the neighbourhood policing website, as {role}."),
            "Your administrator will tell you your first password. Sign in with this email address.".into(),
        ],
        link: Some(("Staff sign in", sign_in_url)),
        after: vec!["If you were not expecting this, tell your force administrator.".into()],
        sender: &sender,
    }
    .into_email(to, "You have a staff account for neighbourhood policing")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sign_in_email_has_both_parts_the_link_and_its_sender() {
        let email = sign_in_link(
            "sam@example.org",
            "West Midlands Police",
            "https://portal.example/sign-in/confirm?token=a&b",
            20,
        );
        assert!(
            email
                .text
                .contains("https://portal.example/sign-in/confirm?token=a&b")
        );
        assert!(
            email
                .html
                .contains("href=\"https://portal.example/sign-in/confirm?token=a&amp;b\"")
        );
        assert!(
            email
                .text
                .contains("Sent by West Midlands Police neighbourhood policing teams.")
        );
        assert!(
            email
                .html
                .contains("Sent by West Midlands Police neighbourhood policing teams.")
        );
        assert!(email.text.contains("20 minutes"));
    }

    #[test]
    fn names_are_escaped_in_the_html_part() {
        let email = staff_account_created(
            "a@example.org",
            "<b>Sam</b>",
            "Moderator",
            "West Midlands Police",
            "https://portal.example/staff/sign-in",
        );
        assert!(email.html.contains("Hello &lt;b&gt;Sam&lt;/b&gt;,"));
        assert!(email.text.contains("Hello <b>Sam</b>,"));
    }
}
