//! The WebAssembly entry point. Pages are rendered on the server; the bundle holds only the
//! islands (`app::islands`), and this starts them.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Calling into `app` also links its islands' exported hydrate functions into the bundle.
    app::islands::hydrate();
}
