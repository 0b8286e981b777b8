//! The privacy notice every page links to from its footer: what the website keeps about
//! residents and staff, why, for how long, and how to see or erase it.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <Title text="Privacy notice" />
        <h1 class="heading-l">"Privacy notice"</h1>
        <p class="lead">"The police force that runs this website is responsible for the information it keeps. This page says what that is, why, and for how long."</p>

        <h2 class="heading-m">"If you look up a postcode"</h2>
        <p>"We do not keep the postcodes you look up. Our records of requests name the page, not the postcode typed."</p>

        <h2 class="heading-m">"If you sign in"</h2>
        <p>"You sign in with your email address. We keep:"</p>
        <ul class="list list--bullet">
            <li>"your email address, and the name you give (if you give one), so we can sign you in and reply to you; we never publish them"</li>
            <li>"when your account was made and when you last signed in"</li>
            <li>"the sign-in links we email you, as a code that cannot be turned back into the link, until a day after each expires"</li>
            <li>"the emails we send you, for 30 days after they are sent, with the links in them removed"</li>
        </ul>
        <p>"On your account page you can download everything we hold about you, change your name, or delete your account. Deleting it erases your email address and name straight away, with the sign-in links and emails sent to you."</p>

        <h2 class="heading-m">"If you book a place at a surgery"</h2>
        <p>"We keep the time you booked, what you said you want to talk about and any help you asked for, so the neighbourhood team can prepare. Only that team sees them; they are never published. The surgery's page shows only how many places are left."</p>
        <p>"Your bookings are in the data you can download. Deleting your account cancels the bookings still to come, giving the places to others, and erases what you wrote; the team keeps only that a place was booked."</p>

        <h2 class="heading-m">"Cookies"</h2>
        <p>"We use two cookies. "<code>"portal_session"</code>" keeps you signed in and carries the messages a page shows after you send a form. "<code>"portal_session_stamp"</code>" holds a random number that changes whenever your session does, so our servers can tell whether the copy of your session they hold is the newest. Both are needed for the website to work, so we do not ask first. Your session ends when you sign out, after 7 days without a visit, or, for police staff, after 30 minutes without activity and at most 12 hours after signing in."</p>

        <h2 class="heading-m">"To stop misuse"</h2>
        <p>"To stop anyone asking for many sign-in links or guessing passwords, we count attempts, and delete the counts within a day. They name a coded form of the email or internet address that cannot be turned back into it."</p>

        <h2 class="heading-m">"Police staff"</h2>
        <p>"For staff accounts we keep your name, work email address, role and neighbourhoods, a coded form of your password that cannot be turned back into it, and the secret your authenticator app uses. Every change made through a staff account is recorded in an audit log, with who made it and when, so the force can account for what is published."</p>

        <h2 class="heading-m">"Your rights"</h2>
        <p>"You can ask to see the information we hold about you, and ask us to correct or delete it. Residents can do most of this on their account page; for anything else, or to complain about how we use your information, call 101 and ask for the force's data protection officer. You can also complain to the Information Commissioner's Office."</p>
    }
}
