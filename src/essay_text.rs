//! The essay's text as data: the prose files' format (`prose_text`), the inline markup of a
//! paragraph (`markup`) and the fetch of the reader's language (`loader`). No views: the state
//! holds what these produce, and `crate::essay` renders it.

pub mod loader;
pub mod markup;
pub mod prose_text;
