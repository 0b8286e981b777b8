//! The privacy notice every page links to from its footer: what the website keeps about
//! residents and staff, why, for how long, and how to see or erase it.

use super::open_data::with_code;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <Title text=t!("privacy-title") />
        <h1 class="heading-l">{t!("privacy-title")}</h1>
        <p class="lead">{t!("privacy-lead")}</p>

        <h2 class="heading-m">{t!("privacy-postcodes-title")}</h2>
        <p>{t!("privacy-postcodes")}</p>

        <h2 class="heading-m">{t!("privacy-sign-in-title")}</h2>
        <p>{t!("privacy-sign-in-keep")}</p>
        <ul class="list list--bullet">
            <li>{t!("privacy-keep-email")}</li>
            <li>{t!("privacy-keep-dates")}</li>
            <li>{t!("privacy-keep-links")}</li>
            <li>{t!("privacy-keep-emails")}</li>
            <li>{t!("privacy-keep-language")}</li>
        </ul>
        <p>{t!("privacy-account")}</p>

        <h2 class="heading-m">{t!("privacy-bookings-title")}</h2>
        <p>{t!("privacy-bookings")}</p>
        <p>{t!("privacy-bookings-kept")}</p>

        <h2 class="heading-m">{t!("privacy-cookies-title")}</h2>
        <p>
            {with_code(
                "privacy-cookies",
                &[
                    ("session", "portal_session", None),
                    ("stamp", "portal_session_stamp", None),
                    ("language", crate::i18n::COOKIE, None),
                ],
            )}
        </p>

        <h2 class="heading-m">{t!("privacy-misuse-title")}</h2>
        <p>{t!("privacy-misuse")}</p>

        <h2 class="heading-m">{t!("privacy-staff-title")}</h2>
        <p>{t!("privacy-staff")}</p>
        <p>{t!("privacy-partners")}</p>

        <h2 class="heading-m">{t!("privacy-rights-title")}</h2>
        <p>{t!("privacy-rights")}</p>
    }
}
