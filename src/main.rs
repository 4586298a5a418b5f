//! Entry point: mounts the app on `<body>`, taking over the prerendered page.

fn main() {
    lejto::takeover::mount();
}
