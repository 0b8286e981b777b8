//! The accessibility statement every page links to from its footer.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <Title text="Accessibility statement" />
        <h1 class="heading-l">"Accessibility statement"</h1>
        <p class="lead">"This website is for residents to find their neighbourhood policing team and for police staff to keep it up to date. We want as many people as possible to be able to use it."</p>
        <p>"You should be able to:"</p>
        <ul class="list list--bullet">
            <li>"use every page and form without JavaScript, and on a small screen"</li>
            <li>"zoom in up to 400% without the text spilling off the screen"</li>
            <li>"get from the top of each page to its main content with one link"</li>
            <li>"use every form with a keyboard alone, with any problems listed at the top of the page and next to the answer that needs changing"</li>
            <li>"use the website with a screen reader"</li>
        </ul>

        <h2 class="heading-m">"How accessible this website is"</h2>
        <p>"We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. We know some parts fall short:"</p>
        <ul class="list list--bullet">
            <li>"The map of a neighbourhood's area is a drawing of its boundary. Its text alternative names the area, but not the streets at its edge: call 101 if you are not sure which team covers your street."</li>
            <li>"We have not yet had the website checked by an accessibility auditor, or tested with people who use assistive technology."</li>
        </ul>

        <h2 class="heading-m">"How we tested this website"</h2>
        <p>"Every change to the website is tested before it is published. Automated tests open each page in the Chromium browser, with and without JavaScript, and check it against WCAG 2.2 levels A and AA with the axe-core checker. They also fill in and send each form, and check that problems are listed at the top of the page with the focus on them."</p>

        <h2 class="heading-m">"Reporting a problem with this website"</h2>
        <p>"If you find a problem that is not listed here, or need information from this website in a different format, tell us: contact your neighbourhood team by the details on their page, or call 101 and ask for them. Say which page it is and what went wrong."</p>
        <p>"If you are not happy with how we respond, contact the Equality Advisory and Support Service (EASS)."</p>

        <h2 class="heading-m">"Preparation of this statement"</h2>
        <p>"This statement was prepared on 2 December 2026."</p>
    }
}
